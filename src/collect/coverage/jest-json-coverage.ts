import type { Collector } from '../collector.js';
import type { CoverageEvidence } from '../../model/coverage.js';

/**
 * The `coverageMap` of a jest `--json --coverage` result: the same istanbul data as
 * coverage-final.json, keyed by absolute path. Only the map is built; the test results in the
 * same file are streamed past.
 *
 * Detection claims a file only when it has a coverageMap and no test results: a full jest
 * `--json` result carries both, and the jest JSON tests collector owns its detection.
 */
export const jestJsonCoverageCollector: Collector<CoverageEvidence> = {
  format: 'jest-json-coverage',
  kind: 'coverage',
  producers: 'jest `--json --coverage` (its coverageMap)',
  detect(head) {
    return (
      /^\s*\{/.test(head) &&
      /"coverageMap"\s*:/.test(head) &&
      !/"testResults"\s*:/.test(head) &&
      !/"numTotalTests"\s*:/.test(head)
    );
  },
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  async parse({ chunks }) {
    const { readIstanbulCoverageMap } = await import('./istanbul-coverage-map.js');
    return readIstanbulCoverageMap(
      chunks,
      ['coverageMap'],
      'no "coverageMap" object in this jest JSON (was jest run with --coverage?)',
    );
  },
};
