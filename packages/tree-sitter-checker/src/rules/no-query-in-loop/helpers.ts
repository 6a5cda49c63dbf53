// One level of call-following, for Python and Go: a function or method of the same file that
// runs a query (outside any loop of its own), called from a loop body, runs that query per item.
import type { SyntaxNode } from '../../check.js';
import { calledName, chainOf, type Link } from './chain.js';
import type { Loop } from './loops.js';
import type { QueryCall } from './report.js';

/** A helper of the file and the query it runs once per call. */
export interface Helper {
  readonly name: string;
  readonly query: QueryCall;
  readonly line: number;
}

/** What a language brings: its function nodes, their names and owners, and how to decide a call inside one. */
export interface HelperLanguage {
  readonly language: 'python' | 'go';
  readonly functionTypes: ReadonlySet<string>;
  /** The key a definition is called by: `name`, or `Owner.name` for a method (class or receiver type). */
  readonly keyOf: (definition: SyntaxNode) => string | undefined;
  /** The key a call site resolves to, from the function it sits in: `helper(…)`, `self.helper(…)`, `s.helper(…)`. */
  readonly targetOf: (call: SyntaxNode) => string | undefined;
  readonly mayQuery: (name: string) => boolean;
  /** Whether a function skips call-following: it batches on purpose, or caches its result. */
  readonly skips: (definition: SyntaxNode) => boolean;
  /** The query a call inside a helper runs, `loop` standing for the helper's body. */
  readonly queryOf: (call: SyntaxNode, links: readonly Link[], loop: Loop) => QueryCall | undefined;
  /** Whether a call inside a helper sits in a loop of its own (then it is reported there). */
  readonly inLoop: (call: SyntaxNode) => boolean;
}

const CALLS = { python: 'call', go: 'call_expression' } as const;

/** The innermost function around a node, of the language's function types. */
export function functionOf(node: SyntaxNode, types: ReadonlySet<string>): SyntaxNode | undefined {
  let current = node.parent;
  while (current && !types.has(current.type)) current = current.parent;
  return current ?? undefined;
}

// def run(self, query, user=None) / func (s *S) exec(ctx context.Context, q string): the parameter names
function parameterNames(definition: SyntaxNode): string[] {
  return (definition.childForFieldName('parameters')?.namedChildren ?? []).flatMap((parameter) => {
    if (parameter.type === 'identifier') return [parameter.text];
    const named = parameter.childForFieldName('name');
    return named?.type === 'identifier' ? [named.text] : parameter.namedChildren.filter((child) => child.type === 'identifier').map((child) => child.text);
  });
}

// if key not in cache: / if self._channels is None: / if !ok {: a query run on first use, then kept
const FIRST_USE = /\bnot in\b|\bis None\b|^not\s|==\s*nil\b|!ok\b|!found\b/;

function onFirstUse(call: SyntaxNode, definition: SyntaxNode): boolean {
  for (let current = call.parent; current && current.id !== definition.id; current = current.parent) {
    if (current.type === 'if_statement' && FIRST_USE.test(current.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

// The first query a helper runs once per call, if any. The helper's parameters stand for the loop
// items: a helper that runs the statement it is given (`run_query(sql)`) is a runner, not a query.
function helperQuery(definition: SyntaxNode, name: string, lang: HelperLanguage): Helper | undefined {
  const body = { node: definition, label: '', targets: parameterNames(definition) };
  for (const call of definition.descendantsOfType(CALLS[lang.language])) {
    const called = calledName(call, lang.language);
    if (called === undefined || !lang.mayQuery(called) || functionOf(call, lang.functionTypes)?.id !== definition.id || lang.inLoop(call) || onFirstUse(call, definition)) continue;
    const query = lang.queryOf(call, chainOf(call, lang.language), body);
    if (query) return { name, query, line: call.startPosition.row + 1 };
  }
  return undefined;
}

/** The helpers of a file by key, read on first use. */
export function fileHelpers(root: SyntaxNode, lang: HelperLanguage): () => ReadonlyMap<string, Helper> {
  let helpers: Map<string, Helper> | undefined;
  return () => {
    if (helpers) return helpers;
    helpers = new Map();
    for (const definition of root.descendantsOfType([...lang.functionTypes])) {
      const key = lang.keyOf(definition);
      const helper = key && !lang.skips(definition) ? helperQuery(definition, key.split('.').pop() ?? key, lang) : undefined;
      if (key && helper && !helpers.has(key)) helpers.set(key, helper);
    }
    return helpers;
  };
}

/** The helper a call site runs, with how a message names it. */
export function helperCall(call: SyntaxNode, helpers: () => ReadonlyMap<string, Helper>, lang: HelperLanguage): QueryCall | undefined {
  const key = lang.targetOf(call);
  const helper = key === undefined ? undefined : helpers().get(key);
  if (!helper) return undefined;
  const args = call.childForFieldName('arguments')?.namedChildCount ? '…' : '';
  return { label: `\`${helper.name}(${args})\`, which runs ${helper.query.label} on line ${helper.line},`, fix: helper.query.fix };
}
