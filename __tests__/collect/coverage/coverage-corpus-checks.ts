/**
 * Compares parsed coverage with the figures a corpus manifest entry records, naming every
 * difference. Each kind of expected figure is compared the way the peer that asserted it counts
 * (see shared/corpus/README.md "Peer semantics"); keys that are deliberately not compared are
 * listed in NOT_COMPARED with the reason, and any other key fails the comparison, so nothing in
 * the manifest is skipped silently.
 */
import { describe, expect, it } from '@jest/globals';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS_DIR,
  CORPUS_FORMATS,
  collectCorpusFile,
  manifestEntries,
  type ManifestEntry,
} from '../corpus/corpus-support.js';
import { DETECT_HEAD_BYTES, type Collector } from '../../../src/collect/collector.js';
import { stripBom } from '../../../src/collect/read/text.js';
import type {
  CoverageCounter,
  CoverageEvidence,
  FileCoverage,
} from '../../../src/model/coverage.js';
import type { CollectedFile, Diagnostic } from '../../../src/model/evidence.js';

const COUNTERS = ['lines', 'branches', 'functions'] as const;

export const NOT_COMPARED: Readonly<Record<string, string>> = {
  statements: 'Certify has no statements metric (istanbul statements are not lines)',
  classes: 'a count of Cobertura <class> elements, not a coverage figure',
  classes_with_lines_only_under_methods: 'a note on the file shape; covered by the line figures',
  declared: 'root attributes / LF-LH sums the file declares; compared separately where meaningful',
  summary_block: 'hand count of the text-summary block; compared by the istanbul-text test',
  tests: 'test figures of a jest JSON file belong to the jest-json tests collector',
  ignored_line_elements_with_number_below_1: 'checked through the diagnostic by the Cobertura test',
  unparseable: 'handled as an expected parse failure by the test',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCounter(value: unknown): value is CoverageCounter {
  return (
    isRecord(value) && typeof value['covered'] === 'number' && typeof value['total'] === 'number'
  );
}

function show(counter: CoverageCounter | undefined): string {
  return counter ? `${counter.covered}/${counter.total}` : 'nothing';
}

function ratio(counter: CoverageCounter): number | undefined {
  return counter.total === 0 ? undefined : (counter.covered / counter.total) * 100;
}

/** istanbul-lib-coverage percent(): floored to two decimals; 100 for 0/0. */
export function istanbulPercent(counter: CoverageCounter): number {
  if (counter.total === 0) return 100;
  return Math.floor((1000 * 100 * counter.covered) / counter.total / 10) / 100;
}

/** 5monkeys/cobertura-action's total: mean of line and branch percent when both are non-zero. */
function cobertura5monkeysTotal(
  lines: CoverageCounter,
  branches: CoverageCounter,
): number | undefined {
  const line = ratio(lines);
  const branch = ratio(branches) ?? 0;
  if (line === undefined) return undefined;
  return line && branch ? (line + branch) / 2 : line;
}

function close(a: number | undefined, b: number): boolean {
  return a !== undefined && Math.abs(a - b) < 1e-9;
}

/** Uncovered line ranges as 5monkeys/cobertura-action's formatLines builds them. */
function missingRanges(file: FileCoverage): string[][] | '' {
  const numbers = file.lineNumbers ?? [];
  const hits = file.lineHits ?? [];
  if (file.lines.total > 0 && file.lines.covered === file.lines.total) return '';
  const ranges: string[][] = [];
  let start: number | undefined;
  let end = 0;
  numbers.forEach((line, index) => {
    if ((hits[index] ?? 0) < 1) {
      start ??= line;
      end = line;
    } else if (start !== undefined) {
      ranges.push([String(start), String(end)]);
      start = undefined;
    }
  });
  if (start !== undefined) ranges.push([String(start), String(end)]);
  return ranges;
}

function fileNamed(data: CoverageEvidence, path: string): FileCoverage | undefined {
  return data.files.find((file) => file.path === path);
}

/** Differences between `expected` (manifest `expected` or `hand_count`) and the parsed data. */
export function coverageMismatches(
  expected: Record<string, unknown>,
  data: CoverageEvidence,
): string[] {
  const mismatches: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (key.startsWith('_') || key in NOT_COMPARED) continue;
    if ((COUNTERS as readonly string[]).includes(key) && isCounter(value)) {
      const actual = data.totals[key as (typeof COUNTERS)[number]];
      if (actual.covered !== value.covered || actual.total !== value.total) {
        mismatches.push(`${key}: expected ${show(value)}, got ${show(actual)}`);
      }
    } else if ((key === 'files' || key === 'files_count') && typeof value === 'number') {
      if (data.files.length !== value)
        mismatches.push(`${key}: expected ${value}, got ${data.files.length}`);
    } else if (key === 'files' && Array.isArray(value)) {
      mismatches.push(...perFilePercentMismatches(value, data));
    } else if (key === 'per_file' && isRecord(value)) {
      for (const [path, figures] of Object.entries(value)) {
        const file = fileNamed(data, path);
        if (!file) {
          mismatches.push(`per_file ${path}: missing`);
          continue;
        }
        if (!isRecord(figures)) continue;
        for (const counter of COUNTERS) {
          const want = figures[counter];
          if (
            isCounter(want) &&
            (file[counter].covered !== want.covered || file[counter].total !== want.total)
          ) {
            mismatches.push(
              `per_file ${path} ${counter}: expected ${show(want)}, got ${show(file[counter])}`,
            );
          }
        }
      }
    } else if (key === 'total_pct' && typeof value === 'number') {
      const total = cobertura5monkeysTotal(data.totals.lines, data.totals.branches);
      if (!close(total, value))
        mismatches.push(`total_pct: expected ${value}, got ${total ?? 'none'}`);
    } else if (key === 'line_rate' && typeof value === 'number') {
      const rate = ratio(data.totals.lines);
      if (!close(rate, value * 100))
        mismatches.push(`line_rate: expected ${value}, got ${(rate ?? 0) / 100}`);
    } else if (key === 'all_files_pct' && isRecord(value)) {
      for (const counter of COUNTERS) {
        const want = value[counter];
        if (typeof want !== 'number') continue;
        const got = istanbulPercent(data.totals[counter]);
        if (!close(got, want))
          mismatches.push(`all_files_pct ${counter}: expected ${want}, got ${got}`);
      }
    } else {
      mismatches.push(`${key}: not compared by this test (add it to NOT_COMPARED with a reason)`);
    }
  }
  return mismatches;
}

/** 5monkeys/cobertura-action per-file figures: percent from rates (no rounding), missing ranges. */
function perFilePercentMismatches(files: unknown[], data: CoverageEvidence): string[] {
  const mismatches: string[] = [];
  for (const entry of files) {
    if (!isRecord(entry) || typeof entry['filename'] !== 'string') continue;
    const name = entry['filename'];
    const file = fileNamed(data, name);
    if (!file) {
      mismatches.push(`files ${name}: missing`);
      continue;
    }
    for (const [field, counter] of [
      ['line_pct', file.lines],
      ['branch_pct', file.branches],
    ] as const) {
      const want = entry[field];
      if (typeof want !== 'number') continue;
      const got = ratio(counter);
      if (!close(got, want))
        mismatches.push(
          `files ${name} ${field}: expected ${want}, got ${got ?? `none (${show(counter)})`}`,
        );
    }
    if ('missing' in entry) {
      const got = missingRanges(file);
      if (JSON.stringify(got) !== JSON.stringify(entry['missing'])) {
        mismatches.push(
          `files ${name} missing: expected ${JSON.stringify(entry['missing'])}, got ${JSON.stringify(got)}`,
        );
      }
    }
  }
  return mismatches;
}

export interface PeerQuirk {
  /** Exactly the mismatches the peer's figures produce; the test fails if they change. */
  mismatches: string[];
  reason: string;
}

export interface SpecialCase {
  reason: string;
  /** Replaces the standard checks for this file. */
  check(entry: ManifestEntry, collected: CollectedFile): Promise<void>;
}

export interface CorpusOptions {
  quirks?: Readonly<Record<string, PeerQuirk>>;
  special?: Readonly<Record<string, SpecialCase>>;
  /** Extra checks after the standard ones (diagnostics, per-format details). */
  extra?(entry: ManifestEntry, data: CoverageEvidence, collected: CollectedFile): void;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw new Error('manifest figures are not an object');
  return value;
}

/**
 * One test per manifest entry of a corpus format: detected by content alone as the mapped format,
 * figures equal to the manifest's `expected` (apart from the listed peer quirks, which must occur
 * exactly as listed) and to the independent `hand_count` where there is one.
 */
export function describeCorpusFormat(corpusFormat: string, options: CorpusOptions = {}): void {
  const formatId = CORPUS_FORMATS[corpusFormat];
  const entries = manifestEntries('coverage', corpusFormat);

  describe(`corpus: coverage/${corpusFormat} → ${formatId ?? '(unmapped)'}`, () => {
    it('has entries, and every listed quirk or special case names one of them', () => {
      expect(formatId).toBeDefined();
      expect(entries.length).toBeGreaterThan(0);
      const paths = entries.map((entry) => entry.path);
      for (const path of [
        ...Object.keys(options.quirks ?? {}),
        ...Object.keys(options.special ?? {}),
      ]) {
        expect(paths).toContain(path);
      }
    });

    it.each(entries.map((entry) => [entry.path, entry] as const))('%s', async (_path, entry) => {
      const collected = await collectCorpusFile(entry);
      const special = options.special?.[entry.path];
      if (special) {
        await special.check(entry, collected);
        return;
      }
      expect({
        status: collected.status,
        format: collected.format,
        error: collected.error,
      }).toEqual({
        status: 'ok',
        format: formatId,
        error: undefined,
      });
      const data = collected.data as CoverageEvidence;
      expect(data.kind).toBe('coverage');
      const quirk = options.quirks?.[entry.path];
      expect(coverageMismatches(asRecord(entry.expected), data)).toEqual(quirk?.mismatches ?? []);
      if (entry.hand_count)
        expect(coverageMismatches(asRecord(entry.hand_count), data)).toEqual([]);
      options.extra?.(entry, data, collected);
    });
  });
}

/** Parses a corpus file with one collector directly (no detection), as `certify parse` would with a forced format. */
export async function parseCorpusFileWith(
  collector: Collector,
  entry: ManifestEntry,
): Promise<{ data: CoverageEvidence; diagnostics: Diagnostic[] }> {
  const absolute = path.join(CORPUS_DIR, entry.path);
  const result = await collector.parse({
    path: entry.path,
    chunks: createReadStream(absolute, { highWaterMark: 4096 }) as AsyncIterable<Buffer>,
    bytes: statSync(absolute).size,
  });
  return { data: result.data as CoverageEvidence, diagnostics: result.diagnostics };
}

/** The detection head exactly as discovery builds it. */
export function corpusHead(entry: ManifestEntry): string {
  const bytes = readFileSync(path.join(CORPUS_DIR, entry.path)).subarray(0, DETECT_HEAD_BYTES);
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}
