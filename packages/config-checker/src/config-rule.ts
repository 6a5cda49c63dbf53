// What a rule of the config-file engine is: a function over the string values of one file.
import type { EffectiveRule, Finding, SourceFile } from '@plumbline/core';
import type { ConfigValue } from './document.js';

/** A rule over the string values of a configuration file; each `rules/<rule-id>/index.ts` default-exports one. */
export type ConfigRule = (values: readonly ConfigValue[], file: SourceFile, rule: EffectiveRule) => Finding[];
