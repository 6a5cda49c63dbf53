// The text of a string literal as the detector sees it, and the way back from an offset in
// that text to a place in the file. Values are the literal's source text between the quotes
// (escapes are not decoded), so offsets map onto the file one to one.
import type { Point } from '../../parser.js';
import type { Span, SyntaxNode } from '../../check.js';

/** One piece of a literal's value: where it starts in the value and in the literal's text. */
interface Piece {
  readonly valueStart: number;
  readonly textStart: number;
}

/** The value of a literal, and where its pieces sit in the literal's source text. */
export interface LiteralValue {
  readonly node: SyntaxNode;
  readonly text: string;
  readonly value: string;
  readonly pieces: readonly Piece[];
  /** Whether the value holds interpolated expressions (`f"…{x}…"`): then it is not a constant. */
  readonly interpolated: boolean;
}

// Python: an optional prefix (r, b, f, u, t in any mix) and one of four quote styles.
const PYTHON_OPENING = /^([A-Za-z]*)("""|'''|"|')/;

/** The value of a Python `string` (the text between its quotes). */
export function pythonString(node: SyntaxNode, text = node.text): Omit<LiteralValue, 'node' | 'text'> {
  const opening = PYTHON_OPENING.exec(text);
  const prefix = opening?.[1] ?? '';
  const quote = opening?.[2] ?? '';
  const start = prefix.length + quote.length;
  const value = text.slice(start, Math.max(start, text.length - quote.length));
  const interpolated = /[fFtT]/.test(prefix) && value.includes('{');
  return { value, pieces: [{ valueStart: 0, textStart: start }], interpolated };
}

/** The value of a Python literal: a `string`, or a `concatenated_string` ("a" "b") joined. */
export function pythonLiteral(node: SyntaxNode): LiteralValue {
  const text = node.text;
  if (node.type !== 'concatenated_string') return { node, text, ...pythonString(node, text) };
  let value = '';
  let interpolated = false;
  const pieces: Piece[] = [];
  for (const part of node.namedChildren) {
    if (part.type !== 'string') continue;
    const string = pythonString(part);
    pieces.push({ valueStart: value.length, textStart: part.startIndex - node.startIndex + (string.pieces[0]?.textStart ?? 0) });
    value += string.value;
    interpolated ||= string.interpolated;
  }
  return { node, text, value, pieces, interpolated };
}

// A node whose whole text is the value: a string_content piece of an f-string.
const plainText = (node: SyntaxNode): LiteralValue => ({ node, text: node.text, value: node.text, pieces: [{ valueStart: 0, textStart: 0 }], interpolated: false });

/**
 * What can be checked as constant text: the literal itself, or for an f-string the static
 * pieces between its interpolations, one by one (`f"…?key={k}&token=ghp_…"`).
 */
export function constantParts(literal: LiteralValue): readonly LiteralValue[] {
  if (!literal.interpolated) return [literal];
  const strings = literal.node.type === 'concatenated_string' ? literal.node.namedChildren : [literal.node];
  return strings.flatMap((string) => string.namedChildren.filter((child) => child.type === 'string_content').map(plainText));
}

/** The value of a Go interpreted ("…") or raw (`…`) string literal. */
export function goLiteral(node: SyntaxNode): LiteralValue {
  const text = node.text;
  return { node, text, value: text.slice(1, Math.max(1, text.length - 1)), pieces: [{ valueStart: 0, textStart: 1 }], interpolated: false };
}

// The index in the literal's text of an offset in its value.
function textIndex(literal: LiteralValue, offset: number): number {
  let piece = literal.pieces[0] ?? { valueStart: 0, textStart: 0 };
  for (const candidate of literal.pieces) if (candidate.valueStart <= offset) piece = candidate;
  return piece.textStart + offset - piece.valueStart;
}

// The 0-based point of an index in the literal's text, counting from the literal's start.
function pointAt(literal: LiteralValue, index: number): Point {
  const { row, column } = literal.node.startPosition;
  const before = literal.text.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak < 0) return { row, column: column + index };
  return { row: row + before.split('\n').length - 1, column: index - lastBreak - 1 };
}

/** The span of value[start, end) in the file. */
export function spanInLiteral(literal: LiteralValue, start: number, end: number): Span {
  const last = end > start ? textIndex(literal, end - 1) + 1 : textIndex(literal, start);
  return { start: pointAt(literal, textIndex(literal, start)), end: pointAt(literal, last) };
}
