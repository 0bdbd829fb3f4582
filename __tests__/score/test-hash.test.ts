import { describe, expect, it } from '@jest/globals';
import { hashTestId, hashTestInto, sortedTestHashes } from '../../src/score/test-hash.js';
import { MergedTests } from '../../src/score/merged-tests.js';
import type { TestCase } from '../../src/model/tests.js';

/** Hashes as reports written before this module hold them in `testIndex` (baselines compare with these). */
const PUBLISHED = [
  { id: 'suite\u241fname\u241f', test: { suite: 'suite', name: 'name' }, hash: 'a7f25af4d4654b18' },
  {
    id: 'com.acme.CartTest\u241fadds an item\u241fsrc/cart.test.ts',
    test: { suite: 'com.acme.CartTest', name: 'adds an item', file: 'src/cart.test.ts' },
    hash: '56fc748ac1e591e2',
  },
  { id: '\u241f\u241f', test: { suite: '', name: '' }, hash: '7846cf23ee2200a6' },
  { id: 'Σ suite\u241fnamé 😀\u241f', test: { suite: 'Σ suite', name: 'namé 😀' }, hash: 'd50c202e07762ea9' },
];

function hashOfParts(test: Pick<TestCase, 'suite' | 'name' | 'file'>): string {
  const highs = new Uint32Array(1);
  const lows = new Uint32Array(1);
  hashTestInto(test, highs, lows, 0);
  return sortedTestHashes(highs, lows, Int32Array.of(0))[0] ?? '';
}

describe('test identity hashes', () => {
  it('stay the hashes earlier reports published, from the joined id and from the parts', () => {
    for (const { id, test, hash } of PUBLISHED) {
      expect(hashTestId(id)).toBe(hash);
      expect(hashOfParts(test)).toBe(hash);
    }
  });

  it('sort as their hex digits sort', () => {
    const tests = Array.from({ length: 500 }, (_, i) => ({ suite: `suite ${i % 7}`, name: `test ${i}` }));
    const highs = new Uint32Array(tests.length);
    const lows = new Uint32Array(tests.length);
    tests.forEach((test, i) => hashTestInto(test, highs, lows, i));
    const all = Int32Array.from(tests.keys());
    const expected = tests.map((t) => hashTestId(`${t.suite}\u241f${t.name}\u241f`)).sort();
    expect(sortedTestHashes(highs, lows, all)).toEqual(expected);
  });
});

describe('merged tests', () => {
  const passed = (suite: string, name: string, file?: string): TestCase => ({ suite, name, ...(file ? { file } : {}), status: 'passed' });

  it('counts a test seen in two files once, and keeps the file whose run it shows', () => {
    const merged = new MergedTests(0);
    merged.addFile('a.xml', [passed('S', 'one'), { suite: 'S', name: 'two', status: 'failed', message: 'boom' }]);
    merged.addFile('b.xml', [passed('S', 'two'), passed('S', 'three'), passed('S', 'one', 'x.ts')]);
    expect(merged.cases.map((t) => [t.name, t.status, t.flaky ?? false])).toEqual([
      ['one', 'passed', false],
      ['two', 'passed', true],
      ['three', 'passed', false],
      ['one', 'passed', false],
    ]);
    expect([0, 1, 2, 3].map((i) => merged.evidenceOf(i))).toEqual(['a.xml', 'b.xml', 'b.xml', 'b.xml']);
    expect(merged.hashOf(1)).toBe(hashTestId('S\u241ftwo\u241f'));
  });

  it('treats identities that join to the same id as one test, as the joined id always did', () => {
    const merged = new MergedTests(2);
    merged.addFile('a.xml', [passed('a\u241fb', 'c'), passed('a', 'b\u241fc')]);
    expect(merged.size).toBe(1);
    expect(merged.cases[0]?.retries).toBe(1);
  });

  it('grows past the capacity it was given', () => {
    const merged = new MergedTests(1);
    const cases = Array.from({ length: 1000 }, (_, i) => passed('S', `t${i % 600}`));
    merged.addFile('a.xml', cases);
    expect(merged.size).toBe(600);
    expect(merged.cases[599]?.name).toBe('t599');
  });
});
