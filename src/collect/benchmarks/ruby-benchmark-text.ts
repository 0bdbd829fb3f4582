import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { parsePrintedNumber, type SeriesCollector } from './series.js';
import { headLines, readTextSeries, trailingFields } from './text-input.js';

/**
 * Ruby's `Benchmark.bm` / `Benchmark.bmbm` report:
 *
 *                  user     system      total        real
 *     for:     0.950000   0.000000   0.950000 (  0.952039)
 *
 * Rows are read only directly under the `user system total real` caption, so the rehearsal
 * rows of `bmbm` (printed before the caption) are not taken for results. Each row gives a
 * `time` series (the real, wall-clock column) and a `cpuTime` series (the total column), in
 * seconds; labels are kept as printed (`for:`), including the `>total:`/`>avg:` summary rows.
 */
export const rubyBenchmarkTextCollector: Collector<BenchmarkEvidence> = {
  format: 'ruby-benchmark-text',
  kind: 'benchmarks',
  producers: 'Ruby Benchmark (bm, bmbm, benchmark)',
  detect: (head) => {
    const lines = headLines(head);
    return lines.some(
      (line, i) => CAPTION.test(line) && parseRow(lines[i + 1] ?? '') !== undefined,
    );
  },
  parse: (input) => readTextSeries(input, 'Ruby benchmark', (out) => new RubyReader(out)),
};

const CAPTION = /^\s+user\s+system\s+total\s+real\s*$/;

interface Row {
  label: string;
  user: number;
  system: number;
  total: number;
  real: number;
}

function parseRow(text: string): Row | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return undefined;
  const open = trimmed.lastIndexOf('(');
  if (open === -1) return undefined;
  const real = parsePrintedNumber(trimmed.slice(open + 1, -1).trim());
  const tail = trailingFields(trimmed.slice(0, open), 3);
  if (real === undefined || !tail) return undefined;
  const [user, system, total] = tail.fields.map(parsePrintedNumber);
  if (user === undefined || system === undefined || total === undefined) return undefined;
  return { label: tail.head, user, system, total, real };
}

class RubyReader {
  private underCaption = false;
  private rows = 0;

  constructor(private readonly out: SeriesCollector) {}

  line(text: string): void {
    if (CAPTION.test(text)) {
      this.underCaption = true;
      return;
    }
    if (!this.underCaption) return;
    const row = parseRow(text);
    if (!row) {
      this.underCaption = false;
      return;
    }
    this.rows++;
    const name = row.label === '' ? `(row ${this.rows})` : row.label;
    const extra = `user: ${row.user} s\nsystem: ${row.system} s\ntotal: ${row.total} s`;
    this.out.add({ name, measure: 'time', value: row.real, unit: 's', extra });
    this.out.add({ name, measure: 'cpuTime', value: row.total, unit: 's', extra });
  }
}
