import { describe, expect, it } from '@jest/globals';
import {
  compactNumbers,
  countAboveZero,
  NumberStore,
  TypedArraySlab,
} from '../../../src/collect/coverage/compact-numbers.js';

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

describe('TypedArraySlab', () => {
  it('carves small arrays out of one shared buffer, each aligned and apart', () => {
    const slab = new TypedArraySlab(1024);
    const bytes = slab.take(Uint8Array, 3);
    const words = slab.take(Uint32Array, 2);
    const doubles = slab.take(Float64Array, 1);
    expect(words.buffer).toBe(bytes.buffer);
    expect(doubles.buffer).toBe(bytes.buffer);
    expect(words.byteOffset % 4).toBe(0);
    expect(doubles.byteOffset % 8).toBe(0);
    bytes.fill(255);
    words.fill(0xffff_ffff);
    doubles[0] = 0.25;
    expect(Array.from(bytes)).toEqual([255, 255, 255]);
    expect(Array.from(words)).toEqual([0xffff_ffff, 0xffff_ffff]);
    expect(Array.from(doubles)).toEqual([0.25]);
  });

  it('starts a new buffer when one is full, and gives large arrays a buffer of their own', () => {
    const slab = new TypedArraySlab(64);
    const first = slab.take(Uint8Array, 8);
    const second = slab.take(Uint8Array, 8);
    expect(second.buffer).toBe(first.buffer);
    const large = slab.take(Uint16Array, 5);
    expect(large.buffer).not.toBe(first.buffer);
    expect(large.buffer.byteLength).toBe(10);
    for (let i = 0; i < 6; i++) slab.take(Uint8Array, 8);
    const next = slab.take(Uint8Array, 8);
    expect(next.buffer).not.toBe(first.buffer);
    expect(next.byteOffset).toBe(0);
  });

  it('backs compactNumbers with the same values as arrays made alone', () => {
    const slab = new TypedArraySlab(256);
    const values = [3, 70_000, 12];
    const compact = compactNumbers(values, values.length, slab);
    expect(compact).toBeInstanceOf(Uint32Array);
    expect(Array.from(compact)).toEqual(values);
    expect(compact.buffer.byteLength).toBe(256);
  });
});

describe('countAboveZero', () => {
  it('counts hit values of any compact kind', () => {
    expect(countAboveZero(new Uint8Array([0, 1, 0, 255]))).toBe(2);
    expect(countAboveZero(new Float64Array([-1, 0.5, -0, 0]))).toBe(1);
    expect(countAboveZero([])).toBe(0);
  });
});
