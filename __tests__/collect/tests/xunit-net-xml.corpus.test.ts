import { describe, expect, it } from '@jest/globals';
import { collectCorpusFile, manifestEntries } from '../corpus/corpus-support.js';
import { expectManifestFigures } from './manifest-figures.js';

const entries = manifestEntries('tests', 'xunit-net-xml');

const QUIRKS: Record<string, string> = {
  'tests/xunit-net-xml/publish-unit-test-result-action__fixie.xml':
    'EnricoMi counts distinct classname+name identities and merges the three cases of the ' +
    'parameterised ShouldBeString into one (worst state: failure); the producer reports seven ' +
    'tests (assembly total="7" passed="3" failed="3" skipped="1"), as does the hand count.',
};

describe('xunit-net-xml corpus', () => {
  it('has the two manifest files', () => {
    expect(entries).toHaveLength(2);
  });

  it.each(entries.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      await expectManifestFigures(entry, QUIRKS);
    },
  );

  it('warns when an assembly declares more tests than it lists (xunit-testcase2: total 3, one <test>)', async () => {
    const entry = entries.find((candidate) => candidate.path.endsWith('xunit-testcase2.xml'));
    if (!entry) throw new Error('xunit-testcase2.xml missing from the manifest');
    const file = await collectCorpusFile(entry);
    expect(file.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'the assemblies declare 3 tests but the file lists 1 <test> elements; Certify counts the listed ones',
    ]);
  });
});
