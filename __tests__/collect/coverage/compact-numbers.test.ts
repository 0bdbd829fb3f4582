import { describe, expect, it } from '@jest/globals';
import { compactNumbers, NumberStore } from '../../../src/collect/coverage/compact-numbers.js';

describe('compactNumbers', () => {
  it.each([
    [[0, 1, 255], Uint8Array],
    [[0, 256], Uint16Array],
    [[65_535], Uint16Array],
    [[65_536, 3], Uint32Array],
    [[4_294_967_295], Uint32Array],
    [[4_294_967_296], Float64Array],
    [[1, -1], Float64Array],
    [[1, 0.5], Float64Array],
    [[Number.MAX_SAFE_INTEGER], Float64Array],
    [[], Uint8Array],
  ] as const)('keeps %j in the narrowest exact array', (values, type) => {
    const compact = compactNumbers(values);
    expect(compact).toBeInstanceOf(type);
    expect(Array.from(compact)).toEqual(values);
  });

  it('keeps -0 as -0 (a deep comparison tells it from 0)', () => {
    const compact = compactNumbers([3, -0]);
    expect(compact).toBeInstanceOf(Float64Array);
    expect(Object.is(compact[1], -0)).toBe(true);
  });

  it('takes only the first `length` values', () => {
    const values = new Float64Array([7, 8, 1e12, 0.5]);
    const compact = compactNumbers(values, 2);
    expect(compact).toBeInstanceOf(Uint8Array);
    expect(Array.from(compact)).toEqual([7, 8]);
  });
});

describe('NumberStore', () => {
  it('grows past its capacity keeping every value in order', () => {
    const store = new NumberStore(2);
    const pushed: number[] = [];
    for (let i = 0; i < 37; i++) {
      const value = i % 3 === 0 ? i * 1e9 : i / 4;
      store.push(value);
      pushed.push(value);
    }
    expect(store.length).toBe(37);
    expect(store.values.length).toBeGreaterThanOrEqual(37);
    expect(Array.from(store.values.subarray(0, store.length))).toEqual(pushed);
    expect(store.at(36)).toBe(pushed[36]);
  });

  it('starts over when cleared, keeping its room', () => {
    const store = new NumberStore(1);
    store.push(1);
    store.push(2);
    const room = store.values.length;
    store.clear();
    expect(store.length).toBe(0);
    store.push(5);
    expect(store.at(0)).toBe(5);
    expect(store.values.length).toBe(room);
  });

  it('never has less than room for one value', () => {
    const store = new NumberStore(0);
    store.push(4);
    store.push(6);
    expect(Array.from(store.values.subarray(0, store.length))).toEqual([4, 6]);
  });
});
