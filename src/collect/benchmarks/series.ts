import type { ParseResult } from '../collector.js';
import { EvidenceParseError, type SourcePosition } from '../../errors.js';
import {
  biggerIsBetterFor,
  type BenchmarkEvidence,
  type BenchmarkSeries,
  type Spread,
} from '../../model/benchmarks.js';
import type { Diagnostic } from '../../model/evidence.js';
import { clipMessage } from '../../model/limits.js';

/** Diagnostics kept per file; hostile input with a million bad lines must not grow memory. */
export const DIAGNOSTICS_PER_FILE = 100;

export interface SeriesInit {
  name: string;
  measure: string;
  value: number;
  unit: string;
  /** Defaults to the measure's usual direction. */
  biggerIsBetter?: boolean;
  spread?: Spread;
  extra?: string;
}

/** A series with the measure's default direction, and without empty optional parts. */
export function makeSeries(init: SeriesInit): BenchmarkSeries {
  const series: BenchmarkSeries = {
    name: init.name,
    measure: init.measure,
    value: init.value,
    unit: init.unit,
    biggerIsBetter: init.biggerIsBetter ?? biggerIsBetterFor(init.measure),
  };
  const spread = compactSpread(init.spread);
  if (spread) series.spread = spread;
  if (init.extra !== undefined && init.extra !== '') series.extra = init.extra;
  return series;
}

function compactSpread(spread: Spread | undefined): Spread | undefined {
  if (!spread) return undefined;
  const kept: Spread = {};
  for (const key of ['pct', 'stddev', 'samples', 'min', 'max', 'lower', 'upper'] as const) {
    const value = spread[key];
    if (value !== undefined && Number.isFinite(value)) kept[key] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** A number as tools print it: `1,431,759`, `40537.123`, `2.1498980114547953e+02`. */
export function parsePrintedNumber(text: string): number | undefined {
  if (
    !/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ||
    !/\d/.test(text)
  ) {
    return undefined;
  }
  const value = Number(text.replaceAll(',', ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * One figure for a benchmark run several times (go `-count N`, Google Benchmark repetitions
 * without aggregates): the mean of the printed values, with their spread.
 */
export function repeatedRuns(values: readonly number[]): { value: number; spread: Spread } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return {
    value: mean,
    spread: {
      samples: values.length,
      stddev: values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0,
      min: values.reduce((low, value) => Math.min(low, value), Infinity),
      max: values.reduce((high, value) => Math.max(high, value), -Infinity),
    },
  };
}

/** Gathers one file's series and diagnostics, then makes the parse result. */
export class SeriesCollector {
  readonly series: BenchmarkSeries[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private dropped = 0;

  /**
   * Adds a series and returns it (a later line may still add to its `extra`). A value that is
   * not a finite number (`1e999` and 400-digit figures overflow to Infinity) is no measurement:
   * it is skipped with a warning rather than reported or compared.
   */
  add(init: SeriesInit): BenchmarkSeries {
    const series = makeSeries(init);
    if (Number.isFinite(series.value)) this.series.push(series);
    else this.warn(`${clipMessage(series.name) ?? ''}: value ${String(series.value)} is not a finite number; skipped`);
    return series;
  }

  warn(message: string, position?: SourcePosition): void {
    this.diagnose('warning', message, position);
  }

  notice(message: string, position?: SourcePosition): void {
    this.diagnose('notice', message, position);
  }

  private diagnose(
    severity: Diagnostic['severity'],
    message: string,
    position?: SourcePosition,
  ): void {
    if (this.diagnostics.length >= DIAGNOSTICS_PER_FILE) {
      this.dropped++;
      return;
    }
    this.diagnostics.push(position ? { severity, message, position } : { severity, message });
  }

  /**
   * The result, or an EvidenceParseError when nothing was found: a benchmark file without a
   * single result is not evidence of anything.
   */
  result(noResults: string, position: SourcePosition): ParseResult<BenchmarkEvidence> {
    if (this.series.length === 0) throw new EvidenceParseError(noResults, position);
    const diagnostics = [...this.diagnostics];
    if (this.dropped > 0) {
      diagnostics.push({
        severity: 'notice',
        message: `${this.dropped} more diagnostics not shown`,
      });
    }
    return { data: { kind: 'benchmarks', series: this.series }, diagnostics };
  }
}
