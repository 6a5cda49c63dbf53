// GitLab Code Quality report, as a JSON schema written from GitLab's documentation of the format
// for custom tools ("Code Quality report format", docs.gitlab.com/ci/testing/code_quality/):
// a JSON array of objects, each with a `description`, a `check_name`, a `fingerprint` that is
// unique to the violation, a `severity` of `info`, `minor`, `major`, `critical` or `blocker`,
// and a `location` with the file's relative `path` and `lines.begin`. Other Code Climate fields
// are allowed: GitLab ignores them.
import { Ajv } from 'ajv';

const schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          // relative to the repository root, as GitLab links it into the merge request diff
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|[A-Za-z]:|\\./|\\.\\./)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile(schema);

/** The schema errors of a GitLab Code Quality report, empty when it is valid; fingerprints must be unique too. */
export function gitlabErrors(document: unknown): string[] {
  const errors = validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  if (Array.isArray(document)) {
    const prints = document.map((issue) => (issue as { fingerprint?: unknown }).fingerprint);
    if (new Set(prints).size !== prints.length) errors.push('fingerprints are not unique');
  }
  return errors;
}
