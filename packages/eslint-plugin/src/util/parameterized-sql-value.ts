// What a JS/TS expression is as SQL text: constant, opaque (unknown data, not built here), or
// built from non-constant parts at some site. Variables are followed back to their writes.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
// the two modules call each other: a variable's writes and a call's arguments are values too
import { callValue, identifierValue } from './parameterized-sql-flow.js';

/** How a string was built. */
export type How = 'concatenation' | 'a template literal' | 'concat()' | 'join()';

/** A string value as the rule sees it; `text` is its static text, for telling SQL from prose. */
export type SqlValue =
  | { readonly kind: 'constant'; readonly text: string }
  | { readonly kind: 'opaque'; readonly text: string }
  | { readonly kind: 'built'; readonly text: string; readonly how: How; readonly site: TSESTree.Node };

/** What classifying needs besides the expression. */
export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly allowedTags: readonly string[];
  readonly allowNonStringValues: boolean;
  readonly seen: Set<TSESTree.Node>;
}

/** A constant value of the given text. */
export const constant = (text = ''): SqlValue => ({ kind: 'constant', text });
/** A value the rule knows nothing about. */
export const opaque: SqlValue = { kind: 'opaque', text: '' };
const UPPER_CASE = /^[A-Z][A-Z0-9_]*$/;
const NON_STRING_CALLS = new Set(['Number', 'parseInt', 'parseFloat', 'Math.floor', 'Math.round', 'Math.ceil', 'Math.trunc', 'Math.max', 'Math.min']);

/** Joins parts the way `+` does: constant when every part is, else built here (or where its one built part was). */
export function combine(parts: readonly SqlValue[], how: How, node: TSESTree.Node): SqlValue {
  const text = parts.map((part) => part.text).join('');
  if (parts.every((part) => part.kind === 'constant')) return constant(text);
  const built = parts.filter((part) => part.kind === 'built');
  const first = built[0];
  if (first && built.length === parts.filter((part) => part.kind !== 'constant').length && first.kind === 'built') {
    return { ...first, text };
  }
  return { kind: 'built', text, how, site: node };
}

/** Alternatives (branches, `a ? b : c`): built if one is, opaque if one is, else constant. */
export function either(values: readonly SqlValue[]): SqlValue {
  const text = values.map((value) => value.text).join(' ');
  const built = values.find((value) => value.kind === 'built');
  if (built) return { ...built, text };
  if (values.some((value) => value.kind === 'opaque')) return { kind: 'opaque', text };
  return constant(text);
}

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
      return !node.computed && node.property.type === 'Identifier' && UPPER_CASE.test(node.property.name) ? constant() : opaque;
    case 'Identifier': return identifierValue(node, context);
    case 'CallExpression': return callValue(node, context);
    default: return opaque;
  }
}
