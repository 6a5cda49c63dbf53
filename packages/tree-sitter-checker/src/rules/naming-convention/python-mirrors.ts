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

/** T_co, T_teardown, T_Address: a type variable's PascalCase stem, then a variance or what it stands for. */
export const isTypeVariableName = (name: string): boolean => /^_*[A-Z][A-Za-z0-9]*(_[A-Za-z][A-Za-z0-9]*)*$/.test(name)
  && !/^_*[A-Z0-9]+(_[A-Z0-9]+)+$/.test(name); // WEB3_NODE_TYPE reads as a constant, not a type

// T_Secret = bytes, T_Rows = list[Row], Cents = NewType("Cents", int): the right side is a type
const TYPE_VALUES = /^(?:object|str|int|float|bool|bytes|dict|list|tuple|set|frozenset|type|[A-Z]\w*)$/;

/** A module name bound to a type (a type alias) may be spelled like a type variable (`T_ApiSecret = bytes`). */
export function isTypeAliasName(name: string, value: SyntaxNode | undefined): boolean {
  if (value === undefined || !isTypeVariableName(name)) return false;
  if (value.type === 'identifier' || value.type === 'attribute') return TYPE_VALUES.test(value.text.split('.').pop() ?? '');
  if (value.type === 'subscript') return TYPE_VALUES.test(value.childForFieldName('value')?.text.split('.').pop() ?? '');
  return value.type === 'call' && /(^|\.)NewType$/.test(value.childForFieldName('function')?.text ?? '');
}

const DATACLASS = /^@(?:dataclasses\.|pydantic\.dataclasses\.)?dataclass\b|^@(?:attr\.s|attrs\.define|define|frozen)\b/;
const MIXED_CASE = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

/**
 * A dataclass whose annotated fields are mostly mixedCase (`chanceToWin: float`) spells a wire format
 * (JSON sent by `asdict`): its fields are named by the reader, not by the author.
 */
export function isWireDataclass(classNode: SyntaxNode): boolean {
  const decorators = classNode.parent?.type === 'decorated_definition' ? classNode.parent.namedChildren.filter((each) => each.type === 'decorator') : [];
  if (!decorators.some((decorator) => DATACLASS.test(decorator.text))) return false;
  const fields = (classNode.childForFieldName('body')?.namedChildren ?? []).flatMap((statement) => {
    const left = statement.type === 'expression_statement' ? statement.firstNamedChild : undefined;
    return left?.type === 'assignment' && left.childForFieldName('type') ? [left.childForFieldName('left')?.text ?? ''] : [];
  });
  return fields.length >= 2 && fields.filter((field) => MIXED_CASE.test(field)).length * 2 > fields.length;
}

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

/** The schema test, widened to dataclasses that spell a wire format. */
export const orWireDataclass = (test: (classNode: SyntaxNode) => boolean) => (classNode: SyntaxNode): boolean => test(classNode) || isWireDataclass(classNode);

// `# noqa: N802` (pep8-naming, Ruff's N rules) or a bare `# noqa`: the project already decided about this name
const NOQA = /#\s*noqa(?!\s*:)|#\s*noqa\s*:[^#]*\bN8\d\d\b/i;

/** The 0-based rows whose names the file exempts with a `noqa` comment for naming. */
export const noqaRows = (text: string): ReadonlySet<number> => new Set(text.split('\n').flatMap((line, row) => (NOQA.test(line) ? [row] : [])));
