import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { parsePrintedNumber, type SeriesInit } from './series.js';
import { readTextSeries, someHeadLine, trailingFields } from './text-input.js';

/**
 * Output of Luau's benchmark runner (`bench/bench.py`):
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * One `time` series per SUCCESS line (the average, with its StdDev% as `pct`; the driver goes
 * to `extra`). The results table the runner prints after them repeats the same figures and is
 * not read again. FAILED lines become warnings.
 */
export const benchmarkluauTextCollector: Collector<BenchmarkEvidence> = {
  format: 'benchmarkluau-text',
  kind: 'benchmarks',
  producers: 'Luau bench runner (bench/bench.py)',
  detect: (head) => someHeadLine(head, (line) => parseSuccessLine(line) !== undefined),
  parse: (input) =>
    readTextSeries(input, 'Luau benchmark', (out) => ({
      line: (text, lineNumber) => {
        const series = parseSuccessLine(text);
        if (series) out.add(series);
        else if (/^(?:FAILED|ERROR)\b/.test(text))
          out.warn(`no result: ${text.trim()}`, { line: lineNumber });
      },
    })),
};

const VALUE = /^(\d+(?:\.\d+)?)([a-zµμ]+)$/;

function parseSuccessLine(text: string): SeriesInit | undefined {
  if (!text.startsWith('SUCCESS:')) return undefined;
  // SUCCESS: <name> : <value><unit> +/- <pct>% on <driver>
  const tail = trailingFields(text, 5);
  if (!tail) return undefined;
  const [valueText = '', plusMinus, pctText = '', on, driver = ''] = tail.fields;
  const value = VALUE.exec(valueText);
  const pct = parsePrintedNumber(pctText.replace(/%$/, ''));
  if (!value || plusMinus !== '+/-' || !pctText.endsWith('%') || pct === undefined || on !== 'on')
    return undefined;
  const nameColon = tail.head.slice('SUCCESS:'.length).trim();
  if (!nameColon.endsWith(':')) return undefined;
  const name = nameColon.slice(0, -1).trim();
  if (name === '') return undefined;
  const [, number = '', unit = ''] = value;
  return { name, measure: 'time', value: Number(number), unit, spread: { pct }, extra: driver };
}
