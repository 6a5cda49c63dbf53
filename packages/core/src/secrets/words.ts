// Splitting names and values into lower-case words, in every case style.

// an acronym before a capitalised word (APIKey → API Key), a lower/digit before an upper (apiKey)
const ACRONYM_BOUNDARY = /([A-Z])([A-Z][a-z])/g;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[^A-Za-z0-9]+/;

/** The lower-case words of a name in any style: `apiKey`, `API_KEY`, `api-key`, `spring.datasource.password`. */
export function splitWords(name: string): string[] {
  return name
    .replace(ACRONYM_BOUNDARY, '$1 $2')
    .replace(CAMEL_BOUNDARY, '$1 $2')
    .split(SEPARATORS)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Regexes of this module, for the ReDoS test. */
export const WORD_REGEXES: readonly RegExp[] = [ACRONYM_BOUNDARY, CAMEL_BOUNDARY, SEPARATORS];

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
