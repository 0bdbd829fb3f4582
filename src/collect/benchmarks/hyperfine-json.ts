import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument, validEntries } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * hyperfine `--export-json` output. Each command gives a `time` series (the mean in seconds,
 * with stddev, min, max and the number of runs) and a `p50` series (the median). hyperfine
 * writes `stddev: null` for a single run. Runs that exited non-zero (`--ignore-failure`) are a
 * warning: their times are in the figures.
 */
export const hyperfineJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'hyperfine-json',
  kind: 'benchmarks',
  producers: 'hyperfine (--export-json)',
  detect: (head) =>
    opensWith(head, '{') &&
    hasJsonKey(head, 'results') &&
    hasJsonKey(head, 'command') &&
    hasJsonKey(head, 'mean') &&
    (hasJsonKey(head, 'stddev') || hasJsonKey(head, 'times') || hasJsonKey(head, 'exit_codes')),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'hyperfine JSON');
    const out = new SeriesCollector();
    for (const { entry } of validEntries(document.results, RESULT, 'results', out)) {
      const name = entry.command;
      const samples = entry.times?.length ?? entry.exit_codes?.length;
      const extra = [
        entry.user === undefined ? undefined : `user: ${entry.user} s`,
        entry.system === undefined ? undefined : `system: ${entry.system} s`,
      ]
        .filter((line) => line !== undefined)
        .join('\n');
      out.add({
        name,
        measure: 'time',
        value: entry.mean,
        unit: 's',
        spread: { stddev: entry.stddev ?? undefined, samples, min: entry.min, max: entry.max },
        extra,
      });
      if (entry.median !== undefined)
        out.add({ name, measure: 'p50', value: entry.median, unit: 's', spread: { samples } });
      const failed = entry.exit_codes?.filter((code) => code !== 0).length ?? 0;
      if (failed > 0)
        out.warn(`${name}: ${failed} of ${entry.exit_codes?.length ?? 0} runs exited non-zero`);
    }
    return out.result('no results in the hyperfine JSON', { line: 1 });
  },
};

const DOCUMENT = z.object({ results: z.array(z.unknown()) });

const RESULT = z.object({
  command: z.string(),
  mean: z.number(),
  stddev: z.number().nullish(),
  median: z.number().optional(),
  user: z.number().optional(),
  system: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  times: z.array(z.number()).optional(),
  exit_codes: z.array(z.number().nullable()).optional(),
});
