import { defineRule } from '../define-rule.js';

/** Options of `no-error-details-leak`. */
export interface NoErrorDetailsLeakOptions {
  reportClientErrors: boolean;
}
const defaults: NoErrorDetailsLeakOptions = { reportClientErrors: false };

export default defineRule({
  id: 'no-error-details-leak',
  description: 'Keep error messages, stack traces and debug pages out of HTTP responses',
  rationale: 'An exception\'s message and stack trace name files, queries, hosts and library versions: sent to the client they map the inside of the service for an attacker. The standard is internal error details never exposed to clients: log them, send a generic message.',
  category: 'security', severity: 'warning', precision: 'high', securitySeverity: 5.3,
  status: 'preview', since: '0.1.0',
  languages: ['javascript', 'typescript', 'python', 'go'],
  cwe: ['CWE-209', 'CWE-489'],
  tags: ['security', 'http', 'error-handling'],
  roles: ['source'],
  presets: {},
  messages: {
    errorInResponse: '{{what}} sends {{detail}} to the client; log it and send a generic message (with a request id to find the log) instead.',
    debugMode: '{{what}} turns the framework\'s debug mode on, which shows tracebacks and settings to anyone who triggers an error; read it from the environment, off by default.',
  },
  options: {
    defaults,
    schema: {
      type: 'object', additionalProperties: false, properties: {
        reportClientErrors: {
          type: 'boolean',
          description: 'Also report error details sent with a 4xx status (400, http.StatusBadRequest, status.HTTP_400_BAD_REQUEST) or a status read from the error itself (e.status || 400): by default these are taken as errors written for the client.',
        },
      },
    },
  },
});
