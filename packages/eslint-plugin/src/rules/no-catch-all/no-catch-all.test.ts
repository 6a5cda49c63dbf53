import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
const ruleTester = new RuleTester();
const typescript = { filename: 'file.ts', languageOptions: { parser: tseslint.parser } };
const swallowed = (line: number, column: number, endColumn: number) => ({ messageId: 'swallowedError', line, column, endLine: line, endColumn });

ruleTester.run('no-catch-all', rule, {
  valid: [
    'try { f() } catch (e) { throw e }',
    'function read() { try { f() } catch (e) { if (e.code === "ENOENT") return null; throw e } }',
    'try { f() } catch (err) { next(err) }',
    'try { f() } catch (err) { reject(new Error("load failed", { cause: err })) }',
    'function run() { try { f() } catch (err) { return { ok: false, error: err } } }',
    'try { f() } catch (err) { this.lastError = err }',
    'try { f() } catch (err) { console.error("failed", err) }',
    'try { f() } catch (err) { const message = err instanceof Error ? err.message : String(err); logger.warn(message) }',
    'try { f() } catch ({ message }) { logger.warn(message) }',
    'try { f() } catch (err) { Sentry.captureException(err) }',
    'try { main() } catch (err) { console.error("fatal"); process.exit(1) }',
    'try { f() } catch (err) { setImmediate(() => callback(err)) }',
    'p.catch(next)',
    'p.catch(console.error)',
    'p.catch((err) => logger.error(err))',
    'p.catch((err) => ({ ok: false, err }))',
    'p.catch((err) => { throw new AppError("x", { cause: err }) })',
    'p.then(ok, (err) => done(err))',
    'p.then(ok)',
    { code: 'try { f() } catch (err) { audit.record(err) }', options: [{ allowLogged: true, loggers: ['audit.record'], allowDeferClose: true, allowSpecificExceptions: true }] },
    { ...typescript, code: 'async function f(): Promise<void> { try { await g() } catch (e: unknown) { throw new Error("g failed", { cause: e }) } }' },
  ],
  invalid: [
    { code: 'try { f() } catch {}', errors: [swallowed(1, 13, 18)] },
    { code: 'try { f() } catch (e) {}', errors: [swallowed(1, 13, 22)] },
    { code: 'try { f() } catch (e) {\n  // ignore\n}', errors: [swallowed(1, 13, 22)] },
    { code: 'function find() { try { f() } catch (e) { return null } }', errors: [swallowed(1, 31, 40)] },
    { code: 'try { f() } catch (e) { logger.error("failed") }', errors: [swallowed(1, 13, 22)] },
    { code: 'function find() { try { f() } catch (e) { if (isNotFound(e)) return null } }', errors: [swallowed(1, 31, 40)] },
    { code: 'try { f() } catch (e) { const code = e.code }', errors: [swallowed(1, 13, 22)] },
    { code: 'p.catch(() => {})', errors: [swallowed(1, 9, 17)] },
    { code: 'p.catch(() => null)', errors: [swallowed(1, 9, 19)] },
    { code: 'p.catch((_err) => undefined)', errors: [swallowed(1, 9, 28)] },
    { code: 'p.catch(noop)', errors: [swallowed(1, 9, 13)] },
    { code: 'p.catch(_.noop)', errors: [swallowed(1, 9, 15)] },
    { code: 'p.then(ok, () => {})', errors: [swallowed(1, 12, 20)] },
    { code: 'p.catch(function () { return false })', errors: [swallowed(1, 9, 37)] },
    {
      code: 'try { f() } catch (err) { console.error(err) }',
      options: [{ allowLogged: false, loggers: [], allowDeferClose: true, allowSpecificExceptions: true }],
      errors: [swallowed(1, 13, 24)],
    },
    { ...typescript, code: 'try { f() } catch (e: unknown) { void f() }', errors: [swallowed(1, 13, 31)] },
  ],
});
