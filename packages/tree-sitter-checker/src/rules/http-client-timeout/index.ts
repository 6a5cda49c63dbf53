import meta from '@plumbline/core/rules/http-client-timeout';
import { defineCheck } from '../../check.js';
import { measureGo } from './go.js';
import { measurePython } from './python.js';

export default defineCheck(meta, {
  python: { query: 'http-client-timeout/python', messageId: 'noTimeout', measure: measurePython },
  go: { query: 'http-client-timeout/go', messageId: 'noTimeout', measure: measureGo },
});
