import { describe, expect, it } from '@jest/globals';
import { benchmarkdotnetJsonCollector as collector } from '../../../src/collect/benchmarks/benchmarkdotnet-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

const NAME =
  'StepLang.Benchmarks.ExampleFileBenchmark.Tokenize(ExampleFileName: "expressions.step")';

describe('benchmarkdotnet-json', () => {
  it('reads the mean with its statistics and the MemoryDiagnoser bytes', async () => {
    const result = await parseFixture(collector, 'memory-diagnoser.json');
    expect(table(result)).toEqual([
      [NAME, 'time', 106.33837381998698, 'ns'],
      [NAME, 'memory', 672, 'B'],
    ]);
    expect(seriesOf(result, NAME, 'time').spread).toEqual({
      stddev: 3.2237445053880784,
      samples: 30,
      min: 100.62179565429688,
      max: 113.7148380279541,
      lower: 104.1845485563643,
      upper: 108.49219908360966,
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Benchmarks[1] StepLang.Benchmarks.ExampleFileBenchmark.Parse(ExampleFileName: "expressions.step"): no statistics (the benchmark did not run); no result',
    ]);
    expect(detectedFormat(fixtureBytes('benchmarkdotnet-json', 'memory-diagnoser.json'))).toBe(
      'benchmarkdotnet-json',
    );
  });

  it('rejects a report without a Benchmarks list', async () => {
    const error = await parseBenchmarks(
      collector,
      '{"HostEnvironmentInfo": {}, "Benchmarks": 3}',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe(
      'not BenchmarkDotNet JSON: Benchmarks: Invalid input: expected array, received number',
    );
  });
});
