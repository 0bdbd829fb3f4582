import type { Collector } from '../collector.js';
import type { CoverageEvidence } from '../../model/coverage.js';

/**
 * coverage.py JSON report (`coverage json`, `pytest --cov-report=json`): `meta`, `files`
 * (per path: `executed_lines`, `missing_lines`, `excluded_lines`, `summary`, and with
 * `--branch` `executed_branches`/`missing_branches`; format 3 adds per-function/class regions)
 * and `totals`. Streamed: one file entry's line lists at a time; the regions (which repeat the
 * file's data) and contexts are skipped unread.
 *
 * Per file, the figures are coverage.py's own `summary`: lines = covered_lines of
 * num_statements (coverage.py measures executable lines, which it calls statements), branches =
 * covered_branches of num_branches (absent without `--branch`: 0/0). coverage.py has no
 * function coverage figure, so functions stay 0/0. Line detail: executed lines (hits 1) and
 * missing lines (hits 0); excluded lines are not executable, even where coverage.py also lists
 * them as executed (it does for an excluded line that ran). Totals are the sum of the files,
 * checked against `totals`.
 */
export const coveragepyJsonCollector: Collector<CoverageEvidence> = {
  format: 'coveragepy-json',
  kind: 'coverage',
  producers: 'coverage.py (coverage json, pytest-cov --cov-report=json)',
  detect(head) {
    const meta = /^\{\s*"meta"\s*:\s*\{([^{}]*)\}/.exec(head)?.[1];
    // SimpleCov's coverage.json also starts with a "meta" object (with branch_coverage) but names itself.
    return meta !== undefined && /"(?:branch_coverage|show_contexts)"\s*:/.test(meta) && !/"simplecov_version"\s*:/.test(meta);
  },
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async (input) => (await import('./coveragepy-json-parse.js')).parseCoveragePy(input),
};
