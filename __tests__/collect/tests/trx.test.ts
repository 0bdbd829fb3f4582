import { describe, expect, it } from '@jest/globals';
import { parseTimeSpan, trxCollector } from '../../../src/collect/tests/trx.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('trx', () => {
  it('counts data rows, not their parent, and maps every outcome', async () => {
    const { data, diagnostics } = await parseFixture(
      trxCollector,
      'mstest-data-driven-outcomes.trx',
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Shop.Tests.CalculatorTests :: AddsNumbers (1,2,3)': 'passed',
      'Shop.Tests.CalculatorTests :: AddsNumbers (2,2,4)': 'passed',
      'Shop.Tests.CalculatorTests :: AddsNumbers (2,2,5)': 'failed',
      'Shop.Tests.ServiceTests :: CallsSlowService': 'error', // Timeout
      'Shop.Tests.ServiceTests :: NotDecidedYet': 'skipped', // Inconclusive
      'Shop.Tests.UmlautTests :: Größe_wird_berechnet_✓': 'passed',
      'Shop.Tests.ServiceTests :: Ignored': 'skipped', // NotExecuted
      'Shop.Tests.CalculatorTests :: ThrowsUnexpectedly': 'error', // Error
    });
    // <Counters total="9"> counts the data-driven parent too; dotnet test's console counts the 8 leaves
    expect(data.totals).toMatchObject({ total: 8, passed: 3, failed: 1, errors: 2, skipped: 2 });
    const row = data.cases.find((testCase) => testCase.name === 'AddsNumbers (2,2,5)');
    expect(row?.message).toBe('Assert.AreEqual failed. Expected:<5>. Actual:<4>.');
    expect(row?.durationMs).toBeCloseTo(10, 6);
    // "1.00:00:00.5000000" is one day and half a second
    expect(
      data.cases.find((testCase) => testCase.name.startsWith('Größe'))?.durationMs,
    ).toBeCloseTo(86_400_500, 3);
  });

  it('counts <TestResultAggregation> results like <UnitTestResult> ones', async () => {
    // Real file from gfoidl/trx2junit (see fixtures/trx/README.md): every result is a
    // <TestResultAggregation>. trx2junit's test asserts 3 tests and 1 failure for it; its
    // <Counters> say total 3, passed 2, failed 1.
    const { data, diagnostics } = await parseFixture(
      trxCollector,
      'trx2junit-nunit-testresultaggregation.trx',
    );
    expect(diagnostics).toEqual([]);
    expect(data.totals).toMatchObject({ total: 3, passed: 2, failed: 1, errors: 0, skipped: 0 });
    expect(statuses(data.cases)).toEqual({
      'SimpleUnitTest.SimpleTests :: Failing_test': 'failed',
      'SimpleUnitTest.SimpleTests :: Slow_test': 'passed',
      'SimpleUnitTest.SimpleTests :: Passing_test': 'passed',
    });
    expect(data.cases[0]?.message).toBe('Failing for demo purposes');
  });

  it('counts the rows of an ordered test (<TestResultAggregation> with <InnerResults>), not the ordered test', async () => {
    const { data } = await parseText(
      trxCollector,
      `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
        <TestResultAggregation testId="o" testName="Ordered" outcome="Failed"><InnerResults>
          <UnitTestResult testId="a" testName="First" outcome="Passed" />
          <UnitTestResult testId="b" testName="Second" outcome="Failed" />
        </InnerResults></TestResultAggregation>
      </Results></TestRun>`,
    );
    expect(data.cases.map((testCase) => [testCase.name, testCase.status])).toEqual([
      ['First', 'passed'],
      ['Second', 'failed'],
    ]);
  });

  it('drops a flat data-driven parent whose rows stand beside it (older writers)', async () => {
    const { data } = await parseText(
      trxCollector,
      `<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
        <UnitTestResult testId="p" testName="Rows" outcome="Failed" resultType="DataDrivenTest" />
        <UnitTestResult testId="p" testName="Rows (Data Row 0)" outcome="Passed" resultType="DataDrivenDataRow" />
        <UnitTestResult testId="p" testName="Rows (Data Row 1)" outcome="Failed" resultType="DataDrivenDataRow" />
        <UnitTestResult testId="q" testName="Lonely" outcome="Passed" resultType="DataDrivenTest" />
      </Results></TestRun>`,
    );
    expect(data.cases.map((testCase) => testCase.name)).toEqual([
      'Rows (Data Row 0)',
      'Rows (Data Row 1)',
      'Lonely',
    ]);
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseText(
      trxCollector,
      '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010" />',
    );
    expect(data.totals.total).toBe(0);
  });

  it('warns about an outcome it does not know and counts it as an error', async () => {
    const { data, diagnostics } = await parseText(
      trxCollector,
      '<TestRun><Results><UnitTestResult testId="a" testName="T" outcome="Exploded" /></Results></TestRun>',
    );
    expect(data.cases[0]?.status).toBe('error');
    expect(diagnostics[0]?.message).toContain('Exploded');
  });

  it('rejects truncated XML with its position', async () => {
    const error = await parseFailure(
      trxCollector,
      '<TestRun>\n  <Results>\n    <UnitTestResult testId="a" outcome="Passed"',
    );
    expect(error.position.line).toBe(3);
  });

  it('rejects another XML document', async () => {
    const error = await parseFailure(trxCollector, '<testsuites><testsuite/></testsuites>');
    expect(error.reason).toMatch(/root element is <testsuites>/);
  });
});

describe('parseTimeSpan', () => {
  it.each([
    ['00:00:01.5000000', 1500],
    ['1.02:00:00', 93_600_000],
    ['00:01:30', 90_000],
    ['garbage', undefined],
    ['00:00', undefined],
    ['', undefined],
  ])('%s → %s ms', (text, ms) => {
    expect(parseTimeSpan(text)).toBe(ms);
  });
});
