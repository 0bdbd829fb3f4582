import type { Collector } from '../collector.js';
import type { TestEvidence } from '../../model/tests.js';
import { isJestShaped } from './jest-like-json.js';

/**
 * `jest --json --outputFile=…` (and the report of `@jest/reporters`' JSON output).
 *
 * Every entry of testResults[].assertionResults[] is one test: passed → passed; failed → failed;
 * pending (skip), todo, skipped and disabled → skipped, as Jest's numPendingTests + numTodoTests.
 * A test retried by jest.retryTimes has invocations > 1: it counts once, as flaky when it passed
 * in the end. A test file that failed without a failed test (it could not run: syntax error,
 * failing import, error in a hook outside any test) is one error case, as Jest counts it in
 * numRuntimeErrorTestSuites next to the tests. A coverageMap in the same file is left to the
 * jest-json-coverage collector.
 */
export const jestJsonCollector: Collector<TestEvidence> = {
  format: 'jest-json',
  kind: 'tests',
  producers: 'jest --json --outputFile=report.json',
  detect: isJestShaped,
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async (input) => (await import('./jest-like-json-parse.js')).parseJestLike(input, 'Jest'),
};
