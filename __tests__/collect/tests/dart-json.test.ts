import { describe, expect, it } from '@jest/globals';
import { dartJsonCollector } from '../../../src/collect/tests/dart-json.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('dart-json', () => {
  it('hides successful pseudo-tests, folds retries, honours late errors and load failures', async () => {
    const { data, diagnostics } = await parseFixture(
      dartJsonCollector,
      'dart-retry-late-error-load-failure.json',
      50,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'test/cart_test.dart :: Cart adds an item': 'passed',
      'test/cart_test.dart :: Cart talks to the network': 'passed', // failed, then passed on retry
      'test/cart_test.dart :: Cart forgets to await': 'error', // error after testDone
      'test/cart_test.dart :: Cart prices in größe €': 'skipped',
      'test/broken_test.dart :: loading test/broken_test.dart': 'error', // failed to load: shown and counted
    });
    expect(data.totals).toMatchObject({ total: 5, passed: 2, errors: 2, skipped: 1, flaky: 1 });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('Cart talks to the network')).toMatchObject({
      retries: 1,
      line: 15,
      durationMs: 28,
    });
    expect(byName.get('Cart forgets to await')?.message).toMatch(
      /^Bad state: Future completed after the test finished/,
    );
    expect(byName.get('loading test/broken_test.dart')?.message).toMatch(
      /Method not found: 'Checkout'/,
    );
  });

  it('counts a test that never finished as an error and warns that the run was cut', async () => {
    const { data, diagnostics } = await parseFixture(dartJsonCollector, 'dart-truncated.json');
    expect(statuses(data.cases)).toEqual({
      'test/slow_test.dart :: quick': 'passed',
      'test/slow_test.dart :: slow': 'error',
    });
    expect(diagnostics[0]?.message).toMatch(/no "done" event/);
  });

  it('reads a run without tests as zero tests', async () => {
    const { data } = await parseText(
      dartJsonCollector,
      '{"protocolVersion":"0.1.1","runnerVersion":"1.25.8","pid":1,"type":"start","time":0}\n{"count":0,"time":1,"type":"allSuites"}\n{"success":true,"type":"done","time":2}\n',
    );
    expect(data.totals.total).toBe(0);
  });

  it('rejects a line cut in the middle, naming the line', async () => {
    const error = await parseFailure(
      dartJsonCollector,
      '{"protocolVersion":"0.1.1","type":"start","time":0}\n{"testID":1,"resu',
    );
    expect(error.position.line).toBe(2);
  });

  it('is not claimed for go test events', () => {
    expect(
      dartJsonCollector.detect('{"Time":"2025-01-01T00:00:00Z","Action":"start","Package":"p"}\n'),
    ).toBe(false);
  });
});
