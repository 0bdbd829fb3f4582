import type { Collector } from '../collector.js';
import type { CoverageEvidence } from '../../model/coverage.js';

const RESULTSET_HEAD = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"(?:coverage|timestamp)"\s*:\s*(?:\{|\d)/;
const FORMATTER_HEAD = /^\{\s*"meta"\s*:\s*\{[^{}]*"simplecov_version"\s*:/;

/**
 * SimpleCov JSON, in its two shapes (streamed: one file entry at a time):
 *
 * - `.resultset.json` (what SimpleCov stores and merges): command name → `{coverage, timestamp}`,
 *   coverage = file → `{lines: [...], branches: {...}, methods: {...}}`, or in the legacy format
 *   (SimpleCov < 0.18) file → the lines array itself. Several command names (RSpec, Cucumber,
 *   parallel workers) are merged as SimpleCov's ResultsCombiner merges them: line hits added,
 *   with `nil + 0 = nil` (LinesCombiner), branches and methods added by source position.
 * - `coverage.json` (simplecov_json_formatter, built into recent SimpleCov): `meta` first, with
 *   `simplecov_version`; file → `{lines: [...], branches: [{coverage}], methods: [{coverage}]}`,
 *   `"ignored"` marking `:nocov:` lines and branches; the embedded `source` is skipped unread.
 *
 * Lines: `lines[i]` is the hit count of line i + 1; null (and "ignored") lines are not relevant,
 * a line is covered when its count is > 0. Branches: every branch leaf (resultset) or entry
 * (coverage.json) is one branch, covered when > 0. Functions: method coverage entries, covered
 * when > 0. Totals are the sum of the files (coverage.json's `total` is checked against it).
 * `.resultset.json` holds raw Ruby coverage: `:nocov:` blocks are only applied when SimpleCov
 * reads the sources, so a resultset can count a few lines SimpleCov's own report skips.
 */
export const simplecovJsonCollector: Collector<CoverageEvidence> = {
  format: 'simplecov-json',
  kind: 'coverage',
  producers: 'SimpleCov (.resultset.json), simplecov_json_formatter (coverage.json)',
  detect(head) {
    return RESULTSET_HEAD.test(head) || FORMATTER_HEAD.test(head);
  },
  // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
  parse: async (input) => (await import('./simplecov-json-parse.js')).parseSimplecov(input),
};
