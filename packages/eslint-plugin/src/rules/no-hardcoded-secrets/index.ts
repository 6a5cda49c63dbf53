import meta from '@plumbline/core/rules/no-hardcoded-secrets';
import { secretDetector, type SecretDetector, type SecretMatch } from '@plumbline/core/secrets/index';
import type { NoHardcodedSecretsOptions } from '@plumbline/core/rules/no-hardcoded-secrets';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { relative, sep } from 'node:path';
import { createRule } from '../../create-rule.js';
import { literalsOf, stringValue, type StringNode } from './resolve.js';
import { siteOf } from './site.js';
import { keySites, type KeySite } from './usage.js';
import { assignedKeySites, hasOptionType, isKeyField, keyFieldSites, typedOptionSites } from './declared.js';

// one detector per distinct options, so patterns compile once per lint run, not once per file
const detectors = new Map<string, SecretDetector>();
function detectorFor(options: NoHardcodedSecretsOptions): SecretDetector {
  const key = JSON.stringify(options);
  const cached = detectors.get(key);
  if (cached !== undefined) return cached;
  const detector = secretDetector(options);
  detectors.set(key, detector);
  return detector;
}

type Scope = TSESLint.Scope.Scope;

const within = (inner: TSESTree.Node, outer: TSESTree.Node): boolean => inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];

export default createRule(meta, (context, options) => {
  const detector = detectorFor(options);
  const path = relative(context.cwd, context.filename).split(sep).join('/');
  if (detector.isAllowedPath(path)) return {};
  const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
  // literals already reported, and key uses already reported, so that each is reported once
  const reported = new Set<TSESTree.Node>();
  const report = (node: TSESTree.Node, match: SecretMatch | undefined): void => {
    if (match === undefined || reported.has(node)) return;
    reported.add(node);
    context.report({ node, messageId: 'hardcodedSecret', data: { what: match.what, masked: match.masked } });
  };
  const byName = (node: StringNode): SecretMatch | undefined => detector.inspect(stringValue(node) ?? '', { path, ...siteOf(node) });
  const checkKeys = (node: TSESTree.Node, sites: (scope: Scope) => readonly KeySite[]): void => {
    const scope = context.sourceCode.getScope(node);
    for (const site of sites(scope)) {
      for (const literal of literalsOf(site.node, scope)) {
        const match = detector.inspect(stringValue(literal) ?? '', { path, usage: site.usage });
        if (match === undefined) continue;
        // jwt.sign(p, SECRET) with `const SECRET = '…'`: the use, and the literal unless its name already tells
        if (!within(literal, site.at)) report(site.at, match);
        if (within(literal, site.at) || (!reported.has(literal) && byName(literal) === undefined)) report(literal, match);
      }
    }
  };
  return {
    CallExpression: (node) => checkKeys(node, (scope) => keySites(node, scope, text, options.reportEncryptionKeys)),
    NewExpression: (node) => checkKeys(node, (scope) => keySites(node, scope, text, options.reportEncryptionKeys)),
    // the cheap syntactic test first: most declarations, assignments and properties hold no key
    VariableDeclarator: (node) => hasOptionType(node) && checkKeys(node, (scope) => typedOptionSites(node, scope)),
    AssignmentExpression: (node) => node.left.type === 'MemberExpression' && checkKeys(node, (scope) => assignedKeySites(node, scope)),
    Property: (node) => isKeyField(node) && checkKeys(node, () => keyFieldSites(node)),
    Literal(node) {
      if (typeof node.value !== 'string' || node.parent.type === 'ImportDeclaration' || node.parent.type === 'ExportAllDeclaration') return;
      if (!reported.has(node)) report(node, byName(node));
    },
    TemplateLiteral(node) {
      if (node.parent.type === 'TaggedTemplateExpression' || reported.has(node)) return;
      if (node.expressions.length === 0) {
        report(node, byName(node));
        return;
      }
      // `postgres://app:${password}@db`: only the static parts, and only for provider formats
      for (const quasi of node.quasis) report(quasi, detector.inspect(quasi.value.cooked ?? quasi.value.raw, { path }));
    },
  };
});
