// max-function-lines' one model of whose lines are whose, for every language: a function is
// measured by its own code. A line that holds only the code of a function (or class) nested in it
// belongs to that nested unit, which is measured on its own; the line where a nested unit starts
// after code of the enclosing function (`const save = useCallback(async () => {`), or ends before
// more of it (`}, [draft]);`), is shared and counts for the enclosing function as well.
// With `countWrappedSignatures: false`, a signature wrapped over several lines counts as one.

/** A function or class, with lines and offsets in the numbering of the engine that found it. */
export interface CodeUnit {
  /** Offsets of the unit's first and last character (end exclusive): they tell which unit holds which. */
  readonly start: number;
  readonly end: number;
  /** The unit's first and last line, as counted for itself. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Code outside the unit precedes it on its first line. */
  readonly sharesFirstLine: boolean;
  /** Code outside the unit follows it on its last line. */
  readonly sharesLastLine: boolean;
  /**
   * A function's signature, from its first line (below decorators and modifiers on lines of their
   * own) to the line where its body starts (`{`, Python's `:`).
   */
  readonly signature?: readonly [first: number, last: number];
}

/** How `functionLineCounts` counts. */
export interface FunctionLineOptions {
  /** Count the lines of nested functions and classes for the enclosing function too. */
  readonly countNestedFunctions: boolean;
  /** Count every line of a signature wrapped over several lines, not one. */
  readonly countWrappedSignatures: boolean;
}

/** Counts the lines from `first` to `last`, both included, under the rule's options. */
export type CountLines = (first: number, last: number) => number;

// The lines that hold nothing but the unit's code: its span without a shared first or last line.
function ownedSpan(unit: CodeUnit): readonly [number, number] {
  return [unit.firstLine + (unit.sharesFirstLine ? 1 : 0), unit.lastLine - (unit.sharesLastLine ? 1 : 0)];
}

/**
 * The counted lines of each unit (in the order given) without the lines that belong to a unit
 * nested directly in it. Units are nested by their offsets; a unit inside a nested one is already
 * part of that one's lines. Linear after sorting, with an explicit stack.
 */
export function ownLineCounts(units: readonly CodeUnit[], count: CountLines): number[] {
  const own = units.map((unit) => count(unit.firstLine, unit.lastLine));
  const order = units.map((_, index) => index).sort((a, b) => units[a]!.start - units[b]!.start || units[b]!.end - units[a]!.end);
  const open: number[] = [];
  for (const index of order) {
    const unit = units[index]!;
    while (open.length > 0 && units[open[open.length - 1]!]!.end < unit.end) open.pop();
    const parent = open[open.length - 1];
    const [first, last] = ownedSpan(unit);
    if (parent !== undefined && first <= last) own[parent] = own[parent]! - count(first, last);
    open.push(index);
  }
  return own;
}

// The lines a wrapped signature has beyond its first: they count as one.
function wrappedSignatureLines(unit: CodeUnit, count: CountLines): number {
  if (!unit.signature) return 0;
  const [first, last] = unit.signature;
  return last > first ? Math.max(0, count(first, last) - 1) : 0;
}

/** The counted lines of each unit under max-function-lines' options (see the top of this file). */
export function functionLineCounts(units: readonly CodeUnit[], count: CountLines, options: FunctionLineOptions): number[] {
  const totals = options.countNestedFunctions
    ? units.map((unit) => count(unit.firstLine, unit.lastLine))
    : ownLineCounts(units, count);
  if (options.countWrappedSignatures) return totals;
  return totals.map((total, index) => total - wrappedSignatureLines(units[index]!, count));
}
