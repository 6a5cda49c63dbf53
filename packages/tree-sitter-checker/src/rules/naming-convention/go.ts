// Go: MixedCaps without underscores, initialisms in one case, lower-case package names.
import { isAllowed } from '@plumbline/core/naming';
import { type GoNamingOptions, type KindOptions, matchesStyle, toStyle } from '@plumbline/core/rules/naming-convention';
import { type Match, type Measure, type Report, spanOf, type SyntaxNode } from '../../check.js';
import { checkFileName, fileNameOf } from './file-name.js';
import { initialismFixer } from './go-initialisms.js';
import { checkName, conventionOf, languageOptions } from './naming.js';

type GoKind = Exclude<keyof GoNamingOptions, 'addInitialisms' | 'removeInitialisms'>;

// The declaration a captured name belongs to, by the type of its parent (or grandparent for
// names inside an expression_list).
const KIND_OF: Readonly<Record<string, GoKind>> = {
  package_clause: 'package', function_declaration: 'function', method_declaration: 'method', method_elem: 'method',
  type_spec: 'type', type_alias: 'type', type_parameter_declaration: 'type', const_spec: 'constant', var_spec: 'variable',
  short_var_declaration: 'variable', range_clause: 'variable', parameter_declaration: 'parameter',
  variadic_parameter_declaration: 'parameter', field_declaration: 'field',
};
const LABEL: Readonly<Record<GoKind, string>> = {
  package: 'package', function: 'function', method: 'method', type: 'type', constant: 'constant', variable: 'variable',
  parameter: 'parameter', field: 'field', file: 'file',
};
// TestParse_emptyInput, BenchmarkSort_large, ExampleClient_Do: the testing package's own naming
const TEST_FUNCTION = /^(Test|Benchmark|Example|Fuzz)([A-Z_]|$)/;

function kindOf(node: SyntaxNode): GoKind | undefined {
  const parent = node.parent?.type === 'expression_list' ? node.parent.parent : node.parent;
  return parent ? KIND_OF[parent.type] : undefined;
}

// queryV2_limit, errVersioningV1_0: an underscore before a version or between digits keeps them apart
const withoutVersionUnderscores = (name: string): string => name.replace(/(?<=[0-9])_(?=[0-9a-z])|_(?=v?[0-9])/g, '');

// package foo_test: the external test package of foo
const packageName = (name: string): string => name.replace(/_test$/, '');

interface GoContext {
  readonly options: GoNamingOptions;
  readonly fix: ReturnType<typeof initialismFixer>;
  /** Mixed-case initialisms (`Id`) of the APIs this file calls: its own names may mirror them. */
  readonly mirrored: ReadonlySet<string>;
}

function styleReport(node: SyntaxNode, kind: GoKind, { options, fix }: GoContext): Report | undefined {
  const convention = conventionOf(LABEL[kind], options[kind]);
  const accepts = (name: string): boolean => {
    const plain = kind === 'package' ? packageName(name) : withoutVersionUnderscores(name);
    return plain !== name && convention.styles.some((style) => matchesStyle(plain, style));
  };
  return checkName(node, { ...convention, accepts }, (each, style) => fix(toStyle(each, style)).fixed);
}

// userId, ServeHttp: an initialism written in mixed case, unless the file's APIs spell it so
function initialismReport(node: SyntaxNode, kind: GoKind, { fix, mirrored }: GoContext): Report | undefined {
  const name = node.text;
  const { bad, fixed } = fix(name);
  const own = bad.filter((word) => !mirrored.has(word));
  const [first] = own;
  if (!first) return undefined;
  const expected = `${own.map((word) => `'${fix(word).fixed}'`).join(', ')} in one case`;
  return { at: spanOf(node), data: { kind: LABEL[kind], name, found: `written with '${first}'`, expected, suggestion: fixed } };
}

function checkGoName(node: SyntaxNode, kind: GoKind, context: GoContext): Report | undefined {
  const name = node.text;
  const kindOptions: KindOptions = context.options[kind];
  if (name === '_' || isAllowed(name, kindOptions)) return undefined;
  if ((kind === 'function' || kind === 'method') && TEST_FUNCTION.test(name)) return undefined;
  return styleReport(node, kind, context) ?? (kind === 'package' ? undefined : initialismReport(node, kind, context));
}

// request.GetWorkflowId(), event.RunId: names after a dot belong to the APIs the file uses.
// A scan of the text is far cheaper than a query over every selector expression.
function mirroredInitialisms(text: string, fix: ReturnType<typeof initialismFixer>): Set<string> {
  const selected = new Set<string>();
  for (const [, name] of text.matchAll(/\.([A-Za-z_][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*)/g)) if (name) selected.add(name);
  return new Set([...selected].flatMap((name) => fix(name).bad));
}

/** The Go measure: each declared name against the convention of its kind. */
export const measureGo: Measure<object> = (matches: readonly Match[], file, rawOptions) => {
  const options = languageOptions('go', rawOptions);
  const fix = initialismFixer(options.addInitialisms, options.removeInitialisms);
  const mirrored = mirroredInitialisms(file.text, fix);
  const context: GoContext = { options, fix, mirrored };
  // orderService.go: file names are lower case, words apart by underscores (order_service_test.go)
  const fileReport = checkFileName(file, fileNameOf(file.path), 'file', options.file);
  const reports: Report[] = fileReport ? [fileReport] : [];
  for (const { finding } of matches) {
    const kind = finding && kindOf(finding);
    const report = kind && checkGoName(finding, kind, context);
    if (report) reports.push(report);
  }
  return reports;
};
