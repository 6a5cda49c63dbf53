import { CONFIG_LANGUAGES, type ConfigLanguage, type Language } from './types.js';

const EXTENSIONS: Readonly<Record<string, Language>> = {
  '.py': 'python', '.go': 'go',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescript',
  '.env': 'dotenv', '.yml': 'yaml', '.yaml': 'yaml', '.json': 'json', '.toml': 'toml',
  '.ini': 'ini', '.cfg': 'ini', '.properties': 'properties',
};

// Lockfiles hold integrity hashes and resolved URLs, never credentials: not scanned at all.
// (yarn.lock, poetry.lock, Cargo.lock, composer.lock, Gemfile.lock and go.sum have no scanned extension.)
const LOCKFILES: ReadonlySet<string> = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'packages.lock.json', 'deno.lock', 'bun.lock']);

/**
 * The language of a file from its name, or undefined when Plumbline does not check it.
 * `.env`, `*.env` and `.env.<anything>` (`.env.local`, `.env.example`) are dotenv files.
 */
export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (LOCKFILES.has(name.toLowerCase())) return undefined;
  const dot = name.lastIndexOf('.');
  const byExtension = dot < 0 ? undefined : EXTENSIONS[name.slice(dot).toLowerCase()];
  if (byExtension) return byExtension;
  return name.startsWith('.env.') ? 'dotenv' : undefined;
}

/** The token that starts a line comment in each language (INI also takes `;`, properties `!`; JSON is read as JSONC). */
export const COMMENT_TOKEN = {
  python: '#', go: '//', javascript: '//', typescript: '//',
  dotenv: '#', yaml: '#', json: '//', toml: '#', ini: '#', properties: '#',
} satisfies Record<Language, string>;

/** Whether a language is checked through ESLint. */
export function isEcmaScript(language: Language): boolean {
  return language === 'javascript' || language === 'typescript';
}

/** Whether a language is a configuration file format (checked by the config-file engine). */
export function isConfigLanguage(language: Language): language is ConfigLanguage {
  return (CONFIG_LANGUAGES as readonly Language[]).includes(language);
}

/** Display names, for docs and messages. */
export const LANGUAGE_NAMES = {
  javascript: 'JS', typescript: 'TS', python: 'Python', go: 'Go',
  dotenv: '.env', yaml: 'YAML', json: 'JSON', toml: 'TOML', ini: 'INI', properties: 'properties',
} satisfies Record<Language, string>;
