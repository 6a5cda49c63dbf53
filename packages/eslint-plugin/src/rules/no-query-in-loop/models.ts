// Whether a receiver is an ORM model class (Sequelize, Mongoose, TypeORM's BaseEntity): one
// imported from the project's models, built by `sequelize.define`/`mongoose.model`, or
// declared in the file as `class X extends Model`.
import { MODEL_BASES, MODEL_FACTORIES, MODEL_PATHS } from '@plumbline/core/query-calls/javascript';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type Chain, fromModules, originOf } from './chain.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
const MODEL_NAME = /^[A-Z]\w*$|Model$/;
// db.User, models.Order, sequelize.models.Invoice
const SCOPES = new Set(['scope', 'unscoped', 'schema']);
const MODEL_HOLDERS = /^(db|models|sequelize|database|orm)$/;

function extendsModel(node: TSESTree.ClassDeclaration): boolean {
  const base = node.superClass;
  if (base?.type === 'Identifier') return MODEL_BASES.includes(base.name);
  return base?.type === 'MemberExpression' && base.property.type === 'Identifier' && MODEL_BASES.includes(base.property.name);
}

// sequelize.define('User', …), mongoose.model('User', schema), connection.model('User'), model('User', schema)
function isFactoryCall(node: TSESTree.Node | undefined, sourceCode: SourceCode): boolean {
  if (node?.type !== 'CallExpression' || node.arguments[0]?.type !== 'Literal') return false;
  const { callee } = node;
  if (callee.type === 'MemberExpression') return callee.property.type === 'Identifier' && MODEL_FACTORIES.includes(callee.property.name);
  return callee.type === 'Identifier' && MODEL_FACTORIES.includes(callee.name) && fromModules(callee, ['mongoose'], sourceCode);
}

/** Whether an identifier names a model class, by its import, initializer or class declaration. */
export function isModelName(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const origin = originOf(identifier, sourceCode);
  if (origin.module !== undefined) return MODEL_NAME.test(identifier.name) && MODEL_PATHS.test(origin.module);
  if (origin.classNode) return extendsModel(origin.classNode);
  return isFactoryCall(origin.init, sourceCode);
}

/** Whether a call chain's receiver is a model class: `User.findAll`, `db.User.findAll`, `sequelize.models.User.count`. */
export function isModelClass(chain: Chain, sourceCode: SourceCode): boolean {
  // User.scope('withTeam').findByPk(id): a scope is still the model
  const receiver = chain.names.slice(0, -1).filter((name) => !(SCOPES.has(name) && chain.called.includes(name)));
  if (!chain.root || receiver.length === 0 || receiver.some((name) => chain.called.includes(name))) return false;
  if (receiver.length === 1) return isModelName(chain.root, sourceCode);
  const holder = receiver.at(-2) ?? '';
  const model = receiver.at(-1) ?? '';
  if (receiver.length > 3 || !/^[A-Z]/.test(model)) return false;
  if (MODEL_HOLDERS.test(holder)) return true;
  const origin = originOf(chain.root, sourceCode);
  return receiver.length === 2 && origin.module !== undefined && MODEL_PATHS.test(origin.module);
}
