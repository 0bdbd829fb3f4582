import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'nunit2-xml');

describe('nunit2-xml corpus', () => {
  it('has the four manifest files', () => {
    expect(entries).toHaveLength(4);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      await expectManifestFigures(entry, {});
    },
  );
});
