import { describe, expect, it } from '@jest/globals';
import { vitestBenchJsonCollector as collector } from '../../../src/collect/benchmarks/vitest-bench-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
} from './bench-test-support.js';

describe('vitest-bench-json', () => {
  it('names benchmarks by group and gives time, ops and percentiles', async () => {
    const result = await parseFixture(collector, 'four.json');
    const names = [...new Set(result.data.series.map((s) => s.name))];
    expect(names).toEqual([
      'fib.bench.ts > fibonacci > fib(10)',
      'fib.bench.ts > fibonacci > fib(20)',
      'sort.bench.ts > sorting > normal',
      'sort.bench.ts > sorting > reverse',
    ]);
    const normal = result.data.series.filter((s) => s.name === 'sort.bench.ts > sorting > normal');
    expect(normal.map((s) => [s.measure, s.value, s.unit, s.biggerIsBetter])).toEqual([
      ['time', 5, 'ms', false],
      ['opsPerSec', 200, 'ops/s', true],
      ['p50', 4, 'ms', false],
      ['p75', 5.2, 'ms', false],
      ['p99', 7, 'ms', false],
      ['p995', 7.3, 'ms', false],
      ['p999', 7.5, 'ms', false],
    ]);
    expect(seriesOf(result, 'sort.bench.ts > sorting > normal', 'time').spread).toEqual({
      pct: 25,
      stddev: 1.25,
      samples: 70,
      min: 4,
      max: 7.5,
    });
    expect(detectedFormat(fixtureBytes('vitest-bench-json', 'four.json'))).toBe(
      'vitest-bench-json',
    );
  });

  it('names a benchmark that threw in the warning that skips it (real vitest 3.2.7 output)', async () => {
    // vitest-3.2.7-failed-bench.bench.ts.txt: 'ok one' runs, 'throws' throws; vitest exits 0 and
    // writes 'throws' with no figures (README in the fixtures)
    const result = await parseFixture(collector, 'vitest-3.2.7-failed-bench.json');
    expect([...new Set(result.data.series.map((s) => s.name))]).toEqual([
      'f.bench.ts > grp > ok one',
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: expect.stringMatching(
          /^files\[0\]\.groups\[0\]\.benchmarks\[1\] \("throws"\) skipped: hz: /,
        ) as unknown,
      },
    ]);
  });

  it('rejects groups without benchmarks', async () => {
    const error = await parseBenchmarks(
      collector,
      '{"files": [{"groups": [{"fullName": "a"}]}]}',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe(
      'not vitest bench JSON: files[0].groups[0].benchmarks: Invalid input: expected array, received undefined',
    );
  });
});
