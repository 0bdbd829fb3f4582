import {
  compactNumbers,
  countAboveZero,
  type CompactNumbers,
  type TypedArraySlab,
} from './compact-numbers.js';
import type { LineDetailSource } from '../../model/coverage.js';

/**
 * A file's counts keyed by a number (line numbers, or branch ids), ascending, each key once, kept
 * until the report is built: a 100 MB tracefile holds millions of them. `unpack` gives them back
 * as plain arrays (keys as `numbers`, counts as `hits`).
 */
export interface KeyedCounts extends LineDetailSource {
  /** How many keys. */
  readonly length: number;
  /** How many of the counts are above zero. */
  readonly covered: number;
}

/**
 * Keys that are integers from 0 up with counts from 0 to 2^32 - 1 (nearly always), packed as
 * variable-length integers (7 bits a byte, the high bit saying another byte follows): each key as
 * its distance from the one before, then its count. Line numbers step by 1 to a few and most
 * counts are small, so an entry takes 2 to 4 bytes instead of 6 (16-bit line, 32-bit count) in
 * typed arrays, one typed array per file instead of two.
 */
class PackedCounts implements KeyedCounts {
  constructor(
    private readonly bytes: Uint8Array,
    readonly length: number,
    readonly covered: number,
  ) {}

  unpack(): { numbers: number[]; hits: number[] } {
    const numbers: number[] = [];
    const hits: number[] = [];
    const { bytes } = this;
    let at = 0;
    let key = 0;
    for (let left = this.length; left > 0; left--) {
      // two variable-length integers: the key's distance from the previous key, then the count
      let byte = bytes[at++] ?? 0;
      let value = byte & 0x7f;
      for (let scale = 128; byte >= 0x80; scale *= 128) {
        byte = bytes[at++] ?? 0;
        value += (byte & 0x7f) * scale;
      }
      key += value;
      byte = bytes[at++] ?? 0;
      value = byte & 0x7f;
      for (let scale = 128; byte >= 0x80; scale *= 128) {
        byte = bytes[at++] ?? 0;
        value += (byte & 0x7f) * scale;
      }
      numbers.push(key);
      hits.push(value);
    }
    return { numbers, hits };
  }
}

/** Counts that are not all such integers (fractions, negatives, -0, 2^32 and more), in typed arrays. */
class TypedCounts implements KeyedCounts {
  readonly covered: number;

  constructor(
    private readonly keys: CompactNumbers,
    private readonly hits: CompactNumbers,
  ) {
    this.covered = countAboveZero(hits);
  }

  get length(): number {
    return this.keys.length;
  }

  unpack(): { numbers: number[]; hits: number[] } {
    return { numbers: Array.from(this.keys), hits: Array.from(this.hits) };
  }
}

/** Packs the counts of many files, carving each file's bytes out of a shared slab. */
export class CountsPacker {
  /** Where a file's bytes are written before their exact size is known (grown as needed). */
  private scratch = new Uint8Array(64 * 1024);

  constructor(private readonly slab: TypedArraySlab) {}

  /**
   * keys[0, length) (ascending, each once) with their counts; `onlyWhetherHit` keeps 1 or 0 per
   * key instead of its count (branches: whether each was taken is all the report counts).
   */
  pack(
    keys: ArrayLike<number>,
    counts: ArrayLike<number>,
    length: number,
    onlyWhetherHit: boolean,
  ): KeyedCounts {
    // at most 8 bytes for a key distance below 2^53 and 5 for a count
    if (this.scratch.length < length * 16) this.scratch = new Uint8Array(length * 16);
    const bytes = this.scratch;
    let at = 0;
    let previous = 0;
    let covered = 0;
    for (let i = 0; i < length; i++) {
      const key = keys[i] ?? 0;
      const count = counts[i] ?? 0;
      const distance = key - previous;
      // keys: integers ascending from 0 up; counts: integers from 0 (not -0) to 2^32 - 1
      const small = count >>> 0;
      if (
        !(distance > 0 || (i === 0 && key === 0)) ||
        !Number.isSafeInteger(key) ||
        small !== count ||
        (small === 0 && 1 / count < 0)
      ) {
        return this.typed(keys, counts, length, onlyWhetherHit);
      }
      previous = key;
      at = writeVarint(bytes, at, distance);
      at = writeVarint(bytes, at, onlyWhetherHit ? (small > 0 ? 1 : 0) : small);
      if (small > 0) covered++;
    }
    const packed = this.slab.take(Uint8Array, at);
    packed.set(bytes.subarray(0, at));
    return new PackedCounts(packed, length, covered);
  }

  private typed(
    keys: ArrayLike<number>,
    counts: ArrayLike<number>,
    length: number,
    onlyWhetherHit: boolean,
  ): KeyedCounts {
    let hits = counts;
    if (onlyWhetherHit) {
      const ran = new Uint8Array(length);
      for (let i = 0; i < length; i++) ran[i] = (counts[i] ?? 0) > 0 ? 1 : 0;
      hits = ran;
    }
    return new TypedCounts(
      compactNumbers(keys, length, this.slab),
      compactNumbers(hits, length, this.slab),
    );
  }
}

/** Writes a non-negative integer below 2^53, 7 bits a byte (low bits first); returns the new end. */
function writeVarint(bytes: Uint8Array, start: number, value: number): number {
  let at = start;
  let rest = value;
  while (rest >= 0x80) {
    // `& 0x7f` reads the low bits of any integer below 2^53 exactly; `>>> 7` only below 2^32
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest = rest < 0x1_0000_0000 ? rest >>> 7 : Math.floor(rest / 128);
  }
  bytes[at++] = rest;
  return at;
}
