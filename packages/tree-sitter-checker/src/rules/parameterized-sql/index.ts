import meta from '@plumbline/core/rules/parameterized-sql';
import { defineCheck } from '../../check.js';
import { measureGo } from './go-check.js';
import { measurePython } from './python-check.js';

export default defineCheck(meta, {
  python: { query: 'parameterized-sql/python', messageId: 'builtQuery', measure: measurePython },
  go: { query: 'parameterized-sql/go', messageId: 'builtQuery', measure: measureGo },
});
