// Which calls are SQL sinks in JS/TS, from the shared catalog, and whether their receiver is a
// database handle: by import (`import { Pool } from 'pg'`), by construction, or by name.
import { extraSinks, SQL_SINKS, sinkLabel, sinksNamed, type SqlSink } from '@plumbline/core/sql-sinks';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** A call matched to the catalog. */
export interface SinkCall {
  readonly name: string;
  readonly sink: SqlSink;
  /** The receiver is known to be a database handle (import, constructor or name). */
  readonly knownHandle: boolean;
  /** It is known by its import or constructor, not only by its name. */
  readonly provenHandle: boolean;
}

const CATALOG = SQL_SINKS.javascript;

// db.pool.query → ['db', 'pool']; knex('users').where → ['knex']; this.repo.createQueryBuilder('u').where → ['repo', 'createQueryBuilder']
function receiverChain(node: TSESTree.Node): { names: string[]; root?: TSESTree.Identifier } {
  const names: string[] = [];
  let current: TSESTree.Node = node;
  for (;;) {
    if (current.type === 'MemberExpression') {
      if (current.property.type === 'Identifier') names.unshift(current.property.name);
      current = current.object;
    } else if (current.type === 'CallExpression') current = current.callee;
    else if (current.type === 'TSNonNullExpression') current = current.expression;
    else if (current.type === 'AwaitExpression') current = current.argument;
    else break;
  }
  if (current.type !== 'Identifier') return { names };
  return { names: [current.name, ...names], root: current };
}

function importSource(definition: TSESLint.Scope.Definition): string | undefined {
  if (definition.type === 'ImportBinding' && definition.parent?.type === 'ImportDeclaration') return definition.parent.source.value;
  return undefined;
}

// new Pool(), mysql.createPool(), await pool.connect(), require('pg'), new PrismaClient()
function isHandleExpression(node: TSESTree.Node | null | undefined, scope: TSESLint.Scope.Scope, depth: number): boolean {
  if (!node || depth > 3) return false;
  if (node.type === 'AwaitExpression') return isHandleExpression(node.argument, scope, depth);
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require') {
    const [source] = node.arguments;
    return source?.type === 'Literal' && CATALOG.imports.includes(String(source.value));
  }
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const { root } = receiverChain(node.callee);
  return root !== undefined && isHandleName(root, scope, depth + 1);
}

function isHandleName(root: TSESTree.Identifier, scope: TSESLint.Scope.Scope, depth: number): boolean {
  const definition = ASTUtils.findVariable(scope, root)?.defs[0];
  if (!definition) return false;
  const source = importSource(definition);
  if (source !== undefined) return CATALOG.imports.some((module) => source === module || source.startsWith(`${module}/`));
  return definition.node.type === 'VariableDeclarator' && isHandleExpression(definition.node.init, scope, depth);
}

// const qb = repo.createQueryBuilder('u'); qb.where(…): the names along the variable's initializer
function initChain(root: TSESTree.Identifier | undefined, scope: TSESLint.Scope.Scope): string[] {
  const definition = root && ASTUtils.findVariable(scope, root)?.defs[0];
  if (definition?.node.type !== 'VariableDeclarator' || !definition.node.init) return [];
  return receiverChain(definition.node.init).names;
}

function calleeParts(callee: TSESTree.Node): { name: string; receiver?: TSESTree.Node } | undefined {
  if (callee.type === 'Identifier') return { name: callee.name };
  if (callee.type !== 'MemberExpression') return undefined;
  if (callee.property.type === 'Identifier' && !callee.computed) return { name: callee.property.name, receiver: callee.object };
  return callee.property.type === 'Literal' ? { name: String(callee.property.value), receiver: callee.object } : undefined;
}

/** The catalog sink a call reaches, if any, with what is known about its receiver. */
export function sinkCall(node: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, extra: readonly string[]): SinkCall | undefined {
  const parts = calleeParts(node.callee);
  if (!parts) return undefined;
  const { names, root } = parts.receiver ? receiverChain(parts.receiver) : { names: [] as string[], root: undefined };
  const receiver = parts.receiver ? names.join('.') : '';
  const candidates = [...sinksNamed('javascript', parts.name, names[0] ?? ''), ...extraSinks(extra)
    .filter((sink) => sink.names.includes(parts.name) && (!sink.receivers || sink.receivers.includes(receiver)))];
  const chain = [...names, ...initChain(root, scope)];
  const sink = candidates.find((candidate) => candidate.strong)
    ?? candidates.find((candidate) => !candidate.receiverCalls || candidate.receiverCalls.some((call) => chain.includes(call)));
  if (!sink) return undefined;
  const provenHandle = root !== undefined && isHandleName(root, scope, 0);
  const knownHandle = provenHandle || chain.some((name) => CATALOG.handleNames.test(name));
  // the same naming as the tree-sitter side: `pool.query`, `this.repo….where` for a long chain
  return { name: sinkLabel(names, parts.name), sink, knownHandle, provenHandle };
}
