import type { BaselineFigures, BaselineInfo, BenchmarkDelta, Delta, Trend } from '../model/baseline.js';
import type { BenchmarkSeries } from '../model/benchmarks.js';
import type { Metrics } from '../model/certification.js';
import { testId, type TestCase } from '../model/tests.js';
import type { MergedEvidence } from './metrics.js';
import { hashTestId } from './test-hash.js';

export { hashTestId } from './test-hash.js';

export function displayName(test: Pick<TestCase, 'suite' | 'name' | 'file'>): string {
  const name = test.suite ? `${test.suite} › ${test.name}` : test.name;
  return test.file ? `${name} (${test.file})` : name;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/**
 * Reads the figures a comparison needs from an earlier certification.json, leniently: fields a
 * schema version lacks are simply absent from the comparison. Nothing in it is executed.
 */
export function readBaseline(raw: unknown, info: BaselineInfo): BaselineFigures {
  const report = isObject(raw) ? raw : {};
  const metrics = isObject(report['metrics']) ? report['metrics'] : {};
  const figures: BaselineFigures = {
    info: {
      ...info,
      sha: info.sha ?? (isObject(report['subject']) ? str(report['subject']['sha']) : null),
      generatedAt: info.generatedAt ?? str(report['generatedAt']),
    },
    level: str(report['level']),
    score: num(report['score']),
    failingNames: {},
  };
  const version = report['schemaVersion'];
  if (version !== 1) figures.info.note = `baseline schema version ${JSON.stringify(version ?? null)}: compared where its figures allow`;
  const tests = metrics['tests'];
  if (isObject(tests)) {
    const count = (key: string) => num(tests[key]) ?? 0;
    figures.tests = { total: count('total'), passed: count('passed'), failed: count('failed'), errors: count('errors'), skipped: count('skipped'), flaky: count('flaky') };
  }
  const coverage = metrics['coverage'];
  if (isObject(coverage)) {
    const pct = (key: string) => {
      const part = coverage[key];
      return isObject(part) ? num(part['pct']) : num(part);
    };
    figures.coverage = { lines: pct('lines'), branches: pct('branches'), functions: pct('functions') };
  }
  if (Array.isArray(metrics['benchmarks'])) {
    figures.benchmarks = metrics['benchmarks'].flatMap((s): BenchmarkSeries[] => {
      if (!isObject(s)) return [];
      const name = str(s['name']);
      const value = num(s['value']);
      if (name === null || value === null) return [];
      const spreadPct = isObject(s['spread']) ? num(s['spread']['pct']) : null;
      return [{
        name,
        measure: str(s['measure']) ?? 'value',
        value,
        unit: str(s['unit']) ?? '',
        biggerIsBetter: s['biggerIsBetter'] === true,
        ...(spreadPct !== null ? { spread: { pct: spreadPct } } : {}),
      }];
    });
  }
  const index = report['testIndex'];
  if (isObject(index)) figures.testIndex = { passed: strings(index['passed']), failed: strings(index['failed']), skipped: strings(index['skipped']) };
  const failing = isObject(report['failingTests']) ? report['failingTests']['shown'] : undefined;
  if (Array.isArray(failing)) {
    for (const t of failing) {
      if (!isObject(t)) continue;
      const test = { suite: str(t['suite']) ?? '', name: str(t['name']) ?? '', ...(str(t['file']) !== null ? { file: str(t['file']) ?? '' } : {}) };
      figures.failingNames[hashTestId(testId(test))] = displayName(test);
    }
  }
  const findings = isObject(report['findings']) ? report['findings']['shown'] : undefined;
  if (Array.isArray(findings)) {
    figures.findings = findings.filter(isObject).map((f) => ({
      ruleId: str(f['ruleId']) ?? '',
      severity: str(f['severity']) ?? '',
      ...(str(f['file']) !== null ? { file: str(f['file']) ?? '' } : {}),
      ...(num(f['line']) !== null ? { line: num(f['line']) ?? 0 } : {}),
    }));
  }
  return figures;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Per-series change, direction-aware. A series got worse when its time grew or its rate fell;
 * it counts as a regression only when worse by more than `tolerancePct` AND by more than the
 * spread both runs measured (their ± percentages added), so noise is not a regression.
 */
export function benchmarkDeltas(current: readonly BenchmarkSeries[], before: readonly BenchmarkSeries[], tolerancePct: number): BenchmarkDelta[] {
  const earlier = new Map(before.map((s) => [`${s.name}\u0000${s.measure}`, s]));
  const deltas: BenchmarkDelta[] = [];
  for (const series of current) {
    const old = earlier.get(`${series.name}\u0000${series.measure}`);
    if (!old || old.value === 0 || old.unit !== series.unit) continue;
    const changePct = ((series.value - old.value) / Math.abs(old.value)) * 100;
    const worse = series.biggerIsBetter ? -changePct : changePct;
    const spread = (old.spread?.pct ?? 0) + (series.spread?.pct ?? 0);
    const threshold = Math.max(tolerancePct, spread);
    deltas.push({
      name: series.name,
      measure: series.measure,
      unit: series.unit,
      before: old.value,
      after: series.value,
      changePct: round2(changePct),
      regression: worse > threshold,
      decidedBy: spread > tolerancePct ? 'spread' : 'tolerance',
      worsePct: worse > spread ? round2(worse) : 0,
    });
  }
  return deltas;
}

/** What changed since the baseline, from the evidence (score and level are added after scoring). */
export function compareEvidence(merged: MergedEvidence, metrics: Metrics, baseline: BaselineFigures, tolerancePct: number): Delta {
  const tests = merged.tests;
  const cases = tests?.cases ?? [];
  const delta: Delta = {
    tests: { newlyFailing: [], fixed: [], added: 0, removed: 0, byTest: Boolean(baseline.testIndex), counts: null },
    coverage: { lines: null, branches: null, functions: null },
    benchmarks: benchmarkDeltas(metrics.benchmarks ?? [], baseline.benchmarks ?? [], tolerancePct),
    security: null,
    score: null,
    level: { before: baseline.level, after: null },
  };
  if (metrics.tests && baseline.tests) {
    const now = metrics.tests;
    const was = baseline.tests;
    delta.tests.counts = {
      total: now.total - was.total,
      passed: now.passed - was.passed,
      failed: now.failed - was.failed,
      errors: now.errors - was.errors,
      skipped: now.skipped - was.skipped,
      flaky: now.flaky - was.flaky,
    };
  }
  if (baseline.testIndex) {
    const wasPassing = new Set(baseline.testIndex.passed);
    const wasFailing = new Set(baseline.testIndex.failed);
    const wasAny = new Set([...baseline.testIndex.passed, ...baseline.testIndex.failed, ...baseline.testIndex.skipped]);
    const nowAny = new Set<string>();
    for (let i = 0; i < cases.length; i++) {
      const test = cases[i];
      if (!test || !tests) continue;
      const hash = tests.hashOf(i);
      nowAny.add(hash);
      const failing = test.status === 'failed' || test.status === 'error';
      if (!wasAny.has(hash)) delta.tests.added++;
      if (failing && wasPassing.has(hash)) delta.tests.newlyFailing.push(displayName(test));
      if (test.status === 'passed' && wasFailing.has(hash)) delta.tests.fixed.push(displayName(test));
    }
    for (const hash of wasAny) if (!nowAny.has(hash)) delta.tests.removed++;
  }
  if (metrics.coverage && baseline.coverage) {
    for (const key of ['lines', 'branches', 'functions'] as const) {
      const now = metrics.coverage[key].pct;
      const was = baseline.coverage[key];
      delta.coverage[key] = now === null || was === null ? null : round2(now - was);
    }
  }
  if (merged.findings && baseline.findings) {
    const key = (f: { ruleId: string; file?: string; line?: number }) => `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.line ?? ''}`;
    const before = new Set(baseline.findings.map(key));
    const after = new Set(merged.findings.map(key));
    delta.security = {
      newFindings: [...after].filter((k) => !before.has(k)).length,
      fixedFindings: [...before].filter((k) => !after.has(k)).length,
    };
  }
  return delta;
}

/** At most this many benchmark series are charted; the first ones, in report order. */
export const TREND_SERIES = 3;

/** The trend over earlier runs (oldest first) and this one. */
export function trendOf(history: readonly BaselineFigures[], current: { sha: string | null; generatedAt: string; score: number | null; lines: number | null; benchmarks: readonly BenchmarkSeries[] }): Trend | null {
  if (history.length === 0) return null;
  const runs = [
    ...history.map((h) => ({ sha: h.info.sha, generatedAt: h.info.generatedAt, score: h.score, lines: h.coverage?.lines ?? null })),
    { sha: current.sha, generatedAt: current.generatedAt, score: current.score, lines: current.lines },
  ];
  const benchmarks = current.benchmarks.slice(0, TREND_SERIES).map((series) => ({
    name: series.name,
    measure: series.measure,
    unit: series.unit,
    values: [
      ...history.map((h) => h.benchmarks?.find((b) => b.name === series.name && b.measure === series.measure && b.unit === series.unit)?.value ?? null),
      series.value,
    ],
  }));
  return { runs, benchmarks };
}
