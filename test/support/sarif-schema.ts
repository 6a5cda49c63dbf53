// Validates SARIF against the official 2.1.0 schema kept beside the repository (../shared/sarif),
// where it is locally and in CI.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schemaUrl = new URL('../../../shared/sarif/sarif-schema-2.1.0.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as object;
// CommonJS packages: the default import is the module, whose `default` is the class or plugin.
const ajv = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF document, empty when it is valid. */
export function sarifErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
