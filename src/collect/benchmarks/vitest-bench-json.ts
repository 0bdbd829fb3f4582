import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * `vitest bench --outputJson` (tinybench statistics, times in milliseconds). Each benchmark,
 * named `<group fullName> > <name>` (`math.bench.ts > math > add`), gives `time` (mean, with sd,
 * rme as `pct`, min, max, sample count), `opsPerSec` (`hz`, with rme), and the percentiles
 * vitest reports: `p50` (median), `p75`, `p99`, `p995`, `p999`.
 */
export const vitestBenchJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'vitest-bench-json',
  kind: 'benchmarks',
  producers: 'vitest bench (--outputJson)',
  detect: (head) =>
    opensWith(head, '{') &&
    hasJsonKey(head, 'files') &&
    hasJsonKey(head, 'groups') &&
    hasJsonKey(head, 'benchmarks') &&
    (hasJsonKey(head, 'hz') || hasJsonKey(head, 'rme')),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'vitest bench JSON');
    const out = new SeriesCollector();
    document.files.forEach((file, fileIndex) => {
      file.groups.forEach((group, groupIndex) => {
        const path = `files[${fileIndex}].groups[${groupIndex}].benchmarks`;
        for (const { entry } of validEntries(group.benchmarks, BENCHMARK, path, out)) {
          const name = `${group.fullName} > ${entry.name}`;
          const samples = entry.sampleCount ?? entry.samples?.length;
          out.add({
            name,
            measure: 'time',
            value: entry.mean,
            unit: 'ms',
            spread: { stddev: entry.sd, pct: entry.rme, samples, min: entry.min, max: entry.max },
          });
          out.add({
            name,
            measure: 'opsPerSec',
            value: entry.hz,
            unit: 'ops/s',
            spread: { pct: entry.rme, samples },
          });
          const percentiles = {
            p50: entry.median,
            p75: entry.p75,
            p99: entry.p99,
            p995: entry.p995,
            p999: entry.p999,
          };
          for (const [measure, value] of Object.entries(percentiles)) {
            if (value !== undefined) out.add({ name, measure, value, unit: 'ms' });
          }
        }
      });
    });
    return out.result('no benchmarks in the vitest bench JSON', { line: 1 });
  },
};

const DOCUMENT = z.object({
  files: z.array(
    z.object({
      groups: z.array(z.object({ fullName: z.string(), benchmarks: z.array(z.unknown()) })),
    }),
  ),
});

const BENCHMARK = z.object({
  name: z.string(),
  hz: z.number(),
  mean: z.number(),
  rme: z.number().optional(),
  sd: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  sampleCount: z.number().optional(),
  samples: z.array(z.unknown()).optional(),
  median: z.number().optional(),
  p75: z.number().optional(),
  p99: z.number().optional(),
  p995: z.number().optional(),
  p999: z.number().optional(),
});
