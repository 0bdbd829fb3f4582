import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'mocha-json');

const QUIRKS: Record<string, string> = {
  'tests/mocha-json/publish-unit-test-result-action__mocha-tests.json':
    'EnricoMi turns a failure whose err has "errorMode" into an error; Mocha has no error state ' +
    '(its stats say failures: 2, as does the hand count), so Certify reports two failures.',
};

describe('mocha-json corpus', () => {
  it('has the three manifest files', () => {
    expect(entries).toHaveLength(3);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      await expectManifestFigures(entry, QUIRKS);
    },
  );
});
