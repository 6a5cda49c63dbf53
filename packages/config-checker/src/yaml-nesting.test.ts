import { MAX_NESTING_DEPTH } from '@plumbline/core';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isSeq } from 'yaml';
import { isYamlTooDeep } from './yaml-nesting.js';

// A seeded generator: the same documents on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

// A value with exactly `depth` levels of collections: maps and lists, scalars and block scalars at the bottom.
function nested(depth: number, next: () => number): unknown {
  let value: unknown = next() < 0.5 ? 'leaf' : 'two\nlines';
  for (let level = 0; level < depth; level++) {
    const pick = next();
    value = pick < 0.4 ? { key: value, other: 1 } : pick < 0.8 ? [value, 2] : { 'quoted: key': value };
  }
  return value;
}

// Block style, switching to flow style (`[…]`, `{…}`) from `flowLevel` down.
function toYaml(value: unknown, flowLevel: number | undefined): string {
  const document = new Document(value);
  let node: unknown = document.contents;
  for (let level = 0; flowLevel !== undefined && level <= flowLevel && (isMap(node) || isSeq(node)); level++) {
    if (level === flowLevel) node.flow = true;
    const first = node.items[0];
    node = isMap(node) ? (first as { value?: unknown } | undefined)?.value : first;
  }
  return document.toString();
}

describe('isYamlTooDeep', () => {
  it('agrees with the real depth of 200 generated documents around the limit, block and flow styles', () => {
    const next = random(22);
    const disagreements: string[] = [];
    for (let run = 0; run < 200; run++) {
      const depth = MAX_NESTING_DEPTH - 5 + Math.floor(next() * 10);
      const flowLevel = next() < 0.3 ? Math.floor(next() * depth) : undefined;
      const text = toYaml(nested(depth, next), flowLevel);
      if (isYamlTooDeep(text) !== depth > MAX_NESTING_DEPTH) disagreements.push(`depth ${depth}, flow from ${flowLevel ?? '-'}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('does not count brackets in plain or quoted text, comments or block scalars', () => {
    const text = `a: x [ y { z\nb: "[[[["\nc: '{{{{'\n# [[[[[\nd: |\n  ${'['.repeat(400)}\ne: [1, [2]]\n`;
    expect(isYamlTooDeep(text)).toBe(false);
  });
});
