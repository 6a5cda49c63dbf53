// Go scopes for parameterized-sql: the writes of each name in a function or the package, and
// the function a node belongs to.
import type { SyntaxNode } from '../../check.js';
import { addWrite, type ScopeSyntax, scopeWrites, type Write, type Writes } from './writes.js';

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const BUILDER_WRITES = new Set(['WriteString', 'WriteByte', 'WriteRune', 'Write']);

/** The function around a node, or the file. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  let current = node.parent;
  while (current && !FUNCTIONS.has(current.type) && current.type !== 'source_file') current = current.parent;
  return current ?? node.tree.rootNode;
}

/** The parameter names of a function scope. */
export function parametersOf(scope: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const list of [scope.childForFieldName('parameters'), scope.childForFieldName('receiver')]) {
    for (const declaration of list?.namedChildren ?? []) {
      for (const name of declaration.childrenForFieldName('name')) names.add(name.text);
    }
  }
  return names;
}

/** The parameter names of a function, in order (`a, b string` gives two); `...` marks a variadic one. */
export function parameterList(scope: SyntaxNode): string[] {
  return (scope.childForFieldName('parameters')?.namedChildren ?? []).flatMap((declaration) => {
    const names = declaration.childrenForFieldName('name').map((name) => name.text);
    const spread = declaration.type === 'variadic_parameter_declaration' ? '...' : '';
    return names.length > 0 ? names.map((name) => spread + name) : [spread + '_'];
  });
}

// xs = append(xs, a, b...): elements added to a slice, under `xs[]` (values) and `xs[*]` (slices)
function visitAppend(name: string, call: SyntaxNode, writes: Map<string, Write[]>): boolean {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (call.childForFieldName('function')?.text !== 'append' || args[0]?.text !== name) return false;
  for (const arg of args.slice(1)) {
    const spread = arg.type === 'variadic_argument';
    addWrite(writes, spread ? `${name}[*]` : `${name}[]`, { value: spread ? arg.namedChild(0) ?? undefined : arg, append: true, at: call });
  }
  return true;
}

function visitAssignment(node: SyntaxNode, writes: Map<string, Write[]>): void {
  const left = node.childForFieldName(node.type === 'var_spec' || node.type === 'const_spec' ? 'name' : 'left');
  const names = node.type.endsWith('_spec') ? node.childrenForFieldName('name') : left?.namedChildren ?? [];
  const values = node.childForFieldName(node.type.endsWith('_spec') ? 'value' : 'right')?.namedChildren ?? [];
  const operator = node.childForFieldName('operator')?.text;
  names.forEach((name, index) => {
    // allowed[k] = v: an element written into a map or slice, read as one of its elements
    const element = name.type === 'index_expression' ? name.childForFieldName('operand') : undefined;
    if (element?.type === 'identifier' && names.length === values.length) addWrite(writes, `${element.text}[]`, { value: values[index], append: true, at: node });
    if (name.type !== 'identifier') return;
    // q, args := build(f), v, ok := allowed[k]: the first result of a call, the element looked up
    const first = index === 0 && values.length === 1 && ['call_expression', 'index_expression'].includes(values[0]?.type ?? '') ? values[0] : undefined;
    const value = names.length === values.length ? values[index] : first;
    if (value?.type === 'call_expression' && visitAppend(name.text, value, writes)) return;
    // var sb strings.Builder, var parts []string: declared empty
    const declaredEmpty = node.type === 'var_spec' && values.length === 0;
    const append = operator === '+=';
    if (operator && operator !== '=' && operator !== ':=' && !append) return;
    addWrite(writes, name.text, { value: declaredEmpty ? node : value, append, at: node });
  });
}

// sb.WriteString(…), fmt.Fprintf(&sb, …): text written into a strings.Builder or bytes.Buffer
function visitBuilder(call: SyntaxNode, writes: Map<string, Write[]>): void {
  const callee = call.childForFieldName('function');
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const method = callee?.childForFieldName('field')?.text ?? '';
  const operand = callee?.childForFieldName('operand');
  if (callee?.type === 'selector_expression' && operand?.type === 'identifier' && BUILDER_WRITES.has(method)) {
    addWrite(writes, `${operand.text}.String()`, { value: args[0], append: true, at: call });
  } else if (/^fmt\.Fprint/.test(callee?.text ?? '') && args[0]?.type === 'unary_expression') {
    const target = args[0].childForFieldName('operand')?.text ?? '';
    addWrite(writes, `${target}.String()`, { value: call, append: true, at: call });
  }
}

function visit(node: SyntaxNode, writes: Map<string, Write[]>): void {
  if (['short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec'].includes(node.type)) visitAssignment(node, writes);
  else if (node.type === 'range_clause') {
    for (const name of node.childForFieldName('left')?.namedChildren ?? []) addWrite(writes, name.text, { value: undefined, append: false, at: node });
  } else if (node.type === 'call_expression') visitBuilder(node, writes);
}

const SYNTAX: ScopeSyntax = { file: 'source_file', nested: FUNCTIONS, visit };

// the statements a `:=` declares its names for: the nearest block, case or if/for/switch header
const BLOCKS = new Set(['block', 'expression_case', 'type_case', 'default_case', 'communication_case', 'if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement']);

/**
 * The writes a use can see: a `q := …` inside a block declares another `q`, which a use outside
 * that block does not read (`if s != "" { q := strings.ToLower(s) … }` then `q := "SELECT …"`).
 * undefined when none is seen.
 */
export function visibleWrites(writes: readonly Write[] | undefined, use: SyntaxNode): readonly Write[] | undefined {
  const seen = writes?.filter((write) => {
    if (write.at.type !== 'short_var_declaration') return true;
    let block = write.at.parent;
    while (block && !BLOCKS.has(block.type) && !FUNCTIONS.has(block.type)) block = block.parent;
    return !block || (block.startIndex <= use.startIndex && use.endIndex <= block.endIndex);
  });
  return seen && seen.length > 0 ? seen : undefined;
}

/** Every write of every name directly in a scope, cached by scope. */
export const writesOf = (scope: SyntaxNode, cache: Map<number, Writes>): Writes => scopeWrites(scope, cache, SYNTAX);

/** Names the file imports packages as (`fmt`, `sq` for an aliased import). */
export function importedPackages(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  // imports are top-level declarations: walking only those spares walking every function body
  const declarations = root.namedChildren.filter((node) => node.type === 'import_declaration');
  for (const spec of declarations.flatMap((declaration) => declaration.descendantsOfType('import_spec'))) {
    const path = spec.childForFieldName('path')?.text.replace(/"/g, '') ?? '';
    names.add(spec.childForFieldName('name')?.text ?? path.split('/').filter((part) => !/^v\d+$/.test(part)).pop() ?? '');
  }
  return names;
}
