// Python helpers for call-following: module functions called by name, and methods of the
// class called as `self.helper(…)` / `cls.helper(…)`.
import type { SyntaxNode } from '../../check.js';
import { functionOf, type HelperLanguage } from './helpers.js';
import type { LoopPolicy } from './loops.js';
import type { Loop } from './loops.js';
import type { Link } from './chain.js';
import type { QueryCall } from './report.js';
import { pythonLoop } from './python-loops.js';

const FUNCTIONS = new Set(['function_definition']);
// @lru_cache, @functools.cache, @cached_property, @property: the result is kept, or it is not called
const CACHED = /@(functools\.)?(lru_cache|cache|cached_property|cached|memoize\w*|property)\b/;

const outer = (definition: SyntaxNode): SyntaxNode | null => (definition.parent?.type === 'decorated_definition' ? definition.parent : definition);

// The class a definition or call sits in, directly (a method) or further out (a call in a method)
function classOf(node: SyntaxNode): SyntaxNode | undefined {
  let current = node.parent;
  while (current && current.type !== 'class_definition') current = current.parent;
  return current ?? undefined;
}

function keyOf(definition: SyntaxNode): string | undefined {
  const name = definition.childForFieldName('name')?.text ?? '';
  const holder = outer(definition)?.parent;
  if (holder?.type === 'module') return name;
  const owner = holder?.type === 'block' ? holder.parent : undefined;
  return owner?.type === 'class_definition' ? `${owner.childForFieldName('name')?.text ?? ''}.${name}` : undefined;
}

function targetOf(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object')?.text : undefined;
  if (receiver !== 'self' && receiver !== 'cls') return undefined;
  const owner = classOf(call);
  return owner && `${owner.childForFieldName('name')?.text ?? ''}.${callee?.childForFieldName('attribute')?.text ?? ''}`;
}

/** Python's side of call-following. */
export function pythonHelpers(policy: LoopPolicy, mayQuery: (name: string) => boolean, queryOf: (call: SyntaxNode, links: readonly Link[], loop: Loop) => QueryCall | undefined): HelperLanguage {
  return {
    language: 'python',
    functionTypes: FUNCTIONS,
    keyOf,
    targetOf,
    mayQuery,
    skips: (definition) => policy.isBatchFunction(definition.childForFieldName('name')?.text ?? '') || (outer(definition)?.type === 'decorated_definition' && CACHED.test(outer(definition)?.text.split('def ')[0] ?? '')),
    queryOf,
    inLoop: (call) => pythonLoop(call, policy) !== undefined || functionOf(call, FUNCTIONS) === undefined,
  };
}
