// What every engine's naming-convention check reads the same way: a kind's `allow` pattern and a
// file's base name. The styles themselves are in rules/naming-convention.ts.
import { matchesConfigured } from './limits.js';
import type { KindOptions } from './rules/naming-convention.js';

/** Whether the kind's `allow` pattern (checked when the config loaded) accepts the name, read capped. */
export function isAllowed(name: string, options: KindOptions): boolean {
  return options.allow !== undefined && matchesConfigured(options.allow, name);
}

/** A base name split at its first dot (a leading dot does not count): `order_service` and `.py`, `user-service` and `.test.ts`. */
export interface FileName {
  readonly stem: string;
  readonly extensions: string;
}

/** Splits a base name into stem and extensions. */
export function splitFileName(base: string): FileName {
  const dot = base.indexOf('.', 1);
  return dot < 0 ? { stem: base, extensions: '' } : { stem: base.slice(0, dot), extensions: base.slice(dot) };
}
