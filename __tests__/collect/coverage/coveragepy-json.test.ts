import { describe, expect, it } from '@jest/globals';
import { collectFixture, fixtureHead, parseFixture, totalsOf } from './fixture-support.js';
import { coveragepyJsonCollector } from '../../../src/collect/coverage/coveragepy-json.js';

describe('coveragepy-json: reports from coverage.py', () => {
  it('reads coverage.py 6.5 `coverage json` (--branch) as `coverage report` counts the run', async () => {
    // coverage report of the same run (fixtures/coveragepy-json/README.md): cart.py 7 statements, 1 missed, 6 branches, 1 partial.
    const collected = await collectFixture('coveragepy-json/coverage-6.5-branch.json');
    expect(collected).toMatchObject({ status: 'ok', format: 'coveragepy-json', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(collected.data)).toEqual({ lines: '6/7', branches: '5/6', functions: '0/0' });
    const cart = collected.data.files.find((f) => f.path === 'shop/cart.py');
    // Line 10 (`def is_empty`, excluded by pragma) ran at import: coverage.py lists it as executed, but it is not executable.
    expect(cart).toMatchObject({ lineNumbers: [1, 2, 3, 4, 5, 6, 7], lineHits: [1, 1, 1, 1, 1, 0, 1] });
    expect(collected.data.files.map((f) => f.path)).toEqual(['shop/__init__.py', 'shop/cart.py']);
  });

  it.each([
    // coverage.py's own tests/test_json.py expectations (test_branch_regions_coverage, test_simple_line_coverage).
    ['coveragepy-json/coverage-7-regions.json', { lines: '7/12', branches: '0/2', functions: '0/0' }, [1, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 15]],
    ['coveragepy-json/coverage-7-lines.json', { lines: '5/8', branches: '0/0', functions: '0/0' }, [1, 2, 3, 4, 5, 7, 8, 9]],
  ])('reads the format 3 report %s once, not again through its function and class regions', async (file, totals, lines) => {
    const collected = await collectFixture(file);
    expect(collected).toMatchObject({ status: 'ok', format: 'coveragepy-json', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    expect(totalsOf(collected.data)).toEqual(totals);
    expect(collected.data.files).toHaveLength(1);
    expect(collected.data.files[0]?.lineNumbers).toEqual(lines);
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(coveragepyJsonCollector, 'coveragepy-json/coverage-7-regions.json');
    expect(await parseFixture(coveragepyJsonCollector, 'coveragepy-json/coverage-7-regions.json', 1)).toEqual(whole);
  });
});

describe('coveragepy-json: edge cases', () => {
  it('warns when "totals" do not add up, and follows the files', async () => {
    const { data, diagnostics } = await parseFixture(coveragepyJsonCollector, 'coveragepy-json/totals-differ.json');
    expect(totalsOf(data).lines).toBe('5/8');
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"totals" declare lines 6/9 but the files add up to 5/8; totals follow the files',
    ]);
  });

  it('makes Windows paths comparable', async () => {
    const { data } = await parseFixture(coveragepyJsonCollector, 'coveragepy-json/windows-paths.json');
    expect(data.files.map((f) => [f.path, f.lines])).toEqual([['src/pkg/mod.py', { covered: 2, total: 3 }]]);
  });

  it('fails on a file entry without a summary, naming it and its position (its opening brace)', async () => {
    await expect(parseFixture(coveragepyJsonCollector, 'coveragepy-json/no-summary.json')).rejects.toMatchObject({
      name: 'EvidenceParseError',
      reason: 'files["a.py"]: no summary',
      position: { line: 10, column: 13 },
    });
  });

  it('fails on a truncated file with the position', async () => {
    const collected = await collectFixture('coveragepy-json/truncated.json');
    expect(collected).toMatchObject({ status: 'unreadable', format: 'coveragepy-json' });
    expect(collected.error).toMatch(/^coveragepy-json\/truncated\.json:\d+:\d+: .*truncated/);
  });

  it('reports an empty file as empty, and fails to parse it', async () => {
    expect(await collectFixture('coveragepy-json/empty.json')).toMatchObject({ status: 'unrecognised' });
    await expect(parseFixture(coveragepyJsonCollector, 'coveragepy-json/empty.json')).rejects.toMatchObject({
      reason: 'empty file, expected JSON',
      position: { line: 1, column: 1 },
    });
  });

  it('is told apart from SimpleCov and istanbul JSON', () => {
    expect(coveragepyJsonCollector.detect(fixtureHead('coveragepy-json/coverage-7-lines.json'))).toBe(true);
    expect(coveragepyJsonCollector.detect(fixtureHead('simplecov-json/coverage-modern.json'))).toBe(false);
    expect(coveragepyJsonCollector.detect(fixtureHead('istanbul-final-json/jest-coverage-final.json'))).toBe(false);
  });
});
