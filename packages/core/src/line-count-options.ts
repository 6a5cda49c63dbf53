import type { JsonSchema } from './define-rule.js';

/** Options shared by the rules that count lines (`max-file-lines`, `max-function-lines`). */
export interface LineCountOptions {
  max: number;
  skipBlankLines: boolean;
  skipComments: boolean;
}

/**
 * The options schema of a line-counting rule; `what` names the counted unit ("a file"), `more`
 * adds the rule's own options.
 */
export function lineCountSchema(what: string, more: Readonly<Record<string, JsonSchema>> = {}): JsonSchema {
  return {
    type: 'object', additionalProperties: false, properties: {
      max: { type: 'integer', minimum: 1, description: `Largest number of lines ${what} may have.` },
      skipBlankLines: { type: 'boolean', description: 'Do not count blank lines.' },
      skipComments: { type: 'boolean', description: 'Do not count lines that hold only comments (Python docstrings included).' },
      ...more,
    },
  };
}
