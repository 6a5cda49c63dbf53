import { defineRule } from '../define-rule.js';
import { type LineCountOptions, lineCountSchema } from '../line-count-options.js';

/** Options of `max-function-lines`. */
export interface MaxFunctionLinesOptions extends LineCountOptions {
  /** Count the lines of nested functions and classes for the function that holds them too. */
  countNestedFunctions: boolean;
  /** Count every line of a signature wrapped over several lines (the default); `false` counts it as one. */
  countWrappedSignatures: boolean;
}
const defaults: MaxFunctionLinesOptions = { max: 50, skipBlankLines: true, skipComments: true, countNestedFunctions: false, countWrappedSignatures: true };

export default defineRule({
  id: 'max-function-lines',
  description: 'Limit the number of code lines in a function',
  rationale: 'Small functions are easier to name, test and review; the standard is under 50 lines per function.',
  category: 'maintainability', severity: 'warning', precision: 'very-high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-1120'],
  tags: ['size'],
  roles: ['source'],
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { strict: true },
  messages: { tooLong: 'Function {{name}} has {{actual}} code lines; the limit is {{max}}. Extract smaller functions.' },
  options: {
    defaults,
    schema: lineCountSchema('a function, from its first to its last line,', {
      countNestedFunctions: {
        type: 'boolean',
        description: 'Count the lines of nested functions and classes for the enclosing function too; by default they are measured only as their own.',
      },
      countWrappedSignatures: {
        type: 'boolean',
        description: 'Count every line of a signature wrapped over several lines (default); false counts a wrapped signature as one line.',
      },
    }),
  },
});
