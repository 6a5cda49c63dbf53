import type { Language } from './types.js';

const EXTENSIONS: Readonly<Record<string, Language>> = {
  '.py': 'python', '.go': 'go',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescript',
};

/** The language of a source file from its extension, or undefined when Plumbline does not check it. */
export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return EXTENSIONS[path.slice(dot).toLowerCase()];
}

/** The token that starts a line comment in each language. */
export const COMMENT_TOKEN = { python: '#', go: '//', javascript: '//', typescript: '//' } satisfies Record<Language, string>;

/** Whether a language is checked through ESLint. */
export function isEcmaScript(language: Language): boolean {
  return language === 'javascript' || language === 'typescript';
}

/** Display names, for docs and messages. */
export const LANGUAGE_NAMES = { javascript: 'JS', typescript: 'TS', python: 'Python', go: 'Go' } satisfies Record<Language, string>;
