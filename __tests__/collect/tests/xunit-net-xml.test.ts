import { describe, expect, it } from '@jest/globals';
import { xunitNetXmlCollector } from '../../../src/collect/tests/xunit-net-xml.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('xunit-net-xml', () => {
  it('counts tests, NotRun as skipped, and a cleanup failure as an error', async () => {
    const { data, diagnostics } = await parseFixture(
      xunitNetXmlCollector,
      'xunit-2.9-cleanup-error.xml',
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'test-class-cleanup :: Shop.Tests.DatabaseTests': 'error',
      'Shop.Tests.PriceTests :: Rounds(value: 1.005, expected: 1.01)': 'failed',
      'Shop.Tests.PriceTests :: Größe_wird_berechnet_✓': 'passed',
      'Shop.Tests.PriceTests :: Later': 'skipped',
      'Shop.Tests.DatabaseTests :: Connects': 'passed',
      'Shop.Tests.DatabaseTests :: OnlyWhenAsked': 'skipped',
    });
    // assembly: total="5" … errors="1" — xUnit.net counts the cleanup error apart from the tests
    expect(data.totals).toMatchObject({ total: 6, passed: 2, failed: 1, skipped: 2, errors: 1 });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('Rounds(value: 1.005, expected: 1.01)')?.message).toBe(
      'Assert.Equal() Failure: Values differ\nExpected: 1.01\nActual:   1.00',
    );
    expect(byName.get('Later')?.message).toBe('Waiting for #123');
    expect(byName.get('Shop.Tests.DatabaseTests')?.message).toBe(
      'System.IO.IOException : The database file is locked',
    );
    expect(byName.get('Connects')?.durationMs).toBeCloseTo(150, 6);
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseText(
      xunitNetXmlCollector,
      '<assemblies><assembly name="a.dll" total="0"><errors /></assembly></assemblies>',
    );
    expect(data.totals.total).toBe(0);
  });

  it('detects the v1 format too (a lone <assembly> of <class>es)', () => {
    expect(
      xunitNetXmlCollector.detect(
        '<assembly name="a.dll" total="1"><class name="C"><test name="C.T" result="Pass" /></class></assembly>',
      ),
    ).toBe(true);
  });

  it('does not claim JUnit-style XML (swift test --xunit-output writes <testsuites>)', () => {
    expect(
      xunitNetXmlCollector.detect(
        '<?xml version="1.0"?>\n<testsuites name="Swift"><testsuite name="x" tests="1">',
      ),
    ).toBe(false);
  });

  it('rejects truncated XML with its position', async () => {
    const error = await parseFailure(
      xunitNetXmlCollector,
      '<assemblies>\n<assembly>\n<collection>\n<test name="a" result="Pass">',
    );
    expect(error.position.line).toBe(4);
  });
});
