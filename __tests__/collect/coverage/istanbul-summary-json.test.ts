import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { istanbulSummaryJsonCollector } from '../../../src/collect/coverage/istanbul-summary-json.js';

describe('istanbul-summary-json', () => {
  it('reads the total and keeps per-file figures', async () => {
    const collected = await collectFixture('istanbul-summary-json/jest-coverage-summary.json');
    expect(collected).toMatchObject({
      status: 'ok',
      format: 'istanbul-summary-json',
      diagnostics: [],
    });
    const data = collected.data;
    if (data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
    expect(data.files).toEqual([
      {
        path: '/home/runner/work/shop/src/price.js',
        lines: { covered: 9, total: 10 },
        branches: { covered: 3, total: 5 },
        functions: { covered: 2, total: 3 },
      },
      {
        path: '/home/runner/work/shop/src/util/round.js',
        lines: { covered: 3, total: 3 },
        branches: { covered: 1, total: 1 },
        functions: { covered: 1, total: 1 },
      },
    ]);
  });

  it('takes the totals from "total" when the files do not add up to it, and says so', async () => {
    const { data, diagnostics } = await parseFixture(
      istanbulSummaryJsonCollector,
      'istanbul-summary-json/total-differs.json',
    );
    expect(totalsOf(data)).toEqual({ lines: '9/10', branches: '0/0', functions: '2/2' });
    expect(data.files.map((file) => file.path)).toEqual(['C:/work/app/src/a.js']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the "total" member (lines 9/10, branches 0/0, functions 2/2) does not equal the sum of the files (lines 4/4, branches 0/0, functions 1/1); totals are taken from "total"',
    ]);
  });

  it('sums the files when there is no "total"', async () => {
    const { data, diagnostics } = await parseFixture(
      istanbulSummaryJsonCollector,
      'istanbul-summary-json/no-total.json',
    );
    expect(totalsOf(data)).toEqual({ lines: '3/4', branches: '1/2', functions: '1/1' });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'no "total" member: totals are the sum of the files',
    ]);
  });

  it('rejects a truncated file with its position', async () => {
    const collected = await collectFixture('istanbul-summary-json/truncated.json');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'istanbul-summary-json' });
    expect(collected.error).toMatch(/^istanbul-summary-json\/truncated\.json:2:\d+: /);
  });

  it('detects json-summary output, not other JSON', () => {
    expect(
      istanbulSummaryJsonCollector.detect(
        fixtureHead('istanbul-summary-json/jest-coverage-summary.json'),
      ),
    ).toBe(true);
    expect(
      istanbulSummaryJsonCollector.detect(fixtureHead('istanbul-summary-json/total-differs.json')),
    ).toBe(true);
    expect(
      istanbulSummaryJsonCollector.detect(
        fixtureHead('istanbul-final-json/jest-coverage-final.json'),
      ),
    ).toBe(false);
    expect(istanbulSummaryJsonCollector.detect('{"totals": {"covered_lines": 1}}')).toBe(false);
  });
});
