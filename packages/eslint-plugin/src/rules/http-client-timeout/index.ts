import { relative, sep } from 'node:path';
import { jsSideOf } from '@plumbline/core/http/js-environment';
import meta from '@plumbline/core/rules/http-client-timeout';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../create-rule.js';
import { httpCallOf } from './calls.js';
import { evidenceOf, requiredModule } from './environment.js';
import { optionsArgument, optionsBound, setsTimeoutLater } from './options.js';

interface Pending {
  readonly node: TSESTree.Node;
  readonly data: Readonly<Record<string, string>>;
  readonly library: string;
}

// axios.defaults.timeout = 5000 or instance.defaults.timeout = 5000: every axios call of the file is bounded
const isDefaultsTimeout = (node: TSESTree.Node): boolean => node.type === 'MemberExpression' && !node.computed
  && node.property.type === 'Identifier' && node.property.name === 'timeout'
  && node.object.type === 'MemberExpression' && node.object.property.type === 'Identifier' && node.object.property.name === 'defaults';

export default createRule(meta, (context, options) => {
  const { sourceCode } = context;
  const required: string[] = [];
  const pending: Pending[] = [];
  let axiosDefaults = false;
  return {
    CallExpression(node) {
      const module = requiredModule(node);
      if (module) required.push(module);
      const found = httpCallOf(node, sourceCode.getScope(node));
      if (!found) return;
      const { library, spec } = found;
      if (optionsBound(optionsArgument(node, found), library.timeoutKeys, sourceCode.getScope(node))) return;
      if (library.setTimeoutMethod && setsTimeoutLater(node, sourceCode)) return;
      const what = `\`${sourceCode.getText(node.callee)}()\``;
      const problem = spec.client
        ? 'makes a client with no `timeout`, so its requests wait forever on a server that stops answering'
        : 'has no timeout, so it waits as long as a server that stops answering keeps the connection open';
      const fix = spec.client ? 'pass `timeout` in milliseconds' : library.timeoutHint;
      pending.push({ node: node.callee, data: { what, problem, fix }, library: library.library });
    },
    AssignmentExpression(node) {
      if (isDefaultsTimeout(node.left)) axiosDefaults = true;
    },
    'Program:exit'(program) {
      // paths above the project (where it is checked out) say nothing about the file
      const path = relative(context.cwd, context.filename).split(sep).join('/');
      const side = jsSideOf(evidenceOf(program, sourceCode, path, required)).side;
      if (side !== 'server' && !options.checkClientCode) return;
      for (const { node, data, library } of pending) {
        if (library === 'axios' && axiosDefaults) continue;
        context.report({ node, messageId: 'noTimeout', data });
      }
    },
  };
});
