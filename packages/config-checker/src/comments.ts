// Directive comments of line-oriented formats: only comments that may hold `plumbline-ignore`.
import type { Comment } from '@plumbline/core';

/**
 * Comments starting with one of `markers` at the start of a line or after whitespace whose text
 * mentions plumbline-ignore. The marker is given as `#`, which core's directive parser strips.
 */
export function directiveComments(text: string, markers: string): Comment[] {
  if (!text.includes('plumbline-ignore')) return [];
  const comments: Comment[] = [];
  const lines = text.split('\n');
  const escaped = markers.replace(/[\\\]^-]/g, '\\$&');
  const pattern = new RegExp(`(^|\\s)[${escaped}]\\s*plumbline-ignore`);
  lines.forEach((line, index) => {
    const match = pattern.exec(line);
    if (!match) return;
    const column = match.index + match[1]!.length;
    comments.push({ text: `#${line.slice(column + 1).trimEnd()}`, line: index + 1, column: column + 1, endLine: index + 1 });
  });
  return comments;
}
