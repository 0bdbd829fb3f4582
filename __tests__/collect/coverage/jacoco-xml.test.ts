import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, parseText, totalsOf } from './fixture-support.js';
import { jacocoXmlCollector } from '../../../src/collect/coverage/jacoco-xml.js';
import { EvidenceParseError } from '../../../src/errors.js';

// Real JaCoCo output (0.8.3 and coveralls' samples) is checked against the manifest by jacoco-xml.corpus.test.ts.

describe('jacoco-xml: edge cases', () => {
  it('reads report-aggregate groups, the default package, and classes without a source file', async () => {
    const collected = await collectFixture('jacoco-xml/aggregate-groups.xml');
    expect(collected).toMatchObject({ status: 'ok', format: 'jacoco-xml' });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    const data = collected.data;
    // Totals: the report-level counters, which also count com/shop/Generated (no source file: 2 lines, 1 method).
    expect(totalsOf(data)).toEqual({ lines: '5/9', branches: '2/5', functions: '4/5' });
    expect(data.files).toEqual([
      {
        path: 'com/shop/Cart.java',
        lines: { covered: 2, total: 3 },
        branches: { covered: 1, total: 2 },
        functions: { covered: 2, total: 2 },
        // nr=9 has no instructions (mi=0 ci=0): not an executable line.
        lineNumbers: [3, 5, 8],
        lineHits: [3, 4, 0],
      },
      {
        path: 'com/shop/Cart.java',
        lines: { covered: 1, total: 1 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 1, total: 1 },
        lineNumbers: [4],
        lineHits: [2],
      },
      {
        // No counters: lines (ci > 0 covered) and branches (mb + cb) from the line records.
        path: 'Main.java',
        lines: { covered: 2, total: 3 },
        branches: { covered: 1, total: 3 },
        functions: { covered: 0, total: 0 },
        lineNumbers: [1, 2, 3],
        lineHits: [2, 1, 0],
      },
    ]);
    expect(collected.diagnostics.map((d) => d.message)).toEqual([
      'report-level counters differ from the sum of the <sourcefile> counters for lines, functions (5/9 vs 5/7, 4/5 vs 3/3): ' +
        'totals follow the report counters (classes without source information, or an edited or merged report)',
      '1 source file(s) share a package path with another (several modules in one report); they are kept as separate entries',
    ]);
  });

  it('sums the source files when the report has no report-level counters', async () => {
    const { data, diagnostics } = await parseFixture(jacocoXmlCollector, 'jacoco-xml/no-report-counters.xml');
    expect(totalsOf(data)).toEqual({ lines: '1/2', branches: '2/4', functions: '1/2' });
    expect(diagnostics).toEqual([]);
  });

  it('skips records it cannot read and falls back to the line records for a broken counter', async () => {
    const { data, diagnostics } = await parseFixture(jacocoXmlCollector, 'jacoco-xml/bad-records.xml');
    expect(data.files.map((f) => [f.path, f.lines])).toEqual([['p/A.java', { covered: 1, total: 1 }]]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '1 × <line> without valid nr/mi/ci, skipped (first: nr="x" mi="0" ci="1" in p/A.java)',
      '1 × <counter> without valid type/missed/covered, skipped (first: type="LINE" in p/A.java)',
    ]);
  });

  it('never fetches the DTD: an external DOCTYPE is only a declaration', async () => {
    const { data } = await parseText(
      jacocoXmlCollector,
      '<?xml version="1.0"?><!DOCTYPE report SYSTEM "http://127.0.0.1:9/report.dtd"><report name="r"><counter type="LINE" missed="1" covered="3"/></report>',
    );
    expect(totalsOf(data)).toEqual({ lines: '3/4', branches: '0/0', functions: '0/0' });
  });

  it('fails on a truncated file with the position', async () => {
    const collected = await collectFixture('jacoco-xml/truncated.xml');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'jacoco-xml' });
    expect(collected.error).toMatch(/^jacoco-xml\/truncated\.xml:\d+:\d+: /);
  });

  it('reports an empty file as empty, and fails to parse it', async () => {
    expect(await collectFixture('jacoco-xml/empty.xml')).toMatchObject({ status: 'unrecognised' });
    await expect(parseFixture(jacocoXmlCollector, 'jacoco-xml/empty.xml')).rejects.toBeInstanceOf(EvidenceParseError);
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(jacocoXmlCollector, 'jacoco-xml/aggregate-groups.xml');
    expect(await parseFixture(jacocoXmlCollector, 'jacoco-xml/aggregate-groups.xml', 1)).toEqual(whole);
  });

  it('is detected by its DOCTYPE, session info or counters, not by a bare <report>', () => {
    expect(jacocoXmlCollector.detect(fixtureHead('jacoco-xml/aggregate-groups.xml'))).toBe(true);
    expect(jacocoXmlCollector.detect('<report name="x"><sessioninfo id="a" start="1" dump="2"/></report>')).toBe(true);
    expect(jacocoXmlCollector.detect('<report><item>not coverage</item></report>')).toBe(false);
    expect(jacocoXmlCollector.detect(fixtureHead('clover-xml/jest-clover.xml'))).toBe(false);
  });
});
