// The engine of `plumbline scan` for configuration files: one reader per format, then the rules.
import {
  type ConfigLanguage, type EffectiveRule, type Engine, type FileResult, isConfigLanguage, LANGUAGE_NAMES, NestingLimitError, nestingNotice,
  type Notice, type SourceFile, CONFIG_LANGUAGES,
} from '@plumbline/core';
import type { ConfigDocument } from './document.js';
import { isJsonTooDeep } from './nesting.js';
import { readDotenv } from './readers/dotenv.js';
import { readIni } from './readers/ini.js';
import { readJson } from './readers/json.js';
import { readProperties } from './readers/properties.js';
import { readToml } from './readers/toml.js';
import { readYaml } from './readers/yaml.js';
import { CONFIG_RULES } from './rules/index.js';
import { isYamlTooDeep } from './yaml-nesting.js';

const READERS: Readonly<Record<ConfigLanguage, (text: string) => ConfigDocument>> = {
  dotenv: readDotenv, yaml: readYaml, json: readJson, toml: readToml, ini: readIni, properties: readProperties,
};

const isStackOverflow = (text: string): boolean => /Maximum call stack size exceeded|Not enough stack space/.test(text);

function notice(file: SourceFile, code: Notice['code'], message: string, line?: number): Notice {
  const level = code === 'engine-error' ? 'error' : 'warning';
  return { level, code, file: file.relativePath, message, ...(line === undefined ? {} : { line }) };
}

// Nesting counted on the text before the recursive parsers run (TOML's parser counts its own).
const TOO_DEEP: Partial<Record<ConfigLanguage, (text: string) => boolean>> = { json: isJsonTooDeep, yaml: isYamlTooDeep };

// The same notice whether the count or (should it ever come first) the stack stopped the read.
const tooDeep = (file: SourceFile): Notice => nestingNotice(file.relativePath, new NestingLimitError('The file'));

function check(file: SourceFile, rules: readonly EffectiveRule[]): FileResult {
  if (!isConfigLanguage(file.language)) return { findings: [], comments: [], notices: [notice(file, 'engine-error', `Internal error in the config engine: no reader for ${file.language}`)] };
  if (TOO_DEEP[file.language]?.(file.text)) return { findings: [], comments: [], notices: [tooDeep(file)] };
  const document = READERS[file.language](file.text);
  if (document.error) {
    if (document.error.tooDeep || isStackOverflow(document.error.message)) return { findings: [], comments: [], notices: [tooDeep(file)] };
    const { line, message } = document.error;
    const text = `${LANGUAGE_NAMES[file.language]} syntax error at line ${line} (${message}); the file was not checked.`;
    return { findings: [], comments: [], notices: [notice(file, 'parse-error', text, line)] };
  }
  const unknown = rules.filter((rule) => !Object.hasOwn(CONFIG_RULES, rule.id));
  const notices = unknown.length === 0 ? [] : [notice(file, 'engine-error', `Internal error in the config engine: no rule ${unknown.map((rule) => rule.id).join(', ')}`)];
  const findings = rules.flatMap((rule) => CONFIG_RULES[rule.id]?.(document.values, file, rule) ?? []);
  return { findings, comments: document.comments, notices };
}

/** Checks `.env`, YAML, JSON, TOML, INI and properties files: one read per file, every enabled rule over its values. */
export const configEngine: Engine = {
  name: 'config',
  languages: CONFIG_LANGUAGES,
  check(file, rules) {
    try {
      return check(file, rules);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const result = isStackOverflow(reason) ? tooDeep(file) : notice(file, 'engine-error', `Internal error in the config engine: ${reason}`);
      return { findings: [], comments: [], notices: [result] };
    }
  },
};
