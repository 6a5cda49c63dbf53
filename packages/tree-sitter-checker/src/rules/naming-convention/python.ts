// Python: which kind a captured name is (function, method, class, parameter, variable at module,
// class or function level), and which styles its place accepts.
import { type KindOptions, matchesStyle, type PythonNamingOptions, stylesOf } from '@plumbline/core/rules/naming-convention';
import { type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { checkFileName, fileMatchesStyle, fileNameOf } from './file-name.js';
import { checkName, conventionOf, languageOptions, type Convention } from './naming.js';
import { isDjangoSetting, isMethodPatch, isThroughModelName, isSentinel, isUsedLikeAFunction, standsInForClass, isTypeVariableName, isTypeAliasName, mirrorsKey, noqaRows, orWireDataclass, quotesName, stringKeys } from './python-mirrors.js';
import { namesIn } from './python-file-names.js';
import { isInheritedName, overridesSignature } from './python-inherited.js';
import { boundValue, holdsClassOfFile, isAnnotatedAsClass, isClassName, isClassParameter, isClassValue, isDeclaredOutside, isSingleCapital, isUsedAsClass } from './python-locals.js';
import { nameMatcher, PYTHON_OVERRIDES } from './python-overrides.js';

const PARAMETER_LISTS = new Set(['parameters', 'lambda_parameters']);
const SCOPES = new Set(['function_definition', 'lambda', 'class_definition']);
// Right-hand sides that are plain values: a PascalCase name bound to one is not a type alias.
const LITERALS = new Set([
  'integer', 'float', 'string', 'concatenated_string', 'true', 'false', 'none', 'list', 'dictionary', 'set', 'tuple', 'unary_operator',
]);
// Built-in types are lower case; a lower-case base class elsewhere (celery's `schedule`) sets the style of its subclasses.
const BUILTIN_TYPES = new Set(['object', 'str', 'int', 'float', 'bool', 'bytes', 'dict', 'list', 'tuple', 'set', 'frozenset', 'type']);
const TYPE_VARIABLE = /(^|\.)(TypeVar|ParamSpec|TypeVarTuple)$/;
const BUILTIN_OVERRIDES = PYTHON_OVERRIDES.flatMap((group) => group.names);

interface Context {
  readonly options: PythonNamingOptions;
  readonly isOverride: (name: string) => boolean;
  readonly isSchemaClass: (classNode: SyntaxNode) => boolean;
  readonly isFunctionStyleClass: (classNode: SyntaxNode) => boolean;
  /** Keys the file writes as strings (`{"addChannels": ...}`, `data["refreshToken"]`): names spelled so mirror that data. */
  readonly keys: ReadonlySet<string>;
  readonly text: string;
  readonly path: string;
}

// The function, lambda or class a node belongs to; undefined at module level.
function scopeOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (SCOPES.has(current.type)) return current;
  return undefined;
}

// x = <value>: the value assigned to a name, when the name is the whole left side.
function assignedValue(node: SyntaxNode): SyntaxNode | undefined {
  return node.parent?.type === 'assignment' ? node.parent.childForFieldName('right') ?? undefined : undefined;
}

function baseNames(classNode: SyntaxNode): string[] {
  const bases = classNode.childForFieldName('superclasses')?.namedChildren ?? [];
  return bases.filter((base) => base.type !== 'keyword_argument').map((base) => base.text.split('.').pop() ?? '');
}

function isParameter(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (PARAMETER_LISTS.has(current.type)) return true;
    if (!current.type.includes('parameter') && !current.type.includes('splat_pattern')) return false;
  }
  return false;
}

// class ImageBlock(EditorJSBlock), class EditorJSBlock(BaseModel): a schema class through a
// base class of the same file, followed a few levels up
function schemaClassTest(isSchemaBase: (name: string) => boolean): (classNode: SyntaxNode) => boolean {
  const test = (classNode: SyntaxNode, depth: number): boolean => baseNames(classNode).some((base) => {
    if (isSchemaBase(base)) return true;
    if (depth >= 3) return false;
    const local = classNode.tree.rootNode.namedChildren.find((each) => each.type === 'class_definition' && each.childForFieldName('name')?.text === base);
    return local !== undefined && test(local, depth + 1);
  });
  return (classNode) => test(classNode, 0);
}

// class PaymentFailed(Exception) with `requireErrorSuffix`: exceptions are named ...Error
function exceptionSuffixReport(node: SyntaxNode, { options }: Context): Report | undefined {
  if (!options.requireErrorSuffix || node.parent?.type !== 'class_definition' || node.text.endsWith('Error')) return undefined;
  if (!baseNames(node.parent).some((base) => /(Error|Exception)$/.test(base))) return undefined;
  const suggestion = `${node.text.replace(/Exception$/, '')}Error`;
  return { at: spanOf(node), data: { kind: 'exception class', name: node.text, found: 'missing the Error suffix', expected: 'a name ending in Error', suggestion } };
}

// Names bound outside any function: module variables may be constants, PascalCase type aliases
// (`UserId = NewType(...)`, `Handler = Callable[...]`) or type variables (`T = TypeVar("T")`).
function moduleConvention(node: SyntaxNode, { options }: Context): Convention {
  const value = assignedValue(node);
  if (value?.type === 'call' && TYPE_VARIABLE.test(value.childForFieldName('function')?.text ?? '')) {
    return { ...conventionOf('type variable', options.typeVariable), accepts: isTypeVariableName };
  }
  // Stock = "Stock" under `if TYPE_CHECKING: ... else:`: a forward reference is a type alias too
  const aliases = value && LITERALS.has(value.type) && value.type !== 'string' ? [] : [options.class];
  return { ...conventionOf('module variable', options.variable, options.constant, ...aliases), accepts: (name) => quotesName(name) || isTypeAliasName(name, value) };
}

const followsKind = (name: string, kind: KindOptions): boolean => stylesOf(kind).some((style) => matchesStyle(name, style));

// A local is lower case (N806), unless it holds a class (`Order = apps.get_model(...)`, `Model.objects`)
// or is named as a constant (`BATCH_SIZE = 500`; `reportLocalConstants`); a `global` name is the module's.
function localConvention(node: SyntaxNode, scope: SyntaxNode, { options, text }: Context): Convention {
  const isClass = (name: string): boolean => isClassName(name) || isAnnotatedAsClass(node) || isClassValue(boundValue(node), name)
    || holdsClassOfFile(node, namesIn(text).classes) || isUsedAsClass(scope, name);
  const accepts = (name: string): boolean => (!options.reportLocalConstants && !isSingleCapital(name) && followsKind(name, options.constant))
    || (followsKind(name, options.class) && isClass(name)) || isDeclaredOutside(scope, name);
  return { ...conventionOf('variable', options.variable), accepts };
}

// A parameter is lower case (N803), unless it receives a class (`def forwards(Order)` using `Order.objects`)
// or the signature is another method's
function parameterConvention(node: SyntaxNode, scope: SyntaxNode | undefined, { options }: Context): Convention {
  const isClass = (name: string): boolean => followsKind(name, options.class) && (isClassParameter(node) || (scope !== undefined && isUsedAsClass(scope, name)));
  const accepts = (name: string): boolean => isClass(name) || (scope?.type === 'function_definition' && overridesSignature(scope));
  return { ...conventionOf('parameter', options.parameter), accepts };
}

// undefined: not checked (framework overrides, fields of classes that mirror a schema)
function conventionFor(node: SyntaxNode, context: Context): Convention | undefined {
  const { options } = context;
  const parent = node.parent!;
  // a function's own name belongs to the scope around the function
  const scope = scopeOf(parent.type === 'function_definition' ? parent : node);
  if (parent.type === 'class_definition') {
    // class promotion_webhook_schedule(CustomSchedule): celery schedules are named like functions
    const lowerBase = baseNames(parent).some((base) => /^[a-z]/.test(base) && !BUILTIN_TYPES.has(base))
      || context.isFunctionStyleClass(parent) || isUsedLikeAFunction(parent) || isSentinel(parent, context.text);
    const convention = conventionOf('class', options.class, ...(lowerBase ? [options.function] : []));
    return context.isSchemaClass(parent) ? { ...convention, accepts: isThroughModelName } : convention;
  }
  if (parent.type === 'function_definition') {
    if (context.isOverride(node.text) || isMethodPatch(node.text, context.text) || isInheritedName(parent)) return undefined;
    if (!scope && (isDjangoSetting(node.text, context.path) || standsInForClass(node.text, context.text))) return undefined;
    return scope?.type === 'class_definition' ? conventionOf('method', options.method) : conventionOf('function', options.function);
  }
  if (isParameter(node)) return parameterConvention(node, scope, context);
  if (!scope) return moduleConvention(node, context);
  if (scope.type !== 'class_definition') return localConvention(node, scope, context);
  if (context.isOverride(node.text) || context.isSchemaClass(scope)) return undefined;
  return conventionOf('class attribute', options.variable, options.constant, options.class);
}

// mock_HTTPClient, mocked__send_email: a mock is named after what it patches
const MOCK = /^(mock|mocked|patched)_/;

/** The Python measure: each captured name against the convention of its kind and place. */
export const measurePython: Measure<object> = (matches: readonly Match[], file, rawOptions) => {
  const options = languageOptions('python', rawOptions);
  const context: Context = {
    options,
    isOverride: nameMatcher([...BUILTIN_OVERRIDES, ...options.overrideMethods]),
    isSchemaClass: orWireDataclass(schemaClassTest(nameMatcher(options.schemaBases))),
    isFunctionStyleClass: schemaClassTest(nameMatcher(options.functionStyleBases)),
    keys: stringKeys(file.text),
    text: file.text,
    path: file.path,
  };
  // OrderService.py: the module name (__init__.py, 0001_initial.py are fine); manage-users.py is a script, named by whoever runs it
  const name = fileNameOf(file.path);
  const moduleReport = name && !fileMatchesStyle(name.stem, 'kebab-case') ? checkFileName(file, name, 'module', options.module) : undefined;
  const reports: Report[] = moduleReport ? [moduleReport] : [];
  const noqa = noqaRows(file.text);
  for (const { finding } of matches) {
    // try: from lxml import etreeFast / except ImportError: etreeFast = None: the imported module's name
    if (!finding || MOCK.test(finding.text) || mirrorsKey(finding, context.keys) || namesIn(file.text).imported.has(finding.text)) continue;
    if (noqa.has(finding.startPosition.row)) continue;
    const convention = conventionFor(finding, context);
    const report = exceptionSuffixReport(finding, context) ?? (convention && checkName(finding, convention));
    if (report) reports.push(report);
  }
  return reports;
};
