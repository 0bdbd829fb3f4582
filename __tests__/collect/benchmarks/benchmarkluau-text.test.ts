import { describe, expect, it } from '@jest/globals';
import { benchmarkluauTextCollector as collector } from '../../../src/collect/benchmarks/benchmarkluau-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  table,
} from './bench-test-support.js';

describe('benchmarkluau-text', () => {
  it('reads SUCCESS lines once (not the table) and warns on failures', async () => {
    const result = await parseFixture(collector, 'with-failure.txt');
    expect(table(result)).toEqual([
      ['base64', 'time', 15.041, 'ms'],
      ['chess', 'time', 69.56, 'ms'],
    ]);
    expect(result.data.series[0]).toMatchObject({
      spread: { pct: 0.636 },
      extra: 'luau',
      biggerIsBetter: false,
    });
    expect(result.diagnostics.map((d) => [d.message, d.position?.line])).toEqual([
      ['no result: FAILED: life', 6],
      ['no result: ERROR: script exited with code 1', 7],
    ]);
    expect(detectedFormat(fixtureBytes('benchmarkluau-text', 'with-failure.txt'))).toBe(
      'benchmarkluau-text',
    );
  });

  it('rejects a file with only failures', async () => {
    const error = await parseBenchmarks(
      collector,
      'FAILED: life\nSUCCESS: x : fast +/- 1% on luau\n',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
