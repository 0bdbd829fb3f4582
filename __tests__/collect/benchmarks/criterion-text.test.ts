import { describe, expect, it } from '@jest/globals';
import { criterionTextCollector as collector } from '../../../src/collect/benchmarks/criterion-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('criterion-text', () => {
  it('reads each estimate with its confidence interval, samples and change', async () => {
    const result = await parseFixture(collector, 'many.txt');
    expect(table(result)).toEqual([
      ['file', 'time', 323.9, 'ps'],
      ['rolling_file', 'time', 429.66, 'ps'],
      ['tracing_file', 'time', 18.019, 'µs'],
      ['tracing_rolling_file', 'time', 20.93, 'µs'],
      ['benchmark: name with spaces', 'time', 20.93, 'ns'],
    ]);
    const file = seriesOf(result, 'file', 'time');
    // "Collecting 100 samples", "time: [320.62 ps 323.90 ps 327.55 ps]"
    expect(file.spread).toEqual({ samples: 100, lower: 320.62, upper: 327.55 });
    expect(file.extra).toBe(
      'change: [-2.0565% -0.2521% +1.6377%] (p = 0.79 > 0.05)\nNo change in performance detected.',
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('takes a long name from the line above and reads thrpt as throughput', async () => {
    const result = await parseFixture(collector, 'throughput.txt');
    expect(table(result)).toEqual([
      ['execution/naive/select_1_column/10', 'time', 7.7152, 'µs'],
      ['execution/naive/select_1_column/10', 'throughput', 1.2961, 'Melem/s'],
      ['execution/naive/select_1_column/100', 'time', 30.946, 'µs'],
      ['execution/naive/select_1_column/100', 'throughput', 3.2314, 'Melem/s'],
    ]);
    const rate = seriesOf(result, 'execution/naive/select_1_column/10', 'throughput');
    expect(rate.biggerIsBetter).toBe(true);
    expect(rate.spread).toEqual({ samples: 100, lower: 1.2938, upper: 1.2987 });
  });

  it('reads a whole cargo bench log: libtest targets too, bounds in the estimate unit', async () => {
    const result = await parseFixture(collector, 'mixed-log.txt');
    expect(table(result)).toEqual([
      ['legacy::parse_small', 'time', 1204, 'ns/iter'],
      ['parse/document_with_a_rather_long_name/1024', 'time', 1.0012, 'µs'],
      ['parse/document_with_a_rather_long_name/1024', 'throughput', 975.4, 'MiB/s'],
      ['parse/tiny', 'time', 53.112, 'ns'],
    ]);
    const long = seriesOf(result, 'parse/document_with_a_rather_long_name/1024', 'time');
    // [998.12 ns 1.0012 µs 1.0045 µs]: the lower bound converted to µs
    expect(long.spread?.lower).toBeCloseTo(0.99812, 12);
    expect(long.spread?.upper).toBe(1.0045);
    expect(long.spread?.samples).toBe(50);
    expect(long.extra).toBe(
      'change: [-1.5210% -0.9312% -0.3180%] (p = 0.00 < 0.05)\nChange within noise threshold.',
    );
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'benchmark legacy::parse_huge FAILED: no result',
        position: { line: 7 },
      },
    ]);
  });

  it('is detected before cargo-bench-text when a log holds both', () => {
    expect(detectedFormat(fixtureBytes('criterion-text', 'mixed-log.txt'))).toBe('criterion-text');
    expect(detectedFormat(fixtureBytes('criterion-text', 'throughput.txt'))).toBe('criterion-text');
  });

  it('rejects a log with no estimate', async () => {
    const text = 'Benchmarking x\nBenchmarking x: Warming up for 3.0000 s\nthread main panicked\n';
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).position).toEqual({ line: 3 });
  });

  it('ignores a time line whose estimate is damaged', async () => {
    const result = await parseBenchmarks(
      collector,
      'a   time:   [1.0 ns 2.0 ns 3.0 ns]\nb   time:   [1.0 ns 2.0 3.0 ns]\n',
    );
    expect(table(result)).toEqual([['a', 'time', 2, 'ns']]);
  });
});
