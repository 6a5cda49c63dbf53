import { defineRule } from '../define-rule.js';
import { type LineCountOptions, lineCountSchema } from '../line-count-options.js';

/** Options of `max-file-lines`. */
export interface MaxFileLinesOptions extends LineCountOptions {
  /**
   * Do not report a declaration file: one with no function, method or lambda and no loop, only
   * imports, exports, types, constants, data and top-level calls (every engine decides it the same way).
   */
  skipDeclarationFiles: boolean;
}
const defaults: MaxFileLinesOptions = { max: 150, skipBlankLines: true, skipComments: true, skipDeclarationFiles: true };

export default defineRule({
  id: 'max-file-lines',
  description: 'Limit the number of code lines in a source file',
  rationale: 'Long files mix responsibilities and are hard to review; the standard is at most 150 lines per file.',
  category: 'maintainability', severity: 'warning', precision: 'very-high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-1080'],
  tags: ['size'],
  roles: ['source'],
  wholeFile: true,
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { recommended: { languages: ['javascript', 'typescript', 'go'] }, strict: true },
  messages: { tooLong: 'File has {{actual}} code lines; the limit is {{max}}. Split it by responsibility.' },
  options: {
    defaults,
    schema: lineCountSchema('a file', {
      skipDeclarationFiles: {
        type: 'boolean',
        description: 'Do not report a file that declares without logic: no function, method or lambda and no loop, only imports, types, constants and data.',
      },
    }),
  },
});
