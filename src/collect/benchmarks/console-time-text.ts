import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import type { SeriesInit } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * `console.time()` / `console.timeEnd()` lines in the form Firefox and Deno print them:
 *
 *     benchmark 3: The Third - timer/timerEnd: 8827ms - timer ended
 *
 * One `time` series per line, the label (everything before the last `: `) as its name. Node.js
 * prints the same call without ` - timer ended` (`label: 1.234ms`), which cannot be told apart
 * from any log line by content, so it is not read.
 */
export const consoleTimeTextCollector: Collector<BenchmarkEvidence> = {
  format: 'console-time-text',
  kind: 'benchmarks',
  producers: 'console.time/timeEnd (Firefox, Deno, bencher "js_time")',
  detect: (head) => someHeadLine(head, (line) => parseTimerLine(line) !== undefined),
  parse: (input) =>
    readTextSeries(input, 'console.time', (out) => ({
      line: (text) => {
        const series = parseTimerLine(text);
        if (series) out.add(series);
      },
    })),
};

const ENDED = ' - timer ended';
const DURATION = /^(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s)$/;

function parseTimerLine(text: string): SeriesInit | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(ENDED)) return undefined;
  const body = trimmed.slice(0, -ENDED.length);
  const colon = body.lastIndexOf(': ');
  if (colon <= 0) return undefined;
  const duration = DURATION.exec(body.slice(colon + 2));
  if (!duration) return undefined;
  const [, value = '', unit = ''] = duration;
  return { name: body.slice(0, colon), measure: 'time', value: Number(value), unit };
}
