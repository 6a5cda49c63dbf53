// no-query-in-loop for Python: query calls per loop item, and Django lazy relation reads.
import type { NoQueryInLoopOptions } from '@plumbline/core/rules/no-query-in-loop';
import { PYTHON_BATCH_FUNCTIONS } from '@plumbline/core/query-calls/python';
import type { Measure, Report, SyntaxNode } from '../../check.js';
import { callOfName } from './chain.js';
import { type LoopPolicy, loopPolicy } from './loops.js';
import { compilePatterns } from './names.js';
import { PYTHON_QUERY_NAMES, pythonQueryCall } from './python-calls.js';
import { pythonLoop } from './python-loops.js';
import { type FileModels, fileModels } from './python-models.js';
import { querysetOf } from './python-queryset.js';
import { lazyRelations, modelRelations } from './python-relations.js';
import { decideCall, type QueryFinder, reportQueries } from './report.js';

// Django lazy relations: for loops and comprehensions over a visible queryset of a model of the file
function relationReports(loops: readonly SyntaxNode[], policy: LoopPolicy): Report[] {
  const root = loops[0]?.tree.rootNode;
  const models = root ? modelRelations(root) : new Map<string, Set<string>>();
  if (models.size === 0) return [];
  return loops.flatMap((node) => {
    const inside = node.namedChildren.find((child) => child.type === 'block' || child.type === 'for_in_clause');
    const loop = inside && pythonLoop(inside, policy);
    return loop?.node.id === node.id ? lazyRelations(loop, models) : [];
  });
}

/** Finds queries that run per loop item in a Python file. */
export const measurePython: Measure<NoQueryInLoopOptions> = (matches, file, options) => {
  const policy = loopPolicy(options, PYTHON_BATCH_FUNCTIONS);
  const extra = compilePatterns(options.extraQueryCalls);
  const mayQuery = (name: string): boolean => PYTHON_QUERY_NAMES.has(name) || extra.some((pattern) => pattern.name.test(name));
  const usesDjango = /\bdjango\b/.test(file.text);
  let found: FileModels | undefined;
  const models = (): FileModels => (found ??= fileModels(file.text));
  const finder: QueryFinder = {
    names: PYTHON_QUERY_NAMES,
    mayQuery,
    loopOf: (call) => pythonLoop(call, policy),
    queryOf: (call, links, loop) => {
      const prefetched = usesDjango ? querysetOf(loop.iterable, loop.node)?.eager : undefined;
      return pythonQueryCall(call, links, { usesDjango, loop, prefetched, models });
    },
  };
  const calls = matches.flatMap(({ finding }) => (finding && mayQuery(finding.text) ? callOfName(finding) ?? [] : []));
  const loops = usesDjango ? matches.flatMap((match) => match._loop ?? []) : [];
  return [...relationReports(loops, policy), ...reportQueries(calls, 'python', (call) => decideCall(call, 'python', extra, finder))];
};
