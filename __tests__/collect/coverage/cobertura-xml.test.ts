import { describe, expect, it } from '@jest/globals';
import {
  collectFixture,
  fixtureHead,
  parseFixture,
  parseText,
  totalsOf,
} from './fixture-support.js';
import { coberturaXmlCollector } from '../../../src/collect/coverage/cobertura-xml.js';
import { EvidenceParseError } from '../../../src/errors.js';

describe('cobertura-xml: files made by real tools', () => {
  // Expected figures: each tool's own root attributes / report (see fixtures/cobertura-xml/README.md),
  // except jest's branches: istanbul's cobertura writer lists branches only on lines where a
  // statement starts, so round.js's default-parameter branch (line 1) is in its root total (4/6)
  // but on no <line>; Certify counts the <line> elements (3/5) and says the root differs.
  it.each([
    ['cobertura-xml/jest.xml', { lines: '12/13', branches: '3/5', functions: '3/4' }, 2],
    ['cobertura-xml/gcovr.xml', { lines: '13/16', branches: '7/10', functions: '2/3' }, 2],
    ['cobertura-xml/coveragepy.xml', { lines: '7/9', branches: '5/6', functions: '0/0' }, 2],
  ] as const)(
    '%s is detected and counted as its producer counts it',
    async (file, totals, files) => {
      const collected = await collectFixture(file);
      expect(collected).toMatchObject({ status: 'ok', kind: 'coverage', format: 'cobertura-xml' });
      const data = collected.data;
      if (data?.kind !== 'coverage') throw new Error('no coverage data');
      expect(totalsOf(data)).toEqual(totals);
      expect(data.files).toHaveLength(files);
    },
  );

  it('keeps paths as reported (relative to <source>) with line detail', async () => {
    const { data } = await parseFixture(coberturaXmlCollector, 'cobertura-xml/coveragepy.xml');
    expect(data.files).toEqual([
      {
        path: 'shop/__init__.py',
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
      },
      {
        path: 'shop/cart.py',
        lines: { covered: 7, total: 9 },
        branches: { covered: 5, total: 6 },
        functions: { covered: 0, total: 0 },
        lineNumbers: [1, 2, 3, 4, 5, 6, 7, 10, 11],
        lineHits: [1, 1, 1, 1, 1, 0, 1, 1, 0],
      },
    ]);
  });

  it('takes functions from istanbul <method hits>, and from gcovr root attributes when there are no methods', async () => {
    const jest = await parseFixture(coberturaXmlCollector, 'cobertura-xml/jest.xml');
    expect(jest.data.files.map((file) => [file.path, file.functions])).toEqual([
      ['src/price.js', { covered: 2, total: 3 }],
      ['src/util/round.js', { covered: 1, total: 1 }],
    ]);
    expect(jest.diagnostics).toEqual([
      {
        severity: 'notice',
        message:
          'the root element declares branches 4/6 (branches-covered/branches-valid); the <line> elements give 3/5, which Certify reports',
      },
    ]);
    const gcovr = await parseFixture(coberturaXmlCollector, 'cobertura-xml/gcovr.xml');
    expect(gcovr.data.files.map((file) => file.functions)).toEqual([
      { covered: 0, total: 0 },
      { covered: 0, total: 0 },
    ]);
    expect(gcovr.diagnostics).toEqual([
      {
        severity: 'notice',
        message:
          "functions 2/3 are the root's functions-covered/functions-valid (no <method> elements, so no per-file function figures)",
      },
    ]);
  });

  it('counts same-named istanbul methods at different lines as two functions', async () => {
    // Expected figures: jest 30.5.2 --coverageProvider=v8 text-summary for this run
    // ("Functions : 62.5% ( 5/8 )"; lines 23/24 and branches 7/13 as the root declares).
    // src/shapes.js has two classes with an `area` method each: <method name="area"
    // signature="()V"> at lines 3 and 7 (see fixtures/cobertura-xml/README.md).
    const { data, diagnostics } = await parseFixture(
      coberturaXmlCollector,
      'cobertura-xml/jest-v8-same-named-methods.xml',
    );
    expect(totalsOf(data)).toEqual({ lines: '23/24', branches: '7/13', functions: '5/8' });
    expect(data.files.map((file) => [file.path, file.functions])).toEqual([
      ['src/other.js', { covered: 2, total: 2 }],
      ['src/shapes.js', { covered: 3, total: 6 }],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reads every file the same whatever the chunk size', async () => {
    const whole = await parseFixture(coberturaXmlCollector, 'cobertura-xml/gcovr.xml');
    const bytewise = await parseFixture(coberturaXmlCollector, 'cobertura-xml/gcovr.xml', 1);
    expect(bytewise).toEqual(whole);
  });
});

describe('cobertura-xml: edge cases', () => {
  it('merges classes of one file: lines by highest hits, a branch line once', async () => {
    const { data, diagnostics } = await parseFixture(
      coberturaXmlCollector,
      'cobertura-xml/classes-sharing-a-file.xml',
    );
    // Parser.cs: lines 10 (2), 11 (max 2,5), 12 (max 0,1) all hit; line 11's 1/2 branches listed
    // by both classes count once; both methods ran. Empty.cs is a file with nothing executable.
    expect(data.files).toEqual([
      {
        path: 'Parser.cs',
        lines: { covered: 3, total: 3 },
        branches: { covered: 1, total: 2 },
        functions: { covered: 2, total: 2 },
        lineNumbers: [10, 11, 12],
        lineHits: [2, 5, 1],
      },
      {
        path: 'Empty.cs',
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
      },
    ]);
    // The root counted each class separately (5 lines, 4 branches): reported, not used.
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the root element declares lines 4/5 (lines-covered/lines-valid); the <line> elements give 3/3, which Certify reports',
      'the root element declares branches 2/4 (branches-covered/branches-valid); the <line> elements give 1/2, which Certify reports',
    ]);
  });

  it("uses a class's method lines when it lists none of its own", async () => {
    const collected = await collectFixture('cobertura-xml/methods-only.xml');
    expect(collected.format).toBe('cobertura-xml');
    const { data, diagnostics } = await parseFixture(
      coberturaXmlCollector,
      'cobertura-xml/methods-only.xml',
    );
    // area() ran, perimeter() did not; abstractShape() has no lines and is not counted.
    expect(data.files).toEqual([
      {
        path: 'Sources/Lib/Geometry.swift',
        lines: { covered: 2, total: 4 },
        branches: { covered: 1, total: 2 },
        functions: { covered: 1, total: 2 },
        lineNumbers: [3, 4, 8, 9],
        lineHits: [4, 4, 0, 0],
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('treats Windows and POSIX spellings of a filename as one file', async () => {
    const { data } = await parseFixture(coberturaXmlCollector, 'cobertura-xml/windows-paths.xml');
    expect(data.files.map((file) => [file.path, file.lines, file.lineHits])).toEqual([
      ['src/Core/Calc.cs', { covered: 3, total: 3 }, [1, 3, 1]],
    ]);
  });

  it('ignores line numbers below 1, with a notice', async () => {
    const { data, diagnostics } = await parseText(
      coberturaXmlCollector,
      '<coverage><packages><package><classes><class filename="a.py"><lines>' +
        '<line number="0" hits="1"/><line number="-3" hits="1"/><line number="2" hits="0"/>' +
        '</lines></class></classes></package></packages></coverage>',
    );
    expect(totalsOf(data).lines).toBe('0/1');
    expect(diagnostics.map((d) => d.message)).toEqual([
      '2 <line> element(s) with a line number below 1 were ignored',
    ]);
  });

  it('reads a class whose lines repeat or go back, and numbers written in other ways', async () => {
    const { data } = await parseText(
      coberturaXmlCollector,
      '<coverage><packages><package><classes><class filename="a.py"><lines>' +
        '<line number="5" hits="0"/><line number="6" hits="1"/><line number="3" hits="2"/>' +
        '<line number="5" hits="4"/><line number="3" hits="1"/><line number=" 0012 " hits="1e1"/>' +
        '<line number="+20" hits=" 3 "/><line number="21" hits="0.5"/>' +
        '</lines></class></classes></package></packages></coverage>',
    );
    expect(data.files.map((file) => [file.lineNumbers, file.lineHits])).toEqual([
      [
        [3, 5, 6, 12, 20, 21],
        [2, 4, 1, 10, 3, 0.5],
      ],
    ]);
  });

  it('reads condition-coverage only on branch lines, whatever the case of branch="…"', async () => {
    const { data } = await parseText(
      coberturaXmlCollector,
      '<coverage><packages><package><classes><class filename="a.py"><lines>' +
        '<line number="1" hits="1" branch="TRUE" condition-coverage="33% (1/3)"/>' +
        '<line number="2" hits="1" branch="false" condition-coverage="50% (1/2)"/>' +
        '<line number="3" hits="1" branch="true"/>' +
        '</lines></class></classes></package></packages></coverage>',
    );
    expect(totalsOf(data).branches).toBe('1/3');
  });

  it('rejects a truncated file with its position', async () => {
    const collected = await collectFixture('cobertura-xml/truncated.xml');
    expect(collected.status).toBe('unreadable');
    expect(collected.format).toBe('cobertura-xml');
    expect(collected.error).toMatch(/^cobertura-xml\/truncated\.xml:\d+:\d+: /);
  });

  it('rejects a non-numeric hit count, naming the element', async () => {
    await expect(
      parseFixture(coberturaXmlCollector, 'cobertura-xml/bad-hits.xml'),
    ).rejects.toMatchObject({
      reason: '<line number="1"> in a.py: hits="many" is not a number',
    });
  });

  it('rejects an empty file and a foreign root when parsing is forced', async () => {
    const empty = await parseFixture(coberturaXmlCollector, 'cobertura-xml/empty.xml').catch(
      (e: unknown) => e,
    );
    expect(empty).toBeInstanceOf(EvidenceParseError);
    expect(empty).toMatchObject({ position: { line: 1 } });
    await expect(
      parseFixture(coberturaXmlCollector, 'cobertura-xml/wrong-root.xml'),
    ).rejects.toMatchObject({
      reason: "root element is <report>, not Cobertura's <coverage>",
    });
  });
});

describe('cobertura-xml: detection', () => {
  it('claims Cobertura files, not Clover or other XML', () => {
    for (const file of [
      'cobertura-xml/jest.xml',
      'cobertura-xml/gcovr.xml',
      'cobertura-xml/coveragepy.xml',
    ]) {
      expect(coberturaXmlCollector.detect(fixtureHead(file))).toBe(true);
    }
    expect(coberturaXmlCollector.detect(fixtureHead('cobertura-xml/clover-root.xml'))).toBe(false);
    expect(coberturaXmlCollector.detect(fixtureHead('cobertura-xml/wrong-root.xml'))).toBe(false);
    expect(coberturaXmlCollector.detect('<testsuites><testsuite/></testsuites>')).toBe(false);
    expect(coberturaXmlCollector.detect('')).toBe(false);
  });
});
