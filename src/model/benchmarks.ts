/**
 * Benchmark evidence: one series per (benchmark, measure). A requirement addresses a series
 * as `benchmarks.<name>.<measure>`, e.g. `benchmarks."render 1k rows".opsPerSec`,
 * `benchmarks.http_req_duration.p95`, `benchmarks.*.memory`.
 *
 * Measure names (the same word means the same thing in every format):
 *
 * | measure | meaning | direction | e.g. |
 * | --- | --- | --- | --- |
 * | `time` | time per iteration / operation / run (the tool's central estimate: mean, median or single figure) | smaller | cargo `ns/iter`, go `ns/op`, Criterion, Catch2 mean, BenchmarkDotNet Mean, JMH avgt, hyperfine mean, pytest mean, vitest mean, asv, Ruby real, console.time |
 * | `cpuTime` | CPU time per iteration where reported apart from wall time | smaller | Google Benchmark `cpu_time` |
 * | `opsPerSec` | operations (iterations, calls) per second | bigger | benchmark.js, JMH thrpt, pytest `ops`, vitest `hz` |
 * | `throughput` | data or elements processed per second | bigger | go `MB/s`, Criterion `thrpt`, Google Benchmark `bytes_per_second` |
 * | `itemsPerSec` | items per second as the harness counts them | bigger | Google Benchmark `items_per_second` |
 * | `memory` | bytes allocated per operation, or memory used | smaller | go `B/op`, BenchmarkDotNet, Julia, asv `mem_`/`peakmem_`, JMH `gc.alloc.rate.norm` |
 * | `allocs` | allocations per operation | smaller | go `allocs/op`, Julia |
 * | `avg`, `min`, `max`, `p50`, `p75`, `p90`, `p95`, `p99`, `p995`, `p999` | latency distribution (pNN = NNth percentile; p995 = 99.5th) | smaller | k6 trends, vitest percentiles, hyperfine median (`p50`) |
 * | `rate` | k6 rate (fraction 0..1, unit `ratio`) or counter rate (per second) | per metric | k6 `http_req_failed`, `checks`, `http_reqs` |
 * | `count`, `passes`, `fails` | k6 counter totals and rate pass/fail counts | per metric | k6 |
 * | `instructions`, `l1Accesses`, `l2Accesses`, `ramAccesses`, `estimatedCycles` | Cachegrind counters | smaller | iai |
 * | `value` | a figure with no better-known measure (custom JSON) | as declared | custom-json |
 *
 * Figures in units of their own name their own measure: a Go custom metric
 * (`b.ReportMetric(v, "widgets/op")`) is measure `widgets/op`; a libtest-style `cycles/iter` is
 * measure `cycles`. `value` and `unit` stay exactly as the tool printed them (ns/iter stays
 * ns/iter; compare across units with model/units.ts).
 */

/**
 * How much a measurement varies, as far as the format says. All figures except `pct` and
 * `samples` are in the series' own unit.
 */
export interface Spread {
  /** ± percent of the value (benchmark.js `±1.2%`, Luau `StdDev%`, vitest `rme`). */
  pct?: number;
  stddev?: number;
  /** Number of samples (runs, rounds, measurements) the figure is computed from. */
  samples?: number;
  /** Smallest and largest observed sample. */
  min?: number;
  max?: number;
  /**
   * Bounds the tool gives around its estimate: Criterion's and Catch2's confidence interval,
   * JMH `scoreConfidence`, BenchmarkDotNet's confidence interval, or value ∓ the ± figure
   * libtest (`(+/- 24)`), asv (`11.1±0.01μs`) and custom JSON `range` print.
   */
  lower?: number;
  upper?: number;
}

/** One measured figure of one benchmark: e.g. "render 1k rows" / opsPerSec. */
export interface BenchmarkSeries {
  name: string;
  /** What is measured (see the table above); the key used after the name in requirements. */
  measure: string;
  value: number;
  /** Unit as the tool printed it (ns/iter, ops/sec, ms, MB, %, …). */
  unit: string;
  biggerIsBetter: boolean;
  spread?: Spread;
  /** Free text the tool adds (iterations, threads, …). */
  extra?: string;
}

export interface BenchmarkEvidence {
  kind: 'benchmarks';
  series: BenchmarkSeries[];
}

const BIGGER_IS_BETTER = new Set(['opsPerSec', 'throughput', 'itemsPerSec']);

/** The usual direction of a measure; formats override it where they know better (k6 rates). */
export function biggerIsBetterFor(measure: string): boolean {
  return BIGGER_IS_BETTER.has(measure);
}

/**
 * The ± margin of a series in its own unit, for deciding whether a change is within noise:
 * the wider side of the tool's bounds, else the standard deviation, else `pct` of the value.
 */
export function spreadMargin(
  series: Pick<BenchmarkSeries, 'value' | 'spread'>,
): number | undefined {
  const spread = series.spread;
  if (!spread) return undefined;
  if (spread.lower !== undefined || spread.upper !== undefined) {
    const below = spread.lower === undefined ? 0 : series.value - spread.lower;
    const above = spread.upper === undefined ? 0 : spread.upper - series.value;
    return Math.max(below, above);
  }
  if (spread.stddev !== undefined) return spread.stddev;
  if (spread.pct !== undefined) return (Math.abs(series.value) * spread.pct) / 100;
  return undefined;
}
