import { describe, expect, it } from '@jest/globals';
import { jmhJsonCollector as collector } from '../../../src/collect/benchmarks/jmh-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('jmh-json', () => {
  it('reads throughput with params in the name and the confidence interval', async () => {
    const result = await parseFixture(collector, 'caffeine-params.json');
    const caffeine =
      'com.github.caffeine.caffeine.cache.ComputeBenchmark.compute_sameKey ( {"computeType":"Caffeine"} )';
    expect(table(result)).toEqual([
      [caffeine, 'opsPerSec', 152520132.34402195, 'ops/s'],
      [
        'com.github.hashmap.caffeine.cache.ComputeBenchmark.compute_sameKey ( {"computeType":"ConcurrentHashMap"} )',
        'opsPerSec',
        7828947.712794046,
        'ops/s',
      ],
    ]);
    expect(seriesOf(result, caffeine, 'opsPerSec')).toMatchObject({
      biggerIsBetter: true,
      spread: {
        lower: 148999811.56545883,
        upper: 156040453.12258506,
        samples: 3,
        min: 152340547.88663682,
        max: 152724143.15072593,
      },
      extra: 'iterations: 3\nforks: 1\nthreads: 32',
    });
    expect(detectedFormat(fixtureBytes('jmh-json', 'caffeine-params.json'))).toBe('jmh-json');
  });

  it('reads average time, the gc allocation rate per op, and leaves NaN figures out', async () => {
    const result = await parseFixture(collector, 'avgt-gc-nan.json');
    expect(table(result)).toEqual([
      ['org.example.ParserBench.parse ( {"size":"1024"} )', 'time', 812.5, 'ns/op'],
      ['org.example.ParserBench.parse ( {"size":"1024"} )', 'memory', 1236, 'B/op'],
      ['org.example.ParserBench.warmCache', 'time', 42.117, 'ms/op'],
    ]);
    expect(
      seriesOf(result, 'org.example.ParserBench.parse ( {"size":"1024"} )', 'time'),
    ).toMatchObject({
      biggerIsBetter: false,
      spread: { lower: 772, upper: 853, samples: 4, min: 790, max: 838 },
    });
    expect(seriesOf(result, 'org.example.ParserBench.warmCache', 'time').spread).toEqual({
      samples: 1,
      min: 42.117,
      max: 42.117,
    });
  });

  it('skips an entry without a primary metric, and rejects a file of only such entries', async () => {
    const entry = {
      benchmark: 'a.B.c',
      mode: 'avgt',
      primaryMetric: { score: 'NaN', scoreUnit: 'ns/op' },
    };
    const error = await parseBenchmarks(collector, JSON.stringify([entry])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe('no benchmarks in the JMH JSON');
  });
});
