// Initialisms Go code writes in one case: `userID` and `ServeHTTP`, never `userId` or `ServeHttp`
// (Go Code Review Comments, "Initialisms"). Change the list with `go.addInitialisms` and
// `go.removeInitialisms`.

/** The built-in initialisms, upper case. */
export const GO_INITIALISMS: readonly string[] = [
  'ACL', 'API', 'ASCII', 'CPU', 'CSS', 'DNS', 'EOF', 'GUID', 'HTML', 'HTTP', 'HTTPS', 'ID', 'IP', 'JSON', 'JWT',
  'RPC', 'SMTP', 'SQL', 'SSH', 'TCP', 'TLS', 'TTL', 'UDP', 'UI', 'UID', 'UUID', 'URI', 'URL', 'UTF8', 'VM', 'XML',
  'XSRF', 'XSS',
];

// One capitalized word: greedy, so `Idle` is one word and never the initialism `Id`.
const CAPITALIZED_WORD = /[A-Z][a-z0-9]+/g;

/** Finds initialisms written in mixed case (`Id`, `Urls`) and writes them in one case. */
export function initialismFixer(add: readonly string[], remove: readonly string[]): (name: string) => { bad: string[]; fixed: string } {
  const removed = new Set(remove.map((each) => each.toUpperCase()));
  const known = new Set([...GO_INITIALISMS, ...add.map((each) => each.toUpperCase())].filter((each) => !removed.has(each)));
  const upper = (word: string): string | undefined => {
    const plain = word.toUpperCase();
    if (known.has(plain)) return plain;
    // IDs, URLs: the plural keeps a lower-case s
    return word.endsWith('s') && known.has(plain.slice(0, -1)) ? `${plain.slice(0, -1)}s` : undefined;
  };
  return (name) => {
    const bad: string[] = [];
    const fixed = name.replace(CAPITALIZED_WORD, (word) => {
      const replacement = upper(word);
      if (replacement === undefined || replacement === word) return word;
      bad.push(word);
      return replacement;
    });
    return { bad, fixed };
  };
}
