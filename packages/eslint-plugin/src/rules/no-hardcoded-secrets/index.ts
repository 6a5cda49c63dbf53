import meta from '@plumbline/core/rules/no-hardcoded-secrets';
import { secretDetector, type SecretDetector, type SecretMatch } from '@plumbline/core/secrets/index';
import type { NoHardcodedSecretsOptions } from '@plumbline/core/rules/no-hardcoded-secrets';
import type { TSESTree } from '@typescript-eslint/utils';
import { relative, sep } from 'node:path';
import { createRule } from '../../create-rule.js';
import { literalsOf, stringValue, type StringNode } from './resolve.js';
import { siteOf } from './site.js';
import { keySites } from './usage.js';

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
  const checkKeys = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
    const scope = context.sourceCode.getScope(call);
    for (const site of keySites(call, scope, text)) {
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
    CallExpression: checkKeys,
    NewExpression: checkKeys,
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
