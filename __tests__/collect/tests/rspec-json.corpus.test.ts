import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'rspec-json');

describe('rspec-json corpus', () => {
  it('has the manifest file', () => {
    expect(entries).toHaveLength(1);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      const data = await expectManifestFigures(entry, {});
      expect(data.cases.find((testCase) => testCase.status === 'skipped')?.message).toBe(
        'Temporarily skipped with xit',
      );
    },
  );
});
