import { describe, expect, it } from '@jest/globals';
import { manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'trx');

/** Files where the peer counts differently from the producing tool, with the reason. */
const QUIRKS: Record<string, string> = {
  'tests/trx/publish-unit-test-result-action__yami_YAMILEX_2015-10-24_04_18_59.trx':
    'EnricoMi converts TRX to JUnit and maps outcome Aborted to skipped; MSTest counts it apart ' +
    '(Counters aborted="1") as a test that started and never reached a verdict, which Certify ' +
    'reports as an error (hand count: errors 1, skipped 20).',
};

describe('trx corpus', () => {
  it('has the six manifest files', () => {
    expect(entries).toHaveLength(6);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      await expectManifestFigures(entry, QUIRKS);
    },
  );
});
