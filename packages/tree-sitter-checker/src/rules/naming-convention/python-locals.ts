// Names inside a Python function that PEP 8 wants lower case (pep8-naming's N803, N806), and the
// few that stand for something else: a class bound to a local or handed in as a parameter
// (`Order = apps.get_model(...)`, `Model.objects`), a local constant (`BATCH_SIZE = 500`) and a
// name declared `global`, which belongs to the module.
import type { SyntaxNode } from '../../check.js';

// calls that make a class: Django's app registry, typing and collections factories, form factories;
// mock.patch("app.Client") as MockClient: a mock stands in for the class it patches (the
// unittest.mock documentation names it so)
const CLASS_FACTORY = /(^|\.)(get_model|get_user_model|get_\w+_model|\w+_factory|get_\w+_class|patch|patch\.object|namedtuple|NamedTuple|TypedDict|NewType|TypeVar|type|make_dataclass|declarative_base|create_model|import_string|Enum|IntEnum|StrEnum|Flag)$/;
// a reference whose last word says it holds a class: `self.model`, `serializer_class`, `Order`
const CLASS_REFERENCE = /(^[A-Z][A-Za-z0-9]*|(^|_)(class|cls|klass|model|type))$/;
// attributes only a class has: a Django manager and metadata, the class's own name
const CLASS_ATTRIBUTES = new Set(['objects', '_meta', '_default_manager', 'DoesNotExist', 'MultipleObjectsReturned', '__name__', '__subclasses__']);
const PASCAL_NAME = /^_*[A-Z][a-z0-9]+[A-Za-z0-9]*$/;

const lastWord = (node: SyntaxNode): string => node.text.split('.').pop() ?? '';
const same = (a: SyntaxNode | null, b: SyntaxNode): boolean => a !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex;

// apps.get_model("order", "Order"), import_string("shop.errors.PaymentError"): a lookup by name
const LOOKUP = /(^|\.)(get_model|import_string)$/;

// Stale = apps.get_model("order", "Order"): a class looked up by name is named after it
function namedAfterLookup(call: SyntaxNode, name: string): boolean {
  const values = (call.childForFieldName('arguments')?.namedChildren ?? [])
    .map((argument) => (argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument));
  // the last argument names the class ("order", "Order"; "order.Order"); a variable says nothing
  const last = values.pop();
  const looked = last?.type === 'string' ? last.text.replace(/^[a-z]*["']+|["']+$/gi, '') : undefined;
  return looked === undefined || looked.includes('{') || name.includes(looked.split('.').pop() ?? '');
}

/** Whether a value is a class or a type: a class factory, a class reference, a generic type, a union of types. */
export function isClassValue(value: SyntaxNode | null | undefined, name = ''): boolean {
  if (!value) return false;
  switch (value.type) {
    case 'call': {
      const callee = value.childForFieldName('function')?.text ?? '';
      return CLASS_FACTORY.test(callee) && (!LOOKUP.test(callee) || namedAfterLookup(value, name));
    }
    case 'identifier': case 'attribute': return CLASS_REFERENCE.test(lastWord(value));
    case 'subscript': return /^[A-Z]|^(list|dict|tuple|set|frozenset|type)$/.test(lastWord(value.childForFieldName('value') ?? value));
    case 'binary_operator': return isClassValue(value.childForFieldName('left')) && isClassValue(value.childForFieldName('right'));
    case 'conditional_expression': return value.namedChildren.length === 3 && isClassValue(value.namedChildren[0], name) && isClassValue(value.namedChildren[2], name);
    case 'parenthesized_expression': return isClassValue(value.firstNamedChild, name);
    default: return false;
  }
}

// Model(...), Model.objects, isinstance(x, Model), class Proxy(Model), for Model in (Order, OrderLine)
function usedAsClass(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'call') return same(parent.childForFieldName('function'), identifier);
  if (parent.type === 'attribute' && same(parent.childForFieldName('object'), identifier)) {
    const attribute = parent.childForFieldName('attribute')?.text ?? '';
    return CLASS_ATTRIBUTES.has(attribute) || PASCAL_NAME.test(attribute);
  }
  const call = parent.parent;
  if (parent.type === 'argument_list' && call?.type === 'call') return /^(isinstance|issubclass)$/.test(call.childForFieldName('function')?.text ?? '');
  if (parent.type === 'argument_list') return call?.type === 'class_definition';
  const loop = parent.type === 'tuple' || parent.type === 'list' ? parent.parent : null;
  return (loop?.type === 'for_statement' || loop?.type === 'for_in_clause') && PASCAL_NAME.test(loop.childForFieldName('left')?.text ?? '');
}

/** The value a name is bound to: `x = value`, `(x := value)`, `with value as x`; undefined for loop targets and unpacking. */
export function boundValue(node: SyntaxNode): SyntaxNode | undefined {
  const parent = node.parent;
  if (parent?.type === 'assignment') return parent.childForFieldName('right') ?? undefined;
  if (parent?.type === 'named_expression') return parent.childForFieldName('value') ?? undefined;
  const pattern = parent?.type === 'as_pattern_target' ? parent.parent : undefined;
  return pattern?.type === 'as_pattern' ? pattern.firstNamedChild ?? undefined : undefined;
}

/** Address: Type = ..., IntOrStr: TypeAlias = int | str: a name annotated as holding a type. */
export const isAnnotatedAsClass = (node: SyntaxNode): boolean => node.parent?.type === 'assignment'
  && /^((typing|t)\.)?(Type|type|TypeAlias)\b/.test(node.parent.childForFieldName('type')?.text ?? '');

/** ValidatorClass = validator_for(schema): a name that says it holds a class. */
export const isClassName = (name: string): boolean => /[a-z0-9](Class|Cls|Klass)$/.test(name);

/** MyRequest, TestRPC = setup with `class TestRPC` in the file: a name, or a tuple, that holds classes of the file. */
export function holdsClassOfFile(node: SyntaxNode, classes: ReadonlySet<string>): boolean {
  const targets = node.parent?.type === 'pattern_list' || node.parent?.type === 'tuple_pattern' ? node.parent.namedChildren : [node];
  return targets.some((target) => classes.has(target.text));
}

/** B = a + 3: a single capital letter is no constant's name (nor a class's, without evidence). */
export const isSingleCapital = (name: string): boolean => /^_*[A-Z]_*$/.test(name);

/** Whether a function uses a name as a class somewhere in its body. */
export const isUsedAsClass = (scope: SyntaxNode, name: string): boolean => scope.descendantsOfType('identifier').some((each) => each.text === name && usedAsClass(each));

/** Whether a function declares a name `global` or `nonlocal`: it belongs to an outer scope, and is checked there. */
export const isDeclaredOutside = (scope: SyntaxNode, name: string): boolean => scope.descendantsOfType(['global_statement', 'nonlocal_statement'])
  .some((statement) => statement.namedChildren.some((each) => each.text === name));

/** def copy(Model: type[Base]), def build(Form=OrderForm): a parameter typed or defaulted as a class. */
export function isClassParameter(node: SyntaxNode): boolean {
  const parameter = node.parent;
  const annotation = parameter?.childForFieldName('type')?.text ?? '';
  if (/^(type|Type)\[/.test(annotation.replace(/^typing\./, ''))) return true;
  return parameter?.type === 'default_parameter' || parameter?.type === 'typed_default_parameter'
    ? isClassValue(parameter.childForFieldName('value'), node.text) : false;
}
