import type { TestCase, TestStatus } from '../../src/model/tests.js';

const STATUSES: TestStatus[] = ['passed', 'failed', 'error', 'skipped', 'passed', 'passed'];

/** Tests of varied suites, files and statuses (errors count as failed in the index). */
export function variedTests(count: number): TestCase[] {
  return Array.from({ length: count }, (_, i) => ({
    suite: `suite ${i % 13}`,
    name: `test ${i} ${'é'.repeat(i % 3)}`,
    ...(i % 5 === 0 ? { file: `src/f${i % 4}.ts` } : {}),
    status: STATUSES[i % STATUSES.length] ?? 'passed',
  }));
}
