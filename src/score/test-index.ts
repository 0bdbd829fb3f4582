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
  const counts: Record<IndexState, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const testCase of cases) counts[stateOf(testCase.status)]++;
  const indexes: Record<IndexState, Int32Array> = {
    passed: new Int32Array(counts.passed),
    failed: new Int32Array(counts.failed),
    skipped: new Int32Array(counts.skipped),
  };
  const filled: Record<IndexState, number> = { passed: 0, failed: 0, skipped: 0 };
  for (let i = 0; i < cases.length; i++) {
    const state = stateOf(cases[i]?.status);
    indexes[state][filled[state]++] = i;
  }
  const highs = tests?.highs ?? new Uint32Array(0);
  const lows = tests?.lows ?? new Uint32Array(0);
  const pairs: TestIndexPairs = {
    passed: sortedTestHashPairs(highs, lows, indexes.passed),
    failed: sortedTestHashPairs(highs, lows, indexes.failed),
    skipped: sortedTestHashPairs(highs, lows, indexes.skipped),
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

/** Errors count as failed in the index, as baselines compare them. */
function stateOf(status: string | undefined): IndexState {
  if (status === 'passed') return 'passed';
  if (status === 'skipped') return 'skipped';
  return 'failed';
}
