import { describe, expect, it } from '@jest/globals';
import { iaiTextCollector as collector } from '../../../src/collect/benchmarks/iai-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  table,
} from './bench-test-support.js';

describe('iai-text', () => {
  it('reads the five counters of each benchmark, ignoring the change figures', async () => {
    const result = await parseFixture(collector, 'change.txt');
    expect(table(result)).toEqual([
      ['iai_benchmark_short', 'instructions', 1243, 'instructions'],
      ['iai_benchmark_short', 'l1Accesses', 1580, 'accesses'],
      ['iai_benchmark_short', 'l2Accesses', 1, 'accesses'],
      ['iai_benchmark_short', 'ramAccesses', 2, 'accesses'],
      ['iai_benchmark_short', 'estimatedCycles', 1655, 'cycles'],
      ['iai_benchmark_long', 'instructions', 18454953, 'instructions'],
      ['iai_benchmark_long', 'l1Accesses', 23447195, 'accesses'],
      ['iai_benchmark_long', 'l2Accesses', 6, 'accesses'],
      ['iai_benchmark_long', 'ramAccesses', 2, 'accesses'],
      ['iai_benchmark_long', 'estimatedCycles', 23447295, 'cycles'],
    ]);
    expect(result.data.series.every((s) => !s.biggerIsBetter)).toBe(true);
    expect(detectedFormat(fixtureBytes('iai-text', 'change.txt'))).toBe('iai-text');
  });

  it('warns about counters with no benchmark name above them', async () => {
    const result = await parseBenchmarks(
      collector,
      '  Instructions:  10\nbench_a\n  Instructions:  20\n',
    );
    expect(table(result)).toEqual([['bench_a', 'instructions', 20, 'instructions']]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'counter without a benchmark name above it; skipped',
        position: { line: 1 },
      },
    ]);
  });

  it('rejects text without counters', async () => {
    await expect(
      parseBenchmarks(collector, 'bench_a\n  Instructions: many\n'),
    ).rejects.toBeInstanceOf(EvidenceParseError);
  });
});
