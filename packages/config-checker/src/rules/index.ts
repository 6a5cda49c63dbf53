// The rules the config-file engine implements, by id.
import type { EffectiveRule, Finding, SourceFile } from '@plumbline/core';
import type { ConfigValue } from '../document.js';
import { checkSecrets } from './no-hardcoded-secrets.js';

/** A rule over the string values of a configuration file. */
export type ConfigRule = (values: readonly ConfigValue[], file: SourceFile, rule: EffectiveRule) => Finding[];

/** Every rule that runs on configuration files. */
export const CONFIG_RULES: Readonly<Record<string, ConfigRule>> = {
  'no-hardcoded-secrets': checkSecrets,
};
