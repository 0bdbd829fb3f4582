import { describe, expect, it } from '@jest/globals';
import { vitestJsonCollector } from '../../../src/collect/tests/vitest-json.js';
import { fixtureBytes, headOf, parseFailure, parseFixture, statuses } from './collector-support.js';

describe('vitest-json', () => {
  it('reads skipped, todo, failed and a file that failed to import', async () => {
    const { data, diagnostics } = await parseFixture(
      vitestJsonCollector,
      'vitest-3-mixed.json',
      13,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'suite › inner suite :: Math.sqrt()': 'failed',
      'suite :: JSON': 'passed',
      'suite :: async with timeout': 'skipped',
      'suite :: todo test': 'skipped',
      '/work/shop/test/basic.test.ts :: größe ✓ 🎉': 'passed',
      '/work/shop/test/cart.test.ts :: adds': 'passed',
      '/work/shop/test/import-fail.test.ts :: Test suite failed to run': 'error',
    });
    // numTotalTests 6 (3 passed, 1 failed, 1 pending, 1 todo) + the file that could not load
    expect(data.totals).toMatchObject({
      total: 7,
      passed: 3,
      failed: 1,
      skipped: 2,
      errors: 1,
      flaky: 0,
    });
    expect(data.cases[0]).toMatchObject({ line: 10, file: '/work/shop/test/basic.test.ts' });
    expect(data.cases.at(-1)?.message).toMatch(/^Failed to load url \.\/missing-module/);
  });

  it('reads an empty run as zero tests', async () => {
    const { data } = await parseFixture(vitestJsonCollector, 'vitest-3-no-tests.json');
    expect(data.totals.total).toBe(0);
  });

  it('is told apart from jest by the keys jest always writes', () => {
    expect(
      vitestJsonCollector.detect(headOf(fixtureBytes('vitest-json', 'vitest-3-mixed.json'))),
    ).toBe(true);
    expect(
      vitestJsonCollector.detect(headOf(fixtureBytes('jest-json', 'jest-30.5.2-mixed.json'))),
    ).toBe(false);
  });

  it('rejects truncated JSON with its position', async () => {
    const error = await parseFailure(vitestJsonCollector, '{"numTotalTests":0,\n"testResults":[');
    expect(error.position.line).toBe(2);
  });
});
