import { describe, expect, it } from '@jest/globals';
import { nunit3XmlCollector } from '../../../src/collect/tests/nunit3-xml.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('nunit3-xml', () => {
  it('splits labels, passes warnings, and reports a failed OneTimeTearDown', async () => {
    const { data, diagnostics } = await parseFixture(
      nunit3XmlCollector,
      'nunit3-labels-teardown.xml',
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Shop.PriceTests :: Rounds(1.005m,1.01m)': 'failed',
      'Shop.PriceTests :: Rounds(2.5m,2.5m)': 'passed',
      'Shop.PriceTests :: ThrowsOnNegative': 'error', // label Error
      'Shop.PriceTests :: HasBadSignature': 'error', // label Invalid
      'Shop.PriceTests :: WarnsAboutTax': 'passed', // result Warning
      'Shop.PriceTests :: Inconclusive_größe_✓': 'skipped',
      'Shop.CartTests :: AddsItem': 'passed',
      'Shop.CartTests :: IgnoredForNow': 'skipped',
      'Shop.CartTests :: OnlyOnDemand': 'skipped', // Explicit
      'Shop.CartTests :: (OneTimeTearDown)': 'error',
    });
    // the nine test-cases of <test-run testcasecount="9">, plus the fixture whose teardown failed
    expect(data.totals).toMatchObject({ total: 10, passed: 3, failed: 1, errors: 3, skipped: 3 });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('Rounds(1.005m,1.01m)')?.message).toBe('Expected: 1.01m\n  But was:  1.00m');
    expect(byName.get('Rounds(1.005m,1.01m)')?.durationMs).toBeCloseTo(50, 6);
    expect(byName.get('IgnoredForNow')?.message).toBe('Waiting for #123');
    expect(byName.get('(OneTimeTearDown)')?.message).toBe(
      'TearDown : System.IO.IOException : database file is locked',
    );
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseText(
      nunit3XmlCollector,
      '<test-run id="0" testcasecount="0" result="Passed" total="0" />',
    );
    expect(data.totals.total).toBe(0);
  });

  it('rejects truncated XML with its position', async () => {
    const error = await parseFailure(
      nunit3XmlCollector,
      '<test-run>\n<test-suite type="Assembly">\n<test-case name="a" result=',
    );
    expect(error.position.line).toBe(3);
  });

  it('rejects an NUnit 2 file given as NUnit 3', async () => {
    const error = await parseFailure(nunit3XmlCollector, '<test-results total="0" />');
    expect(error.reason).toMatch(/expected <test-run>/);
  });
});
