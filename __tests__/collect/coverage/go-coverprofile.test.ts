import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIXTURES,
  collectFixture,
  fixtureHead,
  parseFixture,
  parseText,
  totalsOf,
} from './fixture-support.js';
import { goCoverprofileCollector } from '../../../src/collect/coverage/go-coverprofile.js';
import { EvidenceParseError } from '../../../src/errors.js';

// Real `go test -coverprofile` output (lefthook, 820 lines) is checked against the manifest by go-coverprofile.corpus.test.ts.

describe('go-coverprofile', () => {
  it('merges identical blocks of concatenated profiles by adding counts (count mode), as go tool cover does', async () => {
    const collected = await collectFixture('go-coverprofile/concatenated-count.out');
    expect(collected).toMatchObject({ status: 'ok', format: 'go-coverprofile', diagnostics: [] });
    if (collected.data?.kind !== 'coverage') throw new Error('no coverage data');
    // cart.go: 5.30,7.2 (2 statements) 3 + 4 = 7; 9.20,11.16 (1) 0 + 2 = 2; 11.16,13.3 (1) 0 → 3 of 4 statements.
    // Line detail: every line a block spans, the highest count of the blocks on it (line 11: 2 and 0 → 2).
    expect(collected.data.files).toEqual([
      {
        path: 'example.com/shop/cart.go',
        lines: { covered: 3, total: 4 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        lineNumbers: [5, 6, 7, 9, 10, 11, 12, 13],
        lineHits: [7, 7, 7, 2, 2, 2, 0, 0],
      },
      {
        path: 'example.com/shop/tax/tax.go',
        lines: { covered: 0, total: 1 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        lineNumbers: [3, 4, 5],
        lineHits: [0, 0, 0],
      },
    ]);
  });

  it('ORs repeated blocks in set mode and reads CRLF line ends', async () => {
    const { data } = await parseFixture(
      goCoverprofileCollector,
      'go-coverprofile/set-duplicates-crlf.out',
    );
    expect(data.files.map((f) => [f.path, f.lines, f.lineHits])).toEqual([
      ['example.com/m/a.go', { covered: 1, total: 3 }, [1, 1, 1, 0, 0, 0]],
    ]);
  });

  it('fails like go tool cover when one block has two statement counts, at the statement count', async () => {
    const line =
      readFileSync(
        path.join(FIXTURES, 'go-coverprofile/inconsistent-statements.out'),
        'utf8',
      ).split('\n')[2] ?? '';
    await expect(
      parseFixture(goCoverprofileCollector, 'go-coverprofile/inconsistent-statements.out'),
    ).rejects.toMatchObject({
      name: 'EvidenceParseError',
      reason: 'inconsistent statement count for example.com/m/a.go:3.14,5.2: 1 before, 2 here',
      position: { line: 3, column: line.indexOf(' 2 ') + 2 },
    });
  });

  it.each([
    [
      'go-coverprofile/bad-block.out',
      3,
      /^not a cover profile block .*"example.com\/m\/a.go:7.14,9.2 one 1"$/,
    ],
    [
      'go-coverprofile/truncated.out',
      3,
      /^not a cover profile block .*"example.com\/m\/a.go:7.14,9"$/,
    ],
    ['go-coverprofile/no-mode.out', 1, /^expected "mode: set\|count\|atomic" as the first line/],
    ['go-coverprofile/empty.out', 1, /^empty file/],
  ])('fails on %s at line %i', async (file, line, reason) => {
    const error: unknown = await parseFixture(goCoverprofileCollector, file).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
    const { reason: message, position } = error as EvidenceParseError;
    expect(message).toMatch(reason);
    expect(position).toEqual({ line, column: 1 });
  });

  it('reads a profile of packages without tests (mode line only) as no files', async () => {
    const { data, diagnostics } = await parseFixture(
      goCoverprofileCollector,
      'go-coverprofile/mode-only.out',
    );
    expect(data.files).toEqual([]);
    expect(totalsOf(data)).toEqual({ lines: '0/0', branches: '0/0', functions: '0/0' });
    expect(diagnostics).toEqual([]);
  });

  it('warns when concatenated profiles have different modes', async () => {
    const { data, diagnostics } = await parseFixture(
      goCoverprofileCollector,
      'go-coverprofile/mixed-modes.out',
    );
    expect(totalsOf(data).lines).toBe('1/1');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'concatenated profiles with different modes; counts were merged as "set" (the first mode line)',
    ]);
  });

  it('counts the statements of an absurdly long block without expanding it line by line', async () => {
    const { data, diagnostics } = await parseText(
      goCoverprofileCollector,
      'mode: set\nx.go:1.1,900000000.2 3 1\nx.go:1.1,2.2 1 0\n',
    );
    expect(data.files.map((f) => [f.lines, f.lineNumbers])).toEqual([
      [{ covered: 3, total: 4 }, [1, 2]],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '1 block(s) span 100000 lines or more; their statements are counted but they give no line detail',
    ]);
  });

  it('reads the same at any chunk size', async () => {
    const whole = await parseFixture(
      goCoverprofileCollector,
      'go-coverprofile/concatenated-count.out',
    );
    expect(
      await parseFixture(goCoverprofileCollector, 'go-coverprofile/concatenated-count.out', 1),
    ).toEqual(whole);
  });

  it('is detected by its mode line only', () => {
    expect(
      goCoverprofileCollector.detect(fixtureHead('go-coverprofile/concatenated-count.out')),
    ).toBe(true);
    expect(
      goCoverprofileCollector.detect(fixtureHead('go-coverprofile/set-duplicates-crlf.out')),
    ).toBe(true);
    expect(goCoverprofileCollector.detect(fixtureHead('go-coverprofile/no-mode.out'))).toBe(false);
    expect(goCoverprofileCollector.detect('mode: fast\n')).toBe(false);
  });

  it('rejects a count too large to be one (found by the fuzz suite: it became Infinity)', async () => {
    const count = '1'.repeat(400);
    await expect(
      parseText(goCoverprofileCollector, `mode: count\na.go:1.1,2.2 1 ${count}\n`),
    ).rejects.toMatchObject({
      name: 'EvidenceParseError',
      position: { line: 2, column: 1 },
    });
  });

  it('reads a multi-megabyte line without backtracking over it (CI fuzz finding: regexp stack overflow)', async () => {
    const path = `pkg/${'x'.repeat(4 * 1024 * 1024)}.go`;
    const { data } = await parseText(
      goCoverprofileCollector,
      `mode: set\n${path}:1.1,2.2 3 1\n${path}:1.1,2.2 3 0\n`,
    );
    expect(data.files.map((file) => file.path)).toEqual([path]);
    expect(totalsOf(data).lines).toBe('3/3');
    await expect(
      parseText(goCoverprofileCollector, `mode: set\n${'a:'.repeat(2 * 1024 * 1024)}\n`),
    ).rejects.toMatchObject({ name: 'EvidenceParseError', position: { line: 2, column: 1 } });
  });
});
