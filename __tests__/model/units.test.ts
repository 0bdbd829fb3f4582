import { describe, expect, it } from '@jest/globals';
import { convertUnit, dimensionOf, parseQuantity, unitInfo } from '../../src/model/units.js';

describe('parseQuantity', () => {
  it.each([
    ['200ms', { value: 200, unit: 'ms', dimension: 'time' }],
    ['512 MB', { value: 512, unit: 'MB', dimension: 'bytes' }],
    ['5000 ops/s', { value: 5000, unit: 'ops/s', dimension: 'rate' }],
    ['1,431,759 ops/sec', { value: 1431759, unit: 'ops/sec', dimension: 'rate' }],
    ['95%', { value: 95, unit: '%', dimension: 'ratio' }],
    ['.5s', { value: 0.5, unit: 's', dimension: 'time' }],
    ['-3', { value: -3, unit: '' }],
    ['3.5', { value: 3.5, unit: '' }],
    ['2e3 ns/iter', { value: 2000, unit: 'ns/iter', dimension: 'time' }],
    ['12 widgets', { value: 12, unit: 'widgets', dimension: 'other:widgets' }],
  ])('%s', (text, quantity) => {
    expect(parseQuantity(text)).toEqual(quantity);
  });

  it.each(['', 'ms', 'fast', 'e5', '1,23 ms'])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('convertUnit', () => {
  it.each([
    // times, per-iteration suffixes keep the dimension
    [200, 'ms', 'ns', 200_000_000],
    [200_000_000, 'ns/iter', 'ms', 200],
    [41.731, 'us', 'ns', 41731],
    [18.019, 'µs', 'ns', 18019],
    [11.1, 'μs', 'ns', 11100],
    [320.62, 'ps', 'ns', 0.32062],
    [2, 'm', 's', 120],
    [0.75, 's', 'ms', 750],
    [262.7, 'ns/op', 'us', 0.2627],
    [3, 'msec', 'usec', 3000],
    // bytes: KB/MB decimal, KiB/MiB binary
    [512, 'MB', 'B', 512_000_000],
    [1, 'MiB', 'KiB', 1024],
    [672, 'B/op', 'KB', 0.672],
    [150, 'Megabytes', 'MB', 150],
    [2.42, 'kB', 'B', 2420],
    // rates
    [1, 'ops/ms', 'ops/s', 1000],
    [1.2961, 'Melem/s', 'elem/s', 1_296_100],
    [70, 'req/s', 'ops/sec', 70],
    [500, 'Hz', 'ops/s', 500],
    [1, 'ops/min', 'ops/s', 1 / 60],
    [2833.37, 'MB/s', 'B/s', 2_833_370_000],
    [1, 'GiB/s', 'MiB/s', 1024],
    // ratios
    [0.0125, 'ratio', '%', 1.25],
    [50, 'Percent', 'ratio', 0.5],
  ])('%d %s → %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBeCloseTo(expected, 9);
  });

  it('keeps common conversions exact', () => {
    expect(convertUnit(200, 'ms', 'ns')).toBe(200_000_000);
    expect(convertUnit(200_000_000, 'ns', 'ms')).toBe(200);
    expect(convertUnit(512, 'MB', 'B')).toBe(512_000_000);
  });

  it.each([
    ['ms', 'MB'],
    ['ops/s', 's'],
    ['MB/s', 'ops/s'],
    ['cycles/iter', 'ns'],
    ['allocs/op', 'B'],
    ['', 'ms'],
    ['MS/s', 'ms'],
  ])('refuses %s → %s (different things)', (from, to) => {
    expect(convertUnit(1, from, to)).toBeUndefined();
  });

  it('converts a unit to itself, known or not, and custom per-op units to their base', () => {
    expect(convertUnit(3, 'auxMetricUnits', 'auxMetricUnits')).toBe(3);
    expect(convertUnit(2, 'allocs/op', 'allocs')).toBe(2);
    expect(convertUnit(7, '', '')).toBe(7);
  });
});

describe('unitInfo', () => {
  it('tells the dimension, and nothing for an empty unit', () => {
    expect(dimensionOf('ns/iter')).toBe('time');
    expect(dimensionOf('iter/sec')).toBe('rate');
    expect(dimensionOf('B/s')).toBe('dataRate');
    expect(dimensionOf('cycles/iter')).toBe('other:cycles');
    expect(dimensionOf('M')).toBe('other:M');
    expect(unitInfo('')).toBeUndefined();
  });
});
