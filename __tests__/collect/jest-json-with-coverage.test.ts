import { describe, expect, it } from '@jest/globals';
import { collectCorpusFile, manifestEntries } from './corpus/corpus-support.js';
import { mergeEvidence, computeMetrics } from '../../src/score/metrics.js';

/**
 * `jest --json --coverage` writes test results and the coverage map into one file: Certify
 * reads both from the one pass, and the coverage counts toward coverage.* like any report.
 */
describe('a jest --json --coverage file', () => {
  const entries = manifestEntries('coverage', 'jest-json-coverage');

  it.each(entries.map((e) => [e.path, e] as const))('%s yields tests and the coverage the manifest gives', async (_path, entry) => {
    const file = await collectCorpusFile(entry);
    expect(file).toMatchObject({ status: 'ok', kind: 'tests', format: 'jest-json' });
    const expected = entry.expected as Record<string, { covered: number; total: number }>;
    const coverage = file.extra?.find((d) => d.kind === 'coverage');
    expect(coverage?.kind).toBe('coverage');
    if (coverage?.kind !== 'coverage') return;
    for (const key of ['lines', 'branches', 'functions'] as const) {
      if (expected[key]) expect(coverage.totals[key]).toEqual(expected[key]);
    }
    const metrics = computeMetrics(mergeEvidence([file]), []);
    expect(metrics.coverage?.lines.covered).toBe(expected['lines']?.covered);
    expect(metrics.tests?.total).toBeGreaterThan(0);
  });
});
