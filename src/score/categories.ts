import type { CategoryResult, Metrics, RequirementResult, Verdict } from '../model/certification.js';
import type { EvidenceKind } from '../model/evidence.js';
import { parseMetric } from '../model/metric-path.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The category a requirement belongs to (groups count toward tests or coverage). */
export function categoryOf(metric: string): EvidenceKind | undefined {
  const ref = parseMetric(metric);
  if ('error' in ref) return undefined;
  switch (ref.kind) {
    case 'patch':
      return 'coverage';
    case 'regression':
      return 'benchmarks';
    case 'delta':
      return ref.area === 'score' ? undefined : ref.area;
    default:
      return ref.kind;
  }
}

/**
 * Category verdicts and scores. Scores (0–100), documented in the README:
 * - tests: pass rate, passed / (total − skipped);
 * - coverage: weighted mean of lines (50), branches (30), functions (20) over those measured;
 * - security: 100 − 25·critical − 10·high − 3·medium − 1·low, at least 0;
 * - benchmarks and custom: share of their requirements met (100 when none are set).
 * Verdict: `pass` when every requirement on the category holds, `fail` when none does,
 * `partial` otherwise, `no-evidence` when no file gave the category any figure.
 */
export function scoreCategories(metrics: Metrics, results: readonly RequirementResult[]): CategoryResult[] {
  const categories: CategoryResult[] = [];
  const add = (id: EvidenceKind, present: boolean, score: () => number | null, summary: () => string) => {
    const own = results.filter((r) => categoryOf(r.metric) === id);
    if (!present) {
      if (own.length > 0) categories.push({ id, verdict: 'no-evidence', score: null, summary: 'no evidence' });
      return;
    }
    categories.push({ id, verdict: verdictOf(own), score: score(), summary: summary() });
  };
  const tests = metrics.tests;
  add(
    'tests',
    tests !== undefined,
    () => (tests?.passRate === null || !tests ? null : round1(tests.passRate)),
    () => tests ? `${tests.passed}/${tests.total - tests.skipped} passed, ${tests.failed} failed, ${tests.errors} errors, ${tests.skipped} skipped` : '',
  );
  const coverage = metrics.coverage;
  add(
    'coverage',
    coverage !== undefined,
    () => {
      if (!coverage) return null;
      const parts = [
        [coverage.lines.pct, 50],
        [coverage.branches.pct, 30],
        [coverage.functions.pct, 20],
      ].filter((p): p is [number, number] => p[0] !== null);
      const weight = parts.reduce((sum, [, w]) => sum + w, 0);
      return weight === 0 ? null : round1(parts.reduce((sum, [pct, w]) => sum + pct * w, 0) / weight);
    },
    () => coverage ? `lines ${coverage.lines.pct ?? '–'}%, branches ${coverage.branches.pct ?? '–'}%, functions ${coverage.functions.pct ?? '–'}%` : '',
  );
  add(
    'benchmarks',
    metrics.benchmarks !== undefined,
    () => shareMet(results.filter((r) => categoryOf(r.metric) === 'benchmarks')),
    () => `${metrics.benchmarks?.length ?? 0} series`,
  );
  const security = metrics.security;
  add(
    'security',
    security !== undefined,
    () => security ? Math.max(0, 100 - 25 * security.critical - 10 * security.high - 3 * security.medium - security.low) : null,
    () => security ? `${security.critical} critical, ${security.high} high, ${security.medium} medium, ${security.low} low` : '',
  );
  add(
    'custom',
    metrics.custom !== undefined,
    () => shareMet(results.filter((r) => categoryOf(r.metric) === 'custom')),
    () => `${Object.keys(metrics.custom ?? {}).length} metrics`,
  );
  return categories;
}

function verdictOf(all: readonly RequirementResult[]): Verdict {
  const results = all.filter((r) => r.status !== 'not-applicable');
  if (results.length === 0) return 'pass';
  const passing = results.filter((r) => r.status === 'pass').length;
  if (passing === results.length) return 'pass';
  if (results.every((r) => r.status === 'no-evidence')) return 'no-evidence';
  return passing === 0 ? 'fail' : 'partial';
}

function shareMet(results: readonly RequirementResult[]): number {
  if (results.length === 0) return 100;
  return round1((results.filter((r) => r.status === 'pass').length / results.length) * 100);
}

/** Overall score: the mean of the category scores that could be computed. */
export function overallScore(categories: readonly CategoryResult[]): number | null {
  const scores = categories.map((c) => c.score).filter((s): s is number => s !== null);
  return scores.length === 0 ? null : round1(scores.reduce((a, b) => a + b, 0) / scores.length);
}
