// The kinds of bad files the fuzz corpus holds, each with what a scan must do with it.
import type { NoticeCode } from '@plumbline/core';
import type { Random } from './random.js';

/** One file of the corpus, before it is written. */
export interface FuzzFile {
  readonly path: string; // relative to the corpus folder; may hold newlines and control characters
  readonly kind: string;
  readonly content?: string | Buffer;
  /** Not a regular file: a FIFO, a link to /dev/zero, a 1 GB sparse file, a link to nothing. */
  readonly special?: 'fifo' | 'dev-zero' | 'sparse' | 'dangling';
  /** One of these notices must name the file (it cannot be read, or its findings are cut). */
  readonly notice?: readonly NoticeCode[];
  /** A planted secret: it must be reported, and never printed in full. */
  readonly secret?: string;
  /** Large enough to be left out of the corpus the tests scan. */
  readonly heavy?: boolean;
}

const EXTENSIONS = ['py', 'go', 'js', 'ts', 'json', 'yaml', 'toml', 'env', 'ini', 'properties'] as const;
type Extension = (typeof EXTENSIONS)[number];

// A valid file of each kind that binds `value` to a secret-looking name.
const ASSIGN: Readonly<Record<Extension, (value: string) => string>> = {
  py: (v) => `import os\n\nGITHUB_TOKEN = "${v}"\n\n\ndef client():\n    return os.environ.get("HOST")\n`,
  go: (v) => `package config\n\nconst githubToken = "${v}"\n\nfunc Host() string { return "localhost" }\n`,
  js: (v) => `export const githubToken = '${v}';\nexport function host() { return 'localhost'; }\n`,
  ts: (v) => `export const githubToken: string = '${v}';\nexport function host(): string { return 'localhost'; }\n`,
  json: (v) => `{\n  "service": { "github_token": "${v}", "port": 8080 }\n}\n`,
  yaml: (v) => `service:\n  github_token: ${v}\n  port: 8080\n`,
  toml: (v) => `[service]\ngithub_token = "${v}"\nport = 8080\n`,
  env: (v) => `PORT=8080\nGITHUB_TOKEN=${v}\n`,
  ini: (v) => `[service]\ngithub_token = ${v}\nport = 8080\n`,
  properties: (v) => `service.port=8080\nservice.github.token=${v}\n`,
};

const fileName = (ext: Extension, base: string): string => (ext === 'env' ? `${base}.env` : `${base}.${ext}`);
const anyName = (rng: Random, n: number, kind: string): [Extension, string] => {
  const ext = rng.pick(EXTENSIONS);
  return [ext, `${kind}/f${n}-${rng.text(4).toLowerCase()}.${ext === 'env' ? 'env' : ext}`];
};

/** A GitHub token of random characters: a format every engine reports. */
export const githubToken = (rng: Random): string => `ghp_${rng.text(36)}`;

// Valid text of a kind with a secret in it, then damaged by `damage`.
function damaged(rng: Random, n: number, kind: string, damage: (text: string) => string | Buffer): FuzzFile {
  const [ext, path] = anyName(rng, n, kind);
  return { path, kind, content: damage(ASSIGN[ext](githubToken(rng))) };
}

// `depth` levels, a line break every 50 (a one-line file would be skipped as minified)
const nest = (open: string, close: string, depth: number): string => (open.repeat(depth) + close.repeat(depth)).replace(/(.{50})/g, '$1\n');

/** Makers of the light kinds, which the tests scan by the hundred. */
export const LIGHT: Readonly<Record<string, (rng: Random, n: number) => FuzzFile>> = {
  secret: (rng, n) => {
    const ext = rng.pick(EXTENSIONS);
    const secret = githubToken(rng);
    return { path: `src/s${n}/${fileName(ext, 'settings')}`, kind: 'secret', content: ASSIGN[ext](secret), secret };
  },
  binary: (rng, n) => ({ ...damaged(rng, n, 'binary', () => Buffer.concat([rng.bytes(64), Buffer.from([0]), rng.bytes(64)])), notice: ['binary-file'] }),
  'invalid-utf8': (rng, n) => ({ ...damaged(rng, n, 'latin1', (text) => Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0xff])])), notice: ['invalid-utf8'] }),
  bom: (rng, n) => damaged(rng, n, 'bom', (text) => `\uFEFF${text}`),
  'late-nul': (rng, n) => damaged(rng, n, 'late-nul', (text) => Buffer.concat([Buffer.from(`${text}\n#${'x'.repeat(9000)}\n`), Buffer.from([0])])),
  truncated: (rng, n) => damaged(rng, n, 'truncated', (text) => text.slice(0, 1 + rng.int(text.length - 1))),
  garbage: (rng, n) => damaged(rng, n, 'garbage', () => rng.text(200 + rng.int(2000), ' \n\t{}[]()<>:=,;"\'`#/\\-*+.abcXYZ019')),
  deep: (rng, n) => {
    const [ext, path] = anyName(rng, n, 'deep');
    const depth = 5000;
    const body: Record<Extension, string> = {
      py: `x = ${nest('(', ')', depth)}\n`, go: `package p\n\nvar x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`,
      js: `const x = ${nest('[', ']', depth)};\n`, ts: `function f() ${nest('{', '}', depth)}\n`, json: nest('[', ']', depth),
      yaml: rng.int(2) === 0 ? nest('[', ']', depth) : `a:\n${Array.from({ length: depth / 10 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} x\n`,
      toml: `a = ${nest('[', ']', depth)}\n`, env: `A=${nest('[', ']', depth)}\n`, ini: `a = ${nest('{', '}', depth)}\n`, properties: `a=${nest('(', ')', depth)}\n`,
    };
    const limited = ['js', 'ts', 'json', 'yaml', 'toml'].includes(ext);
    return { path, kind: 'deep', content: body[ext], ...(limited ? { notice: ['too-deeply-nested'] as const } : {}) };
  },
  'alias-bomb': (_, n) => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    return { path: `yaml/bomb${n}.yaml`, kind: 'alias-bomb', content: `l0: &l0 "lol"\n${levels.join('\n')}\n` };
  },
  'odd-name': (rng, n) => {
    const odd = rng.pick(['new\nline', 'tab\there', 'esc\u001b[31m', 'bidi\u202efdp', 'space d', '-dash', 'ünï©ødé', '..dots', 'q"uote\'s']);
    return { path: `odd/${odd}${n}.py`, kind: 'odd-name', content: 'def f(cur, x):\n    cur.execute("SELECT * FROM t WHERE a = " + x)\n' };
  },
  fifo: (rng, n) => ({ path: anyName(rng, n, 'fifo')[1], kind: 'fifo', special: 'fifo', notice: ['special-file'] }),
  'dev-zero': (rng, n) => ({ path: anyName(rng, n, 'zero')[1], kind: 'dev-zero', special: 'dev-zero', notice: ['special-file'] }),
  sparse: (_, n) => ({ path: `sparse/big${n}.py`, kind: 'sparse', special: 'sparse', notice: ['file-too-large'] }),
  dangling: (_, n) => ({ path: `links/gone${n}.py`, kind: 'dangling', special: 'dangling' }),
};

/** Makers of the heavy kinds: megabytes each, for the full run only. */
export const HEAVY: Readonly<Record<string, (rng: Random, n: number) => FuzzFile>> = {
  'long-line': (_, n) => ({ path: `heavy/line${n}.js`, kind: 'long-line', content: `const s = "${'x'.repeat(5 * 1024 * 1024)}";\n`, notice: ['file-too-large'], heavy: true }),
  'many-lines-py': (_, n) => ({ path: `heavy/lines${n}.py`, kind: 'many-lines-py', content: 'x()\n'.repeat(200_000), heavy: true }),
  'many-lines-js': (_, n) => ({ path: `heavy/lines${n}.js`, kind: 'many-lines-js', content: 'x();\n'.repeat(200_000), notice: ['file-too-large'], heavy: true }),
  'one-line-ts': (_, n) => ({ path: `heavy/data${n}.ts`, kind: 'one-line', content: `export const d = [${Array.from({ length: 380_000 }, (_, i) => i % 1000).join(',')}];\n`, heavy: true }),
  'flat-list': (rng, n) => {
    const secret = githubToken(rng);
    const items = Array.from({ length: 130_000 }, (_, i) => `  - item${i}`).join('\n');
    return { path: `heavy/list${n}.yaml`, kind: 'flat-list', content: `items:\n${items}\ntoken: ${secret}\n`, secret, heavy: true };
  },
  'env-flood': (rng, n) => ({
    path: `heavy/flood${n}.env`, kind: 'env-flood', heavy: true, notice: ['too-many-findings'],
    content: Array.from({ length: 130_000 }, () => `pwd=${rng.text(8)}`).join('\n'),
  }),
};
