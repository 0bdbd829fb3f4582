import type { Metrics, RequirementResult } from '../model/certification.js';
import type { MetricRef } from '../model/metric-path.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Smallest whole count `needed` so that (covered + needed) / total meets `target` percent. */
export function countToReach(covered: number, total: number, targetPct: number, strict: boolean): number {
  let needed = Math.max(0, Math.ceil((targetPct / 100) * total - covered - 1e-9));
  while (needed < total - covered && !(strict ? ((covered + needed) / total) * 100 > targetPct : ((covered + needed) / total) * 100 >= targetPct - 1e-9)) needed++;
  return needed;
}

/** What it takes to meet an unmet requirement, in units a person acts on. */
/** Names of tests by state, for gaps that say which tests to fix. */
export interface GapContext {
  testNames: Partial<Record<'failed' | 'errors' | 'flaky' | 'skipped', string[]>>;
}

export function describeGap(ref: MetricRef, result: RequirementResult, metrics: Metrics, context: GapContext = { testNames: {} }): string {
  const actual = result.actual ?? 0;
  const raising = result.op === '>=' || result.op === '>';
  if (ref.kind === 'coverage' && raising) {
    const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
    const counter = coverage?.[ref.field];
    if (counter && counter.total > 0) {
      const needed = countToReach(counter.covered, counter.total, result.target, result.op === '>');
      const noun = ref.field === 'lines' ? 'line' : ref.field === 'branches' ? 'branch' : 'function';
      const nouns = noun === 'branch' ? (needed === 1 ? 'branch' : 'branches') : plural(needed, noun).replace(/^\d+ /, '');
      return `${fmt(actual)}% → ${result.expression}: cover ${needed} more ${nouns} (${counter.covered}/${counter.total} now)`;
    }
  }
  if (ref.kind === 'tests') {
    const tests = ref.group === undefined ? metrics.tests : metrics.groups[ref.group]?.tests;
    if (tests && ref.field === 'passRate' && raising) {
      const ran = tests.total - tests.skipped;
      const needed = countToReach(tests.passed, ran, result.target, result.op === '>');
      return `${fmt(actual)}% → ${result.expression}: make ${plural(needed, 'more test')} pass (${tests.passed}/${ran} pass now)`;
    }
    if (!raising && (ref.field === 'failed' || ref.field === 'errors' || ref.field === 'flaky' || ref.field === 'skipped')) {
      const excess = excessOver(actual, result);
      const what = { failed: 'failing', errors: 'erroring', flaky: 'flaky', skipped: 'skipped' }[ref.field];
      const verb = ref.field === 'skipped' ? 'run or remove' : 'fix';
      const names = context.testNames[ref.field];
      const listed = ref.group === undefined && names && names.length > 0 ? `: ${names.slice(0, 3).join('; ')}${actual > 3 ? `; … and ${actual - 3} more` : ''}` : '';
      return `${fmt(actual)} → ${result.expression}: ${verb} ${plural(excess, `${what} test`)}${listed}`;
    }
  }
  if (ref.kind === 'security' && !raising) {
    const excess = excessOver(actual, result);
    return `${actual} → ${result.expression}: resolve ${plural(excess, `${ref.field === 'total' ? '' : `${ref.field} `}finding`)}`;
  }
  const unit = result.unit === 'count' ? '' : result.unit === '%' ? '%' : ` ${result.unit}`;
  const distance = Math.abs(result.target - actual);
  return `${fmt(actual)}${unit} → ${result.expression}: ${fmt(distance)}${unit} ${raising ? 'short' : 'over'}`;
}

function excessOver(actual: number, result: RequirementResult): number {
  if (result.op === '<') return Math.max(1, Math.floor(actual - result.target) + 1);
  if (result.op === '==' || result.op === '<=') return Math.max(1, Math.ceil(actual - result.target));
  return 1;
}

export function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
