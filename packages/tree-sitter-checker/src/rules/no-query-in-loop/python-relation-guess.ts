// Django relation reads without the model in the file: `order.customer.name` on an item of a
// visible queryset reads the related row, unless either name says the value is not a model.
import type { SyntaxNode } from '../../check.js';

// Fields whose values carry attributes of their own: dates, money, files, enums, JSON, ids.
const VALUE_FIELD = /^_|(^|_)(id|pk|uuid|date|time|at|on|data|json|meta|metadata|settings|config|options|price|amount|total|money|cost|currency|status|state|type|kind|file|image|avatar|photo|logo|picture|attachment|document|thumbnail|icon|media|upload|path|url|range|duration|location|point|geom|geometry)$/;
// Attributes of values (dates, durations, money, files, numbers), not of a related model.
const VALUE_ATTRIBUTE = new Set([
  'year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'days', 'seconds', 'microseconds',
  'url', 'path', 'size', 'width', 'height', 'amount', 'currency', 'value', 'label', 'hex', 'int', 'real', 'imag',
  'lower', 'upper', 'x', 'y', 'srid',
]);
// Methods of values (strings, dates, dicts, lists), of related managers and instance writes (both reported as calls).
const VALUE_METHOD = new Set([
  'get', 'items', 'keys', 'values', 'copy', 'lower', 'upper', 'strip', 'split', 'startswith', 'endswith', 'replace', 'format', 'encode',
  'decode', 'join', 'count', 'index', 'capitalize', 'title', 'casefold', 'lstrip', 'rstrip', 'splitlines', 'find', 'date', 'time', 'isoformat', 'strftime', 'astimezone', 'timestamp', 'total_seconds', 'quantize',
  'all', 'filter', 'exclude', 'exists', 'first', 'last', 'order_by', 'values_list', 'create', 'add', 'remove', 'clear', 'set', 'update', 'delete', 'save', 'refresh_from_db',
]);

/**
 * Whether `access` (`order.customer`) reads a relation by how it is used: another attribute is
 * read or a method called through it (`order.customer.name`, `order.customer.get_full_name()`),
 * and neither name is a value's (`order.created.date()`) or a related manager's (`order.lines.all()`).
 */
export function looksLikeRelation(access: SyntaxNode): boolean {
  const field = access.childForFieldName('attribute')?.text ?? '';
  const outer = access.parent;
  if (outer?.type !== 'attribute' || outer.childForFieldName('object')?.id !== access.id || VALUE_FIELD.test(field)) return false;
  const attribute = outer.childForFieldName('attribute')?.text ?? '';
  const called = outer.parent?.type === 'call' && outer.parent.childForFieldName('function')?.id === outer.id;
  return !attribute.startsWith('_') && !/^[A-Z]/.test(attribute) && !(called ? VALUE_METHOD : VALUE_ATTRIBUTE).has(attribute);
}
