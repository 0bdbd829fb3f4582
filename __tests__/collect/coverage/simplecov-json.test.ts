import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { simplecovJsonCollector } from '../../../src/collect/coverage/simplecov-json.js';
import { EvidenceParseError } from '../../../src/errors.js';

// Real .resultset.json files (legacy and with branches) are checked against the manifest by simplecov-json.corpus.test.ts.

describe('simplecov-json: .resultset.json', () => {
  it('merges several command names as SimpleCov does: hits added, nil + 0 = nil, branches by source position', async () => {
    const collected = await collectFixture('simplecov-json/two-commands.resultset.json');
    expect(collected).toMatchObject({ status: 'ok', format: 'simplecov-json' });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    // cart.rb lines: [1,1,0,nil,0,2,nil] + [1,nil,0,nil,3,0,0] = [2,1,0,nil,3,2,nil] (the last: nil + 0 = nil).
    // Branches: the same `if` under ids 0 and 7; then 0 + 0, else 0 + 3 → 1 of 2. Methods: total 2 + 0, clear 0 + 0 → 1 of 2.
    expect(collected.data.files).toEqual([
      {
        path: '/app/lib/cart.rb',
        lines: { covered: 4, total: 5 },
        branches: { covered: 1, total: 2 },
        functions: { covered: 1, total: 2 },
        lineNumbers: [1, 2, 3, 5, 6],
        lineHits: [2, 1, 0, 3, 2],
      },
      {
        path: '/app/lib/only_rspec.rb',
        lines: { covered: 1, total: 2 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        lineNumbers: [1, 2],
        lineHits: [1, 0],
      },
    ]);
    expect(collected.diagnostics.map((d) => d.message)).toEqual([
      '2 command names merged (RSpec, Cucumber), hits added as SimpleCov merges them; SimpleCov itself also drops results older than its merge_timeout, which the file alone does not show',
    ]);
  });

  it('fails on a line count that is not a count, naming the path and the position of its file entry', async () => {
    const error: unknown = await parseFixture(simplecovJsonCollector, 'simplecov-json/bad-lines.resultset.json').catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
    const { reason, position } = error as EvidenceParseError;
    expect(reason).toMatch(/^RSpec\.coverage\["\/app\/a\.rb"\]\.lines\[1\]: /);
    expect(position).toEqual({ line: 4, column: 20 });
  });

  it('fails on a truncated file with the position', async () => {
    const collected = await collectFixture('simplecov-json/truncated.resultset.json');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'simplecov-json' });
    expect(collected.error).toMatch(/^simplecov-json\/truncated\.resultset\.json:\d+:\d+: /);
  });

  it('reports an empty file as empty', async () => {
    expect(await collectFixture('simplecov-json/empty.json')).toMatchObject({ status: 'unrecognised' });
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(simplecovJsonCollector, 'simplecov-json/two-commands.resultset.json');
    expect(await parseFixture(simplecovJsonCollector, 'simplecov-json/two-commands.resultset.json', 1)).toEqual(whole);
  });
});

describe('simplecov-json: coverage.json (JSON formatter)', () => {
  it('reads simplecov_json_formatter 0.18 output: "ignored" lines are not relevant', async () => {
    const collected = await collectFixture('simplecov-json/formatter-0.18-sample-with-branch.json');
    expect(collected).toMatchObject({ status: 'ok', format: 'simplecov-json', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(collected.data)).toEqual({ lines: '9/10', branches: '1/2', functions: '0/0' });
  });

  it('reads the current formatter (total, methods, embedded source) and agrees with its "total"', async () => {
    const { data, diagnostics } = await parseFixture(simplecovJsonCollector, 'simplecov-json/coverage-modern.json');
    expect(totalsOf(data)).toEqual({ lines: '4/5', branches: '1/2', functions: '1/2' });
    expect(data.files.map((f) => [f.path, f.lineNumbers])).toEqual([['/lib/cart.rb', [1, 2, 3, 4, 6]]]);
    expect(diagnostics).toEqual([]);
  });

  it('tells its two shapes from coverage.py and istanbul JSON', () => {
    expect(simplecovJsonCollector.detect(fixtureHead('simplecov-json/two-commands.resultset.json'))).toBe(true);
    expect(simplecovJsonCollector.detect(fixtureHead('simplecov-json/coverage-modern.json'))).toBe(true);
    expect(simplecovJsonCollector.detect(fixtureHead('simplecov-json/formatter-0.18-sample-with-branch.json'))).toBe(true);
    expect(simplecovJsonCollector.detect(fixtureHead('coveragepy-json/coverage-7-lines.json'))).toBe(false);
    expect(simplecovJsonCollector.detect(fixtureHead('istanbul-final-json/jest-coverage-final.json'))).toBe(false);
  });
});
