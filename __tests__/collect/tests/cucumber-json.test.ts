import { describe, expect, it } from '@jest/globals';
import { cucumberJsonCollector } from '../../../src/collect/tests/cucumber-json.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('cucumber-json', () => {
  it('gives each scenario its worst step or hook result (cucumber-js shape, hooks as hidden steps)', async () => {
    const { data, diagnostics } = await parseFixture(
      cucumberJsonCollector,
      'cucumber-js-statuses.json',
      29,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Checkout :: pays by card': 'passed',
      'Checkout :: declines an expired card': 'failed',
      'Checkout :: pays with größe €': 'error', // undefined step
      'Checkout :: refunds': 'error', // pending step
      'Checkout :: matches twice': 'error', // ambiguous step
      'Checkout :: skipped by a hook': 'skipped',
      'Checkout :: cleans up badly': 'failed', // After hook failed
      'Discounts :: applies <rate>': 'passed', // two example rows, same name
    });
    // cucumber's summary: 9 scenarios (2 failed, 1 ambiguous, 1 undefined, 1 pending, 1 skipped, 3 passed)
    expect(data.totals).toMatchObject({ total: 9, passed: 3, failed: 2, errors: 3, skipped: 1 });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('pays by card')).toMatchObject({
      file: 'features/checkout.feature',
      line: 3,
      durationMs: 7,
    });
    expect(byName.get('declines an expired card')?.message).toBe(
      "Then the payment is declined: AssertionError [ERR_ASSERTION]: expected 'accepted' to equal 'declined'",
    );
    expect(byName.get('pays with größe €')?.message).toBe(
      'undefined step: Given a step nobody wrote',
    );
    expect(byName.get('cleans up badly')?.message).toBe(
      'After: Error: could not delete the test order',
    );
  });

  it('folds a background (cucumber-jvm writes it before each scenario) into the scenario after it', async () => {
    const { data } = await parseFixture(cucumberJsonCollector, 'cucumber-jvm-background.json');
    expect(statuses(data.cases)).toEqual({
      'Calculator :: Add two numbers': 'passed',
      'Calculator :: Subtract two numbers': 'failed',
    });
    // background step + before hook + two steps + after hook, in nanoseconds
    expect(data.cases[0]?.durationMs).toBeCloseTo(
      (1_200_000 + 14_146_045 + 107_546 + 95_412 + 52_000) / 1e6,
      9,
    );
    expect(data.cases[1]?.message).toMatch(
      /^Given a calculator: java\.lang\.IllegalStateException/,
    );
  });

  it('reads a run without features as zero tests', async () => {
    const { data } = await parseText(cucumberJsonCollector, '[]');
    expect(data.totals.total).toBe(0);
  });

  it('rejects truncated JSON with its position', async () => {
    const error = await parseFailure(
      cucumberJsonCollector,
      '[\n  {\n    "keyword": "Feature",\n    "elements": [',
    );
    expect(error.position.line).toBe(4);
  });
});
