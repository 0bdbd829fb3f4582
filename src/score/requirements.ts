import type { LevelRequirement, LevelSpec } from '../config/settings.js';
import type { Metrics, RequirementResult } from '../model/certification.js';
import { compare } from '../model/expression.js';
import type { MetricRef } from '../model/metric-path.js';
import { evaluateBenchmarkRequirement, evaluateRegressionRequirement } from './benchmark-requirements.js';
import type { BaselineInfo, Delta } from '../model/baseline.js';
import { describeGap, type GapContext } from './gaps.js';
import type { MergedEvidence } from './metrics.js';
import type { TestCase } from '../model/tests.js';

/** Test names a gap quotes, at most, per state. */
const GAP_NAMES = 3;

/** Where each metric's figure came from, so every requirement names its evidence. */
export interface MetricSources {
  tests: string[];
  coverage: string[];
  security: string[];
  custom: Record<string, string>;
}

export function sourcesOf(merged: MergedEvidence): MetricSources {
  return {
    tests: merged.testSources,
    coverage: merged.coverageSources,
    security: merged.securitySources,
    custom: Object.fromEntries(Object.entries(merged.custom ?? {}).map(([name, m]) => [name, m.evidence])),
  };
}

/** Evaluates every requirement of every level. A metric nothing measured is `no-evidence`, never a pass. */
/** The comparison with a baseline, for requirements on change. */
export interface Comparison {
  delta: Delta | null;
  baseline: BaselineInfo;
}

const NO_COMPARISON: Comparison = {
  delta: null,
  baseline: { source: 'none', sha: null, generatedAt: null, runId: null, branch: null },
};

export function evaluateLevels(
  levels: readonly LevelSpec[],
  metrics: Metrics,
  merged: MergedEvidence,
  comparison: Comparison = NO_COMPARISON,
): RequirementResult[] {
  const sources = sourcesOf(merged);
  const context = gapContextOf(merged);
  const results: RequirementResult[] = [];
  for (const level of levels) {
    for (const requirement of level.requirements) {
      const { ref } = requirement;
      if ((ref.kind === 'delta' || ref.kind === 'regression') && comparison.delta === null) {
        results.push(notApplicable(level.name, requirement, comparison.baseline));
      } else if (ref.kind === 'regression') {
        results.push(...evaluateRegressionRequirement(level.name, requirement, comparison.delta?.benchmarks ?? [], merged));
      } else if (ref.kind === 'benchmarks') {
        results.push(...evaluateBenchmarkRequirement(level.name, requirement, merged));
      } else {
        results.push(evaluateRequirement(level.name, requirement, metrics, sources, context, comparison.delta));
      }
    }
  }
  return results;
}

/** The first few names of failed, errored, skipped and flaky tests, in one pass over the tests. */
function gapContextOf(merged: MergedEvidence): GapContext {
  const testNames: Record<'failed' | 'errors' | 'skipped' | 'flaky', string[]> = { failed: [], errors: [], skipped: [], flaky: [] };
  const label = (t: TestCase) => (t.suite ? `${t.suite} › ${t.name}` : t.name);
  for (const t of merged.tests?.cases ?? []) {
    const list = t.status === 'failed' ? testNames.failed : t.status === 'error' ? testNames.errors : t.status === 'skipped' ? testNames.skipped : undefined;
    if (list && list.length < GAP_NAMES) list.push(label(t));
    if (t.flaky === true && testNames.flaky.length < GAP_NAMES) testNames.flaky.push(label(t));
  }
  return { testNames };
}

interface Actual {
  value: number | null;
  unit: string;
  sources: string[];
}

function notApplicable(level: string, requirement: LevelRequirement, baseline: BaselineInfo): RequirementResult {
  const where = baseline.branch ? ` on ${baseline.branch}` : '';
  return {
    level,
    metric: requirement.metric,
    op: requirement.expression.op,
    target: requirement.expression.value,
    unit: requirement.expression.unit === '%' ? '%' : '',
    expression: requirement.expression.text,
    actual: null,
    status: 'not-applicable',
    sources: [],
    gap: baseline.note ?? `no baseline to compare with (first run${where}?)`,
  };
}

function actualOf(ref: MetricRef, metrics: Metrics, sources: MetricSources, delta: Delta | null): Actual {
  switch (ref.kind) {
    case 'patch': {
      const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
      const patch = coverage?.patch;
      return { value: patch?.lines.pct ?? null, unit: '%', sources: patch ? sources.coverage : [] };
    }
    case 'delta': {
      if (ref.area === 'score') return { value: delta?.score ?? null, unit: '', sources: [] };
      if (ref.area === 'coverage') return { value: delta?.coverage[ref.field] ?? null, unit: 'pp', sources: sources.coverage };
      return { value: delta?.tests.counts?.[ref.field] ?? null, unit: 'count', sources: sources.tests };
    }
    case 'regression':
      return { value: null, unit: '%', sources: [] };
    case 'tests': {
      const tests = ref.group === undefined ? metrics.tests : metrics.groups[ref.group]?.tests;
      const unit = ref.field === 'passRate' ? '%' : ref.field === 'durationMs' ? 'ms' : 'count';
      // A group that matched no test has no evidence for its test metrics.
      const value = tests && (tests.total > 0 || ref.group === undefined) ? tests[ref.field] : null;
      return { value, unit, sources: tests ? sources.tests : [] };
    }
    case 'coverage': {
      const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
      return { value: coverage?.[ref.field].pct ?? null, unit: '%', sources: coverage ? sources.coverage : [] };
    }
    case 'security':
      return { value: metrics.security?.[ref.field] ?? null, unit: 'count', sources: sources.security };
    case 'custom': {
      const metric = metrics.custom?.[ref.name];
      const source = sources.custom[ref.name];
      return { value: metric?.value ?? null, unit: metric?.unit ?? '', sources: source ? [source] : [] };
    }
    case 'benchmarks':
      return { value: null, unit: '', sources: [] };
  }
}

export function evaluateRequirement(
  level: string,
  requirement: LevelRequirement,
  metrics: Metrics,
  sources: MetricSources,
  context: GapContext = { testNames: {} },
  delta: Delta | null = null,
): RequirementResult {
  const actual = actualOf(requirement.ref, metrics, sources, delta);
  const { expression } = requirement;
  const unit = expression.unit === '%' ? '%' : actual.unit;
  const result: RequirementResult = {
    level,
    metric: requirement.metric,
    op: expression.op,
    target: expression.value,
    unit,
    expression: expression.text,
    actual: actual.value,
    status: 'no-evidence',
    sources: actual.value === null ? [] : actual.sources,
  };
  if (actual.value === null) {
    result.gap =
      requirement.ref.kind === 'patch'
        ? 'no diff or no line coverage for the changed files: patch coverage needs both'
        : `no evidence measures ${requirement.metric}: add the file that does to the config's evidence`;
    return result;
  }
  result.status = compare(actual.value, expression.op, expression.value) ? 'pass' : 'fail';
  if (result.status === 'fail') result.gap = describeGap(requirement.ref, result, metrics, context);
  return result;
}
