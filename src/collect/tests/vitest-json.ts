import type { Collector } from '../collector.js';
import type { TestEvidence } from '../../model/tests.js';
import { isVitestShaped } from './jest-like-json.js';

/**
 * `vitest run --reporter=json --outputFile=…`: Vitest's copy of the Jest report shape, without
 * Jest's numRuntimeErrorTestSuites/openHandles/wasInterrupted (and, since Vitest 1, with a `meta`
 * object on every test).
 *
 * Every assertion result is one test: passed → passed; failed → failed; skipped, todo and
 * pending → skipped. A file that failed with no failed test (failed import, error in a
 * beforeAll/afterAll hook) is one error case. Vitest's report does not say whether a test was
 * retried (`retry` option): a test that passed on a retry cannot be told from one that passed
 * first time, so flaky is never set from this format.
 */
export const vitestJsonCollector: Collector<TestEvidence> = {
  format: 'vitest-json',
  kind: 'tests',
  producers: 'vitest run --reporter=json --outputFile=report.json',
  detect: isVitestShaped,
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async (input) =>
    (await import('./jest-like-json-parse.js')).parseJestLike(input, 'Vitest'),
};
