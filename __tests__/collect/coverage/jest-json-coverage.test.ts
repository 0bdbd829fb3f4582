import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { jestJsonCoverageCollector } from '../../../src/collect/coverage/jest-json-coverage.js';

describe('jest-json-coverage', () => {
  it('reads the coverageMap of a whole jest --json --coverage result, streaming past the test results', async () => {
    const { data, diagnostics } = await parseFixture(
      jestJsonCoverageCollector,
      'jest-json-coverage/jest-results.json',
      7,
    );
    // jest's own text-summary for the same run
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
    expect(data.files.map((file) => file.path)).toEqual([
      '/home/runner/work/shop/src/price.js',
      '/home/runner/work/shop/src/util/round.js',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('leaves a file with test results to the jest JSON tests collector', () => {
    expect(
      jestJsonCoverageCollector.detect(fixtureHead('jest-json-coverage/jest-results.json')),
    ).toBe(false);
  });

  it('claims a file that holds only a coverageMap', async () => {
    const collected = await collectFixture('jest-json-coverage/coverage-only.json');
    expect(collected).toMatchObject({
      status: 'ok',
      format: 'jest-json-coverage',
      diagnostics: [],
    });
    const data = collected.data;
    if (data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
  });

  it('rejects a jest result without coverage', async () => {
    await expect(
      parseFixture(jestJsonCoverageCollector, 'jest-json-coverage/no-coverage-map.json'),
    ).rejects.toMatchObject({
      reason: 'no "coverageMap" object in this jest JSON (was jest run with --coverage?)',
    });
  });
});
