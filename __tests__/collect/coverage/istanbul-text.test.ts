import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { istanbulTextCollector } from '../../../src/collect/coverage/istanbul-text.js';

describe('istanbul-text', () => {
  it('takes counts from the text-summary block (the table has percentages only)', async () => {
    const collected = await collectFixture('istanbul-text/jest-text-and-summary.txt');
    expect(collected).toMatchObject({ status: 'ok', format: 'istanbul-text', diagnostics: [] });
    const data = collected.data;
    if (data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
    expect(data.files).toEqual([]);
  });

  it('reads the block through ANSI colour codes', async () => {
    const collected = await collectFixture('istanbul-text/jest-summary-colors.txt');
    expect(collected.format).toBe('istanbul-text');
    const { data, diagnostics } = await parseFixture(
      istanbulTextCollector,
      'istanbul-text/jest-summary-colors.txt',
      5,
    );
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
    expect(diagnostics).toEqual([]);
  });

  it('yields no figures from a table alone, with a warning', async () => {
    const collected = await collectFixture('istanbul-text/jest-table-only.txt');
    expect(collected.format).toBe('istanbul-text');
    const { data, diagnostics } = await parseFixture(
      istanbulTextCollector,
      'istanbul-text/jest-table-only.txt',
    );
    expect(totalsOf(data)).toEqual({ lines: '0/0', branches: '0/0', functions: '0/0' });
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          'the istanbul text table has rounded percentages only, no counts: no coverage figures taken from it. Add the text-summary reporter, or use json-summary or lcov',
        position: { line: 4 },
      },
    ]);
  });

  it('rejects a log with two summary blocks at the second one', async () => {
    await expect(
      parseFixture(istanbulTextCollector, 'istanbul-text/two-runs.txt'),
    ).rejects.toMatchObject({
      position: { line: 27, column: 1 },
    });
  });

  it('detects the table or the summary block, not JSON or XML mentioning them', () => {
    expect(istanbulTextCollector.detect(fixtureHead('istanbul-text/jest-table-only.txt'))).toBe(
      true,
    );
    expect(istanbulTextCollector.detect(fixtureHead('istanbul-text/jest-summary-colors.txt'))).toBe(
      true,
    );
    expect(
      istanbulTextCollector.detect('{"log": "File | % Stmts | % Branch | % Funcs | % Lines"}'),
    ).toBe(false);
    expect(
      istanbulTextCollector.detect('<testsuite>\nFile | % Stmts | % Branch | % Funcs | % Lines\n'),
    ).toBe(false);
    expect(istanbulTextCollector.detect('TN:\nSF:a.js\n')).toBe(false);
  });
});
