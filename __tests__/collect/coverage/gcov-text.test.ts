import { describe, expect, it } from '@jest/globals';
import {
  collectFixture,
  fixtureHead,
  parseFixture,
  parseText,
  totalsOf,
} from './fixture-support.js';
import { gcovTextCollector } from '../../../src/collect/coverage/gcov-text.js';

describe('gcov-text: files made by gcov (GCC 12)', () => {
  // gcovr 5.2 on the same run (fixtures/gcov-text/README.md): calc.cpp lines 15/20, branches 7/10, functions 4/5; clamp.h 2/2, 0/0, 1/1.
  it.each([
    [
      'gcov-text/calc-branch-counts.cpp.gcov',
      { lines: '15/20', branches: '7/10', functions: '4/5' },
    ],
    [
      'gcov-text/calc-branch-percent.cpp.gcov',
      { lines: '15/20', branches: '7/10', functions: '4/5' },
    ],
    ['gcov-text/calc-colors.cpp.gcov', { lines: '15/20', branches: '7/10', functions: '4/5' }],
    ['gcov-text/calc-lines-only.cpp.gcov', { lines: '15/20', branches: '0/0', functions: '0/0' }],
    ['gcov-text/clamp-branch-counts.h.gcov', { lines: '2/2', branches: '0/0', functions: '1/1' }],
    ['gcov-text/stdout-two-sources.gcov', { lines: '17/22', branches: '7/10', functions: '5/6' }],
  ])('%s is counted as gcovr counts it', async (file, totals) => {
    const collected = await collectFixture(file);
    expect(collected).toMatchObject({ status: 'ok', format: 'gcov-text', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(collected.data)).toEqual(totals);
  });

  it('counts template instantiations once: lines from the combined records, branches merged per source line', async () => {
    const { data } = await parseFixture(gcovTextCollector, 'gcov-text/calc-branch-counts.cpp.gcov');
    const [calc] = data.files;
    expect(calc?.path).toBe('calc.cpp');
    expect(calc?.lineNumbers).toEqual([
      5, 6, 7, 9, 12, 13, 14, 15, 16, 18, 21, 22, 25, 26, 27, 28, 30, 31, 33, 34,
    ]);
    expect(calc?.lineHits?.slice(0, 4)).toEqual([2, 2, 2, 0]);
  });

  it.each([
    'gcov-text/maxof-twice-branch-counts.h.gcov',
    'gcov-text/maxof-twice-branch-percent.h.gcov',
  ])(
    "%s: counts the plain function right after a template's instantiations (its `function` line follows the separator)",
    async (file) => {
      // gcov 12's own stdout for util.h: "Lines executed:100.00% of 4" (lines 2, 3, 4, 6); the
      // file has three `function … called` lines, all called (maxOf<double>, maxOf<int>, twice).
      // Branches: line 3's branch 0 and 1 were each taken by one instantiation, line 6's both:
      // 4/4 counted per source line as gcovr does (gcov's stdout leaves instantiations' out: 2/2).
      const { data, diagnostics } = await parseFixture(gcovTextCollector, file);
      expect(totalsOf(data)).toEqual({ lines: '4/4', branches: '4/4', functions: '3/3' });
      expect(data.files[0]?.lineNumbers).toEqual([2, 3, 4, 6]);
      expect(data.files[0]?.lineHits).toEqual([2, 2, 1, 4]);
      expect(diagnostics).toEqual([]);
    },
  );

  it('gives one file per Source: preamble of `gcov -t` output', async () => {
    const { data } = await parseFixture(gcovTextCollector, 'gcov-text/stdout-two-sources.gcov');
    expect(data.files.map((f) => f.path)).toEqual(['calc.cpp', 'clamp.h']);
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(gcovTextCollector, 'gcov-text/calc-colors.cpp.gcov');
    expect(await parseFixture(gcovTextCollector, 'gcov-text/calc-colors.cpp.gcov', 1)).toEqual(
      whole,
    );
  });
});

describe('gcov-text: edge cases', () => {
  it('reads -H counts (1.2k), the * of unexecuted blocks and ===== (exception-only) lines', async () => {
    const { data } = await parseFixture(gcovTextCollector, 'gcov-text/human-readable.gcov');
    expect(data.files).toEqual([
      {
        path: 'lib/fast.c',
        lines: { covered: 2, total: 4 },
        branches: { covered: 2, total: 2 },
        functions: { covered: 1, total: 1 },
        lineNumbers: [3, 4, 5, 6],
        lineHits: [1200, 1200, 0, 0],
      },
    ]);
  });

  it('fails on a count that is not one, at its position', async () => {
    await expect(parseFixture(gcovTextCollector, 'gcov-text/bad-count.gcov')).rejects.toMatchObject(
      {
        name: 'EvidenceParseError',
        reason: 'not a gcov execution count: "lots" (expected a number, "-", "#####" or "=====")',
        position: { line: 4, column: 6 },
      },
    );
  });

  it('reads a function line whose name holds long runs of spaces (found by the fuzz suite: it backtracked for seconds)', async () => {
    const spaces = ' '.repeat(2000);
    const { data } = await parseText(
      gcovTextCollector,
      `        -:    0:Source:a.c\nfunction f${spaces}(int,${spaces}char) called 3 returned 100% blocks executed 100%\n        3:    1:int f(void) {}\nfunction g${spaces} called 0 returned 0% blocks executed 0%\n`,
    );
    expect(data.totals.functions).toEqual({ covered: 1, total: 2 });
  });

  it('fails on a record cut short (truncated file)', async () => {
    const collected = await collectFixture('gcov-text/truncated.gcov');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'gcov-text' });
    expect(collected.error).toBe(
      'gcov-text/truncated.gcov:10:16: incomplete line record (truncated file?)',
    );
  });

  it('reports an empty file as empty, and fails to parse it', async () => {
    expect(await collectFixture('gcov-text/empty.gcov')).toMatchObject({ status: 'unrecognised' });
    await expect(parseFixture(gcovTextCollector, 'gcov-text/empty.gcov')).rejects.toMatchObject({
      reason: 'empty file, expected gcov output',
    });
  });

  it('is detected by its preamble', () => {
    expect(gcovTextCollector.detect(fixtureHead('gcov-text/calc-colors.cpp.gcov'))).toBe(true);
    expect(gcovTextCollector.detect(fixtureHead('gcov-text/stdout-two-sources.gcov'))).toBe(true);
    expect(gcovTextCollector.detect(fixtureHead('lcov/jest.info'))).toBe(false);
    expect(gcovTextCollector.detect(fixtureHead('go-coverprofile/concatenated-count.out'))).toBe(
      false,
    );
  });
});
