import type { Collector } from '../collector.js';
import type { CoverageEvidence } from '../../model/coverage.js';

/**
 * The start of a coverage-final.json: an object whose first member is a file path mapped to an
 * istanbul file coverage object (optionally wrapped in `data`).
 */
const FINAL_JSON_HEAD =
  /^\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"(?:path|statementMap|fnMap|branchMap|s|f|b|data|all|hash|_coverageSchema|inputSourceMap)"\s*:/;

/** istanbul's per-file JSON (`coverage-final.json`): statement, function and branch hit counts. */
export const istanbulFinalJsonCollector: Collector<CoverageEvidence> = {
  format: 'istanbul-final-json',
  kind: 'coverage',
  producers:
    'istanbul/nyc `--reporter=json`, jest `--coverageReporters=json`, vitest `coverage.reporter: json` (coverage-final.json)',
  detect(head) {
    return FINAL_JSON_HEAD.test(head) && /"statementMap"\s*:\s*\{/.test(head);
  },
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  async parse({ chunks }) {
    const { readIstanbulCoverageMap } = await import('./istanbul-coverage-map.js');
    return readIstanbulCoverageMap(
      chunks,
      [],
      'expected a JSON object of file paths mapped to istanbul coverage (coverage-final.json)',
    );
  },
};
