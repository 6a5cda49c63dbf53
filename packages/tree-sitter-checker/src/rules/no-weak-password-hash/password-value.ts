// Whether an expression carries a password, by the names in it: `password`, `user.password`,
// `form.cleaned_data["password"]`, `request.POST.get("pwd")`, `r.FormValue("password")`, through
// conversions (`.encode()`, `bytes(…)`, `[]byte(…)`) and concatenation or formatting with a salt.
import { isPasswordName } from '@plumbline/core/password-hash';
import type { SyntaxNode } from '../../check.js';
import { stringValue } from '../../util/literals.js';
import { pushAll } from '@plumbline/core/limits';

type Language = 'python' | 'go';

// calls that read a request field by name: request.POST.get("password"), r.FormValue("password")
const FIELD_READERS = new Set(['get', 'getlist', 'pop', 'FormValue', 'PostFormValue', 'PostForm', 'DefaultPostForm', 'Query', 'Get', 'Param']);
// calls whose result carries their receiver's or first argument's text
const CONVERSIONS = new Set([
  'encode', 'decode', 'strip', 'lower', 'upper', 'format', 'join', 'bytes', 'str', 'bytearray', 'force_bytes', 'force_str',
  'smart_bytes', 'smart_str', 'string', 'Sprintf', 'Sprint', 'TrimSpace', 'ToLower',
]);

const MEMBER = { python: ['attribute', 'object', 'attribute'], go: ['selector_expression', 'operand', 'field'] } as const;

function calledName(callee: SyntaxNode | null, language: Language): { name: string; receiver?: SyntaxNode } {
  const [member, objectField, nameField] = MEMBER[language];
  if (callee?.type !== member) return { name: callee?.text ?? '' };
  const receiver = callee.childForFieldName(objectField);
  return { name: callee.childForFieldName(nameField)?.text ?? '', ...(receiver ? { receiver } : {}) };
}

const positionalArguments = (call: SyntaxNode): SyntaxNode[] =>
  call.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'comment') ?? [];

function callParts(node: SyntaxNode, language: Language): SyntaxNode[] {
  const { name, receiver } = calledName(node.childForFieldName('function'), language);
  if (!CONVERSIONS.has(name)) return [];
  const args = positionalArguments(node);
  return receiver && language === 'python' ? [receiver, ...args] : args;
}

// request.POST.get("password"), r.FormValue("password"): the field's name
function fieldRead(node: SyntaxNode, language: Language): string | undefined {
  if (!FIELD_READERS.has(calledName(node.childForFieldName('function'), language).name)) return undefined;
  const [first] = positionalArguments(node);
  return first && stringValue(first, language);
}

// the parts of an expression whose names may tell what it is
function partsOf(node: SyntaxNode, language: Language): SyntaxNode[] {
  switch (node.type) {
    case 'call': case 'call_expression': return callParts(node, language);
    case 'binary_operator': case 'binary_expression': return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n) => n !== null);
    case 'string': case 'concatenated_string': return node.descendantsOfType('interpolation').flatMap((i) => i.namedChildren);
    case 'parenthesized_expression': case 'expression_list': return node.namedChildren;
    case 'type_conversion_expression': return [node.childForFieldName('operand')].filter((n) => n !== null);
    default: return [];
  }
}

// the name an expression goes by: `password`, `password` of `user.password`, `pwd` of `data["pwd"]`
function nameOf(node: SyntaxNode, language: Language): string | undefined {
  if (node.type === 'identifier' || node.type === 'field_identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  if (node.type === 'selector_expression') return node.childForFieldName('field')?.text;
  const key = node.type === 'subscript' ? node.childForFieldName('subscript') : node.type === 'index_expression' ? node.childForFieldName('index') : null;
  if (key) return stringValue(key, language);
  return node.type === 'call' || node.type === 'call_expression' ? fieldRead(node, language) : undefined;
}

/** The password-like name an expression carries (`password`, `pwd`), if any; `extraWords` add words. */
export function passwordIn(node: SyntaxNode, language: Language, extraWords: readonly string[]): string | undefined {
  const stack = [node];
  for (let steps = 0, current = stack.pop(); current && steps < 50; steps++, current = stack.pop()) {
    const name = nameOf(current, language);
    if (name !== undefined && isPasswordName(name, extraWords)) return name;
    pushAll(stack, partsOf(current, language));
  }
  return undefined;
}
