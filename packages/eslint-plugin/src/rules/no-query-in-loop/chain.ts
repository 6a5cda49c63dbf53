// A call's receiver chain (`this.prisma.user.findMany`, `knex('users').where(…).first`) and
// where a chain's root name comes from (import, require, initializer, class, parameter).
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The names along a callee, root first, the method last; `this` is left out. */
export interface Chain {
  readonly names: readonly string[];
  /** The root identifier, when the chain starts with one (not `this`). */
  readonly root?: TSESTree.Identifier;
  /** Names that are called inside the chain: `getRepository` in `getRepository(User).findOne`. */
  readonly called: readonly string[];
  /** The root itself is called: `knex('users').where(…)`. */
  readonly rootCall?: TSESTree.CallExpression;
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  if (node.type === 'TSNonNullExpression' || node.type === 'TSAsExpression' || node.type === 'TSTypeAssertion') return unwrap(node.expression);
  return node.type === 'AwaitExpression' ? unwrap(node.argument) : node;
}

const propertyName = (node: TSESTree.MemberExpression): string => {
  if (node.property.type === 'Identifier' && !node.computed) return node.property.name;
  return node.property.type === 'Literal' ? String(node.property.value) : '[]';
};

/** The chain of a callee. */
export function chainOf(callee: TSESTree.Node): Chain {
  const names: string[] = [];
  const called: string[] = [];
  let current = unwrap(callee);
  let call: TSESTree.CallExpression | undefined;
  for (;;) {
    if (current.type === 'MemberExpression') {
      names.unshift(propertyName(current));
      if (call) called.push(propertyName(current));
      call = undefined;
      current = unwrap(current.object);
    } else if (current.type === 'CallExpression') {
      call = current;
      current = unwrap(current.callee);
    } else break;
  }
  if (current.type !== 'Identifier') return { names, called };
  if (call) called.push(current.name);
  return { names: [current.name, ...names], root: current, called, rootCall: call };
}

/** Where a name comes from, as far as the file tells. */
export interface Origin {
  /** Module of an import or `require()`. */
  readonly module?: string;
  /** Initializer of a plain `const x = …` binding. */
  readonly init?: TSESTree.Node;
  readonly classNode?: TSESTree.ClassDeclaration;
  /** What a destructuring binding takes its value from: `prisma` in `const { client } = prisma`. */
  readonly destructured?: TSESTree.Node;
}

function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  const value = node && unwrap(node);
  if (value?.type === 'MemberExpression') return requiredModule(value.object);
  if (value?.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== 'require') return undefined;
  const [source] = value.arguments;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/** The origin of an identifier in its scope. */
export function originOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): Origin {
  const definition = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (!definition) return {};
  if (definition.type === 'ImportBinding' && definition.parent?.type === 'ImportDeclaration') return { module: definition.parent.source.value };
  if (definition.node.type === 'ClassDeclaration') return { classNode: definition.node };
  if (definition.node.type !== 'VariableDeclarator' || !definition.node.init) return {};
  const module = requiredModule(definition.node.init);
  if (module !== undefined) return { module };
  const init = unwrap(definition.node.init);
  return definition.node.id.type === 'Identifier' ? { init } : { destructured: init };
}

/** Whether a name comes from one of `modules`, directly or through `new X()`, `x()`, `x.connect()` of such a name. */
export function fromModules(identifier: TSESTree.Identifier, modules: readonly string[], sourceCode: SourceCode, depth = 0): boolean {
  if (depth > 3) return false;
  const origin = originOf(identifier, sourceCode);
  if (origin.module !== undefined) return modules.some((module) => origin.module === module || origin.module!.startsWith(`${module}/`));
  const init = origin.init;
  if (init?.type !== 'CallExpression' && init?.type !== 'NewExpression') return false;
  const { root } = chainOf(init.callee);
  return root !== undefined && fromModules(root, modules, sourceCode, depth + 1);
}

/** Modules the file imports or requires at its top level. */
export function fileModules(program: TSESTree.Program): Set<string> {
  const modules = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') modules.add(statement.source.value);
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const module = requiredModule(declarator.init);
      if (module !== undefined) modules.add(module);
    }
  }
  return modules;
}

function render(node: TSESTree.Node): string[] {
  const value = unwrap(node);
  if (value.type === 'Identifier') return [value.name];
  if (value.type === 'ThisExpression') return ['this'];
  if (value.type === 'MemberExpression') return [...render(value.object), propertyName(value)];
  if (value.type !== 'CallExpression') return ['…'];
  const parts = render(value.callee);
  parts[parts.length - 1] += value.arguments.length > 0 ? '(…)' : '()';
  return parts;
}

/** How a message names a call, as Python and Go do: `prisma.user.findUnique(…)`, `repo.count()`, `this.repo.createQueryBuilder(…)….getMany()`. */
export function callText(call: TSESTree.CallExpression): string {
  const parts = render(call);
  const text = parts.join('.');
  return text.length <= 50 || parts.length <= 4 ? text : `${parts.slice(0, 3).join('.')}….${parts.at(-1) ?? ''}`;
}
