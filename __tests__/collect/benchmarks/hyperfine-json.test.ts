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
  // Real hyperfine 1.15.0 output made here (fixtures README); expected figures are those
  // hyperfine printed for the same run, to its display precision.
  it('real hyperfine 1.15 -P scan: one series per substituted command, as hyperfine names them', async () => {
    const result = await parseFixture(collector, 'hyperfine-1.15-parameter-scan.json');
    // "Benchmark 1: sleep 0.01 / Time (mean ± σ): 15.8 ms ± 1.5 ms /
    //  Range (min … max): 14.4 ms … 18.2 ms    5 runs"
    const first = seriesOf(result, 'sleep 0.01', 'time');
    expect(first.unit).toBe('s');
    expect(first.value * 1000).toBeCloseTo(15.8, 1);
    expect((first.spread?.stddev ?? 0) * 1000).toBeCloseTo(1.5, 1);
    expect((first.spread?.min ?? 0) * 1000).toBeCloseTo(14.4, 1);
    expect((first.spread?.max ?? 0) * 1000).toBeCloseTo(18.2, 1);
    expect(first.spread?.samples).toBe(5);
    // "Benchmark 2: sleep 0.02 … 26.4 ms ± 1.6 ms", "Benchmark 3: sleep 0.03 … 34.7 ms ± 0.5 ms"
    expect(seriesOf(result, 'sleep 0.02', 'time').value * 1000).toBeCloseTo(26.4, 1);
    expect(seriesOf(result, 'sleep 0.03', 'time').value * 1000).toBeCloseTo(34.7, 1);
    expect(result.diagnostics).toEqual([]);
  });

  it('real hyperfine 1.15 -i: runs that exited non-zero are measured and warned about', async () => {
    const result = await parseFixture(collector, 'hyperfine-1.15-ignore-failure.json');
    // "Benchmark 1: sh -c \"sleep 0.01; exit 3\" / Time (mean ± σ): 24.3 ms ± 1.7 ms … 3 runs /
    //  Warning: Ignoring non-zero exit code."
    const failing = seriesOf(result, 'sh -c "sleep 0.01; exit 3"', 'time');
    expect(failing.value * 1000).toBeCloseTo(24.3, 1);
    expect(failing.spread?.samples).toBe(3);
    // "Benchmark 2: true / Time (mean ± σ): 7.0 ms ± 11.7 ms / Range (min … max): 0.0 ms … 20.5 ms"
    expect(seriesOf(result, 'true', 'time').value * 1000).toBeCloseTo(7.0, 1);
    expect((seriesOf(result, 'true', 'time').spread?.stddev ?? 0) * 1000).toBeCloseTo(11.7, 1);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'sh -c "sleep 0.01; exit 3": 3 of 3 runs exited non-zero',
    ]);
  });

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
