import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { cloverXmlCollector } from '../../../src/collect/coverage/clover-xml.js';
import { EvidenceParseError } from '../../../src/errors.js';

describe('clover-xml: a file made by the real tool', () => {
  it('reads jest (istanbul) clover.xml as istanbul reports the same run', async () => {
    // jest json-summary of the same run (fixtures/clover-xml/README.md): lines 4/5, branches 3/7, functions 2/3.
    const collected = await collectFixture('clover-xml/jest-clover.xml');
    expect(collected).toMatchObject({ status: 'ok', kind: 'coverage', format: 'clover-xml', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(collected.data)).toEqual({ lines: '4/5', branches: '3/7', functions: '2/3' });
    expect(collected.data.files).toEqual([
      {
        path: '/home/runner/work/cart/src/cart.js',
        lines: { covered: 4, total: 5 },
        branches: { covered: 3, total: 7 },
        functions: { covered: 2, total: 3 },
        lineNumbers: [2, 6, 7, 11, 14],
        lineHits: [1, 2, 1, 0, 1],
      },
    ]);
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(cloverXmlCollector, 'clover-xml/jest-clover.xml');
    expect(await parseFixture(cloverXmlCollector, 'clover-xml/jest-clover.xml', 1)).toEqual(whole);
  });
});

describe('clover-xml: edge cases', () => {
  it('counts Clover cond records (no count) as two branches each, and leaves <testproject> out', async () => {
    const { data, diagnostics } = await parseFixture(cloverXmlCollector, 'clover-xml/openclover-conditions.xml');
    // No <metrics>: branches and functions come from the records. Line 4: true 3×, false 1× → 2 of 2;
    // line 7: true 0×, false 1× → 1 of 2, and the line ran once. Methods: open (4) and close (0).
    expect(data.files).toEqual([
      {
        path: 'src/main/java/demo/Gate.java',
        lines: { covered: 3, total: 5 },
        branches: { covered: 3, total: 4 },
        functions: { covered: 1, total: 2 },
        lineNumbers: [4, 5, 7, 8, 11],
        lineHits: [4, 3, 1, 0, 0],
      },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('merges repeated lines and repeated files by the highest count, and says so', async () => {
    const { data, diagnostics } = await parseFixture(cloverXmlCollector, 'clover-xml/duplicates.xml');
    expect(data.files.map((f) => [f.path, f.lines, f.functions, f.lineNumbers, f.lineHits])).toEqual([
      ['src/a.js', { covered: 2, total: 3 }, { covered: 0, total: 0 }, [1, 2, 3], [3, 5, 0]],
      ['src/win/b.js', { covered: 1, total: 2 }, { covered: 1, total: 1 }, [1, 2], [1, 0]],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '1 × <file> repeating a path already listed, merged (highest count per line, its <metrics> ignored) (first: src/a.js)',
      '1 file(s) list a different number of statement lines than their <metrics> declare; line figures follow the listed lines (first: src/win/b.js: 4 declared, 2 listed)',
    ]);
  });

  it('takes the totals from the project <metrics> when the report lists no files', async () => {
    const { data, diagnostics } = await parseFixture(cloverXmlCollector, 'clover-xml/project-metrics-only.xml');
    expect(totalsOf(data)).toEqual({ lines: '7/10', branches: '2/4', functions: '3/3' });
    expect(data.files).toEqual([]);
    expect(diagnostics).toEqual([
      { severity: 'notice', message: 'no <file> elements: totals are the project <metrics>, no per-file figures' },
    ]);
  });

  it('skips records it cannot read, counts the rest and names what it skipped', async () => {
    const { data, diagnostics } = await parseFixture(cloverXmlCollector, 'clover-xml/bad-records.xml');
    expect(data.files.map((f) => [f.path, f.lines])).toEqual([['ok.php', { covered: 1, total: 2 }]]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '1 × stmt <line> without a valid count, skipped (first: num="3" type="stmt" in ok.php)',
      '1 × <line> without a valid line number, skipped (first: num="0" type="stmt" in ok.php)',
      '1 × <line> of an unknown type, skipped (first: num="4" type="branch" in ok.php)',
      '1 × <file> without a path or name, skipped (first: <file> #2)',
    ]);
  });

  it('fails on a truncated file with the position', async () => {
    const collected = await collectFixture('clover-xml/truncated.xml');
    expect(collected.status).toBe('unreadable');
    expect(collected.error).toMatch(/^clover-xml\/truncated\.xml:\d+:\d+: /);
    const error: unknown = await parseFixture(cloverXmlCollector, 'clover-xml/truncated.xml').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect(Object.keys((error as EvidenceParseError).position)).toEqual(['line', 'column']);
  });

  it('reports an empty file as empty, and fails to parse it with a position', async () => {
    const collected = await collectFixture('clover-xml/empty.xml');
    expect(collected).toMatchObject({ status: 'unrecognised' });
    expect(collected.error).toMatch(/empty file/);
    await expect(parseFixture(cloverXmlCollector, 'clover-xml/empty.xml')).rejects.toBeInstanceOf(EvidenceParseError);
  });

  it('tells Clover from Cobertura and JaCoCo by content', () => {
    expect(cloverXmlCollector.detect(fixtureHead('clover-xml/jest-clover.xml'))).toBe(true);
    expect(cloverXmlCollector.detect(fixtureHead('clover-xml/project-metrics-only.xml'))).toBe(true);
    expect(cloverXmlCollector.detect(fixtureHead('cobertura-xml/jest.xml'))).toBe(false);
    expect(cloverXmlCollector.detect(fixtureHead('jacoco-xml/aggregate-groups.xml'))).toBe(false);
    expect(cloverXmlCollector.detect('<coverage line-rate="1"><sources/></coverage>')).toBe(false);
  });
});
