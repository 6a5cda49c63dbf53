import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { catalog } from '../catalog.js';
import { ConfigError } from './errors.js';
import { regexProblem } from './regex-safety.js';
import { configSchema } from './schema.js';
import type { Config } from './types.js';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // options that hold regular expressions are checked when the config loads, not at first use
  ajv.addFormat('regex', (text: string) => regexProblem(text) === undefined);
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

// The value at a JSON pointer (`/rules/a/options/allow`) of the validated document.
function valueAt(root: unknown, pointer: string): unknown {
  const parts = pointer.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce<unknown>((value, part) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined), root);
}

function describeError(error: ErrorObject, root: unknown): { path: string; message: string } {
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
  if (error.keyword === 'format' && params.format === 'regex') {
    return { path: toJsonPath(error.instancePath), message: `expected ${regexProblem(String(valueAt(root, error.instancePath))) ?? 'a regular expression'}` };
  }
  return { path: toJsonPath(error.instancePath), message: `expected a value that ${error.message ?? 'is valid'}` };
}

/** The JSON pointer of the first number that is not finite (`1e999` parses as Infinity), or undefined. */
export function nonFiniteNumber(value: unknown): string | undefined {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (typeof entry.value === 'number' && !Number.isFinite(entry.value)) return entry.pointer;
    if (typeof entry.value !== 'object' || entry.value === null) continue;
    for (const [key, child] of Object.entries(entry.value)) {
      stack.push({ value: child, pointer: `${entry.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
  return undefined;
}

// oneOf reports every branch; the deepest error explains the problem, and on a tie the
// list of allowed values reads best.
function mostSpecific(errors: readonly ErrorObject[], root: unknown): { path: string; message: string } {
  const described = errors.filter((e) => e.keyword !== 'oneOf').map((e) => ({ ...describeError(e, root), enum: e.keyword === 'enum' }));
  const score = (d: { path: string; enum: boolean }): number => d.path.length * 2 + (d.enum ? 1 : 0);
  const best = described.reduce((a, b) => (score(b) > score(a) ? b : a), described[0] ?? { path: '(top level)', message: 'invalid configuration', enum: false });
  return { path: best.path, message: best.message };
}

/** Validates parsed configuration against the catalog's schema; throws a ConfigError naming the JSON path. */
export function validateConfig(value: unknown, file?: string): Config {
  // JSON schema's integer and number take Infinity: `"max": 1e999` would mean no limit at all
  const infinite = nonFiniteNumber(value);
  if (infinite !== undefined) throw new ConfigError('expected a finite number', file, toJsonPath(infinite));
  const validate = validator();
  if (validate(value)) return value as Config;
  const { path, message } = mostSpecific(validate.errors ?? [], value);
  throw new ConfigError(message, file, path);
}
