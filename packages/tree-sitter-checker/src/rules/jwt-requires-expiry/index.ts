import meta from '@plumbline/core/rules/jwt-requires-expiry';
import { defineCheck } from '../../check.js';

export default defineCheck(meta, {
  python: { query: 'jwt-requires-expiry/python', messageId: 'missingExpiry' },
  go: { query: 'jwt-requires-expiry/go', messageId: 'missingExpiry' },
});
