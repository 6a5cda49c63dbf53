// Python expressions as SQL text: literals, f-strings, `+`, `%`, `.format()`, `"…".join()`,
// and local names followed back to their assignments in the same function; comments between adjacent literals are not text.
import { isSafeSqlCall } from '@plumbline/core/sql-identifiers';
import { combine, constant, either, HOLE, named, opaque, settled, type SqlValue as Value, valueOfWrites } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';
import { DepthGuard } from './depth.js';
import { PythonFields } from './python-fields.js';
import { PythonReturns } from './python-returns.js';
import { binaryValue, formatMethodValue, fStringValue } from './python-format.js';
import { parametersOf, reachingWrites, scopeOf, writesOf } from './python-scope.js';
import { Resolver, type Writes } from './writes.js';

type SqlValue = Value<SyntaxNode>;
const UPPER_CASE = /^_*[A-Z][A-Z0-9_]*$/;
// psycopg's sql.SQL / sql.Identifier compose safely; quote_name, escape_string quote (isSafeSqlCall)
const SAFE_CALLS = new Set(['SQL', 'Identifier', 'Literal', 'Placeholder']);
const NUMBER_CALLS = new Set(['int', 'float', 'len', 'round', 'abs', 'Decimal']);
const SAME_TEXT = new Set(['strip', 'lstrip', 'rstrip', 'upper', 'lower']);

const nameOf = (callee: SyntaxNode | null): string =>
  (callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text) ?? '';

/** Values of Python expressions in one file. */
export class PythonValues {
  private readonly resolver = new Resolver();
  private readonly depth = new DepthGuard();
  private readonly scopes = new Map<number, Writes>();
  private readonly fields = new PythonFields();
  private readonly returns = new PythonReturns();
  // expressions that are the whole SQL text (a sink's argument, a name's value there): a call among them reads as what it returns
  private readonly whole = new Set<number>();

  constructor(private readonly allowNonStringValues: boolean) {}

  /** Whether a name is written in a scope (a parameter reassigned is no longer the caller's value). */
  isAssigned(scope: SyntaxNode, name: string): boolean {
    return writesOf(scope, this.scopes).has(name);
  }

  /** Classifies an expression that is the whole SQL text, where a call of this file reads as what it returns. */
  wholeValueOf(node: SyntaxNode): SqlValue {
    this.whole.add(node.id);
    return this.valueOf(node);
  }

  /** Classifies an expression as SQL text. */
  valueOf(node: SyntaxNode): SqlValue {
    return this.depth.within(node, () => this.read(node));
  }

  private read(node: SyntaxNode): SqlValue {
    const [first, , third] = node.namedChildren;
    if (this.whole.has(node.id) && (node.type === 'parenthesized_expression' || node.type === 'conditional_expression')) [first, third].forEach((part) => part && this.whole.add(part.id));
    switch (node.type) {
      case 'string': return fStringValue(node, (value) => this.valueOf(value));
      case 'concatenated_string': return combine(node.namedChildren.filter((part) => part.type !== 'comment').map((part) => this.valueOf(part)), 'an f-string', node);
      case 'integer': case 'float': case 'true': case 'false': case 'none': return constant(node.text);
      case 'parenthesized_expression': return first ? this.valueOf(first) : opaque;
      case 'conditional_expression': return first && third ? either([this.valueOf(first), this.valueOf(third)]) : opaque;
      case 'binary_operator': return binaryValue(node, (value) => this.valueOf(value), this.allowNonStringValues);
      case 'identifier': return named(this.identifierValue(node), node.text);
      case 'attribute': return this.attributeValue(node);
      case 'call': return named(this.callValue(node), nameOf(node.childForFieldName('function')), true);
      // SORT_COLUMNS[key]: a lookup in a constant mapping
      case 'subscript': return UPPER_CASE.test(node.childForFieldName('value')?.text ?? '') ? constant() : opaque;
      default: return opaque;
    }
  }

  // self.QUERY, cls.QUERY: a class constant keeps its text, for the formatting applied to it
  private attributeValue(node: SyntaxNode): SqlValue {
    const field = this.fields.valueOf(node, (value) => this.valueOf(value));
    if (UPPER_CASE.test(nameOf(node)) || nameOf(node) === 'db_table') return field?.kind === 'constant' ? field : constant();
    return named((field?.kind === 'opaque' && this.whole.has(node.id) && this.returns.propertyValue(node, (value) => this.wholeValueOf(value))) || field || opaque, nameOf(node));
  }

  private identifierValue(node: SyntaxNode): SqlValue {
    const name = node.text;
    // QUERY = "… %s": a constant keeps its text, for the formatting applied to it
    if (UPPER_CASE.test(name)) return this.constantValue(node);
    const scope = scopeOf(node);
    return this.resolver.guard(`${scope.id}:${name}`, () => {
      // this function, then the functions around it (closures), then the module
      for (let current = scope; ; current = scopeOf(current)) {
        const writes = writesOf(current, this.scopes).get(name);
        if (this.whole.has(node.id)) writes?.forEach((write) => write.value && !write.append && this.whole.add(write.value.id));
        const value = writes && valueOfWrites(current === scope ? reachingWrites(writes, node) : writes, (write) => this.valueOf(write), 'concatenation', constant());
        // built at import time, from constants and settings, before any request exists
        if (value) return current.type === 'module' && value.kind === 'built' ? settled(value) : value;
        if (current.type === 'module' || parametersOf(current).has(name)) return opaque;
      }
    });
  }

  private constantValue(node: SyntaxNode): SqlValue {
    const writes = writesOf(node.tree.rootNode, this.scopes).get(node.text);
    const value = writes && this.resolver.guard(`module:${node.text}`, () => valueOfWrites(writes, (write) => this.valueOf(write), 'concatenation', constant()));
    return value?.kind === 'constant' ? value : constant();
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
    const returned = (): SqlValue => (this.whole.has(node.id) && this.returns.valueOf(node, (value) => this.wholeValueOf(value))) || opaque;
    if (!object) return returned();
    if (SAME_TEXT.has(name)) return this.valueOf(object);
    // sql.SQL("… {}").format(sql.Identifier(t)) composes safely
    if (name === 'format' && object.type === 'call' && nameOf(object.childForFieldName('function')) === 'SQL') return constant();
    if (name === 'format') return formatMethodValue(this.valueOf(object), argumentList, (value) => this.valueOf(value), node);
    if (name !== 'join' || !args[0]) return returned();
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

