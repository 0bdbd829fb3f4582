import { describe, expect, it } from '@jest/globals';
import { benchmarkjsTextCollector as collector } from '../../../src/collect/benchmarks/benchmarkjs-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('benchmarkjs-text', () => {
  it('reads the cycle lines among runner output', async () => {
    const result = await parseFixture(collector, 'browser-run.txt');
    expect(table(result)).toEqual([
      ['text encoder utf8', 'opsPerSec', 28.33, 'ops/sec'],
      ['text encoder utf16', 'opsPerSec', 55.25, 'ops/sec'],
      ['sha512 wasm from string utf8', 'opsPerSec', 15.2, 'ops/sec'],
      ['sha512 wasm from string utf16', 'opsPerSec', 19.23, 'ops/sec'],
      ['sha512 native from string utf8', 'opsPerSec', 21.46, 'ops/sec'],
      ['sha512 native from string utf16', 'opsPerSec', 29.76, 'ops/sec'],
    ]);
    const utf16 = seriesOf(result, 'text encoder utf16', 'opsPerSec');
    expect(utf16).toMatchObject({
      biggerIsBetter: true,
      spread: { pct: 16.6, samples: 19 },
      extra: '19 samples',
    });
  });

  it('reads CRLF, +- for ±, thousands separators and "1 run sampled"', async () => {
    const result = await parseFixture(collector, 'suite-crlf.txt');
    expect(table(result)).toEqual([
      ['RegExp#test', 'opsPerSec', 43417235, 'ops/sec'],
      ['String#indexOf', 'opsPerSec', 1, 'ops/sec'],
    ]);
    expect(seriesOf(result, 'RegExp#test', 'opsPerSec').spread).toEqual({ pct: 0.51, samples: 93 });
    expect(detectedFormat(fixtureBytes('benchmarkjs-text', 'suite-crlf.txt'))).toBe(
      'benchmarkjs-text',
    );
  });

  it('does not take a sentence with " x " for a result', async () => {
    expect(detectedFormat('this x line should be ignored\n')).toBeUndefined();
    const error = await parseBenchmarks(collector, 'a x b\n fast x 12 ops/sec\n').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
