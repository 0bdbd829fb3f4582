import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { dimensionOf } from '../../model/units.js';
import { parsePrintedNumber, type SeriesCollector, type SeriesInit } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * `cargo bench` output of Rust's built-in (libtest) harness, also what Criterion prints with
 * `--output-format bencher`:
 *
 *     test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)
 *
 * The `(+/- N)` figure is libtest's spread (max − min of the winsorized samples); it becomes
 * `lower`/`upper` = value ∓ N. `test x ... FAILED` lines become warnings; every other line
 * (compiler output, `running N tests`, `test result:`) is ignored.
 */
export const cargoBenchTextCollector: Collector<BenchmarkEvidence> = {
  format: 'cargo-bench-text',
  kind: 'benchmarks',
  producers: 'cargo bench (libtest #[bench]), Criterion --output-format bencher',
  detect: (head) => someHeadLine(head, (line) => parseLibtestLine(line)?.kind === 'result'),
  parse: (input) =>
    readTextSeries(input, 'cargo bench', (out) => ({
      line: (text, lineNumber) => {
        readLibtestLine(text, lineNumber, out);
      },
    })),
};

type LibtestLine = { kind: 'result'; series: SeriesInit } | { kind: 'failed'; name: string };

const BENCH_MARK = ' ... bench:';
const RESULT = /^\s*([\d,.]+) (\S+) \(\+\/- ([\d,.]+)\)\s*$/;

/** Reads one line if it is a libtest bench result or failure; true when it was one. */
export function readLibtestLine(text: string, lineNumber: number, out: SeriesCollector): boolean {
  const parsed = parseLibtestLine(text);
  if (!parsed) return false;
  if (parsed.kind === 'failed')
    out.warn(`benchmark ${parsed.name} FAILED: no result`, { line: lineNumber });
  else out.add(parsed.series);
  return true;
}

function parseLibtestLine(text: string): LibtestLine | undefined {
  if (!text.startsWith('test ')) return undefined;
  const mark = text.indexOf(BENCH_MARK);
  if (mark === -1) {
    const failed = / \.\.\. FAILED\s*$/.exec(text);
    // Only bench runs print FAILED without a result; test runs of a bench target do too, which is fine to report.
    return failed ? { kind: 'failed', name: text.slice(5, failed.index).trim() } : undefined;
  }
  const name = text.slice(5, mark).trim();
  const match = RESULT.exec(text.slice(mark + BENCH_MARK.length));
  if (!match || name === '') return undefined;
  const [, valueText = '', unit = '', devText = ''] = match;
  const value = parsePrintedNumber(valueText);
  const deviation = parsePrintedNumber(devText);
  if (value === undefined || deviation === undefined) return undefined;
  return {
    kind: 'result',
    series: {
      name,
      value,
      unit,
      ...measureOfUnit(unit),
      spread: { lower: value - deviation, upper: value + deviation },
    },
  };
}

/** libtest prints `ns/iter`; custom harnesses print `cycles/iter`, `MS/s` and the like. */
function measureOfUnit(unit: string): { measure: string; biggerIsBetter: boolean } {
  if (unit.endsWith('/s')) return { measure: 'throughput', biggerIsBetter: true };
  if (dimensionOf(unit) === 'time') return { measure: 'time', biggerIsBetter: false };
  const perIteration = unit.length > '/iter'.length && unit.endsWith('/iter');
  return { measure: perIteration ? unit.slice(0, -'/iter'.length) : unit, biggerIsBetter: false };
}
