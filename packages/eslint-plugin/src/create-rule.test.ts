import { defineRule, type RuleMeta } from '@plumbline/core/define-rule';
import { docsUrl } from '@plumbline/core/project';
import maxFileLines from '@plumbline/core/rules/max-file-lines';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from './create-rule.js';
import maxFileLinesRule from './rules/max-file-lines/index.js';

interface ProbeOptions {
  max: number;
  allowTests: boolean;
}

const probeMeta: RuleMeta<ProbeOptions> = defineRule<ProbeOptions>({
  ...maxFileLines,
  id: 'probe-rule',
  roles: ['source'],
  presets: { recommended: true },
  category: 'security',
  securitySeverity: 5,
  messages: { seen: 'max {{max}}, allowTests {{allowTests}}' },
  options: {
    defaults: { max: 3, allowTests: false },
    schema: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer' }, allowTests: { type: 'boolean' } } },
  },
});

// Reports the options it was given, once per file.
const probe = createRule(probeMeta, (context, options) => ({
  Program(node) {
    context.report({ node, messageId: 'seen', data: { max: options.max, allowTests: options.allowTests } });
  },
}));

function lint(options?: object): string[] {
  const entry: Linter.RuleEntry = options ? ['error', options] : 'error';
  const config = { plugins: { p: { rules: { probe } } }, rules: { 'p/probe': entry } };
  return new Linter().verify('x;', config, { filename: 'a.js' }).map((message) => message.message);
}

describe('createRule', () => {
  it('maps the core metadata onto ESLint rule metadata', () => {
    expect(maxFileLinesRule.name).toBe('max-file-lines');
    expect(maxFileLinesRule.meta).toEqual({
      type: 'suggestion',
      docs: { description: maxFileLines.description, url: docsUrl('max-file-lines') },
      messages: maxFileLines.messages,
      schema: [maxFileLines.options.schema],
      defaultOptions: [maxFileLines.options.defaults],
    });
    expect(probe.meta.type).toBe('problem');
  });

  it('gives create() the defaults merged with the user options', () => {
    expect(lint()).toEqual(['max 3, allowTests false']);
    expect(lint({ allowTests: true })).toEqual(['max 3, allowTests true']);
    expect(lint({ max: 7, allowTests: true })).toEqual(['max 7, allowTests true']);
  });

  it('lets ESLint reject options outside the schema', () => {
    expect(() => lint({ maximum: 7 })).toThrow(/additional properties/);
  });

  it('marks deprecated rules with their replacement', () => {
    const old = createRule(defineRule({ ...probeMeta, id: 'old-rule', status: 'deprecated', presets: {}, replacedBy: ['probe-rule'] }), () => ({}));
    expect(old.meta.deprecated).toEqual({ replacedBy: [{ rule: { name: '@plumbline/probe-rule', url: docsUrl('probe-rule') } }] });
  });
});
