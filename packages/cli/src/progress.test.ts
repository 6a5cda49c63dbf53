import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress } from './progress.js';

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): void } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => void written.push(text) };
}

describe('createProgress', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('stays silent for the first second, then counts, then erases its line', () => {
    vi.stubEnv('CI', '');
    let clock = 0;
    const stream = fakeStream(true);
    const progress = createProgress(stream, () => clock);
    progress.update(1, 10);
    clock = 1500;
    progress.update(5, 10);
    progress.clear();
    expect(stream.written).toEqual(['\rplumbline: checked 5/10 files', '\r\u001b[K']);
  });

  it('writes nothing when the stream is not a terminal or in CI', () => {
    const piped = fakeStream(false);
    let clock = 0;
    const progress = createProgress(piped, () => clock);
    clock = 5000;
    progress.update(5, 10);
    progress.clear();
    vi.stubEnv('CI', 'true');
    const ci = fakeStream(true);
    const inCi = createProgress(ci, () => clock);
    clock = 9000;
    inCi.update(5, 10);
    expect([...piped.written, ...ci.written]).toEqual([]);
  });
});
