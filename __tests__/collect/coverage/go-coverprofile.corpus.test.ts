import { expect } from '@jest/globals';
import { describeTranslatedCorpus } from './manifest-translation.js';
import type { FileCoverage } from '../../../src/model/coverage.js';

/** coverallsapp/coverage-reporter's Go file name: the import path minus host/owner/repo[/vN]. */
function coverallsName(importPath: string): string {
  return /^[\w.]+\/[\w.]+\/[\w.]+\/(?:v\d+\/)?(.*\.go)$/.exec(importPath)?.[1] ?? importPath;
}

describeTranslatedCorpus('go-coverprofile', {
  rules: {
    statements: { as: 'lines' },
    mode: { skip: 'the profile mode (set/count/atomic) only decides how repeated blocks merge; not a figure' },
    blocks: { skip: 'the number of distinct blocks: not a Certify figure (the statements they hold are)' },
    per_file: { skip: "coveralls' per-file line figures; compared with Certify's line detail by the extra check" },
  },
  deviations: {
    'coverage/go-coverprofile/coverage-reporter__lefthook-coverage.out': {
      expected: ['files: expected 27, got 28'],
      reason:
        'coverallsapp/coverage-reporter cuts the module path off every file (host/owner/repo[/vN]), so github.com/evilmartians/lefthook/internal/log/log.go ' +
        'and github.com/evilmartians/lefthook/v2/internal/log/log.go become one file. They are two packages in the profile and go tool cover -func lists ' +
        'them separately; Certify keeps the import paths (28 files, as the hand count says).',
    },
  },
  extra(entry, data, collected) {
    expect(collected.diagnostics).toEqual([]);
    const perFile = (entry.expected as Record<string, unknown>)['per_file'] as
      | Record<string, { lines: { covered: number; total: number } }>
      | undefined;
    for (const [name, figures] of Object.entries(perFile ?? {})) {
      const files = data.files.filter((file) => coverallsName(file.path) === name);
      expect(files).toHaveLength(1);
      const [file] = files as [FileCoverage];
      // coveralls counts source lines spanned by blocks (covered when a block on the line ran):
      // that is Certify's line detail for patch coverage, not its statement figure.
      expect({
        covered: (file.lineHits ?? []).filter((hits) => hits > 0).length,
        total: file.lineNumbers?.length,
      }).toEqual(figures.lines);
    }
  },
});
