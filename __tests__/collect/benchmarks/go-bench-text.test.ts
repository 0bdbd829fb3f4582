import { describe, expect, it } from '@jest/globals';
import { goBenchTextCollector as collector } from '../../../src/collect/benchmarks/go-bench-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('go-bench-text', () => {
  it('reads each value/unit pair as a series, custom metrics under their unit', async () => {
    const result = await parseFixture(collector, 'aux.txt');
    expect(table(result)).toEqual([
      ['BenchmarkFib10', 'time', 210.2, 'ns/op'],
      ['BenchmarkFib20', 'time', 26264, 'ns/op'],
      ['BenchmarkFib20WithAuxMetric', 'time', 25829, 'ns/op'],
      ['BenchmarkFib20WithAuxMetric', 'auxMetricUnits', 4, 'auxMetricUnits'],
    ]);
    expect(seriesOf(result, 'BenchmarkFib10', 'time').extra).toBe('5604217 times\n8 procs');
  });

  // Real `go test -bench . -benchmem -cpu 1,2 -count 2 ./...` output of Go 1.19.8 over two
  // packages (fixtures README); the expected figures are the lines Go printed.
  it('real go 1.19 output: -cpu 1,2, -count 2, sub-benchmarks with spaces, two packages', async () => {
    const result = await parseFixture(collector, 'go1.19-cpu-count-two-packages.txt');
    // "BenchmarkJoin/size=1/parts_a_b  344900791  3.536 ns/op  282.77 MB/s  2.000 widgets/op ..."
    // "BenchmarkJoin/size=1/parts_a_b  527319597  2.601 ns/op  384.52 MB/s ..." (GOMAXPROCS 1:
    // Go prints no suffix), and the same at GOMAXPROCS 2 with "-2".
    const cpu1 = seriesOf(result, 'BenchmarkJoin/size=1/parts_a_b', 'time');
    expect(cpu1.spread).toMatchObject({ samples: 2, min: 2.601, max: 3.536 });
    const cpu2 = seriesOf(result, 'BenchmarkJoin/size=1/parts_a_b-2', 'time');
    expect(cpu2.spread).toMatchObject({ samples: 2, min: 2.204, max: 3.133 });
    expect(seriesOf(result, 'BenchmarkJoin/size=10/parts_a_b', 'widgets/op').value).toBe(20);
    expect(seriesOf(result, 'BenchmarkJoin/size=10/parts_a_b-2', 'memory')).toMatchObject({
      value: 24,
      unit: 'B/op',
    });
    expect(seriesOf(result, 'BenchmarkAlloc-2', 'time').spread).toMatchObject({
      min: 107.5,
      max: 162.8,
    });
    // b.ReportMetric(0, "ns/op") removes ns/op from Go's line: "BenchmarkSum  27165015
    // 3.500 hits/sec  0 B/op  0 allocs/op" — no time series.
    expect(
      result.data.series.filter((s) => s.name === 'BenchmarkSum').map((s) => s.measure),
    ).toEqual(['hits/sec', 'memory', 'allocs']);
    expect(seriesOf(result, 'BenchmarkSum', 'hits/sec')).toMatchObject({
      value: 3.5,
      unit: 'hits/sec',
    });
    // "--- FAIL: BenchmarkFail" / "b_test.go:20: boom"
    expect(result.diagnostics.map((d) => d.message)).toEqual(['BenchmarkFail failed: no result']);
    expect(new Set(result.data.series.map((s) => s.name)).size).toBe(8);
  });

  it('averages -count runs, keeps -cpu runs apart, honours Unit metadata, warns on FAIL', async () => {
    const result = await parseFixture(collector, 'count-cpu.txt');
    expect(result.data.series.map((s) => [s.name, s.measure, s.unit, s.biggerIsBetter])).toEqual([
      ['BenchmarkEncode', 'time', 'ns/op', false],
      ['BenchmarkEncode', 'memory', 'B/op', false],
      ['BenchmarkEncode', 'allocs', 'allocs/op', false],
      ['BenchmarkEncode', 'hits/op', 'hits/op', true],
      ['BenchmarkEncode-2', 'time', 'ns/op', false],
      ['BenchmarkEncode-2', 'memory', 'B/op', false],
      ['BenchmarkEncode-2', 'allocs', 'allocs/op', false],
      ['BenchmarkEncode-2', 'hits/op', 'hits/op', true],
      ['BenchmarkDecode/size=1k', 'time', 'ns/op', false],
      ['BenchmarkDecode/size=1k', 'throughput', 'MB/s', true],
    ]);
    // GOMAXPROCS 1 runs printed 4012, 3988, 4036 ns/op: mean 4012, sample stddev 24.
    const encode = seriesOf(result, 'BenchmarkEncode', 'time');
    expect(encode.value).toBe(4012);
    expect(encode.spread).toEqual({ samples: 3, stddev: 24, min: 3988, max: 4036 });
    expect(encode.extra).toBe('3 runs');
    // GOMAXPROCS 2 runs: 2101, 2087, 2114.
    expect(seriesOf(result, 'BenchmarkEncode-2', 'time').value).toBeCloseTo(6302 / 3, 9);
    expect(seriesOf(result, 'BenchmarkEncode-2', 'time').extra).toBe('3 runs\n2 procs');
    expect(seriesOf(result, 'BenchmarkDecode/size=1k', 'throughput').value).toBe(16.72);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'BenchmarkBroken-2 failed: no result',
        position: { line: 13 },
      },
    ]);
  });

  it('is detected by a result line, not by a plain go test log', () => {
    expect(detectedFormat(fixtureBytes('go-bench-text', 'count-cpu.txt'))).toBe('go-bench-text');
    expect(
      detectedFormat(
        '=== RUN   TestParse\n--- PASS: TestParse (0.00s)\nPASS\nok  \texample.com/x\t0.01s\n',
      ),
    ).toBeUndefined();
    expect(detectedFormat('BenchmarkParse\nBenchmarkParse-8   \tabc\t 12 ns/op\n')).toBeUndefined();
  });

  it.each([
    ['odd field count', 'BenchmarkX-8  100  12 ns/op 5\n'],
    ['non-integer iterations', 'BenchmarkX-8  1.5  12 ns/op\n'],
    ['non-numeric value', 'BenchmarkX-8  100  fast ns/op\n'],
  ])('skips a line with %s, and a file of only such lines is an error', async (_what, text) => {
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe('no go test -bench results found in 1 lines');
  });
});
