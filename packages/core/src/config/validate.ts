import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { catalog } from '../catalog.js';
import { ConfigError } from './errors.js';
import { configSchema } from './schema.js';
import type { Config } from './types.js';

let compiled: ValidateFunction | undefined;

function isRegExp(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error; // what RegExp throws on a bad pattern
    return false;
  }
}

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // options that hold regular expressions are checked when the config loads, not at first use
  ajv.addFormat('regex', (text: string) => isRegExp(text));
  compiled = ajv.compile(configSchema(catalog));
  return compiled;
}

/** `/rules/max-file-lines/options/max` → `rules["max-file-lines"].options.max` */
function toJsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => {
    if (/^\d+$/.test(part)) return `${path}[${part}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(part)) return path ? `${path}.${part}` : part;
    return `${path}[${JSON.stringify(part)}]`;
  }, '') || '(top level)';
}

function describeError(error: ErrorObject): { path: string; message: string } {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    const path = toJsonPath(`${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const known = error.instancePath.endsWith('/rules') || error.instancePath === '/rules'
      ? 'unknown rule id (run `plumbline rules` for the list)' : 'unknown property';
    return { path, message: `${known} "${key}"` };
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return { path: toJsonPath(error.instancePath), message: `expected one of ${allowed}` };
  }
  return { path: toJsonPath(error.instancePath), message: `expected a value that ${error.message ?? 'is valid'}` };
}

// oneOf reports every branch; the deepest error explains the problem, and on a tie the
// list of allowed values reads best.
function mostSpecific(errors: readonly ErrorObject[]): { path: string; message: string } {
  const described = errors.filter((e) => e.keyword !== 'oneOf').map((e) => ({ ...describeError(e), enum: e.keyword === 'enum' }));
  const score = (d: { path: string; enum: boolean }): number => d.path.length * 2 + (d.enum ? 1 : 0);
  const best = described.reduce((a, b) => (score(b) > score(a) ? b : a), described[0] ?? { path: '(top level)', message: 'invalid configuration', enum: false });
  return { path: best.path, message: best.message };
}

/** Validates parsed configuration against the catalog's schema; throws a ConfigError naming the JSON path. */
export function validateConfig(value: unknown, file?: string): Config {
  const validate = validator();
  if (validate(value)) return value as Config;
  const { path, message } = mostSpecific(validate.errors ?? []);
  throw new ConfigError(message, file, path);
}
