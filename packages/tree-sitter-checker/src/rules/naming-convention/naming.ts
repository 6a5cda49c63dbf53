// What the Python and Go checks share: options with their defaults, and the check of one name
// against the convention of its kind.
import meta, {
  describeStyle, type KindOptions, matchesStyle, type NamingConventionOptions, type NamingStyle, stylesOf, toStyle,
} from '@plumbline/core/rules/naming-convention';
import { isAllowed } from '@plumbline/core/naming';
import { spanOf, type Report, type SyntaxNode } from '../../check.js';

type Language = 'python' | 'go';
const isKind = (value: unknown): value is KindOptions => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The options of one language, the defaults merged in per kind: setting `python.function.allow`
 * keeps the default `python.function.style` (the engine merges only the top level).
 */
export function languageOptions<L extends Language>(language: L, options: Partial<NamingConventionOptions>): NamingConventionOptions[L] {
  const defaults = meta.options.defaults[language] as unknown as Record<string, unknown>;
  const given = (options[language] ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    const base = defaults[key];
    merged[key] = isKind(base) && isKind(value) ? { ...base, ...value } : value;
  }
  return merged as unknown as NamingConventionOptions[L];
}

/** What a name is checked against: the kind's label in messages and the accepted styles. */
export interface Convention {
  readonly label: string;
  readonly styles: readonly NamingStyle[];
  /** The styles named in messages: the kind's own, without those its place also accepts. */
  readonly expected: readonly NamingStyle[];
  readonly allow?: KindOptions;
  /** Accepts names beyond the styles (`T_co` for a type variable). */
  readonly accepts?: (name: string) => boolean;
}

/** A convention from a kind's options, with more accepted styles when the place allows them. */
export function conventionOf(label: string, options: KindOptions, ...more: readonly KindOptions[]): Convention {
  const styles = [...new Set([options, ...more].flatMap((each) => stylesOf(each)))];
  return { label, styles, expected: stylesOf(options), allow: options };
}

/** A report when the name follows none of the convention's styles; `convert` makes the suggestion. */
export function checkName(
  node: SyntaxNode, convention: Convention, convert: (name: string, style: NamingStyle) => string = toStyle,
): Report | undefined {
  const name = node.text;
  if (convention.allow && isAllowed(name, convention.allow)) return undefined;
  // the styles first: `accepts` may read the whole function
  if (convention.styles.some((style) => matchesStyle(name, style)) || convention.accepts?.(name)) return undefined;
  const [first = 'snake_case'] = convention.expected;
  return {
    at: spanOf(node),
    data: { kind: convention.label, name, found: describeStyle(name), expected: convention.expected.join(' or '), suggestion: convert(name, first) },
  };
}
