// Parses fixture annotations: comment lines that say what a rule must and must not report.
import { COMMENT_TOKEN, type Language } from '@plumbline/core';

/**
 * What an annotation claims about the line it applies to; `notice` names a notice code
 * (`notice: parse-error`) in place of a rule id: that notice, on that line.
 */
export type AnnotationKind = 'expect' | 'ok' | 'todo-expect' | 'todo-ok' | 'notice';

/** One annotation, resolved to the 1-based line it applies to. */
export interface Annotation {
  readonly kind: AnnotationKind;
  readonly ruleId: string;
  readonly messageId?: string;
  readonly line: number; // the line the annotation is written on
  readonly target: number; // the next line that is not an annotation
}

/** Annotations and options of one fixture file. */
export interface FixtureSpec {
  readonly annotations: readonly Annotation[];
  readonly options: Readonly<Record<string, unknown>>;
}

const ANNOTATION = /^(expect|ok|todo-expect|todo-ok|notice):\s*([a-z0-9-]+)(?::([A-Za-z0-9]+))?\s*(?:--.*)?$/;
const OPTIONS = /^fixture-options:\s*(\{.*\})\s*$/;

function commentBody(line: string, token: string): string | undefined {
  const trimmed = line.trim();
  return trimmed.startsWith(token) ? trimmed.slice(token.length).trim() : undefined;
}

/** Reads the annotations of a fixture; throws on a malformed one so typos never pass silently. */
export function parseFixture(text: string, language: Language): FixtureSpec {
  const lines = text.split('\n');
  const token = COMMENT_TOKEN[language];
  const pending: Omit<Annotation, 'target'>[] = [];
  const annotations: Annotation[] = [];
  let options: Record<string, unknown> = {};
  lines.forEach((line, index) => {
    const body = commentBody(line, token);
    const optionMatch = body === undefined ? null : OPTIONS.exec(body);
    if (optionMatch && index === 0) {
      options = JSON.parse(optionMatch[1]!) as Record<string, unknown>;
      return;
    }
    const match = body === undefined ? null : ANNOTATION.exec(body);
    if (!match && body !== undefined && /^(expect|ok|todo-expect|todo-ok|notice|fixture-options)\b/.test(body)) {
      throw new Error(`line ${index + 1}: malformed annotation "${body}"`);
    }
    if (match) {
      pending.push({ kind: match[1] as AnnotationKind, ruleId: match[2]!, messageId: match[3], line: index + 1 });
      return;
    }
    annotations.push(...pending.splice(0).map((annotation) => ({ ...annotation, target: index + 1 })));
  });
  if (pending.length > 0) throw new Error(`line ${pending[0]!.line}: annotation with no line after it`);
  return { annotations, options };
}

/**
 * Reads the annotations of a fixture in a format without comments (JSON) from its sidecar file
 * `<fixture>.annotations`: lines `<kind>: <rule-id>[:<messageId>] [-- note] @ <text>`, where
 * `<text>` occurs in exactly one line of the fixture, the annotation's target. `#` lines are
 * comments; a first line `fixture-options: {…}` gives options. Anything else throws.
 */
export function parseSidecar(sidecar: string, fixture: string): FixtureSpec {
  const fixtureLines = fixture.split('\n');
  const annotations: Annotation[] = [];
  let options: Record<string, unknown> = {};
  sidecar.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const optionMatch = OPTIONS.exec(line);
    if (optionMatch && annotations.length === 0) {
      options = JSON.parse(optionMatch[1]!) as Record<string, unknown>;
      return;
    }
    const split = line.indexOf(' @ ');
    const match = split < 0 ? null : ANNOTATION.exec(line.slice(0, split).trim());
    if (!match) throw new Error(`sidecar line ${index + 1}: malformed annotation "${line}"`);
    const text = line.slice(split + 3);
    const targets = fixtureLines.flatMap((fixtureLine, at) => (fixtureLine.includes(text) ? [at + 1] : []));
    if (targets.length !== 1) throw new Error(`sidecar line ${index + 1}: "${text}" is on ${targets.length} lines of the fixture, not exactly one`);
    annotations.push({ kind: match[1] as AnnotationKind, ruleId: match[2]!, messageId: match[3], line: index + 1, target: targets[0]! });
  });
  return { annotations, options };
}
