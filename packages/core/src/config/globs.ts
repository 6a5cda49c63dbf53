// Glob matching for configuration paths, compiled once per glob.
import picomatch from 'picomatch';

const matchers = new Map<string, (path: string) => boolean>();

/** The first of the globs that a repository-relative path matches (dotfiles included), if any. */
export function firstMatchingGlob(path: string, globs: readonly string[]): string | undefined {
  return globs.find((glob) => {
    let match = matchers.get(glob);
    if (!match) {
      match = picomatch(glob, { dot: true, basename: !glob.includes('/') });
      matchers.set(glob, match);
    }
    return match(path);
  });
}

/** Whether a repository-relative path matches any of the globs (dotfiles included). */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  return firstMatchingGlob(path, globs) !== undefined;
}
