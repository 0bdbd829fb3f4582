import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * JMH `-rf json` results. Each entry gives one series from its primary metric: `opsPerSec`
 * (bigger is better) for throughput units (`ops/s`, `ops/ms`, …), else `time` (`ns/op`, `us/op`,
 * … in avgt, sample and ss modes); value and unit as JMH wrote them, `scoreConfidence` as
 * `lower`/`upper`, the number of measurements as `samples`, the 0th/100th percentiles as min/max.
 * `@Param` values are appended to the name as github-action-benchmark does
 * (`bench ( {"size":"10"} )`). The `gc.alloc.rate.norm` secondary metric (`-prof gc`) gives a
 * `memory` series. JMH writes "NaN" (a string) where a figure is undefined; such figures are left out.
 */
export const jmhJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'jmh-json',
  kind: 'benchmarks',
  producers: 'JMH (-rf json)',
  detect: (head) =>
    opensWith(head, '[') &&
    hasJsonKey(head, 'benchmark') &&
    hasJsonKey(head, 'mode') &&
    hasJsonKey(head, 'primaryMetric'),
  parse: async (input) => {
    const entries = await readValidDocument(input, z.array(z.unknown()), 'JMH JSON');
    const out = new SeriesCollector();
    for (const { entry } of validEntries(entries, ENTRY, '', out)) {
      const name = entry.params
        ? `${entry.benchmark} ( ${JSON.stringify(entry.params)} )`
        : entry.benchmark;
      const metric = entry.primaryMetric;
      const [lower, upper] = metric.scoreConfidence ?? [];
      const throughput =
        metric.scoreUnit.startsWith('ops/') ||
        (entry.mode === 'thrpt' && !metric.scoreUnit.endsWith('/op'));
      out.add({
        name,
        measure: throughput ? 'opsPerSec' : 'time',
        value: metric.score,
        unit: metric.scoreUnit,
        biggerIsBetter: throughput,
        spread: {
          lower,
          upper,
          samples: metric.rawData?.reduce((count, fork) => count + fork.length, 0),
          min: metric.scorePercentiles?.['0.0'],
          max: metric.scorePercentiles?.['100.0'],
        },
        extra: `iterations: ${entry.measurementIterations ?? '?'}\nforks: ${entry.forks ?? '?'}\nthreads: ${entry.threads ?? '?'}`,
      });
      // JMH up to 1.36 prefixes profiler metrics with '·'; 1.37 writes them bare.
      const allocation =
        entry.secondaryMetrics?.['gc.alloc.rate.norm'] ??
        entry.secondaryMetrics?.['·gc.alloc.rate.norm'];
      if (allocation?.score !== undefined) {
        out.add({ name, measure: 'memory', value: allocation.score, unit: allocation.scoreUnit });
      }
    }
    return out.result('no benchmarks in the JMH JSON', { line: 1 });
  },
};

/** A number, or JMH's "NaN"/"Infinity" strings, which carry no figure. */
const FIGURE = z
  .union([z.number(), z.string()])
  .transform((value) => (typeof value === 'number' ? value : undefined));

const ENTRY = z.object({
  benchmark: z.string(),
  mode: z.string(),
  threads: z.number().optional(),
  forks: z.number().optional(),
  measurementIterations: z.number().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  primaryMetric: z.object({
    score: z.number(),
    scoreUnit: z.string(),
    scoreConfidence: z.array(FIGURE).optional(),
    scorePercentiles: z.record(z.string(), FIGURE).optional(),
    rawData: z.array(z.array(z.unknown())).optional(),
  }),
  secondaryMetrics: z
    .record(z.string(), z.object({ score: FIGURE, scoreUnit: z.string() }))
    .optional(),
});
