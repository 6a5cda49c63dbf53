// Calls whose failure is the expected answer, for no-catch-all: a narrow `try` around one of
// them whose handler only answers (returns a sentinel or a client error) handles the error. Data
// only, kept in one place for every language; the patterns are dotted callee names matched
// against the end of the call's name, case-insensitively, where `*` stands for any part of one
// name (see calleeMatcher in ../error-handling.ts). The `answerCalls` option adds to these.

import { calleeMatcher } from '../error-handling.js';

/** The languages with `try` blocks; Go's discards have their own catalog in ./go.ts. */
export type HandlerLanguage = 'python' | 'javascript';

/**
 * Parsing, decoding, verifying, validating and probing: what the failure of these calls means
 * is known where they are called (not a number, not a token, no such file, module not there).
 */
export const ANSWER_CALLS: Readonly<Record<HandlerLanguage, readonly string[]>> = {
  python: [
    'int', 'float', 'complex', 'Decimal', 'UUID', 'ip_address', 'ip_network', 'ip_interface',
    'loads', '*_loads', 'safe_load', 'literal_eval', 'strptime', 'fromisoformat',
    'parse*', '*parse', '*_parse*', 'decode*', '*decode', '*_decode*', 'decrypt*', '*_decrypt*', 'verify*', '*_verify*', 'validate*', '*_validate*',
    '*from_global_id*', 'unquote*', 'Version', 'ZoneInfo', 'pytz.timezone',
    'head_object', 'head_bucket', 're.compile', 'os.stat', 'os.lstat', 'stat', 'getsize', 'getmtime', 'getctime', 'import_module', 'import_string', '__import__',
  ],
  javascript: [
    'JSON.parse', 'JSON5.parse', 'parse*', '*Parse', 'decode*', '*Decode', 'decrypt*', '*Decrypt', 'atob', 'btoa', 'verify*', '*Verify', 'validate*', 'assert*',
    'URL', 'RegExp', 'BigInt', 'Intl.*', 'json',
    'access', 'accessSync', 'readdir', 'readdirSync', 'stat', 'statSync', 'lstat', 'lstatSync', 'realpath', 'realpathSync', 'existsSync',
    'require', 'require.resolve', 'import', 'localStorage.*', 'sessionStorage.*', 'HeadObjectCommand', 'headObject', 'HeadBucketCommand', 'headBucket',
  ],
};

/**
 * Calls that cannot fail in a way worth a handler of their own, allowed in
 * a narrow `try` beside answer calls: conversions to text, string, array and path helpers, promise links; and
 * predicates (PREDICATES).
 */
export const HARMLESS_CALLS: Readonly<Record<HandlerLanguage, readonly string[]>> = {
  python: ['isinstance', 'str', 'repr', 'len', 'bool', '*.strip', '*.lower', '*.replace', '*.encode', '*.upper', '*.split', '*.startswith', '*.endswith', 'os.path.join'],
  javascript: [
    'String', 'Number', 'Boolean', 'Date', '*.trim', '*.slice', '*.substring', '*.replace', '*.toLowerCase', '*.toUpperCase', '*.toString', '*.split',
    '*.startsWith', '*.endsWith', '*.includes', '*.clone', '*.filter', '*.map', '*.join', '*.indexOf', '*.at', '*.test', '*.match',
    'encodeURIComponent', 'Math.*', 'Object.keys', 'Object.values', 'Object.entries', 'Array.isArray', 'Array.from',
    'path.join', 'path.resolve', 'path.normalize', 'Buffer.from', 'then',
  ],
};

/**
 * Calls that tell the user an operation failed (a toast, a form error, a flash message): in UI
 * code the failure is answered, not swallowed. Option `allowUserNotices`.
 */
export const USER_NOTICES: Readonly<Record<HandlerLanguage, readonly string[]>> = {
  python: ['messages.error', 'messages.warning', 'flash'],
  javascript: [
    'toast', 'toast.error', 'toast.warning', 'toast.warn', 'showToast', 'notification.error', 'notification.warning', 'notifications.error',
    'notify*', 'onNotice', 'message.error', 'message.warning', 'showError*', 'show*ErrorMessage', 'set*Error*', 'set*Fail*', 'enqueueSnackbar', 'alert',
  ],
};

/** Predicates, case-sensitive so that `cancel`, `issue` and `hash` are not: `isEmail`, `has_perm`. */
const PREDICATES: Readonly<Record<HandlerLanguage, RegExp>> = {
  python: /(?:^|\.)(?:is|has|can|should)_\w+$/,
  javascript: /(?:^|\.)(?:is|has|can|should)[A-Z]\w*$/,
};

/** The tests a handler check needs for one language: answer calls (with the `answerCalls` option), harmless calls, user notices. */
export interface HandlerCalls {
  readonly isAnswer: (callee: string) => boolean;
  readonly isHarmless: (callee: string) => boolean;
  readonly isNotice: (callee: string) => boolean;
}

/** Builds the HandlerCalls of `language`, adding `extraAnswers` to the built-in answer calls. */
export function handlerCalls(language: HandlerLanguage, extraAnswers: readonly string[] = []): HandlerCalls {
  const harmless = calleeMatcher(HARMLESS_CALLS[language]);
  return {
    isAnswer: calleeMatcher([...ANSWER_CALLS[language], ...extraAnswers]),
    isHarmless: (callee) => harmless(callee) || PREDICATES[language].test(callee),
    isNotice: calleeMatcher(USER_NOTICES[language]),
  };
}
