import type { Collector } from '../collector.js';
import type { BenchmarkEvidence, BenchmarkSeries } from '../../model/benchmarks.js';
import { convertUnit } from '../../model/units.js';
import { readLibtestLine } from './cargo-bench-text.js';
import { parsePrintedNumber, type SeriesCollector } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * Criterion.rs console output (`cargo bench` with Criterion), the whole log as printed:
 *
 *     Benchmarking fib 20: Collecting 100 samples in estimated 5.0215 s (278k iterations)
 *     fib 20                  time:   [17.994 µs 18.073 µs 18.163 µs]
 *                             thrpt:  [1.2938 Melem/s 1.2961 Melem/s 1.2987 Melem/s]
 *                             change: [-1.2170% -0.4236% +0.3695%] (p = 0.31 > 0.05)
 *
 * `time` is the point estimate with its confidence interval as `lower`/`upper`; `thrpt`
 * becomes a `throughput` series. A name too long for its column is printed on the line
 * before `time:`. libtest `bench:` lines in the same log (other bench targets) are read too.
 */
export const criterionTextCollector: Collector<BenchmarkEvidence> = {
  format: 'criterion-text',
  kind: 'benchmarks',
  producers: 'Criterion.rs (cargo bench)',
  detect: (head) => someHeadLine(head, (line) => parseEstimate(line, 'time:') !== undefined),
  parse: (input) => readTextSeries(input, 'Criterion', (out) => new CriterionReader(out)),
};

interface Estimate {
  label: string;
  low: number;
  value: number;
  high: number;
  unit: string;
}

const ESTIMATE = /^\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]\s*$/;
/** What follows the name in "Benchmarking <name>: Collecting <n> samples …" (found from the end). */
const COLLECTING = /^: Collecting (\d+) samples/;
/** `change: [-2.1% -0.3% +1.6%] (p = …)`, or its `time:` line under a bare `change:` (with throughput). */
const CHANGE = /^\s+(?:change|time):\s+(\[[+-]?[\d.]+% [+-]?[\d.]+% [+-]?[\d.]+%\].*)$/;
const VERDICT =
  /^\s+(No change in performance detected|Performance has (?:regressed|improved)|Change within noise threshold)\.\s*$/;

function parseEstimate(text: string, marker: 'time:' | 'thrpt:'): Estimate | undefined {
  const at = text.lastIndexOf(marker);
  if (at === -1) return undefined;
  const match = ESTIMATE.exec(text.slice(at + marker.length));
  if (!match) return undefined;
  const [, lowText = '', lowUnit = '', valueText = '', unit = '', highText = '', highUnit = ''] =
    match;
  const value = parsePrintedNumber(valueText);
  const low = inUnit(parsePrintedNumber(lowText), lowUnit, unit);
  const high = inUnit(parsePrintedNumber(highText), highUnit, unit);
  if (value === undefined || low === undefined || high === undefined) return undefined;
  return { label: text.slice(0, at).trim(), low, value, high, unit };
}

/** Criterion picks each figure's unit on its own (`[999.1 ns 1.0012 µs 1.0023 µs]`). */
function inUnit(value: number | undefined, from: string, to: string): number | undefined {
  return value === undefined ? undefined : convertUnit(value, from, to);
}

class CriterionReader {
  private previous = '';
  /** "Benchmarking <name>: Collecting <n> samples" comes right before that benchmark's result. */
  private collecting: { name: string; samples: number } | undefined;
  private current: { name: string; time: BenchmarkSeries } | undefined;

  constructor(private readonly out: SeriesCollector) {}

  line(text: string, lineNumber: number): void {
    this.read(text, lineNumber);
    if (text.trim() !== '') this.previous = text.trim();
  }

  private read(text: string, lineNumber: number): void {
    if (readLibtestLine(text, lineNumber, this.out)) {
      this.current = undefined;
      return;
    }
    if (this.readTime(text)) return;
    const change = CHANGE.exec(text);
    if (this.current && change) {
      this.current.time.extra = `change: ${change[1] ?? ''}`;
    } else if (this.current?.time.extra && VERDICT.test(text)) {
      this.current.time.extra += `\n${text.trim()}`;
    } else if (this.current && text.includes('thrpt:')) {
      this.readThroughput(this.current.name, text);
    } else {
      this.readCollecting(text);
    }
  }

  /** The name may hold ": " itself; `(.+): Collecting` would backtrack over a multi-megabyte line. */
  private readCollecting(text: string): void {
    if (!text.startsWith('Benchmarking ')) return;
    const at = text.lastIndexOf(': Collecting ');
    const collecting =
      at > 'Benchmarking '.length ? COLLECTING.exec(text.slice(at, at + 40)) : null;
    if (collecting?.[1]) {
      this.collecting = {
        name: text.slice('Benchmarking '.length, at),
        samples: Number(collecting[1]),
      };
    }
  }

  private samplesOf(name: string): number | undefined {
    return this.collecting?.name === name ? this.collecting.samples : undefined;
  }

  private readTime(text: string): boolean {
    const estimate = text.includes('time:') ? parseEstimate(text, 'time:') : undefined;
    if (!estimate) return false;
    const name = estimate.label === '' ? this.previous : estimate.label;
    if (name === '') return false;
    const time = this.out.add({
      name,
      measure: 'time',
      value: estimate.value,
      unit: estimate.unit,
      spread: { lower: estimate.low, upper: estimate.high, samples: this.samplesOf(name) },
    });
    this.current = { name, time };
    return true;
  }

  private readThroughput(name: string, text: string): void {
    const estimate = parseEstimate(text, 'thrpt:');
    if (estimate?.label !== '') return;
    this.out.add({
      name,
      measure: 'throughput',
      value: estimate.value,
      unit: estimate.unit,
      biggerIsBetter: true,
      spread: { lower: estimate.low, upper: estimate.high, samples: this.samplesOf(name) },
    });
  }
}
