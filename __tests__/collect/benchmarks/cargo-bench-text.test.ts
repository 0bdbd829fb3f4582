import { describe, expect, it } from '@jest/globals';
import { cargoBenchTextCollector as collector } from '../../../src/collect/benchmarks/cargo-bench-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
  table,
} from './bench-test-support.js';

describe('cargo-bench-text', () => {
  it('reads padded names and decimal values with thousands separators', async () => {
    const result = await parseFixture(collector, 'decimal-padded.txt');
    expect(table(result)).toEqual([
      ['bleu::benchmark::bench_batch_bleu', 'time', 13967756.3, 'ns/iter'],
      ['bleu::benchmark::bench_bleu', 'time', 298794.1, 'ns/iter'],
      ['ngram::benchmark::bench_ngram', 'time', 49480.28, 'ns/iter'],
      ['tokenizer::benchmark::bench_tokenizer', 'time', 15690.73, 'ns/iter'],
    ]);
    // (+/- 501.33) around 49,480.28
    const ngram = seriesOf(result, 'ngram::benchmark::bench_ngram', 'time');
    expect(ngram.spread?.lower).toBeCloseTo(48978.95, 6);
    expect(ngram.spread?.upper).toBeCloseTo(49981.61, 6);
    expect(ngram.biggerIsBetter).toBe(false);
    expect(result.diagnostics).toEqual([]);
  });

  it('reads every bench target of one log', async () => {
    const result = await parseFixture(collector, 'multi-target.txt');
    expect(table(result)).toEqual([
      ['tests::benchmark', 'time', 3161, 'ns/iter'],
      ['tests::other_benchmark', 'time', 3161, 'ns/iter'],
    ]);
  });

  it('is detected by content, and a test run without bench lines is not', () => {
    expect(detectedFormat(fixtureBytes('cargo-bench-text', 'decimal-padded.txt'))).toBe(
      'cargo-bench-text',
    );
    expect(detectedFormat(fixtureBytes('cargo-bench-text', 'test-run-only.txt'))).toBeUndefined();
  });

  it('turns a FAILED benchmark into a warning with its line', async () => {
    const text = 'test a ... bench:         10 ns/iter (+/- 1)\ntest b ... FAILED\n';
    const result = await parseBenchmarks(collector, text);
    expect(table(result)).toEqual([['a', 'time', 10, 'ns/iter']]);
    expect(result.diagnostics).toEqual([
      { severity: 'warning', message: 'benchmark b FAILED: no result', position: { line: 2 } },
    ]);
  });

  it('names custom per-iteration units and per-second units by what they measure', async () => {
    const result = await parseBenchmarks(
      collector,
      'test cmov ... bench:  2835 cycles/iter (+/- 14)\ntest up ... bench: 1911 MS/s (+/- 420)\n',
    );
    expect(result.data.series.map((s) => [s.measure, s.biggerIsBetter])).toEqual([
      ['cycles', false],
      ['throughput', true],
    ]);
  });

  it('caps the diagnostics of a file and skips overlong lines before matching them', async () => {
    const failed = Array.from({ length: 150 }, (_, i) => `test t${i} ... FAILED`).join('\n');
    const long = `test ${'x'.repeat(20_000)} ... bench:   1 ns/iter (+/- 0)`;
    const result = await parseBenchmarks(
      collector,
      `${failed}\n${long}\ntest ok ... bench:   5 ns/iter (+/- 1)\n`,
    );
    expect(table(result)).toEqual([['ok', 'time', 5, 'ns/iter']]);
    expect(result.diagnostics).toHaveLength(101);
    expect(result.diagnostics.slice(-1)).toEqual([
      { severity: 'notice', message: '51 more diagnostics not shown' },
    ]);
  });

  it.each([
    ['an empty file', '', 'empty file: no cargo bench results'],
    [
      'a test run only',
      'running 1 test\ntest t ... ok\n',
      'no cargo bench results found in 2 lines',
    ],
    [
      'a damaged bench line',
      'test a ... bench:   abc ns/iter (+/- 1)\n',
      'no cargo bench results found in 1 lines',
    ],
  ])('rejects %s with a positioned error', async (_what, text, reason) => {
    const error = await parseBenchmarks(collector, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toBe(reason);
    expect((error as EvidenceParseError).position.line).toBeGreaterThanOrEqual(1);
  });
});
