import { describe, expect, it } from '@jest/globals';
import { jestJsonCollector } from '../../../src/collect/tests/jest-json.js';
import {
  fixtureBytes,
  headOf,
  parseFailure,
  parseFixture,
  parseText,
  statuses,
} from './collector-support.js';

describe('jest-json', () => {
  it('reads a real jest 30 report: skipped vs todo, retries, suites that failed to run', async () => {
    const { data, diagnostics } = await parseFixture(
      jestJsonCollector,
      'jest-30.5.2-mixed.json',
      997,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'math › addition :: adds': 'passed',
      'math › addition :: fails to add': 'failed',
      'math :: skipped test': 'skipped', // status pending
      'math :: todo test': 'skipped', // status todo
      'math :: ünïcödé ✓ 🎉': 'passed',
      '/tmp/jestx/math.test.js :: top level test': 'passed',
      '/tmp/jestx/flaky.test.js :: passes on the second try': 'passed',
      '/tmp/jestx/flaky.test.js :: always fails': 'failed',
      '/tmp/jestx/hook.test.js :: passes before the hook fails': 'passed',
      '/tmp/jestx/hook.test.js :: Test suite failed to run': 'error', // afterAll threw
      '/tmp/jestx/broken.test.js :: Test suite failed to run': 'error', // syntax error
    });
    // jest: numTotalTests 9 (5 passed, 2 failed, 1 pending, 1 todo) + numRuntimeErrorTestSuites 2
    expect(data.totals).toMatchObject({
      total: 11,
      passed: 5,
      failed: 2,
      skipped: 2,
      errors: 2,
      flaky: 1,
    });
    const flaky = data.cases.find((testCase) => testCase.flaky);
    expect(flaky).toMatchObject({
      name: 'passes on the second try',
      retries: 1,
      file: '/tmp/jestx/flaky.test.js',
      line: 3,
    });
    expect(data.cases.find((testCase) => testCase.name === 'always fails')).toMatchObject({
      retries: 2,
      status: 'failed',
    });
    expect(
      data.cases.find((testCase) => testCase.file?.endsWith('broken.test.js'))?.message,
    ).toMatch(/^● Test suite failed to run\n\n {4}Jest encountered an unexpected token/);
  });

  it('reads an empty run as zero tests', async () => {
    const { data, diagnostics } = await parseFixture(
      jestJsonCollector,
      'jest-30.5.2-no-tests.json',
    );
    expect(data.totals.total).toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('is not mistaken for vitest, and claims a report that also carries a coverageMap', () => {
    const head = headOf(fixtureBytes('jest-json', 'jest-30.5.2-mixed.json'));
    expect(jestJsonCollector.detect(head)).toBe(true);
    expect(jestJsonCollector.detect('{"numTotalTests":1,"testResults":[],"coverageMap":{}}')).toBe(
      true,
    );
    expect(jestJsonCollector.detect('{"total":{"lines":{"total":1}}}')).toBe(false);
  });

  it('warns when the declared totals disagree with the listed results', async () => {
    const { diagnostics } = await parseText(
      jestJsonCollector,
      '{"numTotalTests":3,"numRuntimeErrorTestSuites":0,"testResults":[{"name":"a.test.js","status":"passed","message":"","assertionResults":[{"title":"t","status":"passed"}]}]}',
    );
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'Jest declares numTotalTests 3 but the file lists 1 test results; Certify counts the listed results',
    ]);
  });

  it('rejects truncated JSON with its position', async () => {
    const error = await parseFailure(
      jestJsonCollector,
      '{"numTotalTests":1,\n"testResults":[{"name":"a"',
    );
    expect(error.position).toMatchObject({ line: 2 });
  });

  it('rejects JSON of another shape, naming the path', async () => {
    const error = await parseFailure(
      jestJsonCollector,
      '{"numTotalTests":1,"testResults":[{"name":"a","assertionResults":[{"title":"t"}]}]}',
    );
    expect(error.reason).toMatch(/testResults\[0\]\.assertionResults\[0\]\.status/);
  });
});
