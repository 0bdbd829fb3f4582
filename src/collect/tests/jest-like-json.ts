import { hasJsonKey, opensWith } from '../read/json-head.js';

/**
 * The Jest `--json` report shape, which Vitest's json reporter copies. jest-like-json-parse.ts
 * reads both; jest-json.ts and vitest-json.ts say which producer they are, and the checks below
 * tell them apart.
 */

/** Both producers start with the summary counters and list files under `testResults`. */
export function isJestShaped(head: string): boolean {
  return (
    opensWith(head, '{') && hasJsonKey(head, 'testResults') && hasJsonKey(head, 'numTotalTests')
  );
}

/**
 * Jest's summary keys all precede `testResults` (they come from one object literal), and Vitest's
 * report leaves out `numRuntimeErrorTestSuites`, `openHandles` and `wasInterrupted`. So a head
 * that reaches `testResults` without `numRuntimeErrorTestSuites` is Vitest's.
 */
export function isVitestShaped(head: string): boolean {
  return (
    isJestShaped(head) &&
    !hasJsonKey(head, 'numRuntimeErrorTestSuites') &&
    !hasJsonKey(head, 'openHandles')
  );
}
