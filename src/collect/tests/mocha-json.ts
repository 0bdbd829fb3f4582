import type { Collector } from '../collector.js';
import type { TestEvidence } from '../../model/tests.js';

/**
 * `mocha --reporter json` (built-in JSON reporter; `--reporter-option output=file` since Mocha 9).
 *
 * The report lists every test that ended under `tests`, and the outcomes under `passes`,
 * `failures` and `pending`. Each entry of `tests` is one test: failed when it is among the
 * failures, skipped when pending, passed otherwise. A failure that is not a test — a failing
 * hook ('"before each" hook for "…"'), after which Mocha runs no more tests of that suite — is
 * counted by Mocha under `failures` ("N failing") but not under `tests`; it is one failed case
 * here too, so Certify's failed equals Mocha's and its total is Mocha's tests plus failed hooks.
 * Mocha has no error state: an exception in a test is a failure. A test retried with
 * `this.retries(n)` counts once; when it passed after `currentRetry` retries it is flaky.
 */
export const mochaJsonCollector: Collector<TestEvidence> = {
  format: 'mocha-json',
  kind: 'tests',
  producers: 'mocha --reporter json',
  detect: (head) =>
    // stats (a flat object of counters) and then the top-level tests array, as the reporter writes them
    /^\s*\{\s*"stats"\s*:\s*\{[^{}]*"passes"\s*:\s*\d+[^{}]*\}\s*,\s*"tests"\s*:\s*\[/.test(head),
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async ({ chunks }) => (await import('./mocha-json-parse.js')).parseMocha(chunks),
};
