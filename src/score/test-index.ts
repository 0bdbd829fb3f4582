import type { TestIndex } from '../model/baseline.js';
import type { MergedTests } from './merged-tests.js';
import { formatTestHashes, sortedTestHashPairs } from './test-hash.js';

const STATES = ['passed', 'failed', 'skipped'] as const;
type IndexState = (typeof STATES)[number];

/** Each list of a test index as sorted hash pairs `[high, low, …]` (see sortedTestHashPairs). */
export type TestIndexPairs = Readonly<Record<IndexState, Uint32Array>>;

/** The sorted pairs behind each index `testIndexOf` made. */
const pairsOfIndex = new WeakMap<TestIndex, TestIndexPairs>();

/**
 * Every test's hashed identity by its final state, each list in hex order.
 *
 * A big run has hundreds of thousands of tests, and the only reader of its index is
 * certification.json: the lists are kept as sorted 64-bit pairs, which `certificationJson`
 * writes as text directly (`testIndexPairs`). Their hex strings are made only if something
 * reads a list (the lists are read-only getters, computed once).
 */
export function testIndexOf(tests: MergedTests | null): TestIndex {
  const cases = tests?.cases ?? [];
  // states as numbers in typed arrays: one pass to count, one to place, nothing keyed by string
  const stateOfCase = new Uint8Array(cases.length);
  const counts = new Int32Array(STATES.length);
  for (let i = 0; i < cases.length; i++) {
    const state = stateNumber(cases[i]?.status);
    stateOfCase[i] = state;
    counts[state] = (counts[state] ?? 0) + 1;
  }
  const indexes = STATES.map((_, state) => new Int32Array(counts[state] ?? 0));
  const filled = new Int32Array(STATES.length);
  for (let i = 0; i < cases.length; i++) {
    const state = stateOfCase[i] ?? 0;
    const list = indexes[state];
    const at = filled[state] ?? 0;
    if (list) list[at] = i;
    filled[state] = at + 1;
  }
  const highs = tests?.highs ?? new Uint32Array(0);
  const lows = tests?.lows ?? new Uint32Array(0);
  const pairs: TestIndexPairs = {
    passed: sortedTestHashPairs(highs, lows, indexes[0] ?? new Int32Array(0)),
    failed: sortedTestHashPairs(highs, lows, indexes[1] ?? new Int32Array(0)),
    skipped: sortedTestHashPairs(highs, lows, indexes[2] ?? new Int32Array(0)),
  };
  const index = {} as TestIndex;
  for (const state of STATES) {
    let hashes: string[] | undefined;
    Object.defineProperty(index, state, {
      enumerable: true,
      get: () => (hashes ??= formatTestHashes(pairs[state])),
    });
  }
  pairsOfIndex.set(index, pairs);
  return index;
}

/** The sorted pairs of an index made by `testIndexOf`; undefined for any other (a parsed report's). */
export function testIndexPairs(index: TestIndex): TestIndexPairs | undefined {
  return pairsOfIndex.get(index);
}

/** The position in STATES of a test's list; errors count as failed, as baselines compare them. */
function stateNumber(status: string | undefined): number {
  if (status === 'passed') return 0;
  if (status === 'skipped') return 2;
  return 1;
}
