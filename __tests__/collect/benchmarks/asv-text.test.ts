import { describe, expect, it } from '@jest/globals';
import { asvTextCollector as collector } from '../../../src/collect/benchmarks/asv-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('asv-text', () => {
  it('reads times, peak memory and tracked values; says what it leaves out', async () => {
    const result = await parseFixture(collector, 'params-and-units.txt');
    expect(table(result)).toEqual([
      ['bench_io.ReadSuite.time_read_all', 'time', 2.31, 'ms'],
      ['bench_io.ReadSuite.peakmem_read_all', 'memory', 48.2, 'MB'],
      ['bench_io.ReadSuite.track_chunks', 'value', 12, ''],
      ['bench_io.ReadSuite.time_open', 'time', 843, 'ns'],
    ]);
    const readAll = seriesOf(result, 'bench_io.ReadSuite.time_read_all', 'time');
    expect(readAll.spread?.lower).toBeCloseTo(2.21, 12);
    expect(readAll.spread?.upper).toBeCloseTo(2.41, 12);
    expect(seriesOf(result, 'bench_io.ReadSuite.time_open', 'time').spread).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'notice',
        message:
          'benchmark bench_io.ReadSuite.time_read_lines is parameterised; its table is not read',
        position: { line: 11 },
      },
    ]);
    expect(detectedFormat(fixtureBytes('asv-text', 'params-and-units.txt'))).toBe('asv-text');
  });

  it('rejects a run where every benchmark failed', async () => {
    const text =
      '· Running 1 total benchmarks\n[100.00%] ··· benchmarks.TimeSuite.time_x                failed\n';
    expect(detectedFormat(text)).toBeUndefined();
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
