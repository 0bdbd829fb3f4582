import { describe, expect, it } from '@jest/globals';
import type { TestCase } from '../../src/model/tests.js';
import { MergedTests } from '../../src/score/merged-tests.js';
import { hashTestId } from '../../src/score/test-hash.js';
import { testIndexOf, testIndexPairs } from '../../src/score/test-index.js';
import { variedTests } from '../support/varied-tests.js';

const joinedId = (t: TestCase) => `${t.suite}\u241f${t.name}\u241f${t.file ?? ''}`;

describe('testIndexOf', () => {
  it('lists each test once by state, as sorted hashes of its joined identity', () => {
    const tests = variedTests(2000);
    const merged = new MergedTests(tests.length);
    merged.addFile('a.xml', tests);
    const index = testIndexOf(merged);
    const hashesWhere = (keep: (t: TestCase) => boolean) => tests.filter(keep).map((t) => hashTestId(joinedId(t))).sort();
    expect(index).toEqual({
      passed: hashesWhere((t) => t.status === 'passed'),
      failed: hashesWhere((t) => t.status === 'failed' || t.status === 'error'),
      skipped: hashesWhere((t) => t.status === 'skipped'),
    });
    expect(Object.keys(index)).toEqual(['passed', 'failed', 'skipped']);
  });

  it('gives the same lists every read, and its pairs are the lists as numbers', () => {
    const merged = new MergedTests(0);
    merged.addFile('a.xml', variedTests(50));
    const index = testIndexOf(merged);
    expect(index.passed).toBe(index.passed);
    const pairs = testIndexPairs(index);
    const fromPairs = (list: Uint32Array) =>
      Array.from({ length: list.length / 2 }, (_, i) =>
        [list[2 * i] ?? 0, list[2 * i + 1] ?? 0].map((half) => half.toString(16).padStart(8, '0')).join(''),
      );
    expect(pairs && fromPairs(pairs.failed)).toEqual(index.failed);
    expect(pairs && fromPairs(pairs.skipped)).toEqual(index.skipped);
  });

  it('is empty lists without tests, and a plain index has no pairs', () => {
    expect(testIndexOf(null)).toEqual({ passed: [], failed: [], skipped: [] });
    expect(testIndexPairs({ passed: [], failed: [], skipped: [] })).toBeUndefined();
  });

  it('cannot be changed behind the pairs certification.json is written from', () => {
    const index = testIndexOf(null);
    expect(() => {
      (index as { passed: string[] }).passed = ['0000000000000000'];
    }).toThrow(TypeError);
  });
});
