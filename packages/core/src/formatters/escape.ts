// Text from the scanned tree (file names, quoted values) printed on a terminal: a newline in a
// file name would start a line that looks like a finding, an escape sequence would reach the terminal.

// C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides ("Trojan Source")
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control or bidi character written as an escape (`\n`, `\u001b`), so it prints on one line as it is. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
