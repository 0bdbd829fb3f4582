import { describe, expect, it } from '@jest/globals';
import { hyperfineJsonCollector as collector } from '../../../src/collect/benchmarks/hyperfine-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('hyperfine-json', () => {
  it('reads mean and median per command, a single run without stddev, failing runs as a warning', async () => {
    const result = await parseFixture(collector, 'parameters-failures.json');
    expect(table(result)).toEqual([
      ['gzip -1 data.bin', 'time', 0.2861, 's'],
      ['gzip -1 data.bin', 'p50', 0.2843, 's'],
      ['gzip -9 data.bin', 'time', 1.9034, 's'],
      ['gzip -9 data.bin', 'p50', 1.9034, 's'],
      ['./flaky.sh', 'time', 0.0513, 's'],
      ['./flaky.sh', 'p50', 0.0509, 's'],
    ]);
    expect(seriesOf(result, 'gzip -1 data.bin', 'time')).toMatchObject({
      spread: { stddev: 0.0122, samples: 5, min: 0.2742, max: 0.3011 },
      extra: 'user: 0.2651 s\nsystem: 0.0188 s',
    });
    expect(seriesOf(result, 'gzip -9 data.bin', 'time').spread).toEqual({
      samples: 1,
      min: 1.9034,
      max: 1.9034,
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      './flaky.sh: 2 of 3 runs exited non-zero',
    ]);
    expect(detectedFormat(fixtureBytes('hyperfine-json', 'parameters-failures.json'))).toBe(
      'hyperfine-json',
    );
  });

  it('rejects results without a mean', async () => {
    const error = await parseBenchmarks(
      collector,
      '{"results": [{"command": "x", "stddev": 1}]}',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe('no results in the hyperfine JSON');
  });
});
