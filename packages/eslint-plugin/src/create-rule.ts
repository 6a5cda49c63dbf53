// The one place where core rule metadata becomes ESLint rule metadata.
import type { RuleMeta } from '@plumbline/core/define-rule';
import { docsUrl } from '@plumbline/core/project';
import type { TSESLint } from '@typescript-eslint/utils';
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { Rule } from 'eslint';

/** The ESLint context a Plumbline rule sees. */
export type RuleContext<Options extends object> = Readonly<TSESLint.RuleContext<string, [Options]>>;

/** A rule's behaviour: listeners, given the context and the defaults merged with the user's options. */
export type RuleCreate<Options extends object> = (context: RuleContext<Options>, options: Options) => TSESLint.RuleListener;

/** An ESLint rule module made from core metadata, typed for both typescript-eslint and ESLint's own API. */
export type PlumblineRule<Options extends object> = TSESLint.RuleModule<string, [Options]> & Rule.RuleModule & { readonly name: string };

const ruleCreator = RuleCreator(docsUrl);

function ruleType(meta: Pick<RuleMeta, 'category'>): 'problem' | 'suggestion' {
  return meta.category === 'maintainability' || meta.category === 'style' ? 'suggestion' : 'problem';
}

function deprecation(meta: Pick<RuleMeta, 'status' | 'replacedBy'>): Pick<TSESLint.RuleMetaData<string>, 'deprecated'> {
  if (meta.status !== 'deprecated') return {};
  const replacedBy = (meta.replacedBy ?? []).map((id) => ({ rule: { name: `@plumbline/${id}`, url: docsUrl(id) } }));
  return { deprecated: { replacedBy } };
}

/** What only the ESLint side of a rule knows: whether its reports carry suggestions (`suggest`). */
export interface EslintFeatures {
  readonly hasSuggestions?: boolean;
}

/** Builds an ESLint rule from core metadata and a `create` that receives merged options. */
export function createRule<Options extends object>(
  meta: RuleMeta<Options>, create: RuleCreate<Options>, features: EslintFeatures = {},
): PlumblineRule<Options> {
  const rule = ruleCreator<[Options], string>({
    name: meta.id,
    meta: {
      type: ruleType(meta),
      docs: { description: meta.description },
      ...deprecation(meta),
      ...(features.hasSuggestions ? { hasSuggestions: true } : {}),
      messages: meta.messages,
      // core keeps schemas as plain JSON; ESLint validates them with ajv either way
      schema: [meta.options.schema as unknown as JSONSchema4],
      defaultOptions: [meta.options.defaults],
    },
    create: (context, [options]) => create(context, options),
  });
  // the same object at run time; the two type systems describe it differently
  return rule as unknown as PlumblineRule<Options>;
}
