import type { TestCase } from '../model/tests.js';

/**
 * Hashed test identities, as reports store them in `testIndex`: two 32-bit FNV-1a-style halves
 * over the UTF-16 code units of `suite ␟ name ␟ file`, written as 16 hex digits. Earlier reports
 * hold these hashes as baselines, so every way of computing one here gives the same digits as
 * `hashTestId` over the joined identity.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIX_PRIME = 0x5bd1e995;
/** U+241F SYMBOL FOR UNIT SEPARATOR: joins suite, name and file in a test's identity. */
const SEPARATOR = '\u241f';

/**
 * The hash state between parts, [high, low], and after the last suite hashed with its
 * separator, [high, low]: typed, so hashing a test allocates nothing (no boxed numbers).
 */
const state = new Uint32Array(4);
let lastSuite: string | undefined;

function start(): void {
  state[0] = FNV_OFFSET;
  state[1] = FNV_PRIME ^ MIX_PRIME;
}

function mixText(text: string): void {
  // int32 throughout (the same bits as unsigned): small integers stay unboxed before the loop is optimized
  let h = (state[0] ?? 0) | 0;
  let l = (state[1] ?? 0) | 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h = Math.imul(h ^ code, FNV_PRIME);
    l = Math.imul(l ^ code, MIX_PRIME);
    l ^= l >>> 15;
  }
  state[0] = h;
  state[1] = l;
}

/** ASCII codes of the hex digits, lower case. */
export const HEX_DIGITS: readonly number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

/** 16 hex digits of a hash given as its two halves (one flat string, no intermediate pieces). */
export function formatTestHash(h: number, l: number): string {
  const d = HEX_DIGITS;
  return String.fromCharCode(
    d[h >>> 28] ?? 0, d[(h >>> 24) & 15] ?? 0, d[(h >>> 20) & 15] ?? 0, d[(h >>> 16) & 15] ?? 0,
    d[(h >>> 12) & 15] ?? 0, d[(h >>> 8) & 15] ?? 0, d[(h >>> 4) & 15] ?? 0, d[h & 15] ?? 0,
    d[l >>> 28] ?? 0, d[(l >>> 24) & 15] ?? 0, d[(l >>> 20) & 15] ?? 0, d[(l >>> 16) & 15] ?? 0,
    d[(l >>> 12) & 15] ?? 0, d[(l >>> 8) & 15] ?? 0, d[(l >>> 4) & 15] ?? 0, d[l & 15] ?? 0,
  );
}

/** 64-bit FNV-1a of a test identity (suite ␟ name ␟ file, joined), as 16 hex digits. */
export function hashTestId(id: string): string {
  start();
  mixText(id);
  return formatTestHash(state[0] ?? 0, state[1] ?? 0);
}

/**
 * Hashes a test's identity from its parts, without joining them, into `highs[at]`/`lows[at]`:
 * the same hash as `hashTestId` of the joined identity.
 */
export function hashTestInto(
  test: Pick<TestCase, 'suite' | 'name' | 'file'>,
  highs: Uint32Array,
  lows: Uint32Array,
  at: number,
): void {
  const suite = test.suite;
  if (suite === lastSuite) {
    // a suite's tests come one after another and share the suite string: its part is hashed once
    state[0] = state[2] ?? 0;
    state[1] = state[3] ?? 0;
  } else {
    start();
    mixText(suite);
    mixText(SEPARATOR);
    lastSuite = suite;
    state[2] = state[0] ?? 0;
    state[3] = state[1] ?? 0;
  }
  mixText(test.name);
  mixText(SEPARATOR);
  const file = test.file;
  if (file !== undefined) mixText(file);
  highs[at] = state[0] ?? 0;
  lows[at] = state[1] ?? 0;
}

/** True where a Uint32Array stores the low half of a 64-bit word first (every runner Node runs on today). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The hashes at `indexes`, sorted as their hex digits sort (numerically, high half first), as
 * pairs `[high, low, high, low, …]`: 64-bit words sorted natively instead of comparing hundreds of
 * thousands of strings.
 */
export function sortedTestHashPairs(highs: Uint32Array, lows: Uint32Array, indexes: Int32Array): Uint32Array {
  const count = indexes.length;
  const words = new BigUint64Array(count);
  const halves = new Uint32Array(words.buffer);
  const highAt = LITTLE_ENDIAN ? 1 : 0;
  const lowAt = 1 - highAt;
  for (let i = 0; i < count; i++) {
    const test = indexes[i] ?? 0;
    halves[2 * i + highAt] = highs[test] ?? 0;
    halves[2 * i + lowAt] = lows[test] ?? 0;
  }
  words.sort();
  if (highAt === 0) return halves;
  for (let i = 0; i < 2 * count; i += 2) {
    const low = halves[i] ?? 0;
    halves[i] = halves[i + 1] ?? 0;
    halves[i + 1] = low;
  }
  return halves;
}

/** Hashes given as pairs `[high, low, …]`, written out as 16 hex digits each. */
export function formatTestHashes(pairs: Uint32Array): string[] {
  const hashes = new Array<string>(pairs.length / 2);
  for (let i = 0; i < hashes.length; i++) hashes[i] = formatTestHash(pairs[2 * i] ?? 0, pairs[2 * i + 1] ?? 0);
  return hashes;
}

/** The hashes at `indexes`, sorted as their hex digits sort, written out. */
export function sortedTestHashes(highs: Uint32Array, lows: Uint32Array, indexes: Int32Array): string[] {
  return formatTestHashes(sortedTestHashPairs(highs, lows, indexes));
}
