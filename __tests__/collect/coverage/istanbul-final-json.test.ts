import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { istanbulFinalJsonCollector } from '../../../src/collect/coverage/istanbul-final-json.js';

describe('istanbul-final-json', () => {
  it('reads jest coverage-final.json as istanbul summarises it', async () => {
    const collected = await collectFixture('istanbul-final-json/jest-coverage-final.json');
    expect(collected).toMatchObject({
      status: 'ok',
      format: 'istanbul-final-json',
      diagnostics: [],
    });
    const data = collected.data;
    if (data?.kind !== 'coverage') throw new Error('no coverage data');
    // jest's own text-summary for the same run: lines 12/13, branches 4/6, functions 3/4
    expect(totalsOf(data)).toEqual({ lines: '12/13', branches: '4/6', functions: '3/4' });
    // lines are statement start lines, each with its highest statement count (getLineCoverage)
    expect(
      data.files.find((file) => file.path === '/home/runner/work/shop/src/price.js'),
    ).toMatchObject({
      lines: { covered: 9, total: 10 },
      branches: { covered: 3, total: 5 },
      functions: { covered: 2, total: 3 },
      lineNumbers: [1, 4, 5, 6, 10, 12, 14, 16, 20, 22],
      lineHits: [1, 1, 1, 1, 2, 1, 0, 1, 1, 1],
    });
  });

  it('reads the same whatever the chunk size', async () => {
    const whole = await parseFixture(
      istanbulFinalJsonCollector,
      'istanbul-final-json/jest-coverage-final.json',
    );
    const bytewise = await parseFixture(
      istanbulFinalJsonCollector,
      'istanbul-final-json/jest-coverage-final.json',
      1,
    );
    expect(bytewise).toEqual(whole);
  });

  it('unwraps file coverage serialised as { data: … }', async () => {
    const collected = await collectFixture('istanbul-final-json/data-wrapped.json');
    expect(collected.format).toBe('istanbul-final-json');
    const { data } = await parseFixture(
      istanbulFinalJsonCollector,
      'istanbul-final-json/data-wrapped.json',
    );
    expect(totalsOf(data)).toEqual({ lines: '3/3', branches: '1/1', functions: '1/1' });
  });

  it('rejects a truncated file with its position', async () => {
    const collected = await collectFixture('istanbul-final-json/truncated.json');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'istanbul-final-json' });
    expect(collected.error).toMatch(
      /^istanbul-final-json\/truncated\.json:1:1501: the file ends inside a string \(truncated\?\)/,
    );
  });

  it('rejects an entry that is not istanbul coverage, naming the key and the field', async () => {
    await expect(
      parseFixture(istanbulFinalJsonCollector, 'istanbul-final-json/not-istanbul.json'),
    ).rejects.toMatchObject({
      position: { line: 2, column: 15 },
      reason: expect.stringMatching(
        /^coverage of "src\/a\.js" is not an istanbul file coverage object at s\.0: /,
      ) as unknown,
    });
  });

  it('gives no files and a warning for an empty map', async () => {
    const { data, diagnostics } = await parseFixture(
      istanbulFinalJsonCollector,
      'istanbul-final-json/empty-object.json',
    );
    expect(data.files).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual(['the coverage map lists no files']);
  });

  it('detects coverage-final.json, not other JSON', () => {
    expect(
      istanbulFinalJsonCollector.detect(
        fixtureHead('istanbul-final-json/jest-coverage-final.json'),
      ),
    ).toBe(true);
    expect(
      istanbulFinalJsonCollector.detect(
        fixtureHead('istanbul-summary-json/jest-coverage-summary.json'),
      ),
    ).toBe(false);
    expect(
      istanbulFinalJsonCollector.detect(fixtureHead('jest-json-coverage/jest-results.json')),
    ).toBe(false);
    expect(
      istanbulFinalJsonCollector.detect(fixtureHead('jest-json-coverage/coverage-only.json')),
    ).toBe(false);
    expect(istanbulFinalJsonCollector.detect('{}')).toBe(false);
  });
});
