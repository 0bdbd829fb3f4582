import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { parsePrintedNumber, type SeriesInit } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * benchmark.js console output (`String(bench)` of each cycle):
 *
 *     fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)
 *
 * One `opsPerSec` series per line: value and unit as printed, `±` as `pct`, runs as `samples`.
 */
export const benchmarkjsTextCollector: Collector<BenchmarkEvidence> = {
  format: 'benchmarkjs-text',
  kind: 'benchmarks',
  producers: 'benchmark.js (and tools printing its cycle lines, e.g. benny, tinybench wrappers)',
  detect: (head) => someHeadLine(head, (line) => parseCycleLine(line) !== undefined),
  parse: (input) =>
    readTextSeries(input, 'benchmark.js', (out) => ({
      line: (text) => {
        const series = parseCycleLine(text);
        if (series) out.add(series);
      },
    })),
};

// benchmark.js writes `±`; some consoles mangle it to `+-`. "1 run sampled" is singular.
const CYCLE = /^ x ([\d,.]+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/;

function parseCycleLine(text: string): SeriesInit | undefined {
  const at = text.lastIndexOf(' x ');
  if (at <= 0) return undefined;
  const match = CYCLE.exec(text.slice(at));
  const name = text.slice(0, at).trim();
  if (!match || name === '') return undefined;
  const [, valueText = '', unit = '', pctText = '', runsText = ''] = match;
  const value = parsePrintedNumber(valueText);
  if (value === undefined) return undefined;
  return {
    name,
    measure: 'opsPerSec',
    value,
    unit,
    biggerIsBetter: true,
    spread: { pct: Number(pctText), samples: Number(runsText) },
    extra: `${runsText} samples`,
  };
}
