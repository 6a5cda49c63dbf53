// naming-convention's check of one JavaScript or TypeScript name, and the report with its
// rename suggestion. Locals and parameters wait until the whole file is read, because a local
// spelled like a property of the file's data mirrors that data.
import { isAllowed } from '@plumbline/core/naming';
import { pushAll } from '@plumbline/core/limits';
import {
  describeStyle, type JavaScriptNamingOptions, type KindOptions, matchesStyle, type NamingStyle, stylesOf, toStyle,
} from '@plumbline/core/rules/naming-convention';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '../../create-rule.js';
import { type BoundName, isUrlPathParameter, isWrittenAsKey } from './names.js';
import { renameFix } from './rename.js';

/** A kind of name with its own style option. */
export type Kind = Exclude<keyof JavaScriptNamingOptions, 'file' | 'constant'>;
type NamedNode = TSESTree.Identifier | TSESTree.PrivateIdentifier;

const LABEL: Readonly<Record<Kind, string>> = {
  variable: 'variable', function: 'function', parameter: 'parameter', method: 'method', class: 'class',
  interface: 'interface', typeAlias: 'type alias', enum: 'enum', typeParameter: 'type parameter',
};
// unstable_createForm, UNSAFE_componentWillMount: a stability marker before the name
const MARKER = /^(unstable|experimental|UNSAFE|DEPRECATED|legacy)_/;

/** Checks names against the options; `extra` are styles the place accepts besides the kind's own. */
export interface Checker {
  readonly check: (id: NamedNode, declaration: TSESTree.Node, kind: Kind, extra?: readonly KindOptions[]) => void;
  readonly checkLater: (names: readonly BoundName[], kind: Kind, extra?: readonly KindOptions[]) => void;
  /** Records a property name of the file (`price.currency_code`). */
  readonly addKey: (name: string) => void;
  /** Records a string the file writes (`type: "BOOLEAN_OPERATION"`, `data["refreshToken"]`). */
  readonly addString: (value: string) => void;
  /** Checks the names left for the end of the file. */
  readonly finish: () => void;
}

/** A checker reporting to the rule context. */
export function createChecker(context: RuleContext<{ javascript: JavaScriptNamingOptions }>, js: JavaScriptNamingOptions): Checker {
  const { sourceCode } = context;
  const report: Checker['check'] = (id, declaration, kind, extra = []) => {
    const { name } = id;
    const marker = MARKER.exec(name)?.[0] ?? '';
    const bare = name.slice(marker.length);
    const accepted = [js[kind], ...extra];
    if (accepted.some((each) => isAllowed(name, each)) || accepted.flatMap(stylesOf).some((style) => matchesStyle(bare, style))) return;
    const expected: readonly NamingStyle[] = stylesOf(js[kind]);
    const suggestion = `${marker}${toStyle(bare, expected[0] ?? 'camelCase')}`;
    const data = { kind: LABEL[kind], name, found: describeStyle(name), expected: expected.join(' or '), suggestion };
    const fix = renameFix(sourceCode, id, declaration, suggestion);
    context.report({ node: id, messageId: 'badName', data, suggest: suggestion === name ? [] : [{ messageId: 'rename', data: { suggestion }, fix }] });
  };
  const keys = new Set<string>(), strings = new Set<string>();
  const pending: { bound: BoundName; kind: Kind; extra?: readonly KindOptions[] }[] = [];
  const declared: Parameters<Checker['check']>[] = [];
  // price.currency_code, res.json({ currency_code }): a local spelled like the data it handles mirrors it;
  // getFile(file_key) { get(`files/${file_key}`) }: a path parameter spelled as the API documents it
  const mirrorsData = ({ bound, kind }: (typeof pending)[number]): boolean => keys.has(bound.id.name) || strings.has(bound.id.name)
    || isWrittenAsKey(sourceCode, bound) || (kind === 'parameter' && isUrlPathParameter(sourceCode, bound));
  return {
    check: (...args) => declared.push(args),
    checkLater: (names, kind, extra) => pushAll(pending, names.map((bound) => ({ bound, kind, extra }))),
    addKey: (name) => keys.add(name),
    addString: (value) => strings.add(value),
    finish: () => {
      // type BOOLEAN_OPERATION = ... { type: "BOOLEAN_OPERATION" }: a declared name spelled like the file's data
      for (const args of declared) if (!strings.has(args[0].name)) report(...args);
      for (const each of pending) if (!mirrorsData(each)) report(each.bound.id, each.bound.declaration, each.kind, each.extra);
    },
  };
}
