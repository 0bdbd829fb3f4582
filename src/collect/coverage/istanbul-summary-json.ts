import type { Collector } from '../collector.js';
import type { CoverageEvidence } from '../../model/coverage.js';

/** The json-summary reporter writes the "total" member first. */
const SUMMARY_HEAD =
  /^\s*\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches|branchesTrue)"\s*:\s*\{\s*"(?:total|covered|skipped|pct)"\s*:/;

/**
 * istanbul's `json-summary` (coverage-summary.json): covered/total lines, branches and functions
 * for the whole run ("total") and for each file (no line detail exists in this format). The
 * totals are the file's own "total"; the per-file figures serve groups.
 */
export const istanbulSummaryJsonCollector: Collector<CoverageEvidence> = {
  format: 'istanbul-summary-json',
  kind: 'coverage',
  producers:
    'istanbul/nyc `--reporter=json-summary`, jest `--coverageReporters=json-summary`, vitest `coverage.reporter: json-summary`',
  detect(head) {
    return SUMMARY_HEAD.test(head);
  },
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async ({ chunks }) =>
    (await import('./istanbul-summary-json-parse.js')).parseIstanbulSummary(chunks),
};
