/** Numbers kept in the narrowest typed array that holds every one of them exactly. */
export type CompactNumbers = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * values[0, length) in the narrowest typed array that holds each exactly: line numbers and hit
 * counts are nearly always small non-negative integers, which need 1, 2 or 4 bytes instead of 8.
 * Anything else (fractions, negatives, -0, counts of 2^32 and more) keeps 8 bytes as a Float64Array.
 */
export function compactNumbers(values: ArrayLike<number>, length = values.length): CompactNumbers {
  let largest = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i] ?? 0;
    if (!(value >= 0 && value <= 0xffff_ffff && Number.isInteger(value)) || Object.is(value, -0)) {
      largest = Number.POSITIVE_INFINITY;
      break;
    }
    if (value > largest) largest = value;
  }
  const compact =
    largest <= 0xff
      ? new Uint8Array(length)
      : largest <= 0xffff
        ? new Uint16Array(length)
        : largest <= 0xffff_ffff
          ? new Uint32Array(length)
          : new Float64Array(length);
  for (let i = 0; i < length; i++) compact[i] = values[i] ?? 0;
  return compact;
}

/**
 * A growable store of numbers (one section's keys and counts while it is read): doubles its typed
 * array when full, so appending allocates nothing per number.
 */
export class NumberStore {
  values: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.values = new Float64Array(Math.max(capacity, 1));
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index] ?? 0;
  }

  clear(): void {
    this.length = 0;
  }
}
