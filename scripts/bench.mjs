// `pnpm bench [dir…]`: scan speed per language, files/s and lines/s, next to a bare tree-sitter
// parse of the same Python and Go files, and the peak memory. Without a directory it generates
// a synthetic corpus under .bench/. Figures only: nothing here passes or fails.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { languageOf } from '../packages/core/dist/index.js';
import { scan, walk } from '../packages/cli/dist/index.js';

const require = createRequire(new URL('../packages/tree-sitter-checker/package.json', import.meta.url));
const Parser = require('tree-sitter');
const grammars = { python: require('tree-sitter-python'), go: require('tree-sitter-go') };

const SAMPLES = {
  python: (i) => `import os\n\n\nclass Service${i}:\n    def handle(self, items):\n        total = 0\n        for item in items:\n            if item.active:\n                total += item.price\n        return total\n\n\ndef helper_${i}(value):\n    # comment\n    return os.path.join("a", str(value))\n`,
  go: (i) => `package bench\n\nimport "fmt"\n\n// Service${i} handles things.\ntype Service${i} struct{ n int }\n\nfunc (s *Service${i}) Handle(items []int) int {\n\ttotal := 0\n\tfor _, item := range items {\n\t\tif item > 0 {\n\t\t\ttotal += item\n\t\t}\n\t}\n\treturn total\n}\n\nfunc helper${i}(v int) string { return fmt.Sprint(v) }\n`,
  typescript: (i) => `import { readFile } from 'node:fs/promises';\n\nexport class Service${i} {\n  async handle(items: number[]): Promise<number> {\n    let total = 0;\n    for (const item of items) {\n      if (item > 0) {\n        total += item;\n      }\n    }\n    return total;\n  }\n}\n\nexport async function helper${i}(path: string): Promise<string> {\n  return readFile(path, 'utf8');\n}\n`,
};
const EXT = { python: 'py', go: 'go', typescript: 'ts' };

function generateCorpus(dir, filesPerLanguage) {
  rmSync(dir, { recursive: true, force: true });
  for (const [language, sample] of Object.entries(SAMPLES)) {
    mkdirSync(join(dir, language), { recursive: true });
    for (let i = 0; i < filesPerLanguage; i += 1) writeFileSync(join(dir, language, `file_${i}.${EXT[language]}`), sample(i).repeat(4));
  }
  mkdirSync(join(dir, '.git'), { recursive: true });
}

function bareParse(files, language) {
  const parser = new Parser();
  parser.setLanguage(grammars[language]);
  const start = performance.now();
  for (const file of files) parser.parse(readFileSync(file.path, 'utf8'));
  return performance.now() - start;
}

const rate = (count, ms) => (ms > 0 ? Math.round((count * 1000) / ms) : 0);

async function main() {
  const given = process.argv.slice(2);
  const roots = given.length > 0 ? given.map((dir) => resolve(dir)) : [resolve('.bench/corpus')];
  if (given.length === 0) generateCorpus(roots[0], 400);
  const files = roots.flatMap((root) => walk({ root, paths: [root], ignorePatterns: [], ignoreBase: root }).files);
  const byLanguage = new Map();
  for (const file of files) byLanguage.set(languageOf(file.path), [...(byLanguage.get(languageOf(file.path)) ?? []), file]);
  console.log(`corpus: ${roots.join(', ')} (${files.length} files)`);
  console.log('language     files   lines     scan ms   files/s   lines/s   bare parse ms  scan/parse');
  for (const [language, group] of [...byLanguage.entries()].sort()) {
    const lines = group.reduce((sum, file) => sum + readFileSync(file.path, 'utf8').split('\n').length, 0);
    const start = performance.now();
    await scan({ cwd: roots[0], paths: group.map((file) => file.path) });
    const ms = performance.now() - start;
    const parseMs = grammars[language] ? bareParse(group, language) : undefined;
    const ratio = parseMs ? (ms / parseMs).toFixed(2) : '-';
    console.log([language.padEnd(10), String(group.length).padStart(7), String(lines).padStart(7), ms.toFixed(0).padStart(11),
      String(rate(group.length, ms)).padStart(9), String(rate(lines, ms)).padStart(9), (parseMs?.toFixed(0) ?? '-').padStart(15), ratio.padStart(11)].join(' '));
  }
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
