import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * BenchmarkTools.jl `BenchmarkTools.save("out.json", estimate)` files, as github-action-benchmark
 * reads them: `[{"Julia": …, "BenchmarkTools": …}, [group…]]` where a group is
 * `["BenchmarkGroup", {"data": {key: group-or-estimate}}]` and an estimate is
 * `["TrialEstimate", {"time", "gctime", "memory", "allocs", "params"}]`.
 *
 * Each estimate, named by its keys joined with `/` (`fib/10`), gives `time` (ns), `memory` (B)
 * and `allocs` series. Raw `Trial`s (not reduced with minimum/median/mean first) are warnings.
 */
export const juliaJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'julia-json',
  kind: 'benchmarks',
  producers: 'BenchmarkTools.jl (BenchmarkTools.save of a TrialEstimate group)',
  detect: (head) =>
    opensWith(head, '[') && hasJsonKey(head, 'BenchmarkTools') && head.includes('"BenchmarkGroup"'),
  parse: async (input) => {
    const [, groups] = await readValidDocument(input, DOCUMENT, 'BenchmarkTools.jl JSON');
    const out = new SeriesCollector();
    groups.forEach((group, index) => {
      walk(group, [], `[1][${index}]`, out);
    });
    return out.result('no TrialEstimate in the BenchmarkTools.jl JSON', { line: 1 });
  },
};

/** Groups nested deeper than this are hostile input, not a benchmark suite. */
const MAX_DEPTH = 64;

const DOCUMENT = z.tuple([z.record(z.string(), z.unknown()), z.array(z.unknown())]);
const NODE = z.tuple([z.string(), z.unknown()]);
const GROUP = z.object({ data: z.record(z.string(), z.unknown()) });
const ESTIMATE = z.object({
  time: z.number(),
  gctime: z.number(),
  memory: z.number(),
  allocs: z.number(),
  params: z.tuple([z.string(), z.unknown()]),
});

function walk(value: unknown, labels: string[], path: string, out: SeriesCollector): void {
  const node = NODE.safeParse(value);
  if (!node.success) {
    out.warn(`${path}: not a ["type", {…}] pair; skipped`);
    return;
  }
  const [type, body] = node.data;
  const name = labels.join('/');
  if (type === 'BenchmarkGroup') {
    const group = GROUP.safeParse(body);
    if (!group.success) out.warn(`${path}: BenchmarkGroup without "data"; skipped`);
    else if (labels.length >= MAX_DEPTH)
      out.warn(`${path}: groups nested deeper than ${MAX_DEPTH}; skipped`);
    else
      for (const [key, child] of Object.entries(group.data.data))
        walk(child, [...labels, key], `${path}.data["${key}"]`, out);
  } else if (type === 'TrialEstimate') {
    const estimate = ESTIMATE.safeParse(body);
    if (!estimate.success) {
      out.warn(
        `${path} (${name}): TrialEstimate without time/gctime/memory/allocs/params; skipped`,
      );
      return;
    }
    const { time, gctime, memory, allocs, params } = estimate.data;
    // The same text github-action-benchmark shows; params as written in the file.
    const extra = `gctime=${gctime}\nmemory=${memory}\nallocs=${allocs}\nparams=${JSON.stringify(params[1])}`;
    out.add({ name, measure: 'time', value: time, unit: 'ns', extra });
    out.add({ name, measure: 'memory', value: memory, unit: 'B', extra });
    out.add({ name, measure: 'allocs', value: allocs, unit: 'allocs', extra });
  } else if (type === 'Trial') {
    out.warn(
      `${name}: a raw Trial; save an estimate (minimum, median or mean of the results) to have a figure`,
    );
  } else {
    out.notice(`${path} (${name}): unsupported type ${type}; skipped`);
  }
}
