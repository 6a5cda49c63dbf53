import meta from '@plumbline/core/rules/no-query-in-loop';
import { defineCheck } from '../../check.js';
import { measureGo } from './go.js';
import { measurePython } from './python.js';

export default defineCheck(meta, {
  python: { query: 'no-query-in-loop/python', messageId: 'queryInLoop', measure: measurePython },
  go: { query: 'no-query-in-loop/go', messageId: 'queryInLoop', measure: measureGo },
});
