import { expect } from '@jest/globals';
import {
  corpusHead,
  coverageMismatches,
  describeCorpusFormat,
  parseCorpusFileWith,
} from './coverage-corpus-checks.js';
import { jestJsonCoverageCollector } from '../../../src/collect/coverage/jest-json-coverage.js';

describeCorpusFormat('istanbul-summary-json', {
  extra(_entry, data, collected) {
    expect(collected.diagnostics).toEqual([]);
    // per-file figures are kept (for groups) and add up to the "total"
    expect(data.files).toHaveLength(6);
  },
});

describeCorpusFormat('istanbul-final-json', {
  extra(_entry, data, collected) {
    expect(collected.diagnostics).toEqual([]);
    // line detail is kept
    for (const file of data.files) expect(file.lineNumbers).toHaveLength(file.lines.total);
  },
});

describeCorpusFormat('jest-json-coverage', {
  special: {
    'coverage/jest-json-coverage/jest-coverage-report-action__jsonReport.json': {
      reason:
        'the file is a whole `jest --json --coverage` result: test results (numTotalTests, testResults) and the coverageMap in one file. ' +
        'Its detection belongs to the jest-json tests collector; this collector reads its coverageMap when asked to.',
      async check(entry, collected) {
        expect(jestJsonCoverageCollector.detect(corpusHead(entry))).toBe(false);
        expect(collected.format).not.toBe('jest-json-coverage');
        const { data, diagnostics } = await parseCorpusFileWith(jestJsonCoverageCollector, entry);
        expect(coverageMismatches(entry.expected as Record<string, unknown>, data)).toEqual([]);
        expect(coverageMismatches(entry.hand_count ?? {}, data)).toEqual([]);
        expect(diagnostics).toEqual([]);
      },
    },
  },
});

describeCorpusFormat('istanbul-text', {
  quirks: {
    'coverage/istanbul-text/jest-coverage-comment__coverage.txt': {
      mismatches: [
        'all_files_pct lines: expected 71.73, got 78.57',
        'all_files_pct functions: expected 28.57, got 33.33',
      ],
      reason:
        'the table and the text-summary block in this file come from different runs (manifest edge case). MishaKav/jest-coverage-comment reads the ' +
        "table's percentages; only the summary block has counts (lines 33/42, the same run as the sibling lcov/json files), so Certify takes those " +
        'and warns that the table disagrees',
    },
  },
  extra(entry, data, collected) {
    const block = (entry.expected as Record<string, unknown>)['summary_block'] as Record<
      string,
      unknown
    >;
    expect(coverageMismatches(block, data)).toEqual([]);
    expect(data.files).toEqual([]);
    expect(collected.diagnostics.map((d) => d.message)).toEqual([
      'the table\'s "All files" row (statements 70.21%, branches 100%, functions 28.57%, lines 71.73%) does not match the Coverage summary block ' +
        '(statements 76.74%, branches 100%, functions 33.33%, lines 78.57%): they come from different runs; the counts are taken from the summary block',
    ]);
  },
});
