import type { GroupSpec } from '../config/settings.js';
import type { CoverageMetrics, FailingTest, FlakyTest, GroupMetrics, Metrics } from '../model/certification.js';
import type { BenchmarkSeries } from '../model/benchmarks.js';
import { pctOf, sumFiles, type FileCoverage } from '../model/coverage.js';
import type { CollectedFile } from '../model/evidence.js';
import { emptySecurityTotals, type SecurityFinding } from '../model/security.js';
import { addCase, emptyTestTotals, roundMs, type TestCase, type TestTotals } from '../model/tests.js';
import { MergedTests } from './merged-tests.js';
import { globToRegExp, pathMatches } from './glob-match.js';

export interface MergedEvidence {
  tests: MergedTests | null;
  /** Totals from files that declare counts but list no cases (counted, not identifiable). */
  uncountedTotals: TestTotals;
  coverage: FileCoverage[] | null;
  coverageSources: string[];
  testSources: string[];
  benchmarks: (BenchmarkSeries & { evidence: string })[] | null;
  findings: (SecurityFinding & { evidence: string })[] | null;
  securityTotals: ReturnType<typeof emptySecurityTotals> | null;
  securitySources: string[];
  custom: Record<string, { value: number; unit: string; biggerIsBetter: boolean; evidence: string }> | null;
}

/**
 * Merges what every readable evidence file says. The same test (suite + name + file) seen in
 * several files counts once (see MergedTests).
 */
export function mergeEvidence(files: readonly CollectedFile[]): MergedEvidence {
  const merged: MergedEvidence = {
    tests: null,
    uncountedTotals: emptyTestTotals(),
    coverage: null,
    coverageSources: [],
    testSources: [],
    benchmarks: null,
    findings: null,
    securityTotals: null,
    securitySources: [],
    custom: null,
  };
  const coverage = new Map<string, FileCoverage>();
  const tests = new MergedTests(caseCount(files));
  for (const file of files) {
    if (file.status !== 'ok' || !file.data) continue;
    for (const data of [file.data, ...(file.extra ?? [])]) {
    switch (data.kind) {
      case 'tests': {
        merged.testSources.push(file.path);
        merged.tests ??= tests;
        if (data.cases.length === 0 && data.totals.total > 0) {
          addTotals(merged.uncountedTotals, data.totals);
          break;
        }
        tests.addFile(file.path, data.cases);
        break;
      }
      case 'coverage': {
        merged.coverageSources.push(file.path);
        for (const fileCoverage of data.files) {
          const previous = coverage.get(fileCoverage.path);
          coverage.set(fileCoverage.path, previous ? mergeFileCoverage(previous, fileCoverage) : fileCoverage);
        }
        if (data.files.length === 0 && data.totals.lines.total + data.totals.branches.total + data.totals.functions.total > 0) {
          // Totals-only formats (no per-file figures) still count.
          coverage.set(`\u0000${file.path}`, { path: file.path, ...data.totals });
        }
        merged.coverage ??= [];
        break;
      }
      case 'benchmarks':
        merged.benchmarks ??= [];
        for (const series of data.series) merged.benchmarks.push({ ...series, evidence: file.path });
        break;
      case 'security':
        merged.securitySources.push(file.path);
        merged.findings ??= [];
        merged.securityTotals ??= emptySecurityTotals();
        for (const key of ['critical', 'high', 'medium', 'low', 'total'] as const) merged.securityTotals[key] += data.totals[key];
        for (const finding of data.findings) merged.findings.push({ ...finding, evidence: file.path });
        break;
      case 'custom':
        merged.custom ??= {};
        for (const metric of data.metrics) {
          merged.custom[metric.name] = {
            value: metric.value,
            unit: metric.unit,
            biggerIsBetter: metric.biggerIsBetter,
            evidence: file.path,
          };
        }
        break;
    }
    }
  }
  if (merged.coverage) merged.coverage = [...coverage.values()];
  return merged;
}

/** How many test cases the files list: the merged tests are at most that many. */
function caseCount(files: readonly CollectedFile[]): number {
  let count = 0;
  for (const file of files) {
    if (file.status !== 'ok' || !file.data) continue;
    for (const data of [file.data, ...(file.extra ?? [])]) if (data.kind === 'tests') count += data.cases.length;
  }
  return count;
}

function addTotals(into: TestTotals, add: TestTotals): void {
  for (const key of Object.keys(into) as (keyof TestTotals)[]) into[key] += add[key];
}

function mergeFileCoverage(a: FileCoverage, b: FileCoverage): FileCoverage {
  if (a.lineNumbers && a.lineHits && b.lineNumbers && b.lineHits) {
    const hits = new Map<number, number>();
    a.lineNumbers.forEach((line, i) => hits.set(line, a.lineHits?.[i] ?? 0));
    b.lineNumbers.forEach((line, i) => hits.set(line, Math.max(hits.get(line) ?? 0, b.lineHits?.[i] ?? 0)));
    const lineNumbers = [...hits.keys()].sort((x, y) => x - y);
    const lineHits = lineNumbers.map((line) => hits.get(line) ?? 0);
    return {
      path: a.path,
      lines: { covered: lineHits.filter((h) => h > 0).length, total: lineNumbers.length },
      branches: larger(a.branches, b.branches),
      functions: larger(a.functions, b.functions),
      lineNumbers,
      lineHits,
    };
  }
  // Without line detail the better-covered report of the same file is kept (shards overlap).
  return a.lines.covered >= b.lines.covered ? a : b;
}

function larger<T extends { covered: number; total: number }>(a: T, b: T): T {
  return b.covered > a.covered || (b.covered === a.covered && b.total > a.total) ? b : a;
}

export function testMetrics(tests: readonly TestCase[], extra?: TestTotals): TestTotals & { passRate: number | null } {
  const totals = emptyTestTotals();
  for (const testCase of tests) addCase(totals, testCase);
  if (extra) addTotals(totals, extra);
  totals.durationMs = roundMs(totals.durationMs);
  const ran = totals.total - totals.skipped;
  const passRate = ran > 0 ? Math.floor((totals.passed / ran) * 10000) / 100 : null;
  return { ...totals, passRate };
}

export function coverageMetrics(files: readonly FileCoverage[]): CoverageMetrics {
  const totals = sumFiles(files);
  return {
    lines: { ...totals.lines, pct: pctOf(totals.lines) },
    branches: { ...totals.branches, pct: pctOf(totals.branches) },
    functions: { ...totals.functions, pct: pctOf(totals.functions) },
  };
}

export function groupMetrics(merged: MergedEvidence, group: GroupSpec): GroupMetrics {
  const result: GroupMetrics = {};
  if (merged.coverage && group.paths.length > 0) {
    const patterns = group.paths.map(globToRegExp);
    const files = merged.coverage.filter((file) => patterns.some((p) => pathMatches(p, file.path)));
    result.coverage = coverageMetrics(files);
  }
  if (merged.tests) {
    const members = merged.tests.cases.filter((t) => testInGroup(t, group));
    // A paths-only group has test metrics only when some test names a file inside it.
    if (group.tests.length > 0 || members.length > 0) result.tests = testMetrics(members);
  }
  return result;
}

/** A test is in a group when its name, suite or `suite name` matches a test pattern, or its file a path pattern. */
export function testInGroup(test: TestCase, group: GroupSpec): boolean {
  const names = [test.name, test.suite, `${test.suite} ${test.name}`];
  const testPatterns = group.tests.map((p) => globToRegExp(p.replace(/\//g, '\u2215')));
  if (testPatterns.some((p) => names.some((n) => p.test(n.replace(/\//g, '\u2215'))))) return true;
  if (test.file && group.paths.length > 0) {
    return group.paths.map(globToRegExp).some((p) => pathMatches(p, test.file ?? ''));
  }
  return false;
}

export function computeMetrics(merged: MergedEvidence, groups: readonly GroupSpec[]): Metrics {
  const metrics: Metrics = { groups: {} };
  if (merged.tests) metrics.tests = testMetrics(merged.tests.cases, merged.uncountedTotals);
  if (merged.coverage) metrics.coverage = coverageMetrics(merged.coverage);
  if (merged.benchmarks) metrics.benchmarks = merged.benchmarks.map(({ evidence: _evidence, ...series }) => series);
  if (merged.securityTotals) metrics.security = { ...merged.securityTotals };
  if (merged.custom) {
    metrics.custom = Object.fromEntries(
      Object.entries(merged.custom).map(([name, { evidence: _evidence, ...metric }]) => [name, metric]),
    );
  }
  for (const group of groups) metrics.groups[group.name] = groupMetrics(merged, group);
  return metrics;
}

export function failingTests(merged: MergedEvidence, limit: number): { shown: FailingTest[]; total: number } {
  const shown: FailingTest[] = [];
  let total = 0;
  const tests = merged.tests;
  const cases = tests?.cases ?? [];
  for (let i = 0; i < cases.length; i++) {
    const t = cases[i];
    if (!t || (t.status !== 'failed' && t.status !== 'error')) continue;
    total++;
    if (shown.length >= limit || !tests) continue;
    shown.push({
      suite: t.suite,
      name: t.name,
      ...(t.file !== undefined ? { file: t.file } : {}),
      ...(t.line !== undefined ? { line: t.line } : {}),
      status: t.status === 'error' ? 'error' : 'failed',
      ...(t.message !== undefined ? { message: t.message } : {}),
      evidence: tests.evidenceOf(i),
    });
  }
  return { total, shown };
}

export function flakyTests(merged: MergedEvidence, limit: number): { shown: FlakyTest[]; total: number } {
  const shown: FlakyTest[] = [];
  let total = 0;
  const tests = merged.tests;
  const cases = tests?.cases ?? [];
  for (let i = 0; i < cases.length; i++) {
    const t = cases[i];
    if (!t?.flaky) continue;
    total++;
    if (shown.length >= limit || !tests) continue;
    shown.push({
      suite: t.suite,
      name: t.name,
      ...(t.file !== undefined ? { file: t.file } : {}),
      retries: t.retries ?? 0,
      evidence: tests.evidenceOf(i),
    });
  }
  return { total, shown };
}
