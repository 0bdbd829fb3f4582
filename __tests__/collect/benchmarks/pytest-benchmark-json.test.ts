import { describe, expect, it } from '@jest/globals';
import { pytestBenchmarkJsonCollector as collector } from '../../../src/collect/benchmarks/pytest-benchmark-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('pytest-benchmark-json', () => {
  it('gives ops and mean time per benchmark, skipping a damaged entry with a warning', async () => {
    const result = await parseFixture(collector, 'params-and-damage.json');
    expect(table(result)).toEqual([
      ['tests/bench_parse.py::test_parse[small]', 'opsPerSec', 8000, 'iter/sec'],
      ['tests/bench_parse.py::test_parse[small]', 'time', 0.000125, 's'],
      // no "ops" in stats: no opsPerSec series is invented
      ['tests/bench_parse.py::test_parse[large]', 'time', 2.05, 's'],
    ]);
    expect(seriesOf(result, 'tests/bench_parse.py::test_parse[small]', 'time').spread).toEqual({
      stddev: 0.0000125,
      samples: 7634,
      min: 0.000118,
      max: 0.000301,
    });
    expect(seriesOf(result, 'tests/bench_parse.py::test_parse[small]', 'opsPerSec').extra).toBe(
      'mean: 125 usec\nrounds: 7634',
    );
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          'benchmarks[2] ("test_broken") skipped: stats.mean: Invalid input: expected number, received string',
      },
    ]);
    expect(detectedFormat(fixtureBytes('pytest-benchmark-json', 'params-and-damage.json'))).toBe(
      'pytest-benchmark-json',
    );
  });

  it.each([
    ['truncated JSON', '{"machine_info": {}, "benchmarks": [', 'file ends'],
    ['no benchmarks list', '{"machine_info": {}}', 'not pytest-benchmark JSON: benchmarks'],
    [
      'an empty benchmarks list',
      '{"machine_info": {}, "benchmarks": []}',
      'no benchmarks in the pytest-benchmark JSON',
    ],
  ])('rejects %s', async (_what, text, reason) => {
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toContain(
      reason === 'file ends' ? 'invalid JSON' : reason,
    );
    expect((error as EvidenceParseError).position.line).toBe(1);
  });
});
