// The catalog of outbound HTTP client APIs, per language: which calls send a request or make a
// client, where their timeout is given, and what they do without one. It is data: add a library
// here, with a fixture, and every engine of http-client-timeout knows it.

/** What a call does when no timeout is given. */
export type DefaultTimeout = 'none' | 'finite';

/** A Python library: module functions that send a request, and the factories of its clients. */
export interface PythonHttpLibrary {
  readonly library: string;
  /** The module the functions live in (`requests`, `urllib.request`). */
  readonly module: string;
  /** Functions (and client methods) that send one request. */
  readonly requests: readonly string[];
  /** Functions that make a client or session whose methods are `requests`. */
  readonly clients: readonly string[];
  /** 0-based position of the timeout among positional arguments, when it can be positional. */
  readonly timeoutPosition?: number;
  /** Without `timeout=`: `none` waits forever (reported), `finite` has a default (only `timeout=None` is reported). */
  readonly defaultTimeout: DefaultTimeout;
  /** How to give a timeout, for messages: `timeout=` in seconds. */
  readonly timeoutHint: string;
}

const REQUESTS_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];

/** Python HTTP clients; the timeout is always the `timeout` keyword. */
export const PYTHON_HTTP_LIBRARIES: readonly PythonHttpLibrary[] = [
  { library: 'requests', module: 'requests', requests: REQUESTS_METHODS, clients: ['Session', 'session'], defaultTimeout: 'none', timeoutHint: 'a number of seconds (or a `(connect, read)` tuple)' },
  { library: 'httpx', module: 'httpx', requests: [...REQUESTS_METHODS, 'stream'], clients: ['Client', 'AsyncClient'], defaultTimeout: 'finite', timeoutHint: 'a number of seconds or an `httpx.Timeout` with limits' },
  { library: 'urllib', module: 'urllib.request', requests: ['urlopen'], clients: [], timeoutPosition: 2, defaultTimeout: 'none', timeoutHint: 'a number of seconds' },
];

/** Go: the `net/http` calls that go through `http.DefaultClient`, which has no timeout. */
export const GO_HTTP = {
  module: 'net/http',
  /** Package functions that send with the default client: `http.Get(url)`. */
  defaultClientFunctions: ['Get', 'Head', 'Post', 'PostForm'],
  /** The package variable without a timeout, and its methods that send. */
  defaultClient: 'DefaultClient',
  clientMethods: ['Do', 'Get', 'Head', 'Post', 'PostForm'],
  /** The client type and its timeout field: `&http.Client{Timeout: 10 * time.Second}`. */
  clientType: 'Client',
  timeoutField: 'Timeout',
  /** Transport fields that bound the wait for the server's answer: a client with one is accepted. */
  transportTimeouts: ['ResponseHeaderTimeout'],
} as const;

/** A JavaScript call that sends a request: where its options object is, and the keys that bound it. */
export interface JsHttpCall {
  /** 0-based position of the options (config, init) argument; -1 when the first argument may be either. */
  readonly options: number;
  /** Makes a client whose calls inherit its options (`axios.create`). */
  readonly client?: boolean;
}

/** A JavaScript library: its modules, its calls by name, and the option keys that give a timeout. */
export interface JsHttpLibrary {
  readonly library: string;
  readonly modules: readonly string[];
  /** Calls by name; `default` is the module (or global) itself called: `fetch(url)`, `axios(config)`. */
  readonly calls: Readonly<Record<string, JsHttpCall>>;
  /** Option keys that bound the request: `signal` (an AbortSignal), `timeout`. */
  readonly timeoutKeys: readonly string[];
  /** The function is a global (`fetch`): a call of the unbound name counts too. */
  readonly global?: string;
  /** Requests also accept a timeout set on the returned request: `req.setTimeout(ms)`. */
  readonly setTimeoutMethod?: boolean;
  /** How to give a timeout, for messages. */
  readonly timeoutHint: string;
}

const AXIOS_CONFIG_SECOND = ['get', 'delete', 'head', 'options', 'getUri'];
const AXIOS_CONFIG_THIRD = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'];

/** JavaScript and TypeScript HTTP clients. */
export const JS_HTTP_LIBRARIES: readonly JsHttpLibrary[] = [
  {
    library: 'fetch', modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch'], global: 'fetch',
    calls: { default: { options: 1 } }, timeoutKeys: ['signal', 'timeout'], timeoutHint: 'pass `signal: AbortSignal.timeout(ms)`',
  },
  {
    library: 'axios', modules: ['axios'], timeoutKeys: ['timeout', 'signal'],
    timeoutHint: 'pass `timeout` in milliseconds, or make the client once with `axios.create({ timeout })`',
    calls: {
      default: { options: -1 }, request: { options: 0 }, create: { options: 0, client: true },
      ...Object.fromEntries(AXIOS_CONFIG_SECOND.map((name) => [name, { options: 1 }])),
      ...Object.fromEntries(AXIOS_CONFIG_THIRD.map((name) => [name, { options: 2 }])),
    },
  },
  {
    library: 'node:http', modules: ['http', 'https', 'node:http', 'node:https'], timeoutKeys: ['timeout', 'signal'], setTimeoutMethod: true,
    timeoutHint: 'pass `timeout` in the options (or call `req.setTimeout(ms)`) and destroy the request on `\'timeout\'`',
    calls: { request: { options: -1 }, get: { options: -1 } },
  },
];
