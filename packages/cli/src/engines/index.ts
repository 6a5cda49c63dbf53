import type { Engine, Language } from '@plumbline/core';

// Engines load on first use: a Go-only repository never pays for ESLint's start-up.
const config = async (): Promise<Engine> => (await import('@plumbline/config-checker')).configEngine;
const loaders = {
  python: async () => (await import('@plumbline/tree-sitter-checker')).treeSitterEngine,
  go: async () => (await import('@plumbline/tree-sitter-checker')).treeSitterEngine,
  javascript: async () => (await import('./eslint.js')).eslintEngine,
  typescript: async () => (await import('./eslint.js')).eslintEngine,
  dotenv: config, yaml: config, json: config, toml: config, ini: config, properties: config,
} satisfies Record<Language, () => Promise<Engine>>;

const loaded = new Map<Language, Engine>();

/** The engine that checks a language, loaded once. */
export async function engineFor(language: Language): Promise<Engine> {
  const cached = loaded.get(language);
  if (cached) return cached;
  const engine = await loaders[language]();
  loaded.set(language, engine);
  return engine;
}
