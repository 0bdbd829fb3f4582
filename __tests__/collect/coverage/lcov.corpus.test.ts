import { expect } from '@jest/globals';
import {
  coverageMismatches,
  describeCorpusFormat,
  parseCorpusFileWith,
} from './coverage-corpus-checks.js';
import { lcovCollector } from '../../../src/collect/coverage/lcov.js';

describeCorpusFormat('lcov', {
  quirks: {
    'coverage/lcov/coverage-reporter__test.lcov': {
      mismatches: ['files: expected 2, got 3', 'lines: expected 15/16, got 16/17'],
      reason:
        'coverallsapp/coverage-reporter drops the SF:dist/<define:DATA> record (1/1 lines) because no such file exists on the machine that runs it. ' +
        'The tracefile reports 3 files; Certify keeps what the producer reported and does not look at the file system. The hand count (3 files, 16/17) agrees.',
    },
  },
  special: {
    'coverage/lcov/coverage-reporter__empty.lcov': {
      reason:
        'a zero-byte file has no content to detect a format from: discovery reports it as an empty file. Read as lcov it holds no records, as the manifest says.',
      async check(entry, collected) {
        expect(collected.status).toBe('unrecognised');
        expect(collected.error).toMatch(/empty file/);
        const { data, diagnostics } = await parseCorpusFileWith(lcovCollector, entry);
        expect(coverageMismatches(entry.expected as Record<string, unknown>, data)).toEqual([]);
        expect(diagnostics.map((d) => d.message)).toEqual([
          'no source file records (SF:) in this lcov file',
        ]);
      },
    },
  },
  extra(entry, data, collected) {
    // LF/LH, BRF/BRH, FNF/FNH: in every corpus file they agree with the DA/BRDA/FN records.
    const declared = (entry.hand_count?.['declared'] ??
      (entry.expected as Record<string, unknown>)['declared']) as
      Record<string, unknown> | undefined;
    if (declared) expect(coverageMismatches(declared, data)).toEqual([]);
    expect(collected.diagnostics).toEqual([]);
  },
});
