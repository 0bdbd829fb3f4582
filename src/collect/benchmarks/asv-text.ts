import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import type { SeriesInit } from './series.js';
import { readTextSeries, someHeadLine, trailingFields } from './text-input.js';

/**
 * airspeed velocity (`asv run`) console output:
 *
 *     [ 35.00%] ··· benchmarks.TimeSuite.time_iterkeys                     11.1±0.01μs
 *     [ 30.00%] ··· benchmarks.MemSuite.mem_list                                 2.42k
 *     [ 85.00%] ··· benchmarks.TimeSuite.time_iterkeys3                         failed
 *
 * Timing results become `time` series (value and unit as printed, value ∓ the `±` figure as
 * `lower`/`upper`); `mem_`/`peakmem_` results become `memory` series in bytes (asv prints sizes
 * with an SI suffix and no unit: `2.42k` → 2.42 kB); a bare number (`track_`) becomes `value`.
 * `failed` results are warnings. Parameterised benchmarks print a table instead of a value and
 * are not read (a notice says so).
 */
export const asvTextCollector: Collector<BenchmarkEvidence> = {
  format: 'asv-text',
  kind: 'benchmarks',
  producers: 'airspeed velocity (asv run)',
  detect: (head) => someHeadLine(head, (line) => parseAsvLine(line)?.kind === 'result'),
  parse: (input) =>
    readTextSeries(input, 'asv', (out) => ({
      line: (text, lineNumber) => {
        const parsed = parseAsvLine(text);
        if (parsed?.kind === 'result') out.add(parsed.series);
        else if (parsed?.kind === 'failed')
          out.warn(`benchmark ${parsed.name} failed: no result`, { line: lineNumber });
        else if (parsed?.kind === 'table')
          out.notice(`benchmark ${parsed.name} is parameterised; its table is not read`, {
            line: lineNumber,
          });
      },
    })),
};

type AsvLine =
  | { kind: 'result'; series: SeriesInit }
  | { kind: 'failed'; name: string }
  | { kind: 'table'; name: string };

const PREFIX = /^\[\s*\d+(?:\.\d+)?%\] ·+ /;
const TIME = /^(\d+(?:\.\d+)?)(?:±(\d+(?:\.\d+)?))?(ns|μs|µs|us|ms|s|m|h)$/;
const SIZE = /^(\d+(?:\.\d+)?)([kMGT]?)(?:±(\d+(?:\.\d+)?)[kMGT]?)?$/;

function parseAsvLine(text: string): AsvLine | undefined {
  const prefix = PREFIX.exec(text);
  if (!prefix) return undefined;
  const tail = trailingFields(text.slice(prefix[0].length), 1);
  const [result = ''] = tail?.fields ?? [];
  const name = tail?.head ?? '';
  // Progress lines ("Running (...)", "Building for ...") have spaces in what precedes the value.
  if (name === '' || /\s/.test(name)) return undefined;
  if (result === 'failed') return { kind: 'failed', name };
  if (result === 'ok') return { kind: 'table', name };
  const time = TIME.exec(result);
  if (time) {
    const [, valueText = '', errorText, unit = ''] = time;
    const value = Number(valueText);
    const error = errorText === undefined ? undefined : Number(errorText);
    const spread = error === undefined ? undefined : { lower: value - error, upper: value + error };
    return { kind: 'result', series: { name, measure: 'time', value, unit, spread } };
  }
  const size = SIZE.exec(result);
  if (!size) return undefined;
  const [, valueText = '', suffix = ''] = size;
  const kind = name.slice(name.lastIndexOf('.') + 1);
  if (/^(?:peak)?mem_/.test(kind)) {
    return {
      kind: 'result',
      series: { name, measure: 'memory', value: Number(valueText), unit: `${suffix}B` },
    };
  }
  return suffix === ''
    ? { kind: 'result', series: { name, measure: 'value', value: Number(valueText), unit: '' } }
    : undefined;
}
