import { describe, expect, it } from '@jest/globals';
import {
  collectFixture,
  fixtureHead,
  parseFixture,
  parseText,
  totalsOf,
} from './fixture-support.js';
import { lcovCollector } from '../../../src/collect/coverage/lcov.js';
import { EvidenceParseError } from '../../../src/errors.js';

describe('lcov: files made by real tools', () => {
  // Expected figures: `lcov --summary` of each file (see fixtures/lcov/README.md).
  it.each([
    ['lcov/jest.info', { lines: '12/13', branches: '4/6', functions: '3/4' }, 2],
    ['lcov/geninfo-gcc.info', { lines: '13/16', branches: '7/10', functions: '2/3' }, 2],
    ['lcov/coveragepy.lcov', { lines: '7/9', branches: '6/7', functions: '0/0' }, 2],
  ] as const)(
    '%s is detected and counted as lcov --summary counts it',
    async (file, totals, files) => {
      const collected = await collectFixture(file);
      expect(collected).toMatchObject({ status: 'ok', kind: 'coverage', format: 'lcov' });
      const data = collected.data;
      if (data?.kind !== 'coverage') throw new Error('no coverage data');
      expect(totalsOf(data)).toEqual(totals);
      expect(data.files).toHaveLength(files);
    },
  );

  it('keeps line detail per file', async () => {
    const { data } = await parseFixture(lcovCollector, 'lcov/geninfo-gcc.info');
    const calc = data.files.find((file) => file.path === '/home/runner/work/calc/lib/calc.c');
    expect(calc).toMatchObject({
      lines: { covered: 6, total: 8 },
      branches: { covered: 4, total: 4 },
      functions: { covered: 1, total: 2 },
      lineNumbers: [3, 4, 5, 7, 8, 10, 13, 14],
      lineHits: [3, 3, 1, 2, 1, 1, 0, 0],
    });
  });

  it('warns when a record summary disagrees with its own records, and counts the records (as lcov does)', async () => {
    const { diagnostics } = await parseFixture(lcovCollector, 'lcov/coveragepy.lcov');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          '1 record(s) declare summaries that differ from their own records, which are counted (as lcov does); the first: SF:shop/cart.py BRF/BRH 5/6 but BRDA records 6/7',
        position: { line: 9 },
      },
    ]);
  });

  it('counts same-named functions at different lines as the producer does (istanbul: two `area` methods)', async () => {
    // Expected figures: jest 30.5.2 --coverageProvider=v8 text-summary for this run
    // ("Functions : 62.5% ( 5/8 )", "Lines : 95.83% ( 23/24 )", "Branches : 53.84% ( 7/13 )")
    // and the file's own FNF:6/FNH:3 for src/shapes.js (see fixtures/lcov/README.md).
    const { data, diagnostics } = await parseFixture(
      lcovCollector,
      'lcov/jest-v8-same-named-methods.info',
    );
    expect(totalsOf(data)).toEqual({ lines: '23/24', branches: '7/13', functions: '5/8' });
    expect(data.files.find((file) => file.path === 'src/shapes.js')?.functions).toEqual({
      covered: 3,
      total: 6,
    });
    expect(diagnostics).toEqual([]);
    expect(await parseFixture(lcovCollector, 'lcov/jest-v8-same-named-methods.info', 7)).toEqual({
      data,
      diagnostics,
    });
  });

  it('counts 26 functions all named "top-level" as 26, as the file\'s own FNF/FNH say', async () => {
    // Firefox JavaScript coverage (grcov's test data, see fixtures/lcov/README.md): 26 FN records
    // at 26 lines, all named "top-level", and 18 FNDA records for the ones that ran. Expected
    // figures: the producer's own FNF:26 FNH:18, LF:246 LH:159, BRF:248 BRH:79 (no BRDA records).
    const { data, diagnostics } = await parseFixture(
      lcovCollector,
      'lcov/grcov-duplicate-fn-fnda.info',
    );
    expect(totalsOf(data)).toEqual({ lines: '159/246', branches: '79/248', functions: '18/26' });
    expect(diagnostics).toEqual([]);
  });

  it('reads every file the same whatever the chunk size', async () => {
    const whole = await parseFixture(lcovCollector, 'lcov/jest.info');
    const bytewise = await parseFixture(lcovCollector, 'lcov/jest.info', 1);
    expect(bytewise).toEqual(whole);
  });
});

describe('lcov: edge cases', () => {
  it('counts thousands of FN records of one name and line as many functions, merged across records by position', async () => {
    // Each FN record is a function (FNF counts them); a second record of the same file names the
    // same ones again and merges with them in order. (A fuzz input of 7,800 such records once
    // took 5 s, keys being made unique by probing 2, 3, … each time; the fuzz suite's time bound
    // guards that, this test the counts.)
    const count = 20_000;
    const fn = 'FN:8,same\n'.repeat(count);
    const record = (hits: number) =>
      `SF:src/a.js\n${fn}FNDA:${hits},same\nDA:8,${hits}\nend_of_record\n`;
    const { data } = await parseText(lcovCollector, record(0) + record(3));
    expect(data.files).toHaveLength(1);
    // the one FNDA line goes to the first function of the name, in each record
    expect(data.files[0]?.functions).toEqual({ covered: 1, total: count });
  });

  it('merges a source file that appears in several records instead of adding it up', async () => {
    const { data, diagnostics } = await parseFixture(
      lcovCollector,
      'lcov/shards-concatenated.info',
    );
    // src/app.ts: lines 1,2,10,11 in both shards + 12 → 5 lines, all but 12 hit in one of them;
    // both branches of line 2 taken in one shard or the other; both functions called somewhere.
    // src/other.ts: DA:1 twice (1 and 0) is one covered line, DA:2 not covered.
    expect(
      data.files.map((file) => [file.path, file.lines, file.branches, file.functions]),
    ).toEqual([
      ['src/app.ts', { covered: 4, total: 5 }, { covered: 2, total: 2 }, { covered: 2, total: 2 }],
      [
        'src/other.ts',
        { covered: 1, total: 2 },
        { covered: 0, total: 0 },
        { covered: 0, total: 0 },
      ],
    ]);
    expect(totalsOf(data)).toEqual({ lines: '5/7', branches: '2/2', functions: '2/2' });
    expect(diagnostics).toEqual([]);
  });

  it('counts functions by name whatever order their FN and FNDA lines come in', async () => {
    const text = [
      'SF:src/f.ts',
      'FN:1,a',
      'FN:2,b',
      'FN:3,c',
      'FNDA:0,c',
      'FNDA:4,a',
      'FNDA:0,b',
      'FNDA:5,b',
      'FNDA:0,a',
      'FNDA:1,d',
      'FNDA:0,ab',
      'FNF:5',
      'FNH:3',
      'DA:1,1',
      'end_of_record',
      'SF:src/f.ts',
      'FN:3,c',
      'FNDA:2,c',
      'FNDA:0,e',
      'FNF:2',
      'FNH:1',
      'end_of_record',
      '',
    ].join('\n');
    const { data, diagnostics } = await parseText(lcovCollector, text);
    // a, b, c (in the second record), d ran; ab and e did not
    expect(data.files.map((file) => file.functions)).toEqual([{ covered: 4, total: 6 }]);
    expect(diagnostics).toEqual([]);
  });

  it('pairs the n-th FNDA of a name with the n-th FN of that name, within and across records', async () => {
    const text = [
      'SF:src/shapes.js',
      'FN:3,area',
      'FN:7,area',
      'FN:7,area',
      'FNDA:0,area',
      'FNDA:2,area',
      'FNDA:0,area',
      'end_of_record',
      'SF:src/shapes.js',
      'FN:3,area',
      'FN:7,area',
      'FNDA:5,area',
      'FNDA:0,area',
      'FNDA:1,late',
      'FN:9,late',
      'end_of_record',
      'SF:src/shapes.js',
      'FNDA:4,late',
      'end_of_record',
      '',
    ].join('\n');
    const { data } = await parseText(lcovCollector, text);
    // area@3 ran (second record), area@7 ran (first record), the second area@7 of the first
    // record did not; late ran (FNDA before its FN, and in a record with no FN at all)
    expect(data.files.map((file) => file.functions)).toEqual([{ covered: 3, total: 4 }]);
  });

  it('knows an lcov 2 function by its start line, with or without an end line', async () => {
    // lcov 2 (lib/lcovutil.pm, FunctionMap::define_function) keys functions by file and start
    // line; aliases and end lines do not make another function.
    const text = [
      'SF:src/a.c',
      'FNL:0,10,20',
      'FNA:0,0,f',
      'end_of_record',
      'SF:src/a.c',
      'FNL:3,10',
      'FNA:3,2,f_alias',
      'FNL:4,30,34',
      'FNA:4,0,g',
      'end_of_record',
      '',
    ].join('\n');
    const { data } = await parseText(lcovCollector, text);
    expect(data.files.map((file) => file.functions)).toEqual([{ covered: 1, total: 2 }]);
  });

  it('keeps exact line detail over merged records: large, fractional, signed and spaced counts', async () => {
    const text = [
      'SF:src/a.c',
      'DA:5,4294967296',
      'DA:9,+3',
      ' DA:12,0.5 ',
      'DA:70000,1',
      'BRDA:5,0,0,7',
      'BRDA:5,0,1,-',
      'FN:5,main',
      'FNDA:0,main',
      'end_of_record',
      'SF:src/a.c',
      'DA:9,2',
      'DA:3,1e3',
      'DA:12,-1',
      'BRDA:5,0,1,1',
      'FNDA:2,main',
      'FN:9,helper',
      'end_of_record',
      '',
    ].join('\n');
    const { data } = await parseText(lcovCollector, text);
    expect(data.files).toStrictEqual([
      {
        path: 'src/a.c',
        lines: { covered: 5, total: 5 },
        branches: { covered: 2, total: 2 },
        functions: { covered: 1, total: 2 },
        lineNumbers: [3, 5, 9, 12, 70000],
        lineHits: [1000, 4294967296, 3, 0.5, 1],
      },
    ]);
  });

  it.each([
    ['DA:1,123456789012345678901', 'DA: record is not <line>,<count>'],
    ['DA:1,1e999', 'DA: record is not <line>,<count>'],
    ['DA:1,++1', 'DA: record is not <line>,<count>'],
    ['DA:+1,1', 'DA: record is not <line>,<count>'],
    ['BRDA:1,0,0,1e999', 'BRDA: record is not <line>,<block>,<branch>,<taken>'],
    ['FNDA:123456789012345678901,f', 'FNDA: record is not <count>,<name>'],
    ['LH:1234567890123456', 'LH: record is not a count'],
    ['LF:+1', 'LF: record is not a count'],
  ])('rejects the out-of-range or odd number in %s with its position', async (line, reason) => {
    const error = await parseText(lcovCollector, `SF:a.c\nDA:1,1\n${line}\nend_of_record\n`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect(error).toMatchObject({ position: { line: 3, column: 1 } });
    expect((error as EvidenceParseError).reason).toContain(reason);
  });

  it('falls back to LF/LH, BRF/BRH, FNF/FNH without detail records, keeping the largest over records', async () => {
    const { data } = await parseFixture(lcovCollector, 'lcov/summary-only.info');
    expect(data.files).toEqual([
      {
        path: 'lib/summarised.c',
        lines: { covered: 35, total: 40 },
        branches: { covered: 6, total: 10 },
        functions: { covered: 3, total: 4 },
      },
    ]);
  });

  it('treats Windows and POSIX spellings of a path as one file, with CRLF line ends', async () => {
    const collected = await collectFixture('lcov/windows-paths.info');
    expect(collected.format).toBe('lcov');
    const { data } = await parseFixture(lcovCollector, 'lcov/windows-paths.info');
    expect(data.files.map((file) => [file.path, file.lines])).toEqual([
      ['C:/work/app/src/Calc.cs', { covered: 2, total: 3 }],
      ['src/Util.cs', { covered: 1, total: 1 }],
    ]);
  });

  it('reads lcov 2 records: function aliases once, exception branches, branch expressions, checksums', async () => {
    const collected = await collectFixture('lcov/lcov2.info');
    expect(collected.format).toBe('lcov');
    const { data, diagnostics } = await parseFixture(lcovCollector, 'lcov/lcov2.info');
    // FNL 0 has two aliases (0 and 4 calls): one covered function; FNL 1 never called.
    // DA:0 is no source line. Its own LF/LH, BRF/BRH, FNF/FNH agree, so no warning.
    expect(totalsOf(data)).toEqual({ lines: '2/4', branches: '2/4', functions: '1/2' });
    expect(diagnostics).toEqual([]);
  });

  it('counts a record cut off at the end of the file, with a warning at the last line', async () => {
    const { data, diagnostics } = await parseFixture(lcovCollector, 'lcov/truncated.info');
    expect(totalsOf(data).lines).toBe('3/5');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          'the file ends inside the record for SF:src/b.js (no end_of_record): truncated? What it holds was counted',
        position: { line: 9 },
      },
    ]);
  });

  it('rejects a malformed record with its line', async () => {
    const collected = await collectFixture('lcov/malformed-da.info');
    expect(collected.status).toBe('unreadable');
    expect(collected.error).toBe(
      "lcov/malformed-da.info:4:1: DA: record is not <line>,<count>: 'DA:12'",
    );
  });

  it('rejects a record outside any SF section', async () => {
    await expect(parseFixture(lcovCollector, 'lcov/outside-record.info')).rejects.toMatchObject({
      position: { line: 1, column: 1 },
      reason: "DA: record outside a source file section (no SF: before it): 'DA:1,1'",
    });
  });

  it.each([
    ['BRDA:1,0,0', 'BRDA: record is not <line>,<block>,<branch>,<taken>'],
    ['BRDA:1,0,0,yes', 'BRDA: record is not <line>,<block>,<branch>,<taken>'],
    ['FNDA:x,main', 'FNDA: record is not <count>,<name>'],
    ['FN:main', 'FN: record is not <line>,<name>'],
    ['FNA:3,1,alias', 'FNA: record for function index 3 without an FNL: record'],
    ['LF:many', 'LF: record is not a count'],
  ])('rejects %s with its position', async (line, reason) => {
    const error = await parseText(lcovCollector, `SF:a.c\n${line}\nend_of_record\n`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect(error).toMatchObject({ position: { line: 2, column: 1 } });
    expect((error as EvidenceParseError).reason).toContain(reason);
  });

  it('gives an empty result with a warning for a file with no records', async () => {
    const { data, diagnostics } = await parseFixture(lcovCollector, 'lcov/empty.info');
    expect(data).toEqual({
      kind: 'coverage',
      totals: {
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
      },
      files: [],
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'no source file records (SF:) in this lcov file',
    ]);
  });

  it('ignores unknown lines with a warning', async () => {
    const { data, diagnostics } = await parseText(
      lcovCollector,
      'SF:a.c\nDA:1,1\nexcluded_by_a_tool\nend_of_record\n',
    );
    expect(totalsOf(data).lines).toBe('1/1');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message: '1 line(s) that are not lcov records were ignored',
        position: { line: 3 },
      },
    ]);
  });
});

describe('lcov: detection', () => {
  it.each([
    ['TN:\nSF:src/a.js\nDA:1,1\nend_of_record\n', true],
    ['\n# comment\nSF:src/a.js\nend_of_record\n', true],
    ['VER:2.0\nTN:\nSF:a.c\n', true],
    ['TN:\n', false], // no source file
    ['<?xml version="1.0"?><coverage/>', false],
    ['{"SF:": 1}', false],
    ['mode: set\nSF:a.go:1.1,2.2 1 1\n', false],
    ['', false],
  ])('%j → %s', (head, expected) => {
    expect(lcovCollector.detect(head)).toBe(expected);
  });

  it('claims the real-tool files', () => {
    for (const file of ['lcov/jest.info', 'lcov/geninfo-gcc.info', 'lcov/coveragepy.lcov']) {
      expect(lcovCollector.detect(fixtureHead(file))).toBe(true);
    }
  });
});
