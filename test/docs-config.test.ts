// Every Plumbline config shown in the docs is one the loader accepts: a reader copies them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '@plumbline/core';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** JSON blocks of a page that are whole Plumbline configs: an object with a `rules` or `preset` key. Every `json` block must parse. */
function configBlocks(page: string): { line: number; value: unknown }[] {
  const blocks = [];
  for (const match of page.matchAll(/^```json\n([\s\S]*?)^```/gm)) {
    const value: unknown = JSON.parse(match[1]!);
    const isConfig = typeof value === 'object' && value !== null && ('rules' in value || 'preset' in value);
    if (isConfig) blocks.push({ line: page.slice(0, match.index).split('\n').length, value });
  }
  return blocks;
}

const pages = ['README.md', ...markdownFiles('docs')].map((path) => ({ path, blocks: configBlocks(readFileSync(join(ROOT, path), 'utf8')) }));

describe('configs in the docs', () => {
  it('finds config blocks to check', () => {
    expect(pages.reduce((sum, page) => sum + page.blocks.length, 0)).toBeGreaterThan(5);
  });
  it.each(pages.filter((page) => page.blocks.length > 0).map((page) => [page.path, page.blocks] as const))('%s: each config loads', (path, blocks) => {
    for (const block of blocks) expect(() => validateConfig(block.value, `${path}:${block.line}`), `${path}:${block.line}`).not.toThrow();
  });
});
