/**
 * Acceptance: every junit-xml file of the shared corpus is detected without hints and read to the
 * figures its source project asserts (manifest `expected`), compared in that project's own
 * semantics (`expected_semantics`), or is rejected when it must be.
 */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readEvidenceFile, DEFAULT_MAX_EVIDENCE_BYTES } from '../../../src/collect/discover.js';
import type { CollectedFile } from '../../../src/model/evidence.js';
import {
  totalsOf,
  type TestCase,
  type TestEvidence,
  type TestStatus,
} from '../../../src/model/tests.js';
import {
  CORPUS_DIR,
  collectCorpusFile,
  manifestEntries,
  type ManifestEntry,
} from '../corpus/corpus-support.js';
import { peerMismatches } from './manifest-figures.js';

const entries = manifestEntries('tests', 'junit-xml');

/**
 * Entries where the peer's figure follows a quirk of the peer that contradicts what the producing
 * tool means: compared against the manifest's hand_count instead, for the reason given.
 */
const PEER_QUIRKS: Record<string, string> = {
  'tests/junit-xml/action-junit-report__expectedRetries.xml':
    'not well-formed XML: the attribute value time="<<computed>>" contains "<" (a placeholder of ' +
    "@web/test-runner's own snapshot test, not the tool's output). mikepenz reads it with a lenient " +
    'parser; a strict XML parser must reject it, as the hand_count ("unparseable") does.',
};

/** Well-formed XML that is not JUnit: EnricoMi reports a parse error (`parse_errors: 1`) and no tests. */
const NOT_JUNIT = new Set(['tests/junit-xml/publish-unit-test-result-action__non-junit.xml']);

/**
 * Our cases as EnricoMi/publish-unit-test-result-action counts them: one test per distinct
 * classname + name, the most severe state winning (error > failure > success > skipped).
 */
function enricoMiView(cases: readonly TestCase[]): TestCase[] {
  const rank: Record<TestStatus, number> = { error: 3, failed: 2, passed: 1, skipped: 0 };
  const worst = new Map<string, TestCase>();
  for (const testCase of cases) {
    const key = `${testCase.suite}\u241f${testCase.name}`;
    const seen = worst.get(key);
    if (seen === undefined || rank[testCase.status] > rank[seen.status]) worst.set(key, testCase);
  }
  return [...worst.values()];
}

/** Mismatches with the manifest, each naming the entry, the figure, the peer's and our value. */
function mismatches(entry: ManifestEntry, data: TestEvidence): string[] {
  const expected = entry.expected as Record<string, unknown>;
  const enricoMi = entry.source.repo === 'EnricoMi/publish-unit-test-result-action';
  const totals = enricoMi ? totalsOf(enricoMiView(data.cases)) : data.totals;
  const found = peerMismatches(entry, totals);
  if (typeof expected['retried'] === 'number') {
    // mikepenz's retried = runs folded into one test beyond the first
    const retried = data.cases.reduce((sum, testCase) => sum + (testCase.retries ?? 0), 0);
    if (retried !== expected['retried'])
      found.push(`retried: Certify ${retried}, peer ${String(expected['retried'])}`);
  }
  return found.map((problem) => `${entry.path}: ${problem}`);
}

async function readForced(entry: ManifestEntry): Promise<CollectedFile> {
  return readEvidenceFile(
    path.join(CORPUS_DIR, entry.path),
    { cwd: CORPUS_DIR, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES },
    'tests',
    'junit-xml',
  );
}

function mustBeRejected(entry: ManifestEntry): boolean {
  const expected = entry.expected as Record<string, unknown>;
  return expected['parse_error'] === true || entry.path in PEER_QUIRKS;
}

describe('junit-xml corpus', () => {
  it('has the 54 junit-xml entries of the manifest', () => {
    expect(entries).toHaveLength(54);
  });

  it('lists only real manifest entries as peer quirks, each with a hand count', () => {
    for (const quirk of Object.keys(PEER_QUIRKS)) {
      const entry = entries.find((candidate) => candidate.path === quirk);
      expect(entry?.hand_count).toBeDefined();
    }
  });

  const readable = entries.filter((entry) => !mustBeRejected(entry) && !NOT_JUNIT.has(entry.path));
  const rejected = entries.filter((entry) => mustBeRejected(entry));

  it.each(readable.map((entry) => [entry.path, entry] as const))(
    '%s matches the manifest',
    async (_path, entry) => {
      const file = await collectCorpusFile(entry);
      const problems: string[] = [];
      if (file.status !== 'ok' || file.format !== 'junit-xml' || file.data?.kind !== 'tests') {
        problems.push(
          `${entry.path}: expected detection as junit-xml, got ${file.status} ${String(file.format)} ${file.error ?? ''}`,
        );
      } else {
        problems.push(...mismatches(entry, file.data));
        // totals are derived from the cases: they must agree with them
        expect(file.data.totals.total).toBe(file.data.cases.length);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(rejected.map((entry) => [entry.path, entry] as const))(
    '%s is reported unreadable with a position',
    async (_path, entry) => {
      const hints = await collectCorpusFile(entry);
      expect(hints.status).not.toBe('ok');
      expect(hints.data).toBeUndefined();
      const forced = await readForced(entry);
      expect(forced.status).toBe('unreadable');
      // "<path>:<line>:<column>: <reason>"
      expect(forced.error).toMatch(new RegExp(`^${escapeRegExp(entry.path)}:\\d+:\\d+: \\S`));
    },
  );

  it.each([...NOT_JUNIT].map((p) => [p] as const))(
    '%s (XML, but not JUnit) is not read as tests',
    async (entryPath) => {
      const entry = entries.find((candidate) => candidate.path === entryPath);
      if (!entry) throw new Error(`${entryPath} missing from the manifest`);
      expect((entry.expected as Record<string, unknown>)['parse_errors']).toBe(1);
      const hints = await collectCorpusFile(entry);
      expect(hints.status).toBe('unrecognised');
      const forced = await readForced(entry);
      expect(forced.status).toBe('unreadable');
      expect(forced.error).toContain('<suites>');
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
