import { defineRule } from '../define-rule.js';

/** Options of `max-nesting-depth`. */
export interface MaxNestingDepthOptions {
  max: number;
}
const defaults: MaxNestingDepthOptions = { max: 3 };

export default defineRule({
  id: 'max-nesting-depth',
  description: 'Limit how deeply control blocks nest inside a function',
  rationale: 'Deep nesting hides the main path of a function; the standard is minimal nesting, under 3 levels.',
  category: 'maintainability', severity: 'warning', precision: 'very-high',
  status: 'stable', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-1124'],
  tags: ['size', 'complexity'],
  roles: ['source'],
  // recommended follows the judged real-code precision in docs/accuracy.md (>= 0.9, debatable as false, >= 30 judged over >= 2 repositories)
  presets: { recommended: { languages: ['javascript', 'typescript', 'go'] }, strict: true },
  messages: { tooDeep: 'Blocks are nested {{depth}} deep here; the limit is {{max}}. Return early or extract a function.' },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        max: { type: 'integer', minimum: 0, description: 'Deepest nesting of control blocks allowed in one function.' },
      },
    },
  },
});
