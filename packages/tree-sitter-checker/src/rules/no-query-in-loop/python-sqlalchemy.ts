// SQLAlchemy lazy relationships: the rows of a query the function runs without eager loading
// (`for user in session.scalars(select(User)): user.profile.name`), as a queryset for the
// relation reads of python-relations.ts.
import type { SyntaxNode } from '../../check.js';
import type { Loop } from './loops.js';
import type { Queryset } from './python-queryset.js';
import { assignedValue } from './python-queryset.js';

// session.query(User)…, session.scalars(select(User)…), session.execute(select(User)).scalars(), User.query.filter(…)
const QUERY = /^(?:(?:\w+\.)*(?:session|db_session|\w+_session)\.(?:query|scalars)\(\s*(?:select\(\s*)?([A-Z]\w*)|(?:\w+\.)*(?:session|\w+_session)\.execute\(\s*select\(\s*([A-Z]\w*)[\s\S]*\.scalars\(\)|(?:[a-z_]\w*\.)?([A-Z]\w*)\.query\.)/;
// Eager loading in the query, or a query that yields columns rather than model instances
const EAGER = /\b(options|joinedload|selectinload|subqueryload|contains_eager|immediateload|with_entities|values|add_columns)\(/;

/** The query a loop iterates when it is a SQLAlchemy query of one model without eager loading. */
export function sqlalchemyRows(loop: Loop): Queryset | undefined {
  let iterable: SyntaxNode | undefined = loop.iterable;
  for (let hops = 0; iterable?.type === 'identifier' && hops < 3; hops++) iterable = assignedValue(iterable.text, loop.node);
  const text = iterable?.type === 'call' ? iterable.text : '';
  const match = QUERY.exec(text);
  const model = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!model || EAGER.test(text) || /\bquery\(\s*[A-Z]\w*\s*,/.test(text) || /\bselect\(\s*[A-Z]\w*\s*,/.test(text)) return undefined;
  return { model, eager: new Set(), plain: false, library: 'SQLAlchemy' };
}
