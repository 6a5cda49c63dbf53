// Functions and methods declared in one Go file, for following SQL through a call: the text a
// function returns (`func build(id string) string { return "SELECT … " + id }`), read with its
// parameters bound to the call's arguments. A function of another file stays unknown.
import { combine, either, opaque, type SqlValue } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';
import { parameterList } from './go-scope.js';

type Read = (node: SyntaxNode) => SqlValue<SyntaxNode>;

const DECLARATIONS = ['function_declaration', 'method_declaration'];
// string, (string), (q string), (string, error), (string, []any): the first result is text
const TEXT_RESULT = /^\(?\s*(\w+\s+)?string\s*(\)|,)/;

// upsert("id", "kind") for upsert(cols ...string): the list of the arguments; a spread slice is unknown
function variadicValue(args: readonly SyntaxNode[], call: SyntaxNode, read: Read): SqlValue<SyntaxNode> {
  if (args.some((arg) => arg.type === 'variadic_argument')) return opaque;
  return combine(args.map(read), 'strings.Join', call);
}

/** The functions and methods of one file, by name. */
export class GoFunctions {
  private byName: Map<string, SyntaxNode[]> | undefined;
  /** Functions whose returned text was read for a call: where they are called, their text is used. */
  readonly followed = new Set<number>();
  // the parameters of the functions being followed, bound to the values of the call's arguments
  private readonly bound = new Map<number, Map<string, SqlValue<SyntaxNode>>>();

  constructor(private readonly root: SyntaxNode, private readonly packages: ReadonlySet<string>) {}

  /**
   * The declarations a call may run: `build(…)` a function of the file, `s.build(…)` a method of
   * the file (any receiver: a name is rarely declared twice in one file). Imported packages are
   * not the file's.
   */
  calleesOf(call: SyntaxNode): SyntaxNode[] {
    const callee = call.childForFieldName('function');
    if (callee?.type === 'identifier') return this.named(callee.text).filter((node) => node.type === 'function_declaration');
    const operand = callee?.childForFieldName('operand');
    if (callee?.type !== 'selector_expression' || !operand || this.packages.has(operand.text)) return [];
    return this.named(callee.childForFieldName('field')?.text ?? '').filter((node) => node.type === 'method_declaration');
  }

  /**
   * What a call of a function of the file returns, read with its parameters bound to the
   * arguments (`build("users")` is constant); undefined when no function of the file is called.
   * Two levels at most, and never a function inside its own call.
   */
  valueOfCall(call: SyntaxNode, read: Read): SqlValue<SyntaxNode> | undefined {
    const callees = this.calleesOf(call).filter((declaration) => !this.bound.has(declaration.id));
    if (callees.length === 0 || this.bound.size >= 2) return undefined;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
    return either(callees.map((declaration) => {
      const returns = this.returnsOf(declaration);
      if (returns.length === 0) return opaque;
      this.followed.add(declaration.id);
      const bindings = new Map<string, SqlValue<SyntaxNode>>();
      parameterList(declaration).forEach((name, index) => {
        const arg = args[index];
        if (name.startsWith('...')) bindings.set(`${name.slice(3)}[list]`, variadicValue(args.slice(index), call, read));
        else if (arg && arg.type !== 'variadic_argument') bindings.set(name, read(arg));
      });
      this.bound.set(declaration.id, bindings);
      try {
        return either(returns.map(read));
      } finally {
        this.bound.delete(declaration.id);
      }
    }));
  }

  /** The value a parameter of a function being followed is bound to. */
  parameterValue(scope: SyntaxNode, name: string): SqlValue<SyntaxNode> | undefined {
    return this.bound.get(scope.id)?.get(name);
  }

  /** The first expression of each `return` of a function whose first result is a string. */
  returnsOf(declaration: SyntaxNode): SyntaxNode[] {
    const result = declaration.childForFieldName('result')?.text ?? '';
    if (!TEXT_RESULT.test(`${result})`)) return [];
    const body = declaration.childForFieldName('body');
    // a return inside a func literal returns from that literal, not from the declaration
    const own = (node: SyntaxNode): boolean => {
      for (let current = node.parent; current && current.id !== declaration.id; current = current.parent) if (current.type === 'func_literal') return false;
      return true;
    };
    const returns = body?.descendantsOfType('return_statement').filter(own) ?? [];
    return returns.flatMap((statement) => statement.namedChild(0)?.namedChild(0) ?? []);
  }

  private named(name: string): SyntaxNode[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const node of this.root.namedChildren.filter((child) => DECLARATIONS.includes(child.type))) {
        const key = node.childForFieldName('name')?.text ?? '';
        this.byName.set(key, [...(this.byName.get(key) ?? []), node]);
      }
    }
    return this.byName.get(name) ?? [];
  }
}
