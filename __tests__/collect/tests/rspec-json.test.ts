import { describe, expect, it } from '@jest/globals';
import { rspecJsonCollector } from '../../../src/collect/tests/rspec-json.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('rspec-json', () => {
  it('reads passed, failed and both kinds of pending', async () => {
    const { data, diagnostics } = await parseFixture(rspecJsonCollector, 'rspec-3.13-mixed.json');
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'Cart :: adds an item': 'passed',
      'Cart :: computes the total': 'failed',
      'Cart with umlauts :: rechnet die Größe ✓': 'passed',
      'Cart :: applies coupons': 'skipped', // xit
      'Cart :: supports gift cards': 'skipped', // pending
    });
    expect(data.totals).toMatchObject({ total: 5, passed: 2, failed: 1, skipped: 2 });
    const failed = data.cases.find((testCase) => testCase.status === 'failed');
    expect(failed).toMatchObject({ file: './spec/cart_spec.rb', line: 9 });
    expect(failed?.message).toBe(
      'RSpec::Expectations::ExpectationNotMetError: \nexpected: 30\n     got: 20\n\n(compared using ==)'.trim(),
    );
    expect(data.cases.find((testCase) => testCase.name === 'supports gift cards')?.message).toBe(
      'gift cards are not built yet',
    );
  });

  it('counts an error outside of examples (a spec file that fails to load) as an error', async () => {
    const { data } = await parseFixture(rspecJsonCollector, 'rspec-3.13-load-error.json');
    expect(data.totals).toMatchObject({ total: 1, errors: 1 });
    expect(data.cases[0]?.message).toMatch(
      /^An error occurred while loading \.\/spec\/broken_spec\.rb\./,
    );
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseText(
      rspecJsonCollector,
      '{"version":"3.13.0","examples":[],"summary":{"example_count":0,"failure_count":0,"pending_count":0,"errors_outside_of_examples_count":0},"summary_line":"0 examples, 0 failures"}',
    );
    expect(data.totals.total).toBe(0);
  });

  it('rejects truncated JSON with its position', async () => {
    const error = await parseFailure(
      rspecJsonCollector,
      '{"version":"3.13.0",\n"examples":[{"status":"passed"',
    );
    expect(error.position.line).toBe(2);
  });

  it('refuses an errors-outside-of-examples count no suite could have, instead of making that many cases', async () => {
    // found by the fuzz suite: 9007199254740993 errors made the parser allocate until out of memory
    const error = await parseFailure(
      rspecJsonCollector,
      '{"version":"3.13.0","examples":[],\n"summary":{"example_count":0,"errors_outside_of_examples_count":9007199254740993}}',
    );
    expect(error.message).toMatch(/errors_outside_of_examples_count/);
    expect(error.position.line).toBe(2);
  });
});
