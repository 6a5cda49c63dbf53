// no-query-in-loop for Python: query calls per loop item, and Django lazy relation reads.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import { PYTHON_BATCH_FUNCTIONS, PYTHON_REPOSITORY_CALLS } from '@plumbline/core/query-calls/python';
import type { Measure, Report, SyntaxNode } from '../../check.js';
import { chainOf, callOfName } from './chain.js';
import { type LoopPolicy, loopPolicy } from './loops.js';
import { compilePatterns } from './names.js';
import { PYTHON_QUERY_NAMES, pythonQueryCall } from './python-calls.js';
import { pythonLoop } from './python-loops.js';
import { type FileModels, fileModels } from './python-models.js';
import { assignedValue, querysetOf } from './python-queryset.js';
import { lazyRelations, modelRelations } from './python-relations.js';
import type { Loop } from './loops.js';
import { decideCall, type QueryFinder, reportQueries } from './report.js';
import { fileHelpers, helperCall } from './helpers.js';
import { pythonHelpers } from './python-helpers.js';
import { sqlalchemyRows } from './python-sqlalchemy.js';

// Django lazy relations: for loops and comprehensions over a visible queryset of a model of the file
function relationReports(loops: readonly SyntaxNode[], policy: LoopPolicy, guess: boolean): Report[] {
  const root = loops[0]?.tree.rootNode;
  const models = root ? modelRelations(root) : new Map<string, Set<string>>();
  if (models.size === 0 && !guess) return [];
  return loops.flatMap((node) => {
    const inside = node.namedChildren.find((child) => child.type === 'block' || child.type === 'for_in_clause');
    const loop = inside && pythonLoop(inside, policy);
    if (loop?.node.id !== node.id) return [];
    // for line in order.lines.all(), `order` loaded here: the relation's model is not known, its items are instances
    const value = loop.iterable?.type === 'identifier' ? assignedValue(loop.iterable.text, loop.node) : loop.iterable;
    const iterable = value?.text ?? '';
    const related = guess && !/select_related|prefetch_related/.test(iterable) && loadedHere(loop)
      ? { model: iterable.replace(/\.\w+\([\s\S]*$/, ''), eager: new Set<string>(), plain: false } : undefined;
    return lazyRelations(loop, models, guess, related ?? (guess ? sqlalchemyRows(loop) : undefined));
  });
}

// customer.orders.all() with `customer = Customer.objects.get(…)` in the function: the object the
// relation hangs off was loaded here, without prefetching (a parameter or `self` may come prefetched)
function loadedHere(loop: Loop): boolean {
  const iterable = loop.iterable?.type === 'identifier' ? assignedValue(loop.iterable.text, loop.node) : loop.iterable;
  const root = iterable?.type === 'call' ? chainOf(iterable, 'python')[0] : undefined;
  if (!root || root.name === '' || root.call || root.name === 'self' || /prefetch_related/.test(iterable?.text ?? '')) return false;
  const value = assignedValue(root.name, loop.node);
  return value?.type === 'call' && /\.(objects|_default_manager)\./.test(value.text) && !/prefetch_related/.test(value.text);
}

// The relations the loop's queryset prefetched: read from a visible manager queryset, else none for a
// related queryset of an object loaded in the function, else unknown
function prefetchedOf(loop: Loop): ReadonlySet<string> | undefined {
  const visible = querysetOf(loop.iterable, loop.node);
  if (visible) return visible.eager;
  return loadedHere(loop) ? new Set() : undefined;
}

/** Finds queries that run per loop item in a Python file. */
export const measurePython: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, PYTHON_BATCH_FUNCTIONS);
  const extra = [...compilePatterns(options.extraQueryCalls), ...(options.repositoryCalls ? [PYTHON_REPOSITORY_CALLS] : [])];
  const mayQuery = (name: string): boolean => PYTHON_QUERY_NAMES.has(name) || extra.some((pattern) => pattern.name.test(name));
  // a DRF view that imports only rest_framework and its models still shows `Model.objects.`
  const usesDjango = /\b(django|rest_framework)\b|\b[A-Z]\w*\.objects\./.test(file.text);
  let found: FileModels | undefined;
  const models = (): FileModels => (found ??= fileModels(file.text));
  // in a helper, only the calls that run a query whatever the loop: no loop items, no instance writes
  const helperLanguage = pythonHelpers(policy, mayQuery, (call, links, loop) => pythonQueryCall(call, links, { usesDjango: false, loop, prefetched: undefined, models }));
  const root = matches[0]?.finding?.tree.rootNode;
  const helpers = root && options.followHelpers ? fileHelpers(root, helperLanguage) : () => new Map();
  const finder: QueryFinder = {
    names: PYTHON_QUERY_NAMES,
    mayQuery,
    loopOf: (call) => pythonLoop(call, policy),
    queryOf: (call, links, loop) => {
      const prefetched = usesDjango ? prefetchedOf(loop) : undefined;
      return pythonQueryCall(call, links, { usesDjango, loop, prefetched, models });
    },
    helperOf: (call) => helperCall(call, helpers, helperLanguage),
  };
  let helperNames: Set<string> | undefined;
  const isHelper = (name: string): boolean => (helperNames ??= new Set([...helpers().values()].map((helper) => helper.name))).has(name);
  const calls = matches.flatMap(({ finding }) => (finding && (mayQuery(finding.text) || isHelper(finding.text)) ? callOfName(finding) ?? [] : []));
  const loops = usesDjango || /\b(sqlalchemy|flask_sqlalchemy|sqlmodel)\b/.test(file.text) ? matches.flatMap((match) => match._loop ?? []) : [];
  return [...relationReports(loops, policy, options.guessRelations), ...reportQueries(calls, 'python', (call) => decideCall(call, 'python', extra, finder))];
};
