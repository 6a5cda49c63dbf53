// YAML files (every document of a stream): string scalars with their key paths; compose-style
// `KEY=value` list items under `environment`/`args`; Kubernetes-style `{name: X, value: Y}` pairs.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type YAMLMap } from 'yaml';
import { directiveComments } from '../comments.js';
import type { ConfigDocument, ConfigValue, Position } from '../document.js';
import { contiguous, decodeEscapes, LineIndex, mapped } from '../lines.js';
import { readYamlLines } from './yaml-lines.js';

const KEY_VALUE_LISTS: ReadonlySet<string> = new Set(['environment', 'args']);
const LIST_ITEM = /^([A-Za-z_][A-Za-z0-9_.-]*)=/;

// Where each character of a scalar's value sits, computed on first use.
function scalarPositions(lines: LineIndex, node: Scalar): (index: number) => Position {
  const [start = 0, end = start] = node.range ?? [];
  const text = lines.text;
  if (node.type === Scalar.QUOTE_DOUBLE) return mapped(lines, decodeEscapes(text, start + 1, end - 1).offsets, end - 1);
  if (node.type === Scalar.QUOTE_SINGLE) return contiguous(lines, start + 1);
  if (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) return contiguous(lines, start);
  const headerLine = lines.position(start).line;
  const body = text.slice(lines.lineStart(headerLine + 1), end);
  const indent = /^(?:[ \t]*\n)*( *)/.exec(body)?.[1]?.length ?? 0;
  const value = String(node.value);
  return (index) => {
    const before = value.slice(0, index);
    const lineOffset = before.split('\n').length - 1;
    return { line: headerLine + 1 + lineOffset, column: indent + index - (before.lastIndexOf('\n') + 1) + 1 };
  };
}

function lazy(compute: () => (index: number) => Position): (index: number) => Position {
  let at: ((index: number) => Position) | undefined;
  return (index) => (at ??= compute())(index);
}

// The name a `{name: DB_PASSWORD, value: ...}` map gives its `value`, if it is one.
function pairName(map: YAMLMap): string | undefined {
  const name = map.get('name', true);
  return isScalar(name) && typeof name.value === 'string' && map.has('value') ? name.value : undefined;
}

// A node and the key it sits under, linked to its parent: no path copies on deep nesting.
interface Frame {
  readonly node: unknown;
  readonly key: string; // a map key, or an item's index in a sequence
  readonly item: boolean;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame): string[] {
  const path: string[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

function visitScalar(node: Scalar, frame: Frame, lines: LineIndex, values: ConfigValue[]): void {
  if (typeof node.value !== 'string' || node.value === '') return;
  const value = node.value;
  const path = pathOf(frame);
  const item = frame.item && KEY_VALUE_LISTS.has(frame.parent?.key ?? '') ? LIST_ITEM.exec(value) : null;
  const at = lazy(() => scalarPositions(lines, node));
  if (item) {
    const skip = item[0].length;
    values.push({ key: item[1]!, path: [...path.slice(0, -1), item[1]!].join('.'), value: value.slice(skip), at: (index) => at(index + skip) });
    return;
  }
  let named: Frame | undefined = frame;
  while (named?.item) named = named.parent;
  values.push({ key: named?.key ?? '', path: path.join('.'), value, at });
}

function children(frame: Frame): Frame[] {
  const { node } = frame;
  if (isSeq(node)) return node.items.map((child, index) => ({ node: child, key: String(index), item: true, parent: frame }));
  if (!isMap(node)) return [];
  const named = pairName(node);
  return node.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key)) return [];
    const key = String(pair.key.value);
    return [{ node: pair.value, key: named !== undefined && key === 'value' ? named : key, item: false, parent: frame }];
  });
}

/** Reads a YAML file; a template with `{{ }}` that is not valid YAML is read line by line instead. */
export function readYaml(text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const documents = parseAllDocuments(text, { uniqueKeys: false, strict: false });
  const docs = Array.isArray(documents) ? documents : [];
  const failed = docs.flatMap((doc) => doc.errors)[0];
  if (failed) {
    if (text.includes('{{')) return readYamlLines(text);
    const line = failed.linePos?.[0].line ?? lines.position(failed.pos[0]).line;
    return { values: [], comments: [], error: { line, message: failed.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
  }
  const values: ConfigValue[] = [];
  const stack: Frame[] = docs.map((doc) => ({ node: doc.contents, key: '', item: false, parent: undefined }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (isScalar(frame.node)) visitScalar(frame.node, frame, lines, values);
    else {
      // one by one: a flat list of 130,000 items is too many arguments for push(...items)
      const items = children(frame);
      for (let index = items.length - 1; index >= 0; index--) stack.push(items[index]!);
    }
  }
  return { values, comments: directiveComments(text, '#') };
}
