// What every format reader gives the rules: string values with their names and positions.
import type { Comment } from '@plumbline/core';

/** A 1-based line and column (UTF-16 code units) in the file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One string value of a configuration file and the name it is bound to. */
export interface ConfigValue {
  /** The name the value is bound to: the last key (`password`), the variable (`DB_PASSWORD`). */
  readonly key: string;
  /** The whole key path, dotted (`spring.datasource.password`, `services.db.environment.POSTGRES_PASSWORD`). */
  readonly path: string;
  /** The value as the application reads it (quotes removed, escapes decoded where the format has them). */
  readonly value: string;
  /** Where the character at `index` of `value` sits in the file (`index === value.length` is just past it). */
  at(index: number): Position;
}

/** A syntax error, or nesting past the limit: the file was not read. */
export interface ParseFailure {
  readonly line: number;
  readonly message: string;
  readonly tooDeep?: boolean;
}

/** A read configuration file. */
export interface ConfigDocument {
  readonly values: readonly ConfigValue[];
  /** Comments that may carry `plumbline-ignore` directives, with `#` as their marker. */
  readonly comments: readonly Comment[];
  readonly error?: ParseFailure;
}
