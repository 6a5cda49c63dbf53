// TOML 1.0 validity comes from smol-toml, which gives no positions of values; toml.ts reads
// values and positions from a file known to be valid. smol-toml stops at MAX_NESTING_DEPTH itself.
import { MAX_NESTING_DEPTH } from '@plumbline/core';
import { parse, TomlError as InvalidToml } from 'smol-toml';
import type { ParseFailure } from '../document.js';

/** Why a text is not TOML 1.0, with the line, or undefined when it is. */
export function invalidToml(text: string): ParseFailure | undefined {
  try {
    parse(text, { maxDepth: MAX_NESTING_DEPTH });
    return undefined;
  } catch (error) {
    if (!(error instanceof InvalidToml)) throw error;
    const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    return { line: error.line, message, ...(/excessively nested/.test(message) ? { tooDeep: true } : {}) };
  }
}
