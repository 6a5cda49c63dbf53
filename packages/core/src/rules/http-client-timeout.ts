import { defineRule } from '../define-rule.js';

/** Options of `http-client-timeout`. */
export interface HttpClientTimeoutOptions {
  checkClientCode: boolean;
}
const defaults: HttpClientTimeoutOptions = { checkClientCode: false };

export default defineRule({
  id: 'http-client-timeout',
  description: 'Require a timeout on outbound HTTP requests',
  rationale: 'A request without a timeout waits as long as the server on the other end keeps the connection open: one slow dependency then holds every worker that calls it. The standard is outbound HTTP clients with timeouts.',
  category: 'reliability', severity: 'warning', precision: 'high',
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-400', 'CWE-1088'],
  tags: ['reliability', 'http', 'timeout'],
  roles: ['source'],
  presets: {},
  messages: {
    noTimeout: '{{what}} {{problem}}; {{fix}}.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        checkClientCode: {
          type: 'boolean',
          description: 'JS/TS: also report requests in files with no evidence of running on a server (browser components, isomorphic packages).',
        },
      },
    },
  },
});
