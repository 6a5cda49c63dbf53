// The synthetic corpus of `pnpm bench` without a directory: the same small, valid source
// repeated in every file, per language.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = {
  python: (i) => `import os\n\n\nclass Service${i}:\n    def handle(self, items):\n        total = 0\n        for item in items:\n            if item.active:\n                total += item.price\n        return total\n\n\ndef helper_${i}(value):\n    # comment\n    return os.path.join("a", str(value))\n`,
  go: (i) => `package bench\n\nimport "fmt"\n\n// Service${i} handles things.\ntype Service${i} struct{ n int }\n\nfunc (s *Service${i}) Handle(items []int) int {\n\ttotal := 0\n\tfor _, item := range items {\n\t\tif item > 0 {\n\t\t\ttotal += item\n\t\t}\n\t}\n\treturn total\n}\n\nfunc helper${i}(v int) string { return fmt.Sprint(v) }\n`,
  typescript: (i) => `import { readFile } from 'node:fs/promises';\n\nexport class Service${i} {\n  async handle(items: number[]): Promise<number> {\n    let total = 0;\n    for (const item of items) {\n      if (item > 0) {\n        total += item;\n      }\n    }\n    return total;\n  }\n}\n\nexport async function helper${i}(path: string): Promise<string> {\n  return readFile(path, 'utf8');\n}\n`,
};
const EXTENSIONS = { python: 'py', go: 'go', typescript: 'ts' };

/** Writes filesPerLanguage files per language under dir (emptied first), in a fake repository. */
export function generateCorpus(dir, filesPerLanguage) {
  rmSync(dir, { recursive: true, force: true });
  for (const [language, sample] of Object.entries(SAMPLES)) {
    mkdirSync(join(dir, language), { recursive: true });
    for (let i = 0; i < filesPerLanguage; i += 1) {
      writeFileSync(join(dir, language, `file_${i}.${EXTENSIONS[language]}`), sample(i).repeat(4));
    }
  }
  mkdirSync(join(dir, '.git'), { recursive: true });
}
