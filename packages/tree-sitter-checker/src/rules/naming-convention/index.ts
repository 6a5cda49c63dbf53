import meta from '@plumbline/core/rules/naming-convention';
import { defineCheck } from '../../check.js';
import { measureGo } from './go.js';
import { measurePython } from './python.js';

export default defineCheck(meta, {
  python: { query: 'naming-convention/python', messageId: 'badName', measure: measurePython },
  go: { query: 'naming-convention/go', messageId: 'badName', measure: measureGo },
});
