// Where Plumbline lives; docs URLs and SARIF informationUri derive from here.

/** The project's home page. */
export const HOMEPAGE = 'https://github.com/plumbline-dev/plumbline';

/** The tool's version, written into SARIF and JSON output. */
export const VERSION = '0.1.0';

/** The docs page URL of a rule. */
export function docsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
