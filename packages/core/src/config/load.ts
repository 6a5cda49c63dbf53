import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readRegularFile } from '../read-file.js';
import { ConfigError } from './errors.js';
import type { LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** The file name looked for in the working directory and its parents. */
export const CONFIG_FILE = 'plumbline.config.json';

/** Finds plumbline.config.json in `start` or a parent, stopping at a repository root. */
export function findConfigFile(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses JSON, turning a syntax error into a ConfigError with line and column. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` at ${lineAndColumn(text, Number(position))}`;
    throw new ConfigError(`invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`, file);
  }
}

/** Reads and validates a config file; every problem becomes a ConfigError. */
export function loadConfigFile(file: string): LoadedConfig {
  const path = resolve(file);
  return { config: validateConfig(parseJson(readConfigText(path, file), file), file), file: path, root: dirname(path) };
}

/** Largest config file read: far more than any real one, and a bound when the path is a device or a /proc file. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

function readConfigText(path: string, file: string): string {
  let read;
  try {
    read = readRegularFile(path, { maxBytes: MAX_CONFIG_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? 'error'})`, file);
  }
  if (read.kind === 'special') throw new ConfigError(`the config file is a ${read.what}, not a regular file`, file);
  if (read.kind !== 'read') throw new ConfigError(`the config file is over ${MAX_CONFIG_BYTES / 1048576} MB`, file);
  return read.bytes.toString('utf8');
}

/** The config given with --config, else the discovered one, else the built-in default. */
export function loadConfig(options: { configFile?: string; cwd: string }): LoadedConfig {
  if (options.configFile) return loadConfigFile(resolve(options.cwd, options.configFile));
  const found = findConfigFile(options.cwd);
  return found ? loadConfigFile(found) : { config: {}, root: resolve(options.cwd) };
}
