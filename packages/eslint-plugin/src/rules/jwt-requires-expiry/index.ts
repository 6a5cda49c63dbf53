import meta from '@plumbline/core/rules/jwt-requires-expiry';
import { createRule } from '../../create-rule.js';

// Helpers only this rule uses go beside this file; what two rules share goes to src/util/.
export default createRule(meta, (_context, _options) => ({
  // the nodes to look at, e.g. CallExpression(node) { … context.report({ node, messageId: 'jwtRequiresExpiry' }) }
}));
