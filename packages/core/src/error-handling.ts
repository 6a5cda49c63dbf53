// no-catch-all's one model of handling an error, for every language: a handler handles what it
// caught when it rethrows it, passes it on (returns it, stores it, gives it to a call), exits
// non-zero, or, where the options allow, logs it. Engines judge their syntax node by node; the
// walk over those verdicts and the call rule are the same everywhere.

/** What counts as handling, from the rule's options. */
export interface Handling {
  readonly allowLogged: boolean;
  readonly isLogger: (callee: string) => boolean;
}

/** What one node says: it handles the error, nothing under it can (`skip`), or look inside (`continue`). */
export type Verdict = 'handled' | 'skip' | 'continue';

/**
 * A call to `callee`: any call given the error passes it on; a logger call never passes it on, and
 * handles it only when logging is allowed and it logs the error (or, `logsTrace`, its traceback).
 */
export function callVerdict(callee: string, givenError: () => boolean, handling: Handling, logsTrace: () => boolean = () => false): Verdict {
  if (handling.isLogger(callee)) return handling.allowLogged && (givenError() || logsTrace()) ? 'handled' : 'skip';
  return givenError() ? 'handled' : 'continue';
}

/** Visits `root` and its descendants in document order; `visit` returns false to leave a node's children out. */
export type Walk<Node> = (root: Node, visit: (node: Node) => boolean) => void;

/** Whether some node under `roots` handles the error, by the engine's `judge` of each node. */
export function isHandled<Node>(roots: readonly Node[], walk: Walk<Node>, judge: (node: Node) => Verdict): boolean {
  let handled = false;
  for (const root of roots) {
    walk(root, (node) => {
      if (handled) return false;
      const verdict = judge(node);
      handled = verdict === 'handled';
      return verdict === 'continue';
    });
  }
  return handled;
}
