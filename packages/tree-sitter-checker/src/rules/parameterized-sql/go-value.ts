// Go expressions as SQL text: literals, `+`, fmt.Sprintf, strings.Join, strings.Builder, and
// local names followed back to their assignments in the same function.
import { isSafeSqlCall } from '@plumbline/core/sql-identifiers';
import { combine, constant, either, HOLE, named, opaque, settled, type SqlValue as Value, valueOfWrites } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';
import { DepthGuard } from './depth.js';
import { GoFields, isCompiledStatement } from './go-fields.js';
import { GoFunctions } from './go-functions.js';
import { replaceValue } from './go-replace.js';
import { sprintfValue } from './go-sprintf.js';
import { importedPackages, parametersOf, scopeOf, visibleWrites, writesOf } from './go-scope.js';
import { Resolver, type Writes } from './writes.js';

type SqlValue = Value<SyntaxNode>;
// sqlx.In(q, ids), db.Rebind(q): the same statement with its placeholders expanded or respelled
const SAME_TEXT = /^(strings\.(Trim\w*|ToUpper|ToLower|Repeat)|string|sqlx\.(In|Named|Rebind)|[\w.]+\.Rebind)$/;
const NUMBER_TEXT = /^(strconv\.(Itoa|Format\w+)|len)$/;
// strconv.Itoa(len(args)): numbering the next placeholder
const isPlaceholderNumber = (call: SyntaxNode, name: string): boolean => name === 'strconv.Itoa' && /^len\(/.test(call.childForFieldName('arguments')?.namedChild(0)?.text ?? '');
const LITERALS = new Set(['int_literal', 'float_literal', 'rune_literal', 'true', 'false', 'nil', 'iota']);

/** Values of Go expressions in one file. */
export class GoValues {
  private readonly resolver = new Resolver();
  private readonly depth = new DepthGuard();
  private readonly scopes = new Map<number, Writes>();
  private readonly packages: Set<string>;
  private readonly fields: GoFields;
  /** The functions and methods of the file, which calls are followed into. */
  readonly functions: GoFunctions;

  constructor(private readonly allowNonStringValues: boolean, root: SyntaxNode) {
    this.packages = importedPackages(root);
    this.fields = new GoFields(root);
    this.functions = new GoFunctions(root, this.packages);
  }

  /** Classifies an expression as SQL text. */
  valueOf(node: SyntaxNode): SqlValue {
    return this.depth.within(node, () => this.read(node));
  }

  private read(node: SyntaxNode): SqlValue {
    if (LITERALS.has(node.type) || node.type === 'var_spec') return constant();
    switch (node.type) {
      case 'interpreted_string_literal': case 'raw_string_literal': return constant(node.text.slice(1, -1));
      case 'parenthesized_expression': return node.namedChild(0) ? this.valueOf(node.namedChild(0) as SyntaxNode) : opaque;
      case 'binary_expression': {
        const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
        if (!left || !right) return opaque;
        // n + 1 is a number: Go adds no number to a string
        const numeric = [left.type, right.type].some((type) => type === 'int_literal' || type === 'float_literal');
        if (node.childForFieldName('operator')?.text === '+' && !numeric) return combine([this.valueOf(left), this.valueOf(right)], 'concatenation', node);
        return this.allowNonStringValues ? constant() : opaque;
      }
      case 'identifier': return named(this.names(node, node.text, (writes) => valueOfWrites(writes, (value) => this.valueOf(value), 'concatenation', constant())), node.text);
      // models.TableUsers: an exported name of an imported package, in practice a constant
      case 'selector_expression':
        if (this.packages.has(node.childForFieldName('operand')?.text ?? '') || isCompiledStatement(node, scopeOf(node))) return constant();
        return named(this.fields.valueOf(node, (value) => this.valueOf(value)), node.text);
      case 'call_expression': return named(this.callValue(node), node.childForFieldName('function')?.text ?? '', true);
      // allowed[key]: an element of a local map or slice, constant when every element written is
      case 'index_expression': return node.childForFieldName('operand')?.type === 'identifier' ? this.listValue(node.childForFieldName('operand') as SyntaxNode) : opaque;
      default: return opaque;
    }
  }

  // A name's writes in its function, then the enclosing functions, then the file. A name found
  // nowhere is declared in another file of the package: in practice a query constant. Values
  // built at package level are built at init, from constants and helpers, before any input.
  private names(node: SyntaxNode, key: string, resolve: (writes: NonNullable<ReturnType<Writes['get']>>) => SqlValue): SqlValue {
    const scope = scopeOf(node);
    return this.resolver.guard(`${scope.id}:${key}`, () => {
      for (let current = scope; ; current = scopeOf(current)) {
        const writes = visibleWrites(writesOf(current, this.scopes).get(key), node);
        const value = writes && resolve(writes);
        if (value) return current.type === 'source_file' && value.kind === 'built' ? settled(value) : value;
        if (current.type === 'source_file') return key === node.text ? constant() : opaque;
        if (parametersOf(current).has(node.text)) return this.functions.parameterValue(current, node.text) ?? opaque;
      }
    });
  }

  private callValue(node: SyntaxNode): SqlValue {
    const callee = node.childForFieldName('function');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const name = callee?.text ?? '';
    // fmt.Sprint("… id = ", id) prints its operands one after the other
    if (name === 'fmt.Sprint' || name === 'fmt.Sprintln') return combine(args.map((arg) => this.valueOf(arg)), 'fmt.Sprint', node);
    if (name === 'fmt.Sprintf' || name.startsWith('fmt.Fprint')) return sprintfValue(node, name === 'fmt.Sprintf' ? args : args.slice(1), (value) => this.valueOf(value), this.allowNonStringValues);
    if (isSafeSqlCall(name)) return constant();
    const replaced = replaceValue(node, name, (value) => this.valueOf(value));
    if (replaced) return replaced;
    if (isPlaceholderNumber(node, name)) return constant();
    if (NUMBER_TEXT.test(name)) return this.allowNonStringValues ? constant() : opaque;
    if (SAME_TEXT.test(name) && args[0]) return this.valueOf(args[0]);
    if (name === 'strings.Join' && args[0] && args[1]) {
      const elements = this.listValue(args[0]);
      return elements.kind === 'opaque' ? opaque : combine([elements, this.valueOf(args[1])], 'strings.Join', node);
    }
    const returned = this.functions.valueOfCall(node, (value) => this.valueOf(value));
    if (returned) return returned;
    const operand = callee?.childForFieldName('operand');
    if (callee?.childForFieldName('field')?.text !== 'String' || operand?.type !== 'identifier') return opaque;
    return this.names(operand, `${operand.text}.String()`, (writes) => valueOfWrites(writes, (value) => this.valueOf(value), 'a strings.Builder', constant()));
  }

  /** The elements of a slice expression as one value: `[]string{…}`, a local slice grown by append. */
  listValue(node: SyntaxNode): SqlValue {
    return this.depth.within(node, () => this.readList(node));
  }

  private readList(node: SyntaxNode): SqlValue {
    if (node.type === 'composite_literal') {
      const elements = node.childForFieldName('body')?.namedChildren ?? [];
      return combine(elements.map((element) => this.elementValue(element)), 'strings.Join', node);
    }
    if (node.type === 'var_spec' || (node.type === 'call_expression' && node.childForFieldName('function')?.text === 'make')) return constant();
    if (node.type === 'selector_expression') return this.fields.listValue(node, (value) => this.valueOf(value), (value) => this.listValue(value));
    if (node.type !== 'identifier') return opaque;
    const scope = scopeOf(node);
    return this.resolver.guard(`${scope.id}:${node.text}[list]`, () => {
      const writes = writesOf(scope, this.scopes);
      const assigned = (visibleWrites(writes.get(node.text), node) ?? []).map((write) => (write.value ? this.listValue(write.value) : opaque));
      // cols ...string of a function being followed: the call's arguments
      if (assigned.length === 0) return this.functions.parameterValue(scope, `${node.text}[list]`) ?? opaque;
      const added = (writes.get(`${node.text}[]`) ?? []).map((write) => this.added(write.value ? this.valueOf(write.value) : opaque, write.at));
      const spread = (writes.get(`${node.text}[*]`) ?? []).map((write) => this.added(write.value ? this.listValue(write.value) : opaque, write.at));
      return combine([either(assigned), ...added, ...spread], 'strings.Join', node);
    });
  }

  // "a", k: "a": the value of an element of a slice or map literal
  private elementValue(element: SyntaxNode): SqlValue {
    const value = element.type === 'keyed_element' ? element.lastNamedChild : element;
    const inner = value?.type === 'literal_element' ? value.namedChild(0) : value;
    return inner ? this.valueOf(inner) : opaque;
  }

  private added(value: SqlValue, at: SyntaxNode): SqlValue {
    return value.kind === 'opaque' ? { kind: 'built', text: HOLE, how: 'strings.Join', site: at } : value;
  }
}
