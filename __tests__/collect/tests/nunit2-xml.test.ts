import { describe, expect, it } from '@jest/globals';
import { nunit2XmlCollector, splitTestName } from '../../../src/collect/tests/nunit2-xml.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('nunit2-xml', () => {
  it('counts parameterized cases, errors, cancelled and not-run tests', async () => {
    const { data, diagnostics } = await parseFixture(
      nunit2XmlCollector,
      'nunit-2.6-parameterized-errors.xml',
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Shop.PriceTests :: Rounds(1.005m,"1.01")': 'failed',
      'Shop.PriceTests :: Rounds(2.5m,"2.50")': 'passed',
      'Shop.PriceTests :: ThrowsOnNegative': 'error',
      'Shop.PriceTests :: Größe_wird_gerundet_✓': 'passed',
      'Shop.PriceTests :: HasBadSignature': 'skipped', // NotRunnable: NUnit 2's "not run"
      'Shop.PriceTests :: NotYet': 'skipped', // Ignored
      'Shop.PriceTests :: StoppedByUser': 'error', // Cancelled
    });
    const failed = data.cases.find((testCase) => testCase.status === 'failed');
    expect(failed?.message).toBe('Expected: "1.01"\n  But was:  "1.00"');
    expect(failed?.durationMs).toBeCloseTo(20, 6);
    expect(data.cases.find((testCase) => testCase.name === 'NotYet')?.message).toBe(
      'Waiting for #123',
    );
  });

  it('reads NUnit ≤ 2.4 files that only say executed and success', async () => {
    const { data } = await parseText(
      nunit2XmlCollector,
      `<test-results total="3" failures="1" not-run="1"><test-suite name="A.dll" success="False"><results>
        <test-case name="NS.Fixture.Passes" executed="True" success="True" time="0.010" />
        <test-case name="NS.Fixture.Fails" executed="True" success="False"><failure><message><![CDATA[boom]]></message></failure></test-case>
        <test-case name="NS.Fixture.Ignored" executed="False"><reason><message><![CDATA[]]></message></reason></test-case>
      </results></test-suite></test-results>`,
    );
    expect(data.totals).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 });
    expect(data.cases[1]).toMatchObject({ suite: 'NS.Fixture', name: 'Fails', message: 'boom' });
  });

  it('splits full names before any argument list, whose arguments may hold dots', () => {
    expect(splitTestName('A.B.Method(1.5,"x.y")', 'B')).toEqual({
      suite: 'A.B',
      name: 'Method(1.5,"x.y")',
    });
    expect(splitTestName('NoDots', 'Enclosing')).toEqual({ suite: 'Enclosing', name: 'NoDots' });
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseText(
      nunit2XmlCollector,
      '<test-results name="x" total="0" failures="0" not-run="0" />',
    );
    expect(data.totals.total).toBe(0);
  });

  it('rejects truncated XML with its position', async () => {
    const error = await parseFailure(
      nunit2XmlCollector,
      '<test-results>\n<test-suite>\n<results>\n<test-case name="a"',
    );
    expect(error.position.line).toBe(4);
  });
});
