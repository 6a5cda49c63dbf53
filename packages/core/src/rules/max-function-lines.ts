import { defineRule } from '../define-rule.js';

/** Options of `max-function-lines`. */
export interface MaxFunctionLinesOptions {
  max: number;
  skipBlankLines: boolean;
  skipComments: boolean;
}
const defaults: MaxFunctionLinesOptions = { max: 50, skipBlankLines: true, skipComments: true };

export default defineRule({
  id: 'max-function-lines',
  description: 'Limit the number of code lines in a function',
  rationale: 'Small functions are easier to name, test and review; the standard is under 50 lines per function.',
  category: 'maintainability', severity: 'warning', precision: 'very-high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-1120'],
  tags: ['size'],
  presets: { recommended: true, strict: true },
  messages: { tooLong: 'Function {{name}} has {{actual}} code lines; the limit is {{max}}. Extract smaller functions.' },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        max: { type: 'integer', minimum: 1, description: 'Largest number of lines a function may have, from its first to its last line.' },
        skipBlankLines: { type: 'boolean', description: 'Do not count blank lines.' },
        skipComments: { type: 'boolean', description: 'Do not count lines that hold only comments.' },
      },
    },
  },
});
