import meta from '@plumbline/core/rules/no-error-details-leak';
import { defineCheck } from '../../check.js';
import { measureGo } from './go.js';
import { measurePython } from './python.js';

export default defineCheck(meta, {
  python: { query: 'no-error-details-leak/python', messageId: 'errorInResponse', measure: measurePython },
  go: { query: 'no-error-details-leak/go', messageId: 'errorInResponse', measure: measureGo },
});
