import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import type { SeriesCollector } from './series.js';
import { readTextSeries, someHeadLine } from './text-input.js';

/**
 * iai (Cachegrind-based Rust benchmarks) output:
 *
 *     bench_fibonacci_short
 *       Instructions:                1735 (No change)
 *       L1 Accesses:                 2364
 *       L2 Accesses:                    1
 *       RAM Accesses:                   1
 *       Estimated Cycles:            2404
 *
 * Five counters per benchmark, each a series named after the unindented line above them:
 * `instructions`, `l1Accesses`, `l2Accesses`, `ramAccesses`, `estimatedCycles` (smaller is
 * better). The change iai prints against the previous run is not kept.
 */
export const iaiTextCollector: Collector<BenchmarkEvidence> = {
  format: 'iai-text',
  kind: 'benchmarks',
  producers: 'iai (Rust, Cachegrind)',
  detect: (head) => someHeadLine(head, (line) => parseCounter(line)?.measure === 'instructions'),
  parse: (input) => readTextSeries(input, 'iai', (out) => new IaiReader(out)),
};

const COUNTERS: Record<string, { measure: string; unit: string }> = {
  Instructions: { measure: 'instructions', unit: 'instructions' },
  'L1 Accesses': { measure: 'l1Accesses', unit: 'accesses' },
  'L2 Accesses': { measure: 'l2Accesses', unit: 'accesses' },
  'RAM Accesses': { measure: 'ramAccesses', unit: 'accesses' },
  'Estimated Cycles': { measure: 'estimatedCycles', unit: 'cycles' },
};

const COUNTER =
  /^\s+(Instructions|L1 Accesses|L2 Accesses|RAM Accesses|Estimated Cycles):\s+(\d+)(?:\s+\((?:No change|[+-]\d+(?:\.\d+)?%)\))?\s*$/;

function parseCounter(text: string): { measure: string; unit: string; value: number } | undefined {
  const match = COUNTER.exec(text);
  const counter = COUNTERS[match?.[1] ?? ''];
  return match && counter ? { ...counter, value: Number(match[2]) } : undefined;
}

class IaiReader {
  private name = '';

  constructor(private readonly out: SeriesCollector) {}

  line(text: string, lineNumber: number): void {
    const counter = parseCounter(text);
    if (counter) {
      if (this.name === '')
        this.out.warn('counter without a benchmark name above it; skipped', { line: lineNumber });
      else
        this.out.add({
          name: this.name,
          measure: counter.measure,
          value: counter.value,
          unit: counter.unit,
        });
      return;
    }
    if (text.trim() !== '' && !/^\s/.test(text)) this.name = text.trim();
  }
}
