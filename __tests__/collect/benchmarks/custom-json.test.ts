import { describe, expect, it } from '@jest/globals';
import { customJsonCollector as collector } from '../../../src/collect/benchmarks/custom-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
} from './bench-test-support.js';

describe('custom-json', () => {
  it('reads biggerIsBetter, measure and every range form', async () => {
    const result = await parseFixture(collector, 'documented-fields.json');
    expect(result.data.series).toEqual([
      {
        name: 'cold start',
        measure: 'time',
        value: 412.5,
        unit: 'ms',
        biggerIsBetter: false,
        spread: { lower: 400, upper: 425 },
      },
      { name: 'cache hit rate', measure: 'hitRate', value: 97.2, unit: '%', biggerIsBetter: true },
      {
        name: 'free heap',
        measure: 'memory',
        value: 310,
        unit: 'MiB',
        biggerIsBetter: true,
        spread: { lower: 306, upper: 314 },
      },
      {
        name: 'requests',
        measure: 'opsPerSec',
        value: 1520,
        unit: 'req/s',
        biggerIsBetter: true,
        spread: { pct: 3 },
      },
      {
        name: 'odd range',
        measure: 'value',
        value: 7,
        unit: 'widgets',
        biggerIsBetter: false,
        extra: 'hand count\nrange: between 6 and 8',
      },
    ]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      '[5] ("broken") skipped: value: Invalid input: expected number, received string',
      "[4] odd range: range 'between 6 and 8' is not a number or percentage; kept in extra",
      '2 entries have no "biggerIsBetter"; direction taken from the unit (per-second units: bigger is better; others: smaller). Add "biggerIsBetter" to each entry to state it.',
    ]);
    expect(detectedFormat(fixtureBytes('custom-json', 'documented-fields.json'))).toBe(
      'custom-json',
    );
  });

  it('is not detected for other JSON arrays', () => {
    expect(detectedFormat('[1, 2, 3]')).toBeUndefined();
    expect(detectedFormat('[{"id": 1, "title": "x"}]')).toBeUndefined();
  });

  it.each([
    [
      'an object instead of an array',
      '{"name": "a", "unit": "ms", "value": 1}',
      'not custom benchmark JSON: Invalid input: expected array, received object',
    ],
    ['an empty array', '[]', 'no entries in the custom benchmark JSON'],
  ])('rejects %s', async (_what, text, reason) => {
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe(reason);
  });
});
