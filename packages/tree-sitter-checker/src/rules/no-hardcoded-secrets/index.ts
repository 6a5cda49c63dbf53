import meta, { type NoHardcodedSecretsOptions } from '@plumbline/core/rules/no-hardcoded-secrets';
import { secretDetector, type SecretDetector } from '@plumbline/core';
import { defineCheck, type Match, type Measure, type Report, type SyntaxNode } from '../../check.js';
import {
  GO_DSN_CALLS, GO_KEY_CALLS, GO_KEYFUNC_CALLS, GO_SETTING_CALLS, PYTHON_DSN_CALLS, PYTHON_KEY_CALLS, PYTHON_SETTING_CALLS,
} from './calls.js';
import { constantParts, goLiteral, pythonLiteral, pythonString, spanInLiteral, type LiteralValue } from './literal.js';
import { candidates, type Site, type SiteRules } from './sites.js';

/** How one language reads a captured literal: its value, and the catalogs for its site. */
interface Reader extends SiteRules {
  readonly value: (node: SyntaxNode) => LiteralValue;
}

const PYTHON: Reader = {
  value: pythonLiteral, keyCalls: PYTHON_KEY_CALLS, settingCalls: PYTHON_SETTING_CALLS, keyfuncCalls: [], dsnCalls: PYTHON_DSN_CALLS,
  nameOf: (node) => {
    const { value, interpolated } = pythonString(node);
    return node.type === 'string' && !interpolated ? value : undefined;
  },
};
const GO: Reader = {
  value: goLiteral, keyCalls: GO_KEY_CALLS, settingCalls: GO_SETTING_CALLS, keyfuncCalls: GO_KEYFUNC_CALLS, dsnCalls: GO_DSN_CALLS,
  nameOf: (node) => (node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal' ? node.text.slice(1, -1) : undefined),
};

// One detector per distinct configuration: options reach a measure as a fresh object per file.
const detectors = new Map<string, SecretDetector>();

function detectorFor(options: NoHardcodedSecretsOptions): SecretDetector {
  const key = JSON.stringify(options);
  let detector = detectors.get(key);
  if (!detector) {
    detector = secretDetector(options);
    detectors.set(key, detector);
  }
  return detector;
}

// An f-string's static pieces are checked for token formats only: its name does not apply to
// a value that is not a constant (`password = f"{prefix}-x"`).
function inspect(detector: SecretDetector, literal: LiteralValue, site: Site, path: string): Report | undefined {
  for (const part of constantParts(literal)) {
    const found = detector.inspect(part.value, part === literal ? { path, ...site } : { path });
    if (found) return { at: spanInLiteral(part, found.start, found.end), data: { what: found.what, masked: found.masked } };
  }
  return undefined;
}

function measureWith(reader: Reader): Measure<NoHardcodedSecretsOptions> {
  return (matches: readonly Match[], file, options) => {
    const detector = detectorFor(options);
    if (detector.isAllowedPath(file.path)) return [];
    const reports: Report[] = [];
    for (const { node, site } of candidates(matches, reader)) {
      const report = inspect(detector, reader.value(node), site, file.path);
      if (report) reports.push(report);
    }
    return reports;
  };
}

export default defineCheck(meta, {
  python: { query: 'no-hardcoded-secrets/python', messageId: 'hardcodedSecret', measure: measureWith(PYTHON) },
  go: { query: 'no-hardcoded-secrets/go', messageId: 'hardcodedSecret', measure: measureWith(GO) },
});
