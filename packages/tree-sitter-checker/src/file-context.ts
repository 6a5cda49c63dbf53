import type { CheckFile, Span } from './check.js';
import type { TreeSitterLanguage } from './languages.js';
import { classifyLines, splitLines } from './lines.js';

/** The file a check's measure sees; lines and their kinds are computed on first use, once. */
export class FileContext implements CheckFile {
  readonly #commentSpans: readonly Span[]; // comments and docstrings
  #lines: readonly string[] | undefined;
  #lineKinds: Uint8Array | undefined;

  constructor(readonly path: string, readonly text: string, readonly language: TreeSitterLanguage, commentSpans: readonly Span[]) {
    this.#commentSpans = commentSpans;
  }

  get lines(): readonly string[] {
    this.#lines ??= splitLines(this.text);
    return this.#lines;
  }

  get lineKinds(): Uint8Array {
    this.#lineKinds ??= classifyLines(this.lines, this.#commentSpans);
    return this.#lineKinds;
  }
}
