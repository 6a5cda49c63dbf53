import meta, { describeStyle, type JavaScriptNamingOptions, type KindOptions, stylesOf, toStyle } from '@plumbline/core/rules/naming-convention';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, type RuleContext } from '../create-rule.js';
import { type Checker, createChecker } from '../util/naming-convention-checker.js';
import { acceptsFileName, fileNameOf } from '../util/naming-convention-file.js';
import { bindsImport, chosenNames, isAmbient, isModuleLevel, isPrimitiveValue } from '../util/naming-convention-names.js';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

// .d.ts files describe shapes that exist elsewhere (a library, a wire format)
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

// Variables, functions and their parameters, and class members.
function valueListeners({ check, checkLater }: Checker, js: JavaScriptNamingOptions): TSESLint.RuleListener {
  // function render({ as: Component }), (Model) => ...: a parameter that receives a class or component
  const checkParameters = (node: FunctionNode): void => {
    checkLater(node.params.flatMap((param) => chosenNames(param, node)).filter(({ id }) => id.name !== 'this'), 'parameter', [js.class]);
  };
  return {
    VariableDeclarator(node) {
      if (isAmbient(node) || bindsImport(node)) return;
      const isConst = node.parent.kind === 'const';
      // const MAX_RETRIES = 3, export const ROUTES = {...}: named constants, at any level
      const extra: KindOptions[] = isConst ? [js.constant] : [];
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
function typeListeners({ check }: Checker): TSESLint.RuleListener {
  const unlessAmbient = (node: TSESTree.Node, id: TSESTree.Identifier | null, kind: Parameters<Checker['check']>[2]): void => {
    if (id && !isAmbient(node)) check(id, node, kind);
  };
  return {
    'ClassDeclaration, ClassExpression': (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) => unlessAmbient(node, node.id, 'class'),
    TSInterfaceDeclaration: (node) => unlessAmbient(node, node.id, 'interface'),
    TSTypeAliasDeclaration: (node) => unlessAmbient(node, node.id, 'typeAlias'),
    TSEnumDeclaration: (node) => unlessAmbient(node, node.id, 'enum'),
    TSTypeParameter: (node) => unlessAmbient(node, node.name, 'typeParameter'),
  };
}

// user_service.ts: reported at line 1, column 1
function checkFileName(context: RuleContext<{ javascript: JavaScriptNamingOptions }>, program: TSESTree.Program, js: JavaScriptNamingOptions): void {
  const file = fileNameOf(context.filename);
  if (!file || acceptsFileName(file, program, js.file)) return;
  const expected = stylesOf(js.file);
  const name = `${file.stem}${file.extensions}`;
  const suggestion = `${toStyle(file.stem, expected[0] ?? 'kebab-case')}${file.extensions}`;
  const data = { kind: 'file', name, found: describeStyle(file.stem), expected: expected.join(' or '), suggestion };
  context.report({ loc: { line: 1, column: 0 }, messageId: 'badName', data });
}

const rule = createRule(meta, (context, options) => {
  if (DECLARATION_FILE.test(context.filename)) return {};
  const js = options.javascript;
  const checker = createChecker(context, js);
  return {
    ...valueListeners(checker, js),
    ...typeListeners(checker),
    // the property names of the file's data: price.currency_code, { user_id: ... }, type Row = { user_id: string }
    'MemberExpression[computed=false] > Identifier.property, :matches(Property, TSPropertySignature)[computed=false] > Identifier.key'(node: TSESTree.Identifier) {
      if (node.name.includes('_')) checker.addKey(node.name);
    },
    Program: (program) => checkFileName(context, program, js),
    'Program:exit': checker.finish,
  };
});

// A rename crosses files, so it is offered as a suggestion, never applied as an autofix.
Object.assign(rule.meta, { hasSuggestions: true });

export default rule;
