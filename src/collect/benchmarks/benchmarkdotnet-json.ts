import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * BenchmarkDotNet JSON exporter output (`--exporters json`; full, brief or compressed). Each
 * benchmark (named by `FullName`) gives a `time` series: `Statistics.Mean` in ns, with the
 * standard deviation, N, min, max and the confidence interval as `lower`/`upper`. With the
 * MemoryDiagnoser, `Memory.BytesAllocatedPerOperation` gives a `memory` series (B per op).
 * A benchmark without statistics (it failed to run) is a warning.
 */
export const benchmarkdotnetJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'benchmarkdotnet-json',
  kind: 'benchmarks',
  producers: 'BenchmarkDotNet (JsonExporter)',
  detect: (head) =>
    opensWith(head, '{') &&
    hasJsonKey(head, 'HostEnvironmentInfo') &&
    (hasJsonKey(head, 'BenchmarkDotNetVersion') || hasJsonKey(head, 'Benchmarks')),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'BenchmarkDotNet JSON');
    const out = new SeriesCollector();
    for (const { entry, index } of validEntries(
      document.Benchmarks,
      BENCHMARK,
      'Benchmarks',
      out,
    )) {
      const stats = entry.Statistics;
      if (!stats) {
        out.warn(
          `Benchmarks[${index}] ${entry.FullName}: no statistics (the benchmark did not run); no result`,
        );
        continue;
      }
      out.add({
        name: entry.FullName,
        measure: 'time',
        value: stats.Mean,
        unit: 'ns',
        spread: {
          stddev: stats.StandardDeviation,
          samples: stats.N,
          min: stats.Min,
          max: stats.Max,
          lower: stats.ConfidenceInterval?.Lower,
          upper: stats.ConfidenceInterval?.Upper,
        },
      });
      const bytes = entry.Memory?.BytesAllocatedPerOperation;
      if (bytes !== undefined && bytes !== null) {
        out.add({ name: entry.FullName, measure: 'memory', value: bytes, unit: 'B' });
      }
    }
    return out.result('no benchmarks in the BenchmarkDotNet JSON', { line: 1 });
  },
};

const DOCUMENT = z.object({ HostEnvironmentInfo: z.unknown(), Benchmarks: z.array(z.unknown()) });

const BENCHMARK = z.object({
  FullName: z.string(),
  Statistics: z
    .object({
      Mean: z.number(),
      StandardDeviation: z.number().optional(),
      N: z.number().optional(),
      Min: z.number().optional(),
      Max: z.number().optional(),
      ConfidenceInterval: z.object({ Lower: z.number(), Upper: z.number() }).optional(),
    })
    .nullish(),
  Memory: z.object({ BytesAllocatedPerOperation: z.number().nullish() }).nullish(),
});
