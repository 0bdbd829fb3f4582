import { describe, expect, it } from '@jest/globals';
import { catch2TextCollector as collector } from '../../../src/collect/benchmarks/catch2-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('catch2-text', () => {
  // Real Catch2 v2.13.10 console output made here (fixtures README); expected figures are the
  // table rows Catch2 printed.
  it('real Catch2 2.13.10: a name wrapped over three rows, std dev in another unit', async () => {
    const result = await parseFixture(collector, 'catch2-2.13.10-wrapped.txt');
    expect(table(result)).toEqual([
      ['Fibonacci 20', 'time', 7.73622, 'us'],
      [
        'a benchmark with a considerably long name that will wrap over the column',
        'time',
        4.56711,
        'ns',
      ],
      ['sleepy 2ms', 'time', 2.56651, 'ms'],
      ['advanced vector', 'time', 336.465, 'ns'],
    ]);
    // "Fibonacci 20  20  8  2.5864 ms / 7.73622 us 7.54867 us 8.23518 us /
    //  615.068 ns 100.863 ns 1.10366 us": std dev 615.068 ns = 0.615068 us.
    const fib = seriesOf(result, 'Fibonacci 20', 'time');
    expect(fib.spread?.stddev).toBeCloseTo(0.615068, 9);
    expect(fib.spread).toMatchObject({ lower: 7.54867, upper: 8.23518, samples: 20 });
    expect(fib.extra).toBe('20 samples\n8 iterations');
    // "sleepy 2ms ... 1.21563 ms 505.774 us 2.1591 ms"
    expect(seriesOf(result, 'sleepy 2ms', 'time').spread?.stddev).toBeCloseTo(1.21563, 9);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads Catch2 v3 tables, joining a wrapped name', async () => {
    const result = await parseFixture(collector, 'v3-wrapped.txt');
    expect(table(result)).toEqual([
      ['post_layout_optimization: full optimization', 'time', 1.72478, 's'],
      ['std::vector constructor', 'time', 67.4894, 'ns'],
    ]);
    const full = seriesOf(result, 'post_layout_optimization: full optimization', 'time');
    // std dev 24.7886 ms in the mean's unit (s); mean interval 1.72069 s .. 1.73066 s
    expect(full.spread?.stddev).toBeCloseTo(0.0247886, 12);
    expect(full.spread).toMatchObject({ lower: 1.72069, upper: 1.73066, samples: 100 });
    expect(full.extra).toBe('100 samples\n1 iterations');
    expect(result.diagnostics).toEqual([]);
    expect(detectedFormat(fixtureBytes('catch2-text', 'v3-wrapped.txt'))).toBe('catch2-text');
  });

  it('keeps complete benchmarks of a truncated table and warns about the cut one', async () => {
    const result = await parseFixture(collector, 'truncated.txt');
    expect(table(result)).toEqual([
      ['post_layout_optimization: full optimization', 'time', 1.72478, 's'],
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: "benchmark 'std::vector constructor' has no standard deviation row; skipped",
        position: { line: 24 },
      },
    ]);
  });

  it('needs the benchmark header: a test report without benchmarks is not detected', async () => {
    const text =
      '~~~~\nfoo is a Catch2 v3.5.2 host application.\n=====\nAll tests passed (12 assertions in 3 test cases)\n';
    expect(detectedFormat(text)).toBeUndefined();
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
