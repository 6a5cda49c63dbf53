// Where a JavaScript or TypeScript file runs, from the evidence in it: a request sent from a
// browser is the user's own (they can reload), one sent from a server holds a worker and a
// connection of every client waiting on it. Rules about server behaviour read this.

/** Where a file runs, as far as its own text and path say. */
export type JsSide = 'server' | 'browser' | 'unknown';

/** What a JS/TS file shows about where it runs. */
export interface JsEvidence {
  /** Repository-relative path, forward slashes. */
  readonly path: string;
  /** Module names of its imports and `require()` calls. */
  readonly modules: readonly string[];
  /** Directive prologue strings: `use client`, `use server`. */
  readonly directives: readonly string[];
  /** Browser globals it reads without declaring them (`window`, `document`). */
  readonly browserGlobals: readonly string[];
}

/** Globals only a browser has; reading one is browser evidence. */
export const BROWSER_GLOBALS: readonly string[] = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'];

// Node built-ins, server frameworks, database drivers and server-only infrastructure.
const SERVER_MODULES = [
  /^node:/, /^(?:fs|fs\/promises|child_process|cluster|worker_threads|net|tls|dgram|os|http|https|http2|zlib|stream)$/,
  /^(?:express|koa|fastify|@hapi\/hapi|hono|restify|next\/server|micro|polka)$/, /^(?:@nestjs|@fastify|@koa|@medusajs)\//, /^koa-/,
  /^(?:pg|mysql2?|sqlite3|better-sqlite3|knex|sequelize|typeorm|@prisma\/client|mongoose|mongodb|ioredis|redis|bullmq|bull)$/,
  /^(?:@aws-sdk\/|aws-sdk$|nodemailer$|dotenv$|winston$|pino$|node-fetch$|undici$)/,
];

// UI frameworks and client-side data libraries.
const BROWSER_MODULES = [
  /^(?:react|react-dom|preact|vue|svelte|solid-js|mobx|mobx-react|swr|next\/router|next\/navigation|next\/link|next\/image)(?:\/|$)/,
  /^(?:@angular|@tanstack\/react-[\w-]+|@emotion|@mui|@chakra-ui|styled-components)(?:\/|$)/,
];

const SERVER_PATH = /(?:^|\/)(?:server|servers|backend|back-end|api|apis|functions|lambdas?|workers?|jobs|cron)\/|\.server\.[cm]?[jt]s$|(?:^|\/)app\/(?:.+\/)?route\.[cm]?[jt]s$/;
const BROWSER_PATH = /(?:^|\/)(?:client|frontend|front-end|browser|web-?app|components|hooks|stores|pages|views|public|static|tracker|ui)\/|\.(?:tsx|jsx|vue|svelte)$/;
// Next.js API routes sit under pages/ but run on the server
const SERVER_PAGES = /(?:^|\/)pages\/api\//;

/** Where a file runs, and the evidence: browser evidence wins, since a component that imports a server helper is still a component. */
export function jsSideOf(evidence: JsEvidence): { side: JsSide; reason: string } {
  const path = evidence.path.toLowerCase();
  const browserModule = evidence.modules.find((name) => BROWSER_MODULES.some((pattern) => pattern.test(name)));
  if (evidence.directives.includes('use client')) return { side: 'browser', reason: '"use client"' };
  if (browserModule) return { side: 'browser', reason: `imports ${browserModule}` };
  if (evidence.browserGlobals.length > 0) return { side: 'browser', reason: `reads ${evidence.browserGlobals[0]}` };
  if (BROWSER_PATH.test(path) && !SERVER_PAGES.test(path)) return { side: 'browser', reason: 'a client-side path' };
  if (evidence.directives.includes('use server')) return { side: 'server', reason: '"use server"' };
  const serverModule = evidence.modules.find((name) => SERVER_MODULES.some((pattern) => pattern.test(name)));
  if (serverModule) return { side: 'server', reason: `imports ${serverModule}` };
  if (SERVER_PATH.test(path) || SERVER_PAGES.test(path)) return { side: 'server', reason: 'a server-side path' };
  return { side: 'unknown', reason: 'no evidence of where it runs' };
}
