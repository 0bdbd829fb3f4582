import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { convertUnit } from '../../model/units.js';
import { parsePrintedNumber, type SeriesCollector } from './series.js';
import { headLines, readTextSeries, trailingFields } from './text-input.js';

/**
 * Catch2 (v2 and v3) console reporter benchmark tables:
 *
 *     benchmark name                       samples       iterations    est run time
 *                                          mean          low mean      high mean
 *                                          std dev       low std dev   high std dev
 *     -------------------------------------------------------------------------------
 *     Fibonacci 20                                   100             2     8.3712 ms
 *                                             41.731 us      41.25 us     42.622 us
 *                                              3.256 us      2.163 us      5.353 us
 *
 * Each benchmark is three rows: name with samples, iterations and estimated run time; mean with
 * its confidence interval (`lower`/`upper`); standard deviation. A name too long for its column
 * wraps onto rows of its own above the numbers. v2 heads the last column `estimated`, v3
 * `est run time`. The standard deviation is converted to the mean's unit (Catch2 prints each
 * figure in its own unit).
 */
export const catch2TextCollector: Collector<BenchmarkEvidence> = {
  format: 'catch2-text',
  kind: 'benchmarks',
  producers: 'Catch2 v2/v3 console reporter (BENCHMARK)',
  detect: (head) => {
    const lines = headLines(head);
    const header = lines.findIndex((line) => HEADER.test(line));
    return (
      header !== -1 && lines.slice(header + 1).some((line) => parseFirstRow(line) !== undefined)
    );
  },
  parse: (input) => readTextSeries(input, 'Catch2 benchmark', (out) => new Catch2Reader(out)),
};

const HEADER = /^benchmark name\s+samples\s+iterations\s+(?:estimated|est run time)\s*$/;
const RULE = /^(?:-{10,}|={10,}|\.{10,})\s*$/;

interface FirstRow {
  namePart: string;
  samples: number;
  iterations: number;
}

interface Figures {
  value: number;
  low: number;
  high: number;
  unit: string;
}

function parseFirstRow(text: string): FirstRow | undefined {
  const tail = trailingFields(text, 4);
  if (!tail) return undefined;
  const [samples = '', iterations = '', estimate = '', unit = ''] = tail.fields;
  if (
    !/^\d+$/.test(samples) ||
    !/^\d+$/.test(iterations) ||
    parsePrintedNumber(estimate) === undefined
  )
    return undefined;
  if (!isDurationUnit(unit)) return undefined;
  return { namePart: tail.head, samples: Number(samples), iterations: Number(iterations) };
}

/** A row of three durations (`mean low high` or `std dev low high`), in the first one's unit. */
function parseFigures(text: string): Figures | undefined {
  if (!/^\s/.test(text)) return undefined;
  const tail = trailingFields(text, 6);
  if (tail?.head !== '') return undefined;
  const [a = '', aUnit = '', b = '', bUnit = '', c = '', cUnit = ''] = tail.fields;
  if (![aUnit, bUnit, cUnit].every(isDurationUnit)) return undefined;
  const value = parsePrintedNumber(a);
  const low = inUnit(parsePrintedNumber(b), bUnit, aUnit);
  const high = inUnit(parsePrintedNumber(c), cUnit, aUnit);
  if (value === undefined || low === undefined || high === undefined) return undefined;
  return { value, low, high, unit: aUnit };
}

function isDurationUnit(unit: string): boolean {
  return (
    unit === 'ns' ||
    unit === 'us' ||
    unit === 'ms' ||
    unit === 's' ||
    unit === 'm' ||
    unit === 'µs' ||
    unit === 'μs'
  );
}

function inUnit(value: number | undefined, from: string, to: string): number | undefined {
  return value === undefined ? undefined : convertUnit(value, from, to);
}

type State = 'outside' | 'header' | 'table';

interface Pending {
  name: string;
  first: FirstRow;
  line: number;
  mean?: Figures;
}

class Catch2Reader {
  private state: State = 'outside';
  private nameParts: string[] = [];
  private pending: Pending | undefined;

  constructor(private readonly out: SeriesCollector) {}

  line(text: string, lineNumber: number): void {
    if (this.state === 'outside') {
      if (HEADER.test(text)) this.state = 'header';
      return;
    }
    if (this.state === 'header') {
      if (/^-{10,}\s*$/.test(text)) this.state = 'table';
      return;
    }
    this.tableLine(text, lineNumber);
  }

  private tableLine(text: string, lineNumber: number): void {
    if (this.pending) {
      const figures = parseFigures(text);
      if (figures && !this.pending.mean) {
        this.pending.mean = figures;
        return;
      }
      if (figures && this.pending.mean) {
        this.finish(this.pending, this.pending.mean, figures);
        this.pending = undefined;
        return;
      }
      this.abandon(lineNumber);
    }
    if (text.trim() === '') {
      this.nameParts = [];
      return;
    }
    if (RULE.test(text) || HEADER.test(text)) {
      this.state = HEADER.test(text) ? 'header' : 'outside';
      this.nameParts = [];
      return;
    }
    const first = parseFirstRow(text);
    if (first) {
      const name = [...this.nameParts, first.namePart].filter((part) => part !== '').join(' ');
      this.nameParts = [];
      this.pending = { name, first, line: lineNumber };
    } else {
      // A long name wraps onto rows of its own above its figures.
      this.nameParts.push(text.trim());
    }
  }

  private finish(pending: Pending, mean: Figures, stddev: Figures): void {
    const deviation = convertUnit(stddev.value, stddev.unit, mean.unit);
    this.out.add({
      name: pending.name,
      measure: 'time',
      value: mean.value,
      unit: mean.unit,
      spread: {
        stddev: deviation,
        lower: mean.low,
        upper: mean.high,
        samples: pending.first.samples,
      },
      extra: `${pending.first.samples} samples\n${pending.first.iterations} iterations`,
    });
  }

  private abandon(lineNumber: number): void {
    if (!this.pending) return;
    const missing = this.pending.mean ? 'standard deviation' : 'mean';
    this.out.warn(`benchmark '${this.pending.name}' has no ${missing} row; skipped`, {
      line: lineNumber,
    });
    this.pending = undefined;
  }

  end(lastLine: number): void {
    this.abandon(lastLine);
  }
}
