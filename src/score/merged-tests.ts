import { testId, type TestCase } from '../model/tests.js';
import { formatTestHash, hashTestInto } from './test-hash.js';

const STATUS_RANK = { passed: 0, skipped: 1, failed: 2, error: 3 } as const;

/**
 * Every test of every evidence file once, in the order first seen. The same test (suite + name +
 * file) in several files counts once: it passed if any run passed, and is flaky when another run
 * failed.
 *
 * Built for hundreds of thousands of tests: a test keeps the collector's own object (a new one is
 * made only for a test seen more than once), its evidence file is an index into `sources`, and
 * identities are found through their hash (the one `testIndex` stores) in a typed open-addressing
 * table, with an exact comparison of the parts on a hit, so no joined identity string is built.
 */
export class MergedTests {
  /** The tests, in first-seen order. */
  readonly cases: TestCase[] = [];
  /** Evidence file paths; `fileOf` indexes them. */
  readonly sources: string[] = [];
  /** Identity hash of each test, high and low halves. */
  highs: Uint32Array;
  lows: Uint32Array;
  private fileOf: Uint32Array;
  /** Open addressing on the high half: pairs of (test index + 1, 0 for empty; high half). */
  private slots: Int32Array;
  private mask: number;

  /** `capacity` is the number of cases about to be added (the table grows past it if needed). */
  constructor(capacity: number) {
    this.highs = new Uint32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.fileOf = new Uint32Array(capacity);
    const size = tableSize(capacity);
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.cases.length;
  }

  /** The evidence file whose run the test shows. */
  evidenceOf(index: number): string {
    return this.sources[this.fileOf[index] ?? 0] ?? '';
  }

  /** The 16-hex-digit identity hash of the test (as `testIndex` lists it). */
  hashOf(index: number): string {
    return formatTestHash(this.highs[index] ?? 0, this.lows[index] ?? 0);
  }

  /** Adds the cases of one evidence file. */
  addFile(path: string, cases: readonly TestCase[]): void {
    const file = this.sources.length;
    this.sources.push(path);
    // hashing first, in a loop of its own, then the table: each loop stays small and fast
    const fileHighs = new Uint32Array(cases.length);
    const fileLows = new Uint32Array(cases.length);
    for (let i = 0; i < cases.length; i++) {
      const testCase = cases[i];
      if (testCase) hashTestInto(testCase, fileHighs, fileLows, i);
    }
    for (let i = 0; i < cases.length; i++) {
      const testCase = cases[i];
      if (!testCase) continue;
      const high = fileHighs[i] ?? 0;
      const low = fileLows[i] ?? 0;
      const earlier = this.find(testCase, high, low);
      if (earlier >= 0) {
        this.merge(earlier, testCase, file);
        continue;
      }
      const index = this.cases.length;
      if (index === this.highs.length) this.grow();
      this.highs[index] = high;
      this.lows[index] = low;
      this.fileOf[index] = file;
      this.cases.push(testCase);
      this.place(index, high);
    }
  }

  /** The index of the test with this identity, or -1. */
  private find(testCase: TestCase, high: number, low: number): number {
    const slots = this.slots;
    const wrap = (this.mask << 1) | 1;
    // a slot is two entries, test index + 1 (0: empty) and its hash's high half: a probe reads one place
    for (let slot = (high & this.mask) << 1; ; slot = (slot + 2) & wrap) {
      const held = slots[slot] ?? 0;
      if (held === 0) return -1;
      if (slots[slot + 1] === (high | 0) && this.lows[held - 1] === low && this.sameTest(held - 1, testCase)) return held - 1;
    }
  }

  /** Enters the test at `index` in the table. */
  private place(index: number, high: number): void {
    const slots = this.slots;
    const wrap = (this.mask << 1) | 1;
    let slot = (high & this.mask) << 1;
    while (slots[slot] !== 0) slot = (slot + 2) & wrap;
    slots[slot] = index + 1;
    slots[slot + 1] = high;
  }

  /** The same identity: equal parts, or (rarely: a part holding the separator) equal joined ids. */
  private sameTest(index: number, testCase: TestCase): boolean {
    const earlier = this.cases[index];
    if (earlier === undefined) return false;
    if (earlier.suite === testCase.suite && earlier.name === testCase.name && (earlier.file ?? '') === (testCase.file ?? '')) return true;
    return testId(earlier) === testId(testCase);
  }

  /** Folds another run of the test at `index` into it (a new object: the collectors' stay as read). */
  private merge(index: number, next: TestCase, nextFile: number): void {
    const previous = this.cases[index];
    if (!previous) return;
    const runs = (previous.retries ?? 0) + (next.retries ?? 0) + 1;
    const passedOnce = previous.status === 'passed' || next.status === 'passed';
    const failedOnce =
      previous.status === 'failed' || previous.status === 'error' || next.status === 'failed' || next.status === 'error' || previous.flaky === true || next.flaky === true;
    const worse = STATUS_RANK[next.status] > STATUS_RANK[previous.status] ? next : previous;
    const shown = passedOnce ? (previous.status === 'passed' ? previous : next) : worse;
    const result: TestCase = passedOnce ? { ...shown, status: 'passed' } : { ...shown };
    result.retries = runs;
    if (passedOnce && failedOnce) result.flaky = true;
    if (!result.message) {
      const message = worse.message ?? previous.message;
      if (message !== undefined) result.message = message;
    }
    result.durationMs = (previous.durationMs ?? 0) + (next.durationMs ?? 0);
    this.cases[index] = result;
    if (shown === next) this.fileOf[index] = nextFile;
  }

  private grow(): void {
    const capacity = Math.max(16, this.highs.length * 2);
    const highs = new Uint32Array(capacity);
    const lows = new Uint32Array(capacity);
    const fileOf = new Uint32Array(capacity);
    highs.set(this.highs);
    lows.set(this.lows);
    fileOf.set(this.fileOf);
    this.highs = highs;
    this.lows = lows;
    this.fileOf = fileOf;
    const size = tableSize(capacity);
    if (size === this.mask + 1) return;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let i = 0; i < this.cases.length; i++) this.place(i, this.highs[i] ?? 0);
  }
}

/** A power of two at least twice the capacity: probe runs stay short. */
function tableSize(capacity: number): number {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  return size;
}
