// Functions of the same file as SQL text: `build(uid)` and `self.build(uid)` read as what the
// called function returns, one level deep (a call inside a returned value is not followed again).
import { constant, either, type SqlValue } from '@plumbline/core/sql-value';
import type { SyntaxNode } from '../../check.js';
import { classOf } from './python-fields.js';
import { scopeOf } from './python-scope.js';

type Read = (node: SyntaxNode) => SqlValue<SyntaxNode>;

const RECEIVERS = new Set(['self', 'cls']);
const PROPERTY = /^@(functools\.)?(cached_)?property$/;

// the functions defined directly in a module or class body, decorated or not, by name
function definitions(body: SyntaxNode | null | undefined): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const child of body?.namedChildren ?? []) {
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    const name = definition?.type === 'function_definition' ? definition.childForFieldName('name')?.text : undefined;
    if (definition && name) functions.set(name, definition);
  }
  return functions;
}

// `def name` in the function around the call (a nested helper), in the functions around that, or in the module
function definedAround(call: SyntaxNode, name: string): SyntaxNode | undefined {
  for (let scope = scopeOf(call); ; scope = scopeOf(scope)) {
    const found = definitions(scope.type === 'module' ? scope : scope.childForFieldName('body')).get(name);
    if (found || scope.type === 'module') return found;
  }
}

/**
 * The function of this file a call calls: `def name` around the call or in the module for `name(…)`, a method of the
 * class around for `self.name(…)`. Not `obj.name(…)`: a database wrapper's own query builder
 * (beets' `tx.query(…)`) composes names and parameterized clauses, which reviewers leave alone.
 */
export function calledFunction(call: SyntaxNode): SyntaxNode | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return definedAround(call, callee.text);
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const name = callee?.childForFieldName('attribute')?.text ?? '';
  const owner = object && RECEIVERS.has(object.text) ? classOf(call) : undefined;
  return owner && definitions(owner.childForFieldName('body')).get(name);
}

/** Reads a call to a function of the same file as the values its `return` statements give. */
export class PythonReturns {
  private reading = false;

  /** What the called function returns, or undefined when it is not one of this file's or a return is already being read. */
  valueOf(call: SyntaxNode, read: Read): SqlValue<SyntaxNode> | undefined {
    return this.returnedBy(this.reading ? undefined : calledFunction(call), read);
  }

  /** What `self.name` returns when `name` is a `@property` (or `@cached_property`) of the class around. */
  propertyValue(node: SyntaxNode, read: Read): SqlValue<SyntaxNode> | undefined {
    const object = node.childForFieldName('object');
    const owner = object && RECEIVERS.has(object.text) ? classOf(node) : undefined;
    const name = node.childForFieldName('attribute')?.text;
    const decorated = owner?.childForFieldName('body')?.namedChildren.find((child) => child.type === 'decorated_definition'
      && child.childForFieldName('definition')?.childForFieldName('name')?.text === name
      && child.namedChildren.some((decorator) => decorator.type === 'decorator' && PROPERTY.test(decorator.text)));
    return this.returnedBy(this.reading ? undefined : decorated?.childForFieldName('definition') ?? undefined, read);
  }

  private returnedBy(called: SyntaxNode | undefined, read: Read): SqlValue<SyntaxNode> | undefined {
    if (!called) return undefined;
    const returns = called.descendantsOfType('return_statement').filter((node) => scopeOf(node).id === called.id);
    if (returns.length === 0) return undefined;
    this.reading = true;
    try {
      return either(returns.map((node) => (node.namedChildren[0] ? read(node.namedChildren[0]) : constant())));
    } finally {
      this.reading = false;
    }
  }
}
