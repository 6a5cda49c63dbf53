// Python names spelled after something outside the author's choice: a key of the data the file
// handles, a method of an imported class being patched, a Django through model, a quoted name.
import type { SyntaxNode } from '../../check.js';
import { namesIn } from './python-file-names.js';

// {"refreshToken": ...}, data["refreshToken"], data.get("refreshToken"): keys of the data the file handles
const STRING_KEYS = [/(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*[:\]]/g, /\.get\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1/g];

/** The keys the file writes as strings. */
export const stringKeys = (text: string): Set<string> => new Set(STRING_KEYS.flatMap((regex) => [...text.matchAll(regex)].map((match) => match[2] ?? '')));

/** Whether a variable or parameter is spelled like a key of the file's data; functions and classes never are. */
export function mirrorsKey(node: SyntaxNode, keys: ReadonlySet<string>): boolean {
  const parent = node.parent?.type ?? '';
  return parent !== 'function_definition' && parent !== 'class_definition' && keys.has(node.text);
}

// _Local_lock_storage with `from asgiref.local import Local`: the replacement of Local._lock_storage
const PATCH = /^_*([A-Z][A-Za-z0-9]*)_[a-z_][a-z0-9_]*$/;

/** Whether a function is named `<ImportedClass>_<method>`: a patch of that class's method. */
export function isMethodPatch(name: string, text: string): boolean {
  const owner = PATCH.exec(name)?.[1];
  return owner !== undefined && namesIn(text).imported.has(owner);
}

/** PromotionRule_Variants: Django names a many-to-many through model `<Model>_<field>`. */
export const isThroughModelName = (name: string): boolean => /^[A-Z][A-Za-z0-9]*_[A-Za-z][a-z0-9]*$/.test(name);

/** MUTATION_UPDATE_use_legacy_stock: upper-case words, then the lower-case name the constant is about. */
export const quotesName = (name: string): boolean => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(_[a-z][a-z0-9]*)+$/.test(name);

/** T_co, T_teardown: a type variable's PascalCase stem, then a variance or what it stands for. */
export const isTypeVariableName = (name: string): boolean => /^_*[A-Z][A-Za-z0-9]*(_[a-z][a-z0-9]*)*$/.test(name);

/** SENTRY_INIT in settings.py: Django reads only upper-case names of a settings module, functions included. */
export const isDjangoSetting = (name: string, path: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(name) && /(^|\/)settings(\/|\.py$)/.test(path);

// a method's name, through decorators
const methodName = (node: SyntaxNode): string | undefined => (node.type === 'decorated_definition'
  ? node.childForFieldName('definition') : node)?.childForFieldName('name')?.text;

/**
 * Whether a class is used through syntax only, as PEP 8 allows function names for: dunder methods
 * only, one of them beyond `__init__` (a callable, a context manager: `override_method`, `lazy_format`).
 */
export function isUsedLikeAFunction(classNode: SyntaxNode): boolean {
  const body = classNode.childForFieldName('body')?.namedChildren ?? [];
  const methods = body.filter((statement) => statement.type !== 'expression_statement' && statement.type !== 'comment');
  const names = methods.map((method) => methodName(method) ?? '');
  return names.some((name) => name !== '__init__') && names.every((name) => /^__[a-z0-9_]+__$/.test(name));
}

/** class empty: pass, compared with `value is empty`: a sentinel, a value rather than a type. */
export function isSentinel(classNode: SyntaxNode, text: string): boolean {
  const body = classNode.childForFieldName('body')?.namedChildren ?? [];
  const name = classNode.childForFieldName('name')?.text ?? '';
  const empty = body.every((statement) => statement.type === 'pass_statement'
    || (statement.type === 'expression_statement' && statement.firstNamedChild?.type === 'string'));
  return empty && namesIn(text).compared.has(name);
}

/** def RequestsClient(...) in an `else:` next to `class RequestsClient`: a stand-in for a class of the file. */
export const standsInForClass = (name: string, text: string): boolean => namesIn(text).classes.has(name);
