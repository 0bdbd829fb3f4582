import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { repeatedRuns, type SeriesCollector } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * `go test -bench` output (the Go benchmark data format, golang.org/design/14313):
 *
 *     pkg: github.com/gofiber/fiber/v3/middleware/cache
 *     BenchmarkAppendMsgitem-4   21228057   55.76 ns/op   2833.37 MB/s   0 B/op   0 allocs/op
 *
 * A result line is `<name>[-<GOMAXPROCS>] <iterations> (<value> <unit>)+`. Each value/unit pair
 * is one series: `ns/op` → time, `B/op` → memory, `allocs/op` → allocs, `MB/s` → throughput,
 * any other (b.ReportMetric) unit → a measure named after the unit, bigger is better when the
 * output declares `Unit <unit> better=higher` or the unit is per second.
 *
 * Names: the `-N` GOMAXPROCS suffix is dropped (it goes to `extra`), unless one benchmark ran at
 * several GOMAXPROCS (`-cpu 1,2,4`), where the suffix is what tells the runs apart. A name found
 * in more than one package gets ` (<package>)`. Repeated runs of one benchmark (`-count N`)
 * become one series per metric: the mean, with stddev, min, max and samples = N.
 */
export const goBenchTextCollector: Collector<BenchmarkEvidence> = {
  format: 'go-bench-text',
  kind: 'benchmarks',
  producers: 'go test -bench (testing package)',
  detect: (head) => someHeadLine(head, (line) => parseResultLine(line) !== undefined),
  parse: (input) => readTextSeries(input, 'go test -bench', (out) => new GoBenchReader(out)),
};

interface Metric {
  value: number;
  unit: string;
}

interface ResultLine {
  /** Name without the GOMAXPROCS suffix. */
  name: string;
  printedName: string;
  procs: string | undefined;
  iterations: number;
  metrics: Metric[];
}

interface Run extends ResultLine {
  pkg: string;
}

const KNOWN_UNITS: Record<string, { measure: string; biggerIsBetter: boolean }> = {
  'ns/op': { measure: 'time', biggerIsBetter: false },
  'B/op': { measure: 'memory', biggerIsBetter: false },
  'allocs/op': { measure: 'allocs', biggerIsBetter: false },
  'MB/s': { measure: 'throughput', biggerIsBetter: true },
};

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseResultLine(text: string): ResultLine | undefined {
  if (!text.startsWith('Benchmark')) return undefined;
  const fields = text.trim().split(/\s+/);
  // The format: an even number of fields, at least four.
  if (fields.length < 4 || fields.length % 2 !== 0) return undefined;
  const [printedName = '', iterationsText = ''] = fields;
  if (!/^\d+$/.test(iterationsText)) return undefined;
  const metrics: Metric[] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const valueText = fields[i] ?? '';
    const unit = fields[i + 1] ?? '';
    if (!NUMBER.test(valueText)) return undefined;
    metrics.push({ value: Number(valueText), unit });
  }
  const procs = /-(\d+)$/.exec(printedName);
  return {
    name: procs ? printedName.slice(0, procs.index) : printedName,
    printedName,
    procs: procs?.[1],
    iterations: Number(iterationsText),
    metrics,
  };
}

class GoBenchReader {
  private pkg = '';
  private readonly runs: Run[] = [];
  private readonly better = new Map<string, boolean>();

  constructor(private readonly out: SeriesCollector) {}

  line(text: string, lineNumber: number): void {
    const result = parseResultLine(text);
    if (result) {
      this.runs.push({ ...result, pkg: this.pkg });
      return;
    }
    if (text.startsWith('pkg: ')) {
      this.pkg = text.slice(5).trim();
    } else if (text.startsWith('Unit ')) {
      this.readUnitMetadata(text);
    } else {
      const failed = /^\s*--- FAIL: (Benchmark\S*)/.exec(text);
      if (failed?.[1]) this.out.warn(`${failed[1]} failed: no result`, { line: lineNumber });
    }
  }

  /** `Unit MB/s better=higher` (benchfmt unit metadata). */
  private readUnitMetadata(text: string): void {
    const [, unit, ...pairs] = text.trim().split(/\s+/);
    for (const pair of pairs) {
      if (unit && pair === 'better=higher') this.better.set(unit, true);
      if (unit && pair === 'better=lower') this.better.set(unit, false);
    }
  }

  end(): void {
    const packagesOf = new Map<string, Set<string>>();
    const procsOf = new Map<string, Set<string | undefined>>();
    for (const run of this.runs) {
      addTo(packagesOf, run.name, run.pkg);
      addTo(procsOf, `${run.pkg}\n${run.name}`, run.procs);
    }
    const groups = new Map<string, Run[]>();
    for (const run of this.runs) {
      const severalProcs = (procsOf.get(`${run.pkg}\n${run.name}`)?.size ?? 0) > 1;
      const severalPackages = (packagesOf.get(run.name)?.size ?? 0) > 1;
      const base = severalProcs ? run.printedName : run.name;
      const name = severalPackages && run.pkg !== '' ? `${base} (${run.pkg})` : base;
      const group = groups.get(name);
      if (group) group.push(run);
      else groups.set(name, [run]);
    }
    for (const [name, runs] of groups) this.emit(name, runs);
  }

  private emit(name: string, runs: Run[]): void {
    const [first] = runs;
    if (!first) return;
    const procsNote = first.procs === undefined ? '' : `\n${first.procs} procs`;
    const extra =
      runs.length === 1
        ? `${first.iterations} times${procsNote}`
        : `${runs.length} runs${procsNote}`;
    const units = [...new Set(runs.flatMap((run) => run.metrics.map((metric) => metric.unit)))];
    for (const unit of units) {
      const values = runs.flatMap((run) =>
        run.metrics.filter((metric) => metric.unit === unit).map((metric) => metric.value),
      );
      const known = KNOWN_UNITS[unit];
      const measure = known?.measure ?? unit;
      const biggerIsBetter = this.better.get(unit) ?? known?.biggerIsBetter ?? unit.endsWith('/s');
      const [only] = values;
      if (values.length === 1 && only !== undefined) {
        this.out.add({ name, measure, value: only, unit, biggerIsBetter, extra });
      } else {
        this.out.add({ name, measure, unit, biggerIsBetter, extra, ...repeatedRuns(values) });
      }
    }
  }
}

function addTo<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
