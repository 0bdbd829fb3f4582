import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'go-test-json');

describe('go-test-json corpus', () => {
  it('has the manifest file', () => {
    expect(entries).toHaveLength(1);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      const data = await expectManifestFigures(entry, {});
      // subtests count as tests, and so do their parents (hand count: 12 incl. subtests, 6 top-level)
      expect(data.cases.filter((testCase) => !testCase.name.includes('/'))).toHaveLength(6);
      expect(data.cases.find((testCase) => testCase.name === 'TestCases/2_+_3_=_4')?.message).toBe(
        'calculator_test.go:67: expected 2 + 3 = 4, got 5',
      );
    },
  );
});
