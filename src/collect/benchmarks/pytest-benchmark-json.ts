import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * pytest-benchmark `--benchmark-json` output. Each benchmark (named by its `fullname`,
 * `file.py::test[param]`) gives an `opsPerSec` series (`stats.ops`, unit `iter/sec`, listed
 * first as github-action-benchmark reports it) and a `time` series (`stats.mean` in seconds,
 * with stddev, min, max and rounds). pytest-benchmark keeps every time in seconds.
 */
export const pytestBenchmarkJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'pytest-benchmark-json',
  kind: 'benchmarks',
  producers: 'pytest-benchmark (--benchmark-json)',
  detect: (head) =>
    opensWith(head, '{') && hasJsonKey(head, 'machine_info') && hasJsonKey(head, 'benchmarks'),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'pytest-benchmark JSON');
    const out = new SeriesCollector();
    for (const { entry } of validEntries(document.benchmarks, BENCHMARK, 'benchmarks', out)) {
      const { stats } = entry;
      const extra = `mean: ${humanSeconds(stats.mean)}\nrounds: ${stats.rounds}`;
      if (stats.ops !== undefined) {
        out.add({
          name: entry.fullname,
          measure: 'opsPerSec',
          value: stats.ops,
          unit: 'iter/sec',
          spread: { samples: stats.rounds },
          extra,
        });
      }
      out.add({
        name: entry.fullname,
        measure: 'time',
        value: stats.mean,
        unit: 's',
        spread: { stddev: stats.stddev, samples: stats.rounds, min: stats.min, max: stats.max },
      });
    }
    return out.result('no benchmarks in the pytest-benchmark JSON', { line: 1 });
  },
};

const DOCUMENT = z.object({ machine_info: z.unknown(), benchmarks: z.array(z.unknown()) });

const BENCHMARK = z.object({
  fullname: z.string(),
  stats: z.object({
    min: z.number(),
    max: z.number(),
    mean: z.number(),
    stddev: z.number(),
    rounds: z.number(),
    ops: z.number().optional(),
  }),
});

/** The mean as github-action-benchmark's extra shows it (`24.08868133322941 usec`). */
function humanSeconds(seconds: number): string {
  if (seconds < 1e-6) return `${seconds * 1e9} nsec`;
  if (seconds < 1e-3) return `${seconds * 1e6} usec`;
  if (seconds < 1) return `${seconds * 1e3} msec`;
  return `${seconds} sec`;
}
