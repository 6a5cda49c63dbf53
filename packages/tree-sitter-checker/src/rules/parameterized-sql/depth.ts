// Reading a value recurses once per level of the expression; tree-sitter parses any depth, so
// `"a" + "b" + …` 3,000 times would exhaust the stack. A fixed limit stops the rule instead.
import { MAX_NESTING_DEPTH, NestingLimitError } from '@plumbline/core/limits';
import type { SyntaxNode } from '../../check.js';

/** Counts how deep value reading has gone; past MAX_NESTING_DEPTH it throws a NestingLimitError. */
export class DepthGuard {
  private depth = 0;

  /** Runs `read` one level deeper. */
  within<T>(node: SyntaxNode, read: () => T): T {
    if (this.depth >= MAX_NESTING_DEPTH) throw new NestingLimitError('An expression passed as SQL', node.startPosition.row + 1);
    this.depth += 1;
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }
}
