import meta, { describeStyle, type JavaScriptNamingOptions, type KindOptions, stylesOf, toStyle } from '@plumbline/core/rules/naming-convention';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, type RuleContext } from '../../create-rule.js';
import { type Checker, createChecker } from './checker.js';
import { acceptsFileName, fileNameOf } from './file-name.js';
import { bindsImport, chosenNames, isAmbient, isLateConstant, isModuleLevel, isPrimitiveValue, isUnreadType } from './names.js';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// .d.ts files describe shapes that exist elsewhere (a library, a wire format); prettify-min.js is generated
const NOT_WRITTEN_HERE = /\.d\.[cm]?ts$|[.-]min\.[cm]?js$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// const CHAR_CODE_a = 'a'.charCodeAt(0): upper-case words, then the lower-case name the constant is about
const QUOTES_NAME: KindOptions = { style: [], allow: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(_[a-z][a-z0-9]*)+$' };

// Variables, functions and their parameters, and class members.
function valueListeners({ check, checkLater }: Checker, js: JavaScriptNamingOptions, context: RuleContext<object>): TSESLint.RuleListener {
  // function render({ as: Component }), (Model) => ...: a parameter that receives a class or component
  const checkParameters = (node: FunctionNode): void => {
    checkLater(node.params.flatMap((param) => chosenNames(param, node)).filter(({ id }) => id.name !== 'this'), 'parameter', [js.class]);
  };
  return {
    VariableDeclarator(node) {
      if (isAmbient(node) || bindsImport(node)) return;
      const isConst = node.parent.kind === 'const';
      // const MAX_RETRIES = 3, export const ROUTES = {...}: named constants, at any level;
      // let IS_REQUEST_RUNNING = false: module state; let DB_URL; ... DB_URL = url: set once. Both written like constants
      const moduleState = !isConst && ((isModuleLevel(node.parent) && isPrimitiveValue(node.init)) || isLateConstant(context.sourceCode, node));
      const upper = stylesOf(js.constant).filter((style) => style === 'UPPER_SNAKE_CASE');
      const extra: KindOptions[] = isConst ? [js.constant, ...(upper.length > 0 ? [QUOTES_NAME] : [])] : moduleState ? [{ style: upper }] : [];
      // const UserSchema = z.object(...), let User: EntityClass, export const ModuleName = "auth":
      // classes, components, schemas and exported keys; `const MaxRetries = 3` in a function is not one
      if (!isPrimitiveValue(node.init) || (isConst && isModuleLevel(node.parent))) extra.push(js.class);
      checkLater(chosenNames(node.id, node), 'variable', extra);
    },
    'FunctionDeclaration, FunctionExpression'(node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression) {
      if (node.id && !isAmbient(node)) check(node.id, node, 'function');
      checkParameters(node);
    },
    ArrowFunctionExpression: checkParameters,
    'MethodDefinition, TSAbstractMethodDefinition'(node: TSESTree.MethodDefinition | TSESTree.TSAbstractMethodDefinition) {
      if (node.computed || node.kind === 'constructor' || isAmbient(node)) return;
      if (node.key.type === 'Identifier' || node.key.type === 'PrivateIdentifier') check(node.key, node, 'method');
    },
  };
}

// Classes and types.
function typeListeners({ check }: Checker, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleListener {
  const unlessAmbient = (node: TSESTree.Node, id: TSESTree.Identifier | null, kind: Parameters<Checker['check']>[2]): void => {
    if (id && !isAmbient(node)) check(id, node, kind);
  };
  return {
    'ClassDeclaration, ClassExpression': (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) => unlessAmbient(node, node.id, 'class'),
    TSInterfaceDeclaration: (node) => unlessAmbient(node, node.id, 'interface'),
    TSTypeAliasDeclaration: (node) => isUnreadType(sourceCode, node) || unlessAmbient(node, node.id, 'typeAlias'),
    TSEnumDeclaration: (node) => unlessAmbient(node, node.id, 'enum'),
    TSTypeParameter: (node) => unlessAmbient(node, node.name, 'typeParameter'),
  };
}

// user_service.ts: reported on the first line of code, column 1 (as in Python and Go)
function checkFileName(context: RuleContext<{ javascript: JavaScriptNamingOptions }>, program: TSESTree.Program, js: JavaScriptNamingOptions): void {
  const file = fileNameOf(context.filename, context.cwd);
  if (!file || acceptsFileName(file, program, js.file)) return;
  const expected = stylesOf(js.file);
  const name = `${file.stem}${file.extensions}`;
  const suggestion = `${toStyle(file.stem, expected[0] ?? 'kebab-case')}${file.extensions}`;
  const data = { kind: 'file', name, found: describeStyle(file.stem), expected: expected.join(' or '), suggestion };
  const line = context.sourceCode.ast.tokens[0]?.loc.start.line ?? 1;
  context.report({ loc: { line, column: 0 }, messageId: 'badName', data });
}

// A rename crosses files, so it is offered as a suggestion, never applied as an autofix.
export default createRule(meta, (context, options) => {
  if (NOT_WRITTEN_HERE.test(context.filename)) return {};
  const js = options.javascript;
  const checker = createChecker(context, js);
  return {
    ...valueListeners(checker, js, context),
    ...typeListeners(checker, context.sourceCode),
    // the property names of the file's data: price.currency_code, { user_id: ... }, type Row = { user_id: string }
    'MemberExpression[computed=false] > Identifier.property, :matches(Property, TSPropertySignature)[computed=false] > Identifier.key'(node: TSESTree.Identifier) {
      if (node.name.includes('_')) checker.addKey(node.name);
      // type NodeTypes = { BOOLEAN_OPERATION: BOOLEAN_OPERATION }: a type named after the key it is stored under
      if (node.parent.type === 'TSPropertySignature') checker.addString(node.name);
    },
    // "BOOLEAN_OPERATION", headers["x_request_id"]: strings the file writes, often the names of its data
    Literal(node) {
      if (typeof node.value === 'string' && IDENTIFIER.test(node.value)) checker.addString(node.value);
    },
    Program: (program) => checkFileName(context, program, js),
    'Program:exit': checker.finish,
  };
}, { hasSuggestions: true });
