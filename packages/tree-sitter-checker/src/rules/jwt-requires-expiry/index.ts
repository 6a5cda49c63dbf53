import meta from '@plumbline/core/rules/jwt-requires-expiry';
import { defineCheck } from '../../check.js';
import { measureGo } from './go.js';
import { measurePython } from './python.js';

export default defineCheck(meta, {
  python: { query: 'jwt-requires-expiry/python', messageId: 'missingExpiry', measure: measurePython },
  go: { query: 'jwt-requires-expiry/go', messageId: 'missingExpiry', measure: measureGo },
});
