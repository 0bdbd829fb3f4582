/**
 * Access to the shared real-world corpus (../shared/corpus beside the repository, as in CI):
 * files from public projects' test suites with the figures those projects assert (manifest.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_EVIDENCE_BYTES, readEvidenceFile } from '../../../src/collect/discover.js';
import type { CollectedFile } from '../../../src/model/evidence.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CORPUS_DIR = process.env['CERTIFY_CORPUS'] ?? path.resolve(repoRoot, '../shared/corpus');

export interface ManifestEntry {
  path: string;
  kind: string;
  format: string;
  producer?: string;
  source: { repo: string; path: string };
  expected: Record<string, unknown> | unknown[];
  expected_by: string;
  expected_semantics?: string;
  hand_count?: Record<string, unknown>;
  edge_cases?: string[];
  notes?: string;
}

/**
 * The corpus's format names mapped to Certify's format ids. Each collector's acceptance test
 * adds its own line; the manifest-wide test checks every corpus format is mapped.
 */
export const CORPUS_FORMATS: Record<string, string> = {
  'junit-xml': 'junit-xml',
  asv: 'asv-text',
  benchmarkdotnet: 'benchmarkdotnet-json',
  benchmarkjs: 'benchmarkjs-text',
  benchmarkluau: 'benchmarkluau-text',
  cargo: 'cargo-bench-text',
  catch2: 'catch2-text',
  'console-time': 'console-time-text',
  customBiggerIsBetter: 'custom-json',
  customSmallerIsBetter: 'custom-json',
  go: 'go-bench-text',
  googlecpp: 'googlebench-json',
  'hyperfine-json': 'hyperfine-json',
  iai: 'iai-text',
  jmh: 'jmh-json',
  julia: 'julia-json',
  pytest: 'pytest-benchmark-json',
  'ruby-benchmark': 'ruby-benchmark-text',
  'vitest-bench-json': 'vitest-bench-json',
  sarif: 'sarif-json',
  'npm-audit-json': 'npm-audit-json',
  trx: 'trx',
  'nunit2-xml': 'nunit2-xml',
  'nunit3-xml': 'nunit3-xml',
  'xunit-net-xml': 'xunit-net-xml',
  'mocha-json': 'mocha-json',
  'go-test-json': 'go-test-json',
  'dart-json': 'dart-json',
  'rspec-json': 'rspec-json',
  lcov: 'lcov',
  cobertura: 'cobertura-xml',
  'istanbul-summary-json': 'istanbul-summary-json',
  'istanbul-final-json': 'istanbul-final-json',
  'jest-json-coverage': 'jest-json-coverage',
  'istanbul-text': 'istanbul-text',
  clover: 'clover-xml',
  jacoco: 'jacoco-xml',
  'go-coverprofile': 'go-coverprofile',
  'simplecov-resultset': 'simplecov-json',
  gcov: 'gcov-text',
};

let cached: ManifestEntry[] | undefined;

export function loadManifest(): ManifestEntry[] {
  if (cached) return cached;
  const file = path.join(CORPUS_DIR, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`corpus not found at ${CORPUS_DIR}: put shared/ beside the repository or set CERTIFY_CORPUS`);
  }
  cached = JSON.parse(readFileSync(file, 'utf8')) as ManifestEntry[];
  return cached;
}

export function manifestEntries(kind: string, format: string): ManifestEntry[] {
  return loadManifest().filter((entry) => entry.kind === kind && entry.format === format);
}

/** Reads a corpus file exactly as the action would: no format hint, detection by content. */
export async function collectCorpusFile(entry: ManifestEntry): Promise<CollectedFile> {
  const absolute = path.join(CORPUS_DIR, entry.path);
  return readEvidenceFile(absolute, { cwd: CORPUS_DIR, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES });
}
