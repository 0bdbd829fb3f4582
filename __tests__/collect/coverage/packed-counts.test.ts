import { describe, expect, it } from '@jest/globals';
import { TypedArraySlab } from '../../../src/collect/coverage/compact-numbers.js';
import { CountsPacker } from '../../../src/collect/coverage/packed-counts.js';

function pack(keys: number[], counts: number[], onlyWhetherHit = false) {
  return new CountsPacker(new TypedArraySlab(256)).pack(keys, counts, keys.length, onlyWhetherHit);
}

describe('CountsPacker', () => {
  it.each([
    [
      [1, 2, 3, 700],
      [0, 127, 128, 250_000],
    ],
    [
      [0, 5],
      [16_383, 16_384],
    ],
    [
      [3, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1],
      [2 ** 31, 2 ** 32 - 1, 2 ** 32, 0],
    ],
    [
      [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER],
      [Number.MAX_SAFE_INTEGER, 1],
    ],
    // a branch id: (line * 65536 + block) * 65536 + branch
    [[(2_097_151 * 65_536 + 65_535) * 65_536 + 65_535], [7]],
    [[], []],
  ])('gives back keys %j with counts %j exactly', (keys, counts) => {
    const packed = pack(keys, counts);
    expect(packed.unpack()).toEqual({ numbers: keys, hits: counts });
    expect(packed.length).toBe(keys.length);
    expect(packed.covered).toBe(counts.filter((count) => count > 0).length);
  });

  it.each([
    [
      [1, 2],
      [1.5, 3],
    ],
    [
      [1, 2],
      [-1, 3],
    ],
    [
      [1, 2],
      [2 ** 53, 3],
    ],
  ])('keeps counts that are not safe non-negative integers as they are: %j %j', (keys, counts) => {
    expect(pack(keys, counts).unpack()).toEqual({ numbers: keys, hits: counts });
  });

  it('keeps -0 as -0', () => {
    const { hits } = pack([1, 2], [3, -0]).unpack();
    expect(Object.is(hits[1], -0)).toBe(true);
  });

  it('keeps only whether each key was hit when asked', () => {
    const packed = pack([4, 9, 12], [0, 250_000, 0.5], true);
    expect(packed.unpack()).toEqual({ numbers: [4, 9, 12], hits: [0, 1, 1] });
    expect(packed.covered).toBe(2);
  });

  it('packs many files into one slab without mixing them', () => {
    const packer = new CountsPacker(new TypedArraySlab(64));
    const files = Array.from({ length: 20 }, (_, f) => ({
      keys: Array.from({ length: 10 + f }, (_, i) => i * (f + 1) + 1),
      counts: Array.from({ length: 10 + f }, (_, i) => (i * 7919 * (f + 1)) % 300_000),
    }));
    const packed = files.map(({ keys, counts }) => packer.pack(keys, counts, keys.length, false));
    packed.forEach((counts, f) => {
      expect(counts.unpack()).toEqual({ numbers: files[f]?.keys, hits: files[f]?.counts });
    });
  });
});
