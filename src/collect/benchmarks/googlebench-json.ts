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
 * counters give `throughput` (B/s) and `itemsPerSec`. With `--benchmark_repetitions` the
 * `mean` aggregate is the value and the `stddev` aggregate the spread (samples = repetitions);
 * repetitions reported without aggregates are averaged. Runs with `error_occurred` are warnings;
 * complexity aggregates (BigO, RMS) are skipped.
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
    for (const { entry, index } of validEntries(document.benchmarks, RUN, 'benchmarks', out)) {
      if (entry.error_occurred) {
        out.warn(
          `benchmarks[${index}] ${entry.name}: ${entry.error_message ?? 'error occurred'}; no result`,
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
});

type Run = z.infer<typeof RUN>;

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
  emitCounters(name, mean, out);
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
}

function emitCounters(name: string, run: Run, out: SeriesCollector): void {
  if (run.bytes_per_second !== undefined) {
    out.add({
      name,
      measure: 'throughput',
      value: run.bytes_per_second,
      unit: 'B/s',
      biggerIsBetter: true,
    });
  }
  if (run.items_per_second !== undefined) {
    out.add({
      name,
      measure: 'itemsPerSec',
      value: run.items_per_second,
      unit: 'items/s',
      biggerIsBetter: true,
    });
  }
}
