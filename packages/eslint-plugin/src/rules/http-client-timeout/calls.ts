// Which calls send an HTTP request, by the catalog in core: `fetch(url)` (the global, or an
// import of node-fetch), `axios.get(url)`, `axios(config)`, `https.request(options)`.
import { JS_HTTP_LIBRARIES, type JsHttpCall, type JsHttpLibrary } from '@plumbline/core/http/clients';
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** A call matched to the catalog. */
export interface HttpCall {
  readonly library: JsHttpLibrary;
  readonly spec: JsHttpCall;
  readonly name: string;
}

/** What a name is bound to: a module (`default` for the module itself) or nothing (a global). */
type Binding = { readonly module: string; readonly imported: string } | 'global' | undefined;

function bindingOf(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): Binding {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs[0];
  if (!definition) return 'global';
  const { node } = definition;
  if (definition.type === 'ImportBinding' && definition.parent?.type === 'ImportDeclaration') {
    const imported = node.type === 'ImportSpecifier' && node.imported.type === 'Identifier' ? node.imported.name : 'default';
    return { module: definition.parent.source.value, imported };
  }
  if (node.type !== 'VariableDeclarator' || node.init?.type !== 'CallExpression') return undefined;
  const { init } = node;
  const [source] = init.arguments;
  if (init.callee.type !== 'Identifier' || init.callee.name !== 'require' || source?.type !== 'Literal' || typeof source.value !== 'string') return undefined;
  // const { request } = require('https')
  const property = node.id.type === 'ObjectPattern'
    ? node.id.properties.find((p) => p.type === 'Property' && p.value.type === 'Identifier' && p.value.name === identifier.name)
    : undefined;
  const imported = property?.type === 'Property' && property.key.type === 'Identifier' ? property.key.name : 'default';
  return { module: source.value, imported };
}

function match(library: JsHttpLibrary | undefined, name: string): HttpCall | undefined {
  const spec = library?.calls[name];
  return library && spec ? { library, spec, name } : undefined;
}

const libraryOf = (module: string): JsHttpLibrary | undefined => JS_HTTP_LIBRARIES.find((library) => library.modules.includes(module));

/** The catalog call a call expression makes, if any. */
export function httpCallOf(node: TSESTree.CallExpression, scope: TSESLint.Scope.Scope): HttpCall | undefined {
  const { callee } = node;
  if (callee.type === 'Identifier') {
    const binding = bindingOf(callee, scope);
    if (binding === 'global') return match(JS_HTTP_LIBRARIES.find((library) => library.global === callee.name), 'default');
    return binding && match(libraryOf(binding.module), binding.imported);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.object.type !== 'Identifier') return undefined;
  const binding = bindingOf(callee.object, scope);
  return typeof binding === 'object' && binding.imported === 'default' ? match(libraryOf(binding.module), callee.property.name) : undefined;
}
