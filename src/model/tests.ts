export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** One test as the producing tool reported it, after retries are folded into one result. */
export interface TestCase {
  suite: string;
  name: string;
  /** Source file of the test, where the format gives one. */
  file?: string;
  line?: number;
  status: TestStatus;
  durationMs?: number;
  /** First part of the failure/error/skip message (kept only for what the report shows). */
  message?: string;
  /** Failed at least once and then passed (retries, rerun elements). */
  flaky?: boolean;
  /** How many extra runs the tool made of this test (0 when run once). */
  retries?: number;
}

export interface TestTotals {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  durationMs: number;
}

export interface TestEvidence {
  kind: 'tests';
  totals: TestTotals;
  cases: TestCase[];
}

export function emptyTestTotals(): TestTotals {
  return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
}

/** Totals derived from cases; durations sum what the cases give. */
export function totalsOf(cases: readonly TestCase[]): TestTotals {
  const totals = emptyTestTotals();
  for (const testCase of cases) addCase(totals, testCase);
  totals.durationMs = roundMs(totals.durationMs);
  return totals;
}

export function addCase(totals: TestTotals, testCase: TestCase): void {
  totals.total++;
  if (testCase.status === 'passed') totals.passed++;
  else if (testCase.status === 'failed') totals.failed++;
  else if (testCase.status === 'error') totals.errors++;
  else totals.skipped++;
  if (testCase.flaky) totals.flaky++;
  totals.durationMs += testCase.durationMs ?? 0;
}

export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Stable identity of a test across runs and files: suite + name + file. */
export function testId(testCase: Pick<TestCase, 'suite' | 'name' | 'file'>): string {
  return [testCase.suite, testCase.name, testCase.file ?? ''].join('\u241f');
}
