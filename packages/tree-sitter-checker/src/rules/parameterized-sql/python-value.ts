// Python expressions as SQL text: literals, f-strings, `+`, `%`, `.format()`, `"…".join()`,
// and local names followed back to their assignments in the same function; comments between adjacent literals are not text.
import { isSafeSqlCall } from '@plumbline/core/sql-identifiers';
import { combine, constant, either, HOLE, named, opaque, settled, type SqlValue as Value, valueOfWrites } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';
import { DepthGuard } from './depth.js';
import { PythonFields } from './python-fields.js';
import { formatMethodValue, NUMBER_SPEC, percentValue } from './python-format.js';
import { parametersOf, scopeOf, writesOf } from './python-scope.js';
import { Resolver, type Writes } from './writes.js';

type SqlValue = Value<SyntaxNode>;
const UPPER_CASE = /^_*[A-Z][A-Z0-9_]*$/;
// psycopg's sql.SQL / sql.Identifier compose safely; quote_name, escape_string quote (isSafeSqlCall)
const SAFE_CALLS = new Set(['SQL', 'Identifier', 'Literal', 'Placeholder']);
const NUMBER_CALLS = new Set(['int', 'float', 'len', 'round', 'abs', 'Decimal']);
const SAME_TEXT = new Set(['strip', 'lstrip', 'rstrip', 'upper', 'lower']);
const ARITHMETIC = new Set(['-', '*', '/', '//', '**', '<<', '>>', '&', '|', '^']);

const nameOf = (callee: SyntaxNode | null): string =>
  (callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text) ?? '';

/** Values of Python expressions in one file. */
export class PythonValues {
  private readonly resolver = new Resolver();
  private readonly depth = new DepthGuard();
  private readonly scopes = new Map<number, Writes>();
  private readonly fields = new PythonFields();

  constructor(private readonly allowNonStringValues: boolean) {}

  /** Classifies an expression as SQL text. */
  valueOf(node: SyntaxNode): SqlValue {
    return this.depth.within(node, () => this.read(node));
  }

  private read(node: SyntaxNode): SqlValue {
    const [first, , third] = node.namedChildren;
    switch (node.type) {
      case 'string': return this.stringValue(node);
      case 'concatenated_string': return combine(node.namedChildren.filter((part) => part.type !== 'comment').map((part) => this.valueOf(part)), 'an f-string', node);
      case 'integer': case 'float': case 'true': case 'false': case 'none': return constant(node.text);
      case 'parenthesized_expression': return first ? this.valueOf(first) : opaque;
      case 'conditional_expression': return first && third ? either([this.valueOf(first), this.valueOf(third)]) : opaque;
      case 'binary_operator': return this.binaryValue(node);
      case 'identifier': return named(this.identifierValue(node), node.text);
      case 'attribute':
        if (UPPER_CASE.test(nameOf(node)) || nameOf(node) === 'db_table') return constant();
        return named(this.fields.valueOf(node, (value) => this.valueOf(value)) ?? opaque, nameOf(node));
      case 'call': return named(this.callValue(node), nameOf(node.childForFieldName('function')), true);
      // SORT_COLUMNS[key]: a lookup in a constant mapping
      case 'subscript': return UPPER_CASE.test(node.childForFieldName('value')?.text ?? '') ? constant() : opaque;
      default: return opaque;
    }
  }

  private stringValue(node: SyntaxNode): SqlValue {
    const parts = node.namedChildren.flatMap((part): SqlValue[] => {
      if (part.type === 'interpolation') {
        const expression = part.childForFieldName('expression');
        const spec = part.namedChildren.find((child) => child.type === 'format_specifier')?.text ?? '';
        return [NUMBER_SPEC.test(spec) ? constant() : expression ? this.valueOf(expression) : opaque];
      }
      return part.type === 'string_content' || part.type === 'escape_sequence' ? [constant(part.text)] : [];
    });
    return combine(parts, 'an f-string', node);
  }

  private binaryValue(node: SyntaxNode): SqlValue {
    const operator = node.childForFieldName('operator')?.text ?? '';
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return opaque;
    if (operator === '+') return this.plusValue(node, left, right);
    const format = this.valueOf(left);
    // "?" * n: a constant repeated; n - 1, n * size: arithmetic gives a number
    if (operator === '*' && format.kind === 'constant') return format;
    if (ARITHMETIC.has(operator)) return this.allowNonStringValues ? constant() : opaque;
    return operator === '%' ? percentValue(format, right, (value) => this.valueOf(value), node) : opaque;
  }

  // a + 1 is a number (a string would raise); "a" + b is text
  private plusValue(node: SyntaxNode, left: SyntaxNode, right: SyntaxNode): SqlValue {
    if (this.allowNonStringValues && [left.type, right.type].some((type) => type === 'integer' || type === 'float')) return constant();
    return combine([this.valueOf(left), this.valueOf(right)], 'concatenation', node);
  }

  private identifierValue(node: SyntaxNode): SqlValue {
    const name = node.text;
    if (UPPER_CASE.test(name)) return constant();
    const scope = scopeOf(node);
    return this.resolver.guard(`${scope.id}:${name}`, () => {
      // this function, then the functions around it (closures), then the module
      for (let current = scope; ; current = scopeOf(current)) {
        const writes = writesOf(current, this.scopes).get(name);
        const value = writes && valueOfWrites(writes, (write) => this.valueOf(write), 'concatenation', constant());
        // built at import time, from constants and settings, before any request exists
        if (value) return current.type === 'module' && value.kind === 'built' ? settled(value) : value;
        if (current.type === 'module' || parametersOf(current).has(name)) return opaque;
      }
    });
  }

  private callValue(node: SyntaxNode): SqlValue {
    const callee = node.childForFieldName('function');
    const argumentList = node.childForFieldName('arguments');
    // "?".join("?" for _ in ids): a lone generator is the whole argument list
    const args = argumentList?.type === 'generator_expression' ? [argumentList] : argumentList?.namedChildren ?? [];
    const name = nameOf(callee);
    if (SAFE_CALLS.has(name) || isSafeSqlCall(name)) return constant();
    if (NUMBER_CALLS.has(name) && callee?.type === 'identifier') return this.allowNonStringValues ? constant() : opaque;
    if (name === 'str' && args[0]) return this.valueOf(args[0]);
    const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    if (!object) return opaque;
    if (SAME_TEXT.has(name)) return this.valueOf(object);
    // sql.SQL("… {}").format(sql.Identifier(t)) composes safely
    if (name === 'format' && object.type === 'call' && nameOf(object.childForFieldName('function')) === 'SQL') return constant();
    if (name === 'format') return formatMethodValue(this.valueOf(object), argumentList, (value) => this.valueOf(value), node);
    if (name !== 'join' || !args[0]) return opaque;
    const separator = this.valueOf(object);
    const elements = this.listValue(args[0]);
    return separator.kind === 'opaque' || elements.kind === 'opaque' ? opaque : combine([elements, separator], 'join()', node);
  }

  /** The elements of a list-like expression as one value: `["%s"] * n`, `("?" for _ in ids)`, a local list. */
  listValue(node: SyntaxNode): SqlValue {
    return this.depth.within(node, () => this.readList(node));
  }

  private readList(node: SyntaxNode): SqlValue {
    const body = node.childForFieldName('body');
    switch (node.type) {
      case 'list': case 'tuple': case 'set':
        return combine(node.namedChildren.map((element) => (element.type.endsWith('splat') ? opaque : this.valueOf(element))), 'join()', node);
      case 'list_comprehension': case 'generator_expression': case 'set_comprehension':
        return body ? this.valueOf(body) : opaque;
      case 'binary_operator': {
        const left = node.childForFieldName('left');
        return node.childForFieldName('operator')?.text === '*' && left ? this.listValue(left) : opaque;
      }
      case 'identifier': return this.listVariable(node);
      // ",".join("?" * n): the characters of a string
      case 'string': case 'parenthesized_expression': return this.valueOf(node);
      default: return opaque;
    }
  }

  private listVariable(node: SyntaxNode): SqlValue {
    const scope = scopeOf(node);
    const writes = writesOf(scope, this.scopes);
    const assigned = writes.get(node.text);
    if (!assigned) return opaque;
    return this.resolver.guard(`${scope.id}:${node.text}[]`, () => {
      const lists = assigned.map((write) => (write.value && !write.append ? this.listValue(write.value) : opaque));
      const added = (writes.get(`${node.text}[]`) ?? []).map((write) => this.addedValue(write.value, write.at, false));
      const extended = (writes.get(`${node.text}[*]`) ?? []).map((write) => this.addedValue(write.value, write.at, true));
      return combine([either(lists), ...added, ...extended], 'join()', node);
    });
  }

  private addedValue(value: SyntaxNode | undefined, at: SyntaxNode, isList: boolean): SqlValue {
    const result = value ? (isList ? this.listValue(value) : this.valueOf(value)) : opaque;
    return result.kind === 'opaque' ? { kind: 'built', text: HOLE, how: 'join()', site: at } : result;
  }
}

