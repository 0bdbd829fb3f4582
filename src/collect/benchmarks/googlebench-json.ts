import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { repeatedRuns, SeriesCollector } from './series.js';

/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out` output.
 *
 * Each run gives a `time` series (`real_time`, unit `<time_unit>/iter` as github-action-benchmark
 * writes it) and a `cpuTime` series (`cpu_time`); `bytes_per_second` and `items_per_second`
 * counters give `throughput` (B/s) and `itemsPerSec`. Every other counter the benchmark set
 * (`state.counters["hits"]`, written as a number beside the run's own fields) is a series of
 * its own, measure = the counter's name; the JSON gives neither its unit nor its direction (a
 * kIsRate counter is written already divided by the time, with nothing saying so), so the unit
 * is empty and smaller counts as better unless the name ends in `per_second` or `_rate`. A memory manager's `allocs_per_iter` and `max_bytes_used` give
 * `allocs` and `memory` (bytes). With `--benchmark_repetitions` the `mean` aggregate is the
 * value and the `stddev` aggregate the spread (samples = repetitions); repetitions reported
 * without aggregates are averaged. Runs with `error_occurred` are warnings, runs skipped with
 * `SkipWithMessage` (`skipped`, 1.8+, written with zero times) notices; complexity aggregates
 * (BigO, RMS) are skipped.
 */
export const googlebenchJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'googlebench-json',
  kind: 'benchmarks',
  producers: 'Google Benchmark (--benchmark_format=json, --benchmark_out)',
  detect: (head) =>
    opensWith(head, '{') &&
    hasJsonKey(head, 'context') &&
    hasJsonKey(head, 'benchmarks') &&
    (hasJsonKey(head, 'library_build_type') ||
      (hasJsonKey(head, 'executable') && hasJsonKey(head, 'num_cpus'))),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'Google Benchmark JSON');
    const out = new SeriesCollector();
    const groups = new Map<string, Run[]>();
    for (const { entry: fields, index } of validEntries(
      document.benchmarks,
      RUN,
      'benchmarks',
      out,
    )) {
      const entry = withCounters(fields, document.benchmarks[index]);
      if (entry.error_occurred) {
        out.warn(
          `benchmarks[${index}] ${entry.name}: ${entry.error_message ?? 'error occurred'}; no result`,
        );
        continue;
      }
      if (entry.skipped) {
        out.notice(
          `benchmarks[${index}] ${entry.name}: skipped${entry.skip_message ? ` (${entry.skip_message})` : ''}; no result`,
        );
        continue;
      }
      const key = entry.run_type === 'aggregate' ? (entry.run_name ?? entry.name) : entry.name;
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
    for (const [name, runs] of groups) emitGroup(name, runs, out);
    return out.result('no benchmark runs in the Google Benchmark JSON', { line: 1 });
  },
};

const DOCUMENT = z.object({ context: z.unknown(), benchmarks: z.array(z.unknown()) });

const RUN = z.object({
  name: z.string(),
  run_name: z.string().optional(),
  run_type: z.string().optional(),
  aggregate_name: z.string().optional(),
  aggregate_unit: z.string().optional(),
  repetitions: z.number().optional(),
  threads: z.number().optional(),
  iterations: z.number().optional(),
  real_time: z.number().optional(),
  cpu_time: z.number().optional(),
  time_unit: z.string().default('ns'),
  bytes_per_second: z.number().optional(),
  items_per_second: z.number().optional(),
  error_occurred: z.boolean().optional(),
  error_message: z.string().optional(),
  /** Google Benchmark 1.8+: `state.SkipWithMessage` (zero iterations and times are written). */
  skipped: z.boolean().optional(),
  skip_message: z.string().optional(),
});

type Run = z.infer<typeof RUN> & { counters: Map<string, number> };

/**
 * Numeric members json_reporter.cc writes for every run: not counters. Everything else that is a
 * number is a user counter (`run.counters`) or a memory manager figure.
 */
const RUN_FIELDS = new Set([
  'family_index',
  'per_family_instance_index',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'cpu_coefficient',
  'real_coefficient',
  'rms',
  'bytes_per_second',
  'items_per_second',
  'complexity_n',
]);

/** Memory manager figures (`benchmark::RegisterMemoryManager`), read as the measures they are. */
const MEMORY_FIELDS: Record<string, { measure: string; unit: string }> = {
  allocs_per_iter: { measure: 'allocs', unit: 'allocs/iter' },
  max_bytes_used: { measure: 'memory', unit: 'B' },
  total_allocated_bytes: { measure: 'total_allocated_bytes', unit: 'B' },
  net_heap_growth: { measure: 'net_heap_growth', unit: 'B' },
};

function withCounters(entry: z.infer<typeof RUN>, raw: unknown): Run {
  const counters = new Map<string, number>();
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'number' && Number.isFinite(value) && !RUN_FIELDS.has(key))
        counters.set(key, value);
    }
  }
  return { ...entry, counters };
}

function emitGroup(name: string, runs: Run[], out: SeriesCollector): void {
  const aggregates = runs.filter((run) => run.run_type === 'aggregate');
  const iterations = runs.filter((run) => run.run_type !== 'aggregate');
  const mean = aggregates.find((run) => run.aggregate_name === 'mean');
  const [single] = iterations;
  if (mean) {
    emitAggregated(name, mean, aggregates, iterations.length, out);
  } else if (iterations.length === 1 && single) {
    emitRun(name, single, out);
  } else if (iterations.length > 1) {
    emitRepetitions(name, iterations, out);
  } else {
    const kinds = aggregates.map((run) => run.aggregate_name ?? '?').join(', ');
    out.notice(`${name}: only ${kinds} aggregates (no mean); not read`);
  }
}

function emitRun(name: string, run: Run, out: SeriesCollector): void {
  const unit = `${run.time_unit}/iter`;
  const extra = `iterations: ${run.iterations ?? '?'}\ncpu: ${run.cpu_time ?? '?'} ${run.time_unit}\nthreads: ${run.threads ?? 1}`;
  if (run.real_time !== undefined)
    out.add({ name, measure: 'time', value: run.real_time, unit, extra });
  if (run.cpu_time !== undefined)
    out.add({ name, measure: 'cpuTime', value: run.cpu_time, unit, extra });
  emitCounters(name, run, out);
}

function emitAggregated(
  name: string,
  mean: Run,
  aggregates: Run[],
  iterationRuns: number,
  out: SeriesCollector,
): void {
  const stddev = aggregates.find((run) => run.aggregate_name === 'stddev');
  const median = aggregates.find((run) => run.aggregate_name === 'median');
  const samples = mean.repetitions ?? (iterationRuns > 0 ? iterationRuns : undefined);
  const unit = `${mean.time_unit}/iter`;
  const medianNote =
    median?.real_time === undefined ? '' : `\nmedian: ${median.real_time} ${median.time_unit}`;
  const extra = `repetitions: ${samples ?? '?'}${medianNote}\nthreads: ${mean.threads ?? 1}`;
  if (mean.real_time !== undefined) {
    out.add({
      name,
      measure: 'time',
      value: mean.real_time,
      unit,
      extra,
      spread: { stddev: stddev?.real_time, samples },
    });
  }
  if (mean.cpu_time !== undefined) {
    out.add({
      name,
      measure: 'cpuTime',
      value: mean.cpu_time,
      unit,
      extra,
      spread: { stddev: stddev?.cpu_time, samples },
    });
  }
  emitCounters(name, mean, out, stddev, samples);
}

function emitRepetitions(name: string, runs: Run[], out: SeriesCollector): void {
  const [first] = runs;
  if (!first) return;
  const unit = `${first.time_unit}/iter`;
  const extra = `repetitions: ${runs.length} (averaged by Certify: no aggregates in the file)\nthreads: ${first.threads ?? 1}`;
  const real = runs.flatMap((run) => (run.real_time === undefined ? [] : [run.real_time]));
  const cpu = runs.flatMap((run) => (run.cpu_time === undefined ? [] : [run.cpu_time]));
  if (real.length > 0) out.add({ name, measure: 'time', unit, extra, ...repeatedRuns(real) });
  if (cpu.length > 0) out.add({ name, measure: 'cpuTime', unit, extra, ...repeatedRuns(cpu) });
  for (const figure of countersOf(first)) {
    const values = runs.flatMap((run) => {
      const value = figureOf(run, figure.key);
      return value === undefined ? [] : [value];
    });
    if (values.length > 0) out.add({ name, ...figure.series, ...repeatedRuns(values) });
  }
}

interface CounterFigure {
  key: string;
  series: { measure: string; unit: string; biggerIsBetter: boolean };
}

/** The counters of a run, each with the series it gives, in the order the file writes them. */
function countersOf(run: Run): CounterFigure[] {
  const figures: CounterFigure[] = [];
  if (run.bytes_per_second !== undefined)
    figures.push({
      key: 'bytes_per_second',
      series: { measure: 'throughput', unit: 'B/s', biggerIsBetter: true },
    });
  if (run.items_per_second !== undefined)
    figures.push({
      key: 'items_per_second',
      series: { measure: 'itemsPerSec', unit: 'items/s', biggerIsBetter: true },
    });
  for (const key of run.counters.keys()) {
    const memory = Object.hasOwn(MEMORY_FIELDS, key) ? MEMORY_FIELDS[key] : undefined;
    figures.push({
      key,
      series: memory
        ? { ...memory, biggerIsBetter: false }
        : { measure: key, unit: '', biggerIsBetter: /(?:per_second|_rate)$/i.test(key) },
    });
  }
  return figures;
}

function figureOf(run: Run, key: string): number | undefined {
  if (key === 'bytes_per_second') return run.bytes_per_second;
  if (key === 'items_per_second') return run.items_per_second;
  return run.counters.get(key);
}

function emitCounters(
  name: string,
  run: Run,
  out: SeriesCollector,
  stddev?: Run,
  samples?: number,
): void {
  for (const figure of countersOf(run)) {
    const value = figureOf(run, figure.key);
    if (value === undefined) continue;
    const spread = stddev ? { stddev: figureOf(stddev, figure.key), samples } : undefined;
    out.add({ name, value, ...figure.series, ...(spread ? { spread } : {}) });
  }
}
