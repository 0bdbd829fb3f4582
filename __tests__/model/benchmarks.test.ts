import { describe, expect, it } from '@jest/globals';
import { biggerIsBetterFor, spreadMargin } from '../../src/model/benchmarks.js';

describe('spreadMargin', () => {
  it.each([
    ['no spread', 100, undefined, undefined],
    ['bounds: the wider side', 100, { lower: 97, upper: 101, stddev: 9 }, 3],
    ['one bound only', 100, { upper: 104 }, 4],
    ['stddev when there are no bounds', 100, { stddev: 2.5, pct: 10 }, 2.5],
    ['± percent of the value', 200, { pct: 1.5 }, 3],
    ['samples alone say nothing about spread', 100, { samples: 30 }, undefined],
  ])('%s', (_what, value, spread, margin) => {
    expect(spreadMargin(spread ? { value, spread } : { value })).toBe(margin);
  });
});

describe('biggerIsBetterFor', () => {
  it('is true for throughput-like measures only', () => {
    expect(['opsPerSec', 'throughput', 'itemsPerSec'].map(biggerIsBetterFor)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['time', 'memory', 'allocs', 'p95', 'instructions', 'value'].map(biggerIsBetterFor),
    ).toEqual([false, false, false, false, false, false]);
  });
});
