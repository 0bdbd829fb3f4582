import type { LevelRequirement } from '../config/settings.js';
import type { RequirementResult } from '../model/certification.js';
import { compare } from '../model/expression.js';
import type { BenchmarkDelta } from '../model/baseline.js';
import { joinMetricPath } from '../model/metric-path.js';
import { convertUnit } from '../model/units.js';
import { globToRegExp } from './glob-match.js';
import { fmt } from './gaps.js';
import type { MergedEvidence } from './metrics.js';

/**
 * `benchmarks.<series>.<measure>` requirements. The series part may be a glob (`*`), giving one
 * result per matching series; values are converted to the requirement's unit (200ms vs ns/iter).
 */
export function evaluateBenchmarkRequirement(
  level: string,
  requirement: LevelRequirement,
  merged: MergedEvidence,
): RequirementResult[] {
  if (requirement.ref.kind !== 'benchmarks') return [];
  const { series: namePattern, measure } = requirement.ref;
  const matcher = globToRegExp(namePattern.replace(/\//g, '\u2215'));
  const all = merged.benchmarks ?? [];
  const matching = all.filter((s) => matcher.test(s.name.replace(/\//g, '\u2215')) && (measure === undefined || s.measure === measure));
  // Without a measure, each series' first-listed measure is the one meant.
  const chosen = measure === undefined ? firstPerName(matching) : matching;
  const { expression } = requirement;
  if (chosen.length === 0) {
    return [
      {
        level,
        metric: requirement.metric,
        op: expression.op,
        target: expression.value,
        unit: expression.unit,
        expression: expression.text,
        actual: null,
        status: 'no-evidence',
        sources: [],
        gap: `no benchmark series matches ${requirement.metric}`,
      },
    ];
  }
  return chosen.map((series) => {
    const unit = expression.unit === '' ? series.unit : expression.unit;
    const actual = expression.unit === '' ? series.value : convertUnit(series.value, series.unit, expression.unit);
    const metric = joinMetricPath(['benchmarks', series.name, series.measure]);
    const result: RequirementResult = {
      level,
      metric,
      op: expression.op,
      target: expression.value,
      unit,
      expression: expression.text,
      actual: actual ?? null,
      status: 'no-evidence',
      sources: [series.evidence],
    };
    if (actual === undefined) {
      result.gap = `${series.name}: measured in ${series.unit}, which cannot be compared with ${expression.unit}`;
      return result;
    }
    result.status = compare(actual, expression.op, expression.value) ? 'pass' : 'fail';
    if (result.status === 'fail') {
      const distance = Math.abs(actual - expression.value);
      const pct = expression.value !== 0 ? ` (${fmt((distance / Math.abs(expression.value)) * 100)}%)` : '';
      const better = series.biggerIsBetter ? 'more' : 'less';
      result.gap = `${fmt(actual)} ${unit} → ${expression.text}: needs ${fmt(distance)} ${unit}${pct} ${better}`;
    }
    return result;
  });
}

function firstPerName<T extends { name: string }>(series: T[]): T[] {
  const seen = new Set<string>();
  return series.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}

/**
 * `regression.benchmarks.<series>[.<measure>]`: how much worse each matching series got since
 * the baseline, in %, counted only beyond the spread both runs measured (0 when within noise or
 * better). With `<= 10%` the requirement is the tolerance; the gap says which rule decided.
 */
export function evaluateRegressionRequirement(
  level: string,
  requirement: LevelRequirement,
  deltas: readonly BenchmarkDelta[],
  merged: MergedEvidence,
): RequirementResult[] {
  if (requirement.ref.kind !== 'regression') return [];
  const { series: namePattern, measure } = requirement.ref;
  const matcher = globToRegExp(namePattern.replace(/\//g, '\u2215'));
  const matching = deltas.filter((d) => matcher.test(d.name.replace(/\//g, '\u2215')) && (measure === undefined || d.measure === measure));
  const chosen = measure === undefined ? firstPerName(matching) : matching;
  const { expression } = requirement;
  const base = { level, op: expression.op, target: expression.value, unit: '%', expression: expression.text };
  if (chosen.length === 0) {
    return [{ ...base, metric: requirement.metric, actual: null, status: 'no-evidence', sources: [], gap: `no benchmark series matching ${requirement.metric} exists in both this run and the baseline` }];
  }
  return chosen.map((d) => {
    const source = merged.benchmarks?.find((s) => s.name === d.name && s.measure === d.measure)?.evidence;
    const met = compare(d.worsePct, expression.op, expression.value);
    const result: RequirementResult = {
      ...base,
      metric: joinMetricPath(['regression', 'benchmarks', d.name, d.measure]),
      actual: d.worsePct,
      status: met ? 'pass' : 'fail',
      sources: source ? [source] : [],
    };
    if (!met) {
      result.gap = `${fmt(d.before)} → ${fmt(d.after)} ${d.unit}: ${fmt(d.worsePct)}% worse beyond the measured spread (${d.decidedBy} decided), allowed ${expression.text}`;
    }
    return result;
  });
}
