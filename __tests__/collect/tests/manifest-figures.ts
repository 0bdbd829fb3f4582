/**
 * Compares Certify's test totals with a corpus manifest entry, reading the peer's figures with the
 * peer's own semantics (corpus README, "Peer semantics"): `errors: null` means the peer has no
 * error state and reports errors as failed, so its `failed` is our failed + errors.
 */
import { expect } from '@jest/globals';
import type { ManifestEntry } from '../corpus/corpus-support.js';
import { collectCorpusFile, CORPUS_FORMATS } from '../corpus/corpus-support.js';
import type { TestEvidence, TestTotals } from '../../../src/model/tests.js';

type Figures = Record<string, unknown>;

/** One line per figure that differs: `failed: Certify 3, peer 5 (errors folded into failed)`. */
export function peerMismatches(entry: ManifestEntry, totals: TestTotals): string[] {
  const expected = entry.expected as Figures;
  const foldsErrors = expected['errors'] === null;
  const ours: Record<string, number> = {
    tests: totals.total,
    passed: totals.passed,
    failed: foldsErrors ? totals.failed + totals.errors : totals.failed,
    errors: totals.errors,
    skipped: totals.skipped,
  };
  const mismatches: string[] = [];
  for (const [figure, value] of Object.entries(ours)) {
    const peer = expected[figure];
    if (typeof peer !== 'number') continue; // not asserted by the peer (or null: folded above)
    if (peer !== value) {
      const note = figure === 'failed' && foldsErrors ? ' (errors folded into failed)' : '';
      mismatches.push(`${figure}: Certify ${value}, peer ${peer}${note}`);
    }
  }
  return mismatches;
}

/** Differences from the corpus hand count (the format's counting rule applied mechanically). */
export function handCountMismatches(entry: ManifestEntry, totals: TestTotals): string[] {
  const hand = entry.hand_count;
  if (!hand) return ['no hand count in the manifest'];
  const ours: Record<string, number> = {
    tests: totals.total,
    passed: totals.passed,
    failed: totals.failed,
    errors: totals.errors,
    skipped: totals.skipped,
  };
  const mismatches: string[] = [];
  for (const [figure, value] of Object.entries(ours)) {
    const counted = hand[figure];
    if (typeof counted === 'number' && counted !== value)
      mismatches.push(`${figure}: Certify ${value}, hand count ${counted}`);
  }
  return mismatches;
}

/**
 * Reads a corpus file as the action would (no hint) and checks it against the manifest. Where
 * the peer's counting differs from the producing tool for a known reason (`quirks`), the peer
 * figures must differ — the quirk is real — and Certify must equal the hand count instead.
 */
export async function expectManifestFigures(
  entry: ManifestEntry,
  quirks: Record<string, string>,
): Promise<TestEvidence> {
  const file = await collectCorpusFile(entry);
  expect(file.error).toBeUndefined();
  expect(file.status).toBe('ok');
  expect(file.format).toBe(CORPUS_FORMATS[entry.format]);
  const data = file.data as TestEvidence;
  expect(data.kind).toBe('tests');
  const quirk = quirks[entry.path];
  if (quirk === undefined) {
    expect(peerMismatches(entry, data.totals)).toEqual([]);
  } else {
    expect(peerMismatches(entry, data.totals)).not.toEqual([]);
    expect(handCountMismatches(entry, data.totals)).toEqual([]);
  }
  return data;
}
