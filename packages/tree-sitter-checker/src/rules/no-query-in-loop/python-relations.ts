// Django lazy relation access: `post.author` read on each item of a queryset that did not
// load it with select_related / prefetch_related, for relations declared in the same file.
import type { Report, SyntaxNode } from '../../check.js';
import { spanOf } from '../../check.js';
import { leavesLoopAfter } from './leaves-loop.js';
import type { Loop } from './loops.js';
import { type Queryset, querysetOf } from './python-queryset.js';
import { looksLikeRelation } from './python-relation-guess.js';

const RELATION_FIELDS = /^(models\.)?(ForeignKey|OneToOneField)$|^(\w+\.)?relationship$/;
// relationship(…, lazy="selectin"): loaded with its parent, not per read
const EAGER_RELATIONSHIP = /\blazy\s*=\s*["'](joined|selectin|subquery|immediate)["']/;

/** The ForeignKey / OneToOneField names of each class declared in the file (an empty set: none). */
export function modelRelations(root: SyntaxNode): Map<string, Set<string>> {
  const models = new Map<string, Set<string>>();
  for (const node of root.namedChildren) {
    const definition = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (definition?.type !== 'class_definition') continue;
    const relations = new Set<string>();
    for (const statement of definition.childForFieldName('body')?.namedChildren ?? []) {
      const assignment = statement.type === 'expression_statement' ? statement.namedChild(0) : undefined;
      const value = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : undefined;
      const field = value?.type === 'call' ? value.childForFieldName('function')?.text ?? '' : '';
      const name = assignment?.childForFieldName('left');
      if (RELATION_FIELDS.test(field) && name?.type === 'identifier' && !EAGER_RELATIONSHIP.test(value?.text ?? '')) relations.add(name.text);
    }
    models.set(definition.childForFieldName('name')?.text ?? '', relations);
  }
  return models;
}

// post.author = other: a write, not a load
const isWritten = (access: SyntaxNode): boolean => access.parent?.type === 'assignment' && access.parent.childForFieldName('left')?.id === access.id;

/**
 * Reports the first read of each relation that is not eagerly loaded, per loop item: a relation the
 * file declares on the model, or with `guess`, for a model declared elsewhere, one read through (`o.customer.name`);
 * `related` stands for a loop over a related manager whose object the function loaded without prefetching.
 */
export function lazyRelations(loop: Loop, models: ReadonlyMap<string, ReadonlySet<string>>, guess: boolean, related?: Queryset): Report[] {
  const queryset = querysetOf(loop.iterable, loop.node) ?? related;
  const declared = queryset ? models.get(queryset.model) : undefined;
  if (!queryset || queryset.plain || queryset.eager.has('*') || (!declared && !guess)) return [];
  const isRelation = (access: SyntaxNode, name: string): boolean => (declared ? declared.has(name) : looksLikeRelation(access));
  const reported = new Set<string>();
  const reports: Report[] = [];
  const iterable = loop.iterable;
  for (const access of loop.node.descendantsOfType('attribute')) {
    const item = access.childForFieldName('object');
    const relation = access.childForFieldName('attribute')?.text ?? '';
    if (item?.type !== 'identifier' || !loop.targets.includes(item.text) || !isRelation(access, relation)) continue;
    if (queryset.eager.has(relation) || reported.has(relation) || isWritten(access) || leavesLoopAfter(access, loop.node)) continue;
    if (iterable && access.startIndex >= iterable.startIndex && access.endIndex <= iterable.endIndex) continue;
    reported.add(relation);
    reports.push({
      at: spanOf(access),
      messageId: 'lazyRelation',
      data: {
        access: access.text, relation: `the \`${relation}\` relation of \`${queryset.model}\``, loop: loop.label,
        fix: queryset.library ? `eager-load it with \`options(selectinload(${queryset.model}.${relation}))\`` : `add \`select_related("${relation}")\` to the queryset`,
      },
    });
  }
  return reports;
}
