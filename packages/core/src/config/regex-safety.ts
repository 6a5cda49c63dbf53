// Regular expressions from the configuration run on every value, path or name of a scan, so
// one with catastrophic backtracking would hang it. The check is the star-height test of
// safe-regex, on ret's parse: a group repeated without bound that holds a quantifier without
// bound (`(a+)+`, `(\w+\s?)*`) is refused. Bounded repeats (`(ab+)?`, `(\d+\.){3}`) are fine.
import ret, { reconstruct, type Root, type Token, types } from 'ret';

// ret's CommonJS entry point is the tokenizer itself; its type declarations describe a namespace
const tokenize = ret as unknown as (source: string) => Root;

type Node = Root | Token;

// The node's direct parts: a group's sequence or alternatives, a repetition's body.
function partsOf(node: Node): readonly Token[] {
  if (node.type === types.REPETITION) return [node.value];
  if (node.type !== types.ROOT && node.type !== types.GROUP) return [];
  return node.options ? node.options.flat() : node.stack ?? [];
}

const isUnbounded = (node: Node): boolean => node.type === types.REPETITION && node.max === Infinity;

/** The first unbounded repetition inside another one, as written (`(a+)+`), or undefined. */
export function nestedQuantifier(source: string): string | undefined {
  // ret reads no lookbehind; for nesting it is a group like a lookahead
  const root = tokenize(source.replace(/\(\?<([=!])/g, '(?$1'));
  const stack: { node: Node; outer: Token | undefined }[] = [{ node: root, outer: undefined }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, outer } = entry;
    if (isUnbounded(node) && outer) return reconstruct(outer);
    const inner = isUnbounded(node) ? (node as Token) : outer;
    for (const part of partsOf(node)) stack.push({ node: part, outer: inner });
  }
  return undefined;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** Why a configured regular expression is refused, or undefined when it is accepted. */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error; // what RegExp throws on a bad pattern
    return `a regular expression that compiles (${error.message})`;
  }
  let nested: string | undefined;
  try {
    nested = nestedQuantifier(source);
  } catch (error) {
    // ret rejects a few patterns V8 takes: what cannot be checked is not run
    if (!(error instanceof SyntaxError)) throw error;
    return `a regular expression whose nesting can be checked (${error.message})`;
  }
  if (nested === undefined) return undefined;
  return `a regular expression without a nested quantifier: \`${shorten(nested)}\` repeats a quantifier inside a repeated group, which can take exponential time on some input; repeat one of the two a bounded number of times`;
}
