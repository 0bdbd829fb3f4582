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

  // Real output of Google Benchmark 1.7.1 (Debian libbenchmark-dev), fixtures README. Expected
  // figures are those Google Benchmark printed on its console for the same run (quoted).
  it('reads user counters and memory manager figures (real libbenchmark 1.7.1 output)', async () => {
    const result = await parseFixture(collector, 'libbenchmark-1.7.1-counters.json');
    const push = 'BM_VectorPush/64/repeats:3';
    // console: "BM_VectorPush/64/repeats:3_mean  201 ns  196 ns  3 elements=64
    //           items_per_second=334.017M/s pushes=334.017M/s"
    expect(seriesOf(result, push, 'time').value).toBeCloseTo(201, 0);
    expect(seriesOf(result, push, 'elements')).toMatchObject({ value: 64, unit: '' });
    expect(seriesOf(result, push, 'pushes').value / 1e6).toBeCloseTo(334.017, 3);
    expect(seriesOf(result, push, 'itemsPerSec').value / 1e6).toBeCloseTo(334.017, 3);
    // console: "..._stddev ... elements=0 items_per_second=65.5193M/s pushes=65.5193M/s"
    expect((seriesOf(result, push, 'pushes').spread?.stddev ?? 0) / 1e6).toBeCloseTo(65.5193, 4);
    expect(seriesOf(result, push, 'pushes').spread?.samples).toBe(3);
    // console: "BM_Concat  0.040 us  0.040 us  17964304 bytes_per_second=4.65757G/s hits=389.662n"
    // (G = 2^30 for bytes); the memory manager's allocs_per_iter / max_bytes_used as written.
    expect(seriesOf(result, 'BM_Concat', 'throughput').value / 2 ** 30).toBeCloseTo(4.65757, 5);
    expect(seriesOf(result, 'BM_Concat', 'hits').value * 1e9).toBeCloseTo(389.662, 3);
    expect(seriesOf(result, 'BM_Concat', 'allocs')).toMatchObject({
      value: 2.5,
      unit: 'allocs/iter',
    });
    expect(seriesOf(result, 'BM_Concat', 'memory')).toMatchObject({ value: 5687, unit: 'B' });
    // The repeated benchmark's figures come from its aggregates, not its three runs (whose
    // memory figures this libbenchmark version writes uninitialised).
    expect(result.data.series.filter((s) => s.name === push).map((s) => s.measure)).toEqual([
      'time',
      'cpuTime',
      'itemsPerSec',
      'elements',
      'pushes',
    ]);
  });

  it('keeps each run’s time unit and its counters (real libbenchmark 1.7.1 output)', async () => {
    const result = await parseFixture(collector, 'libbenchmark-1.7.1-units-error.json');
    // console: "BM_StringCopy/8  0.003 us  0.003 us  228690079 Foo=42 Rate=11.3322/s ..."
    expect(seriesOf(result, 'BM_StringCopy/8', 'time').unit).toBe('us/iter');
    expect(seriesOf(result, 'BM_StringCopy/8', 'time').value).toBeCloseTo(0.003, 3);
    expect(seriesOf(result, 'BM_StringCopy/8', 'Foo').value).toBe(42);
    expect(seriesOf(result, 'BM_StringCopy/8', 'Rate').value).toBeCloseTo(11.3322, 4);
    // console: "BM_StringCopy/4096 ... Rate=5.44909k/s"
    expect(seriesOf(result, 'BM_StringCopy/4096', 'Rate').value / 1000).toBeCloseTo(5.44909, 5);
    // console: "BM_Sleep/iterations:20/repeats:3_mean  2.19 ms  0.017 ms  3"
    expect(seriesOf(result, 'BM_Sleep/iterations:20/repeats:3', 'time')).toMatchObject({
      unit: 'ms/iter',
    });
    expect(seriesOf(result, 'BM_Sleep/iterations:20/repeats:3', 'time').value).toBeCloseTo(2.19, 2);
    // console: "BM_Sec/iterations:3  0.005 s  0.000 s  3"
    expect(seriesOf(result, 'BM_Sec/iterations:3', 'time').unit).toBe('s/iter');
    expect(seriesOf(result, 'BM_Sec/iterations:3', 'time').value).toBeCloseTo(0.005, 3);
    // console: "BM_Err  ERROR OCCURRED: 'could not open file'"
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'benchmarks[9] BM_Err: could not open file; no result',
      },
    ]);
    expect(
      detectedFormat(fixtureBytes('googlebench-json', 'libbenchmark-1.7.1-units-error.json')),
    ).toBe('googlebench-json');
  });

  it('does not report a run skipped with SkipWithMessage (1.8+) as a zero time', async () => {
    // Google Benchmark 1.8+ json_reporter.cc (PrintRunData) writes a SkipWithMessage run as
    // "skipped": true, "skip_message" and then iterations/real_time/cpu_time of 0; its console
    // reporter prints "SKIPPED: '<message>'" for it and no time.
    const skipped = {
      name: 'BM_NeedsGpu',
      family_index: 0,
      per_family_instance_index: 0,
      run_name: 'BM_NeedsGpu',
      run_type: 'iteration',
      repetitions: 1,
      repetition_index: 0,
      threads: 1,
      skipped: true,
      skip_message: 'no GPU',
      iterations: 0,
      real_time: 0,
      cpu_time: 0,
      time_unit: 'ns',
    };
    const { skipped: _skipped, skip_message: _message, ...common } = skipped;
    const measured = {
      ...common,
      name: 'BM_Cpu',
      run_name: 'BM_Cpu',
      iterations: 10,
      real_time: 12.5,
      cpu_time: 12,
    };
    const result = await parseBenchmarks(
      collector,
      JSON.stringify({
        context: { executable: 'x', num_cpus: 1, library_build_type: 'release' },
        benchmarks: [skipped, measured],
      }),
    );
    expect(table(result)).toEqual([
      ['BM_Cpu', 'time', 12.5, 'ns/iter'],
      ['BM_Cpu', 'cpuTime', 12, 'ns/iter'],
    ]);
    expect(result.diagnostics).toEqual([
      { severity: 'notice', message: 'benchmarks[0] BM_NeedsGpu: skipped (no GPU); no result' },
    ]);
  });

  it('a counter named like an Object.prototype member is a counter like any other', async () => {
    const run = {
      name: 'BM_X',
      run_name: 'BM_X',
      run_type: 'iteration',
      iterations: 5,
      real_time: 10,
      cpu_time: 10,
      time_unit: 'ns',
      constructor: 3,
      toString: 4,
    };
    const result = await parseBenchmarks(
      collector,
      JSON.stringify({ context: { executable: 'x', num_cpus: 1 }, benchmarks: [run] }),
    );
    expect(seriesOf(result, 'BM_X', 'constructor')).toMatchObject({ value: 3, unit: '' });
    expect(seriesOf(result, 'BM_X', 'toString')).toMatchObject({ value: 4, unit: '' });
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
