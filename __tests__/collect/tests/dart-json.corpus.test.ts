import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures, handCountMismatches } from './manifest-figures.js';

const entries = manifestEntries('tests', 'dart-json');

describe('dart-json corpus', () => {
  it('has the two manifest files', () => {
    expect(entries).toHaveLength(2);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      const data = await expectManifestFigures(entry, {});
      // the hand count splits failures (TestFailure) from errors, as the protocol does
      expect(handCountMismatches(entry, data.totals)).toEqual([]);
      expect(data.cases.some((testCase) => testCase.name.startsWith('loading '))).toBe(false);
    },
  );
});
