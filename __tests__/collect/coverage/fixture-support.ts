/** Reads the coverage fixtures next to this file, the way discovery and `certify parse` do. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Collector } from '../../../src/collect/collector.js';
import { DEFAULT_MAX_EVIDENCE_BYTES, readEvidenceFile } from '../../../src/collect/discover.js';
import { stripBom } from '../../../src/collect/read/text.js';
import type { CoverageEvidence } from '../../../src/model/coverage.js';
import type { CollectedFile, Diagnostic } from '../../../src/model/evidence.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Detection by content, no hint, then parse: what the action does with the file. */
export function collectFixture(relative: string): Promise<CollectedFile> {
  return readEvidenceFile(path.join(FIXTURES, relative), {
    cwd: FIXTURES,
    maxBytes: DEFAULT_MAX_EVIDENCE_BYTES,
  });
}

/** Parses a fixture with one collector, fed in chunks of `chunkSize` bytes (1 byte shakes out split tokens). */
export async function parseFixture(
  collector: Collector,
  relative: string,
  chunkSize = 64 * 1024,
): Promise<{ data: CoverageEvidence; diagnostics: Diagnostic[] }> {
  const absolute = path.join(FIXTURES, relative);
  const result = await collector.parse({
    path: relative,
    chunks: createReadStream(absolute, { highWaterMark: chunkSize }) as AsyncIterable<Buffer>,
    bytes: statSync(absolute).size,
  });
  return { data: result.data as CoverageEvidence, diagnostics: result.diagnostics };
}

/** Parses text given inline (for cases too small to deserve a file). */
export async function parseText(
  collector: Collector,
  text: string,
): Promise<{ data: CoverageEvidence; diagnostics: Diagnostic[] }> {
  const result = await collector.parse({
    path: '<inline>',
    chunks: Readable.from([Buffer.from(text, 'utf8')]) as AsyncIterable<Buffer>,
    bytes: Buffer.byteLength(text),
  });
  return { data: result.data as CoverageEvidence, diagnostics: result.diagnostics };
}

/** The detection head of a fixture. */
export function fixtureHead(relative: string): string {
  return stripBom(
    readFileSync(path.join(FIXTURES, relative))
      .subarray(0, 64 * 1024)
      .toString('utf8'),
  );
}

/** Totals as `covered/total` strings, for compact comparisons. */
export function totalsOf(data: CoverageEvidence): {
  lines: string;
  branches: string;
  functions: string;
} {
  const show = (c: { covered: number; total: number }) => `${c.covered}/${c.total}`;
  return {
    lines: show(data.totals.lines),
    branches: show(data.totals.branches),
    functions: show(data.totals.functions),
  };
}
