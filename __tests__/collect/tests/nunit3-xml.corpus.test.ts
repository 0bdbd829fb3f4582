import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'nunit3-xml');

describe('nunit3-xml corpus', () => {
  it('has the two manifest files', () => {
    expect(entries).toHaveLength(2);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      await expectManifestFigures(entry, {});
    },
  );

  it('splits the errors dorny/test-reporter folds into failed', async () => {
    const entry = entries.find((candidate) => candidate.path.includes('dotnet-nunit'));
    if (!entry) throw new Error('dotnet-nunit.xml missing from the manifest');
    const data = await expectManifestFigures(entry, {});
    // hand count: two cases labelled Error, one timeout failure, two assertion failures
    expect(data.totals).toMatchObject({ failed: 3, errors: 2 });
  });
});
