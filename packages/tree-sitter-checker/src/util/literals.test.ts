import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '../check.js';
import { parseText } from '../parser.js';
import { numberValue, stringValue } from './literals.js';

// The value of the right-hand side of the last assignment in a Python snippet.
function lastValue(text: string): SyntaxNode {
  const assignments = parseText('python', text).rootNode.descendantsOfType('assignment');
  return assignments[assignments.length - 1]!.childForFieldName('right')!;
}

describe('stringValue (Python)', () => {
  it('joins adjacent literals, skipping comments between them', () => {
    expect(stringValue(lastValue('x = ("sha"  # the digest\n     "256")\n'), 'python')).toBe('sha256');
  });
  it('follows a name assigned once, and refuses f-strings', () => {
    expect(stringValue(lastValue('SALT = b"pepper"\nx = SALT\n'), 'python')).toBe('pepper');
    expect(stringValue(lastValue('x = f"{user}"\n'), 'python')).toBeUndefined();
  });
});

describe('numberValue (Python)', () => {
  it('reads underscores and follows a constant', () => {
    expect(numberValue(lastValue('ITERATIONS = 600_000\nx = ITERATIONS\n'), 'python')).toBe(600000);
  });
});
