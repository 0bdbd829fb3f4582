/** Numbers kept in the narrowest typed array that holds every one of them exactly. */
export type CompactNumbers = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/**
 * values[0, length) in the narrowest typed array that holds each exactly: line numbers and hit
 * counts are nearly always small non-negative integers, which need 1, 2 or 4 bytes instead of 8.
 * Anything else (fractions, negatives, -0, counts of 2^32 and more) keeps 8 bytes as a Float64Array.
 * With a slab, the array is carved out of the slab's shared buffers.
 */
export function compactNumbers(
  values: ArrayLike<number>,
  length = values.length,
  slab?: TypedArraySlab,
): CompactNumbers {
  let largest = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i] ?? 0;
    // `>>> 0` keeps exactly the integers 0 to 2^32 - 1, and makes -0 a 0 (told apart by 1 / value)
    if (value >>> 0 !== value || (value === 0 && 1 / value < 0)) {
      largest = Number.POSITIVE_INFINITY;
      break;
    }
    if (value > largest) largest = value;
  }
  const compact =
    largest <= 0xff
      ? allocate(Uint8Array, length, slab)
      : largest <= 0xffff
        ? allocate(Uint16Array, length, slab)
        : largest <= 0xffff_ffff
          ? allocate(Uint32Array, length, slab)
          : allocate(Float64Array, length, slab);
  for (let i = 0; i < length; i++) compact[i] = values[i] ?? 0;
  return compact;
}

/**
 * How many of the values are above zero (hit lines, taken branches). An indexed loop: for…of
 * over typed arrays of several kinds allocates an iterator result per element.
 */
export function countAboveZero(values: ArrayLike<number>): number {
  const { length } = values;
  let count = 0;
  for (let i = 0; i < length; i++) if ((values[i] ?? 0) > 0) count++;
  return count;
}

type CompactType =
  Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Float64ArrayConstructor;

function allocate(type: CompactType, length: number, slab?: TypedArraySlab): CompactNumbers {
  return slab ? slab.take(type, length) : new type(length);
}

/**
 * Room for many small typed arrays in shared buffers. Made one by one, each of the tens of
 * thousands of per-file arrays of a large report would get its own buffer object and its own
 * allocation outside the heap, which together weigh more than the numbers; carved from shared
 * slabs, each costs only its view. Arrays larger than an eighth of a slab get a buffer of their
 * own, so a slab wastes little when one does not fit. What a slab holds lives as long as any of
 * its views: fit for arrays that are kept to the end of a parse.
 */
export class TypedArraySlab {
  private buffer: ArrayBuffer | undefined;
  private used = 0;

  constructor(private readonly slabBytes = 1 << 20) {}

  take<T extends CompactType>(type: T, length: number): InstanceType<T> {
    const size = type.BYTES_PER_ELEMENT;
    const bytes = length * size;
    if (bytes * 8 > this.slabBytes) return new type(length) as InstanceType<T>;
    let offset = Math.ceil(this.used / size) * size;
    if (!this.buffer || offset + bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(this.slabBytes);
      offset = 0;
    }
    this.used = offset + bytes;
    return new type(this.buffer, offset, length) as InstanceType<T>;
  }
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
