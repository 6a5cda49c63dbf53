import meta from '@plumbline/core/rules/no-hardcoded-secrets';
import { secretDetector, type SecretDetector, type SecretMatch } from '@plumbline/core/secrets/index';
import type { NoHardcodedSecretsOptions } from '@plumbline/core/rules/no-hardcoded-secrets';
import type { TSESTree } from '@typescript-eslint/utils';
import { relative, sep } from 'node:path';
import { createRule } from '../../create-rule.js';
import { siteOf } from './site.js';

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

export default createRule(meta, (context, options) => {
  const detector = detectorFor(options);
  const path = relative(context.cwd, context.filename).split(sep).join('/');
  if (detector.isAllowedPath(path)) return {};
  const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
  const report = (node: TSESTree.Node, match: SecretMatch | undefined): void => {
    if (match === undefined) return;
    context.report({ node, messageId: 'hardcodedSecret', data: { what: match.what, masked: match.masked } });
  };
  return {
    Literal(node) {
      if (typeof node.value !== 'string' || node.parent.type === 'ImportDeclaration' || node.parent.type === 'ExportAllDeclaration') return;
      report(node, detector.inspect(node.value, { path, ...siteOf(node, text) }));
    },
    TemplateLiteral(node) {
      if (node.parent.type === 'TaggedTemplateExpression') return;
      const [only] = node.quasis;
      if (node.expressions.length === 0 && only !== undefined) {
        report(node, detector.inspect(only.value.cooked ?? only.value.raw, { path, ...siteOf(node, text) }));
        return;
      }
      // `postgres://app:${password}@db`: only the static parts, and only for provider formats
      for (const quasi of node.quasis) report(quasi, detector.inspect(quasi.value.cooked ?? quasi.value.raw, { path }));
    },
  };
});
