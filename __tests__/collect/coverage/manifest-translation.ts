/**
 * Corpus acceptance for coverage formats whose manifest figures use the producing tool's own
 * names (Clover `statements`/`methods`, JaCoCo `instructions`, Go `statements`…): every key is
 * either mapped to the Certify figure it means or listed as not compared, with the reason, so no
 * manifest figure is skipped silently. The mapped figures are compared by coverageMismatches.
 */
import { describe, expect, it } from '@jest/globals';
import { coverageMismatches } from './coverage-corpus-checks.js';
import { CORPUS_FORMATS, collectCorpusFile, manifestEntries, type ManifestEntry } from '../corpus/corpus-support.js';
import type { CoverageEvidence } from '../../../src/model/coverage.js';
import type { CollectedFile } from '../../../src/model/evidence.js';

/** How one manifest key is read: as a Certify figure, or not compared (and why). */
export type KeyRule = { as: 'lines' | 'branches' | 'functions' | 'files' } | { skip: string };

/** Keys coverageMismatches understands as they are. */
const NATIVE = new Set(['lines', 'branches', 'functions', 'files', 'per_file']);

export function translateFigures(
  figures: Record<string, unknown>,
  rules: Readonly<Record<string, KeyRule>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(figures)) {
    if (key.startsWith('_')) continue;
    const rule = rules[key];
    if (rule && 'skip' in rule) continue;
    if (rule) out[rule.as] = value;
    else if (NATIVE.has(key)) out[key] = value;
    else throw new Error(`manifest key "${key}" has no rule: map it to a Certify figure or say why it is not compared`);
  }
  return out;
}

/**
 * A manifest entry where Certify's figure differs from the manifest's on purpose: exactly these
 * mismatches must occur (the test fails if they change or disappear), for the reason given.
 */
export interface Deviation {
  expected?: string[];
  handCount?: string[];
  reason: string;
}

export interface TranslatedCorpusOptions {
  rules: Readonly<Record<string, KeyRule>>;
  deviations?: Readonly<Record<string, Deviation>>;
  /** Reshapes hand_count before translation (e.g. SimpleCov's per-command-name figures). */
  handCount?(handCount: Record<string, unknown>): Record<string, unknown>;
  extra?(entry: ManifestEntry, data: CoverageEvidence, collected: CollectedFile): void;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('manifest figures are not an object');
  return value as Record<string, unknown>;
}

/**
 * One test per manifest entry: detected without hints as the mapped format, read without error,
 * and the translated `expected` and `hand_count` figures equal to Certify's apart from the listed
 * deviations.
 */
export function describeTranslatedCorpus(corpusFormat: string, options: TranslatedCorpusOptions): void {
  const formatId = CORPUS_FORMATS[corpusFormat];
  const entries = manifestEntries('coverage', corpusFormat);

  describe(`corpus: coverage/${corpusFormat} → ${formatId ?? '(unmapped)'}`, () => {
    it('has entries, and every listed deviation names one of them', () => {
      expect(formatId).toBeDefined();
      expect(entries.length).toBeGreaterThan(0);
      const paths = entries.map((entry) => entry.path);
      for (const path of Object.keys(options.deviations ?? {})) expect(paths).toContain(path);
    });

    it.each(entries.map((entry) => [entry.path, entry] as const))('%s', async (path, entry) => {
      const collected = await collectCorpusFile(entry);
      expect({ status: collected.status, format: collected.format, error: collected.error }).toEqual({
        status: 'ok',
        format: formatId,
        error: undefined,
      });
      const data = collected.data as CoverageEvidence;
      const deviation = options.deviations?.[path];
      expect(coverageMismatches(translateFigures(asRecord(entry.expected), options.rules), data)).toEqual(
        deviation?.expected ?? [],
      );
      if (entry.hand_count && entry.expected_by !== 'hand count') {
        const handCount = options.handCount ? options.handCount(entry.hand_count) : entry.hand_count;
        expect(coverageMismatches(translateFigures(handCount, options.rules), data)).toEqual(deviation?.handCount ?? []);
      }
      options.extra?.(entry, data, collected);
    });
  });
}
