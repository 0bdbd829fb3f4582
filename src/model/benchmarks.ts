/** How much a measurement varies between runs, as far as the format says. */
export interface Spread {
  /** ± percent of the value. */
  pct?: number;
  stddev?: number;
  samples?: number;
  min?: number;
  max?: number;
}

/** One measured figure of one benchmark: e.g. "render 1k rows" / opsPerSec. */
export interface BenchmarkSeries {
  name: string;
  /** What is measured: 'time', 'opsPerSec', 'p95', 'memory', 'rate', … ; the key used after the name in requirements. */
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
