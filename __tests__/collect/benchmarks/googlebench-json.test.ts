import { describe, expect, it } from '@jest/globals';
import { googlebenchJsonCollector as collector } from '../../../src/collect/benchmarks/googlebench-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('googlebench-json', () => {
  it('takes the mean aggregate of repetitions, with the stddev aggregate as spread', async () => {
    const result = await parseFixture(collector, 'repetitions.json');
    expect(table(result)).toEqual([
      ['BM_Encode/1024', 'time', 401200, 'ns/iter'],
      ['BM_Encode/1024', 'cpuTime', 401000, 'ns/iter'],
      // the mean aggregate's counter as the file writes it
      ['BM_Encode/1024', 'throughput', Number('2.5536836381890714e+06'), 'B/s'],
      ['BM_Lookup/threads:4', 'time', 21.25, 'ns/iter'],
      ['BM_Lookup/threads:4', 'cpuTime', 84.875, 'ns/iter'],
      ['BM_Lookup/threads:4', 'itemsPerSec', 11782032.400589101, 'items/s'],
    ]);
    const encode = seriesOf(result, 'BM_Encode/1024', 'time');
    expect(encode.spread).toEqual({ stddev: 2400, samples: 3 });
    expect(encode.extra).toBe('repetitions: 3\nmedian: 401200 ns\nthreads: 1');
    expect(seriesOf(result, 'BM_Lookup/threads:4', 'time').extra).toBe(
      'iterations: 8000000\ncpu: 84.875 ns\nthreads: 4',
    );
    expect(seriesOf(result, 'BM_Lookup/threads:4', 'itemsPerSec').biggerIsBetter).toBe(true);
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: 'benchmarks[8] BM_Flaky: backend not reachable; no result' },
    ]);
    expect(detectedFormat(fixtureBytes('googlebench-json', 'repetitions.json'))).toBe(
      'googlebench-json',
    );
  });

  it('averages repetitions reported without aggregates', async () => {
    const runs = [10, 12, 14].map((t, i) => ({
      name: 'BM_X',
      run_name: 'BM_X',
      run_type: 'iteration',
      repetition_index: i,
      iterations: 5,
      real_time: t,
      cpu_time: t,
      time_unit: 'us',
    }));
    const result = await parseBenchmarks(
      collector,
      JSON.stringify({ context: { executable: 'x', num_cpus: 1 }, benchmarks: runs }),
    );
    expect(seriesOf(result, 'BM_X', 'time')).toMatchObject({
      value: 12,
      unit: 'us/iter',
      spread: { samples: 3, stddev: 2, min: 10, max: 14 },
    });
  });

  it('rejects a file whose every run failed', async () => {
    const text = JSON.stringify({
      context: {},
      benchmarks: [{ name: 'BM_A', error_occurred: true, error_message: 'boom', time_unit: 'ns' }],
    });
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe(
      'no benchmark runs in the Google Benchmark JSON',
    );
  });
});
