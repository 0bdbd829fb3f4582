import { describe, expect, it } from '@jest/globals';
import { rubyBenchmarkTextCollector as collector } from '../../../src/collect/benchmarks/ruby-benchmark-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('ruby-benchmark-text', () => {
  it('reads only the rows under the caption, not the bmbm rehearsal', async () => {
    const result = await parseFixture(collector, 'bmbm.txt');
    expect(table(result)).toEqual([
      ['sort!', 'time', 1.460465, 's'],
      ['sort!', 'cpuTime', 1.46, 's'],
      ['sort', 'time', 1.448327, 's'],
      ['sort', 'cpuTime', 1.46, 's'],
    ]);
    expect(seriesOf(result, 'sort', 'time').extra).toBe(
      'user: 1.45 s\nsystem: 0.01 s\ntotal: 1.46 s',
    );
    expect(detectedFormat(fixtureBytes('ruby-benchmark-text', 'bmbm.txt'))).toBe(
      'ruby-benchmark-text',
    );
  });

  it('reads labels with spaces and real times without padding', async () => {
    const result = await parseFixture(collector, 'wide-and-caption-only.txt');
    expect(table(result).filter(([, measure]) => measure === 'time')).toEqual([
      ['parse large file', 'time', 123.456789, 's'],
      ['parse small', 'time', 0.012345, 's'],
    ]);
  });

  it('needs a row under the caption to detect, and a result to parse', async () => {
    const text = '       user     system      total        real\n';
    expect(detectedFormat(text)).toBeUndefined();
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
