import { describe, expect, it } from '@jest/globals';
import { mochaJsonCollector } from '../../../src/collect/tests/mocha-json.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('mocha-json', () => {
  it('reads a real mocha 5 report: pending, retries, and a failing hook counted as mocha counts it', async () => {
    const { data, diagnostics } = await parseFixture(
      mochaJsonCollector,
      'mocha-5.0.5-mixed.json',
      11,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Calculator :: adds': 'passed',
      'Calculator :: fails': 'failed',
      'Calculator :: is skipped': 'skipped', // it.skip
      'Calculator :: is pending without body': 'skipped',
      'Calculator ünïcödé 🎉 :: passes too': 'passed',
      'Calculator flaky :: passes on the third try': 'passed',
      'throws :: TypeError': 'failed', // mocha has no error state
      'with a failing hook :: "before each" hook for "never runs 1"': 'failed',
    });
    // stats: tests 7, passes 3, pending 2, failures 3 — the hook is among mocha's failures, not its tests
    expect(data.totals).toMatchObject({
      total: 8,
      passed: 3,
      failed: 3,
      skipped: 2,
      errors: 0,
      flaky: 1,
    });
    expect(data.cases.find((testCase) => testCase.flaky)).toMatchObject({ retries: 2 });
    expect(data.cases.find((testCase) => testCase.name === 'fails')?.message).toMatch(
      /^AssertionError \[ERR_ASSERTION\]/,
    );
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseFixture(mochaJsonCollector, 'mocha-5.0.5-no-tests.json');
    expect(data.totals.total).toBe(0);
  });

  it('counts a test listed twice under the same title twice', async () => {
    const test =
      '{"title":"t","fullTitle":"S t","file":"a.js","duration":1,"currentRetry":0,"err":{}}';
    const failed =
      '{"title":"t","fullTitle":"S t","file":"a.js","duration":1,"currentRetry":0,"err":{"message":"x"}}';
    const { data } = await parseText(
      mochaJsonCollector,
      `{"stats":{"tests":2,"passes":1,"pending":0,"failures":1},"tests":[${test},${failed}],"pending":[],"failures":[${failed}],"passes":[${test}]}`,
    );
    expect(data.totals).toMatchObject({ total: 2, passed: 1, failed: 1 });
  });

  it('does not claim mochawesome or playwright reports', () => {
    expect(
      mochaJsonCollector.detect(
        '{"stats":{"suites":1,"tests":1,"passes":1,"pending":0,"failures":0},"results":[]}',
      ),
    ).toBe(false);
    expect(
      mochaJsonCollector.detect('{"config":{},"suites":[],"stats":{"expected":1,"unexpected":0}}'),
    ).toBe(false);
  });

  it('rejects truncated JSON with its position', async () => {
    const error = await parseFailure(
      mochaJsonCollector,
      '{"stats":{"passes":0},\n"tests":[{"title":',
    );
    expect(error.position.line).toBe(2);
  });
});
