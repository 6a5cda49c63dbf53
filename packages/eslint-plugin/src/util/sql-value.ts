// What a JS/TS expression is as SQL text, in core's value model (constant, opaque or built at a
// site). Variables and string-building calls are followed in sql-flow.ts, which is handed this reader.
import { isSafeSqlCall } from '@plumbline/core/sql-identifiers';
import { combine, constant, either, named, opaque } from '@plumbline/core/sql-value';
import type { TSESTree } from '@typescript-eslint/utils';
import { thisFieldValue } from './class-fields.js';
import { callValue, type FlowContext, identifierValue, type SqlValue } from './sql-flow.js';

/** What classifying needs besides the expression. */
export interface ValueContext extends FlowContext {
  readonly allowedTags: readonly string[];
}

const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;
const NON_STRING_CALLS = new Set(['Number', 'parseInt', 'parseFloat', 'Math.floor', 'Math.round', 'Math.ceil', 'Math.trunc', 'Math.max', 'Math.min']);

/** Dotted name of a callee or tag (`sql`, `Prisma.sql`), or undefined when it is not a plain name. */
export function dottedName(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type !== 'MemberExpression' || node.property.type !== 'Identifier') return undefined;
  const object = dottedName(node.object);
  return object === undefined ? undefined : `${object}.${node.property.name}`;
}

function isAllowedTag(tag: TSESTree.Expression, allowed: readonly string[]): boolean {
  let root: TSESTree.Node = tag;
  while (root.type === 'CallExpression') root = root.callee; // slonik: sql.type(schema)`…`
  const name = dottedName(root) ?? '';
  return allowed.includes(name) || allowed.includes(name.split('.')[0] ?? '') || allowed.includes(name.split('.').pop() ?? '');
}

// '$' + (values.length + 1), `$${index + 1}`: numbering a placeholder, a number by construction
function isPlaceholderNumber(before: SqlValue | undefined, node: TSESTree.Node): boolean {
  const sigil = before?.kind === 'constant' ? /(\$|:|@p)$/.exec(before.text)?.[1] : undefined;
  if (!sigil) return false;
  if (node.type === 'Literal') return typeof node.value === 'number';
  if (node.type === 'MemberExpression') return node.property.type === 'Identifier' && node.property.name === 'length';
  if (node.type === 'BinaryExpression') return ['+', '-', '*'].includes(node.operator) && isPlaceholderNumber(before, node.left) && isPlaceholderNumber(before, node.right);
  return sigil === '$' && (node.type === 'Identifier' || node.type === 'UpdateExpression');
}

function partValue(before: SqlValue | undefined, node: TSESTree.Node, context: ValueContext): SqlValue {
  return isPlaceholderNumber(before, node) ? constant() : valueOf(node, context);
}

function template(node: TSESTree.TemplateLiteral, context: ValueContext): SqlValue {
  const parts: SqlValue[] = [];
  node.quasis.forEach((quasi, index) => {
    const text = constant(quasi.value.cooked ?? quasi.value.raw);
    parts.push(text);
    const expression = node.expressions[index];
    if (expression) parts.push(partValue(text, expression, context));
  });
  return combine(parts, 'a template literal', node);
}

function isNonString(node: TSESTree.Node, context: ValueContext): boolean {
  if (!context.allowNonStringValues) return false;
  if (node.type === 'UnaryExpression') return node.operator === '+' || node.operator === '-';
  if (node.type === 'CallExpression') return NON_STRING_CALLS.has(dottedName(node.callee) ?? '');
  if (node.type === 'MemberExpression') return !node.computed && node.property.type === 'Identifier' && node.property.name === 'length';
  return node.type === 'BinaryExpression' && ['-', '*', '/', '%'].includes(node.operator);
}

/** Classifies an expression as SQL text. */
export function valueOf(node: TSESTree.Node, context: ValueContext): SqlValue {
  if (isNonString(node, context)) return constant();
  switch (node.type) {
    case 'Literal': return constant(typeof node.value === 'string' ? node.value : String(node.value));
    case 'TemplateLiteral': return template(node, context);
    case 'TaggedTemplateExpression':
      return isAllowedTag(node.tag, context.allowedTags) ? constant(node.quasi.quasis.map((q) => q.value.raw).join('?')) : template(node.quasi, context);
    case 'BinaryExpression': {
      if (node.operator !== '+') return opaque;
      const left = valueOf(node.left, context);
      return combine([left, partValue(left, node.right, context)], 'concatenation', node);
    }
    case 'ConditionalExpression': return either([valueOf(node.consequent, context), valueOf(node.alternate, context)]);
    case 'LogicalExpression': return either([valueOf(node.left, context), valueOf(node.right, context)]);
    case 'TSAsExpression': case 'TSNonNullExpression': case 'TSSatisfiesExpression': return valueOf(node.expression, context);
    case 'AwaitExpression': return valueOf(node.argument, context);
    // Tables.USERS, COLUMNS[sortKey]: a constant, or a lookup in a constant mapping
    case 'MemberExpression':
      if (node.object.type === 'Identifier' && UPPER_CASE.test(node.object.name)) return constant();
      if (!node.computed && node.property.type === 'Identifier' && UPPER_CASE.test(node.property.name)) return constant();
      return named(thisFieldValue(node, (part) => valueOf(part, context)) ?? opaque, dottedName(node.computed ? node.object : node) ?? '');
    case 'Identifier': return named(identifierValue(node, context, (part) => valueOf(part, context)), node.name);
    case 'CallExpression':
      // mysql.escape(v), client.escapeIdentifier(t): quoted by the driver
      if (isSafeSqlCall(dottedName(node.callee) ?? '')) return constant();
      return named(callValue(node, context, (part) => valueOf(part, context)), dottedName(node.callee) ?? '', true);
    default: return opaque;
  }
}
