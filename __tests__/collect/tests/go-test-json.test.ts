import { describe, expect, it } from '@jest/globals';
import { goTestJsonCollector } from '../../../src/collect/tests/go-test-json.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('go-test-json', () => {
  it('reads a build failure, a timed-out test, subtests and a rerun that passed', async () => {
    const { data, diagnostics } = await parseFixture(
      goTestJsonCollector,
      'go-1.24-build-failure-timeout-rerun.json',
      64,
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      'example.com/shop/broken :: (package)': 'error', // build failed: no test ran
      'example.com/shop/calc :: TestAdd': 'passed',
      'example.com/shop/calc :: TestDiv': 'failed',
      'example.com/shop/calc :: TestFlaky': 'passed', // failed, then passed on the rerun
      'example.com/shop/calc :: TestSkipped': 'skipped',
      'example.com/shop/calc :: TestTable': 'passed',
      'example.com/shop/calc :: TestTable/größe_ünïcode': 'passed',
      'example.com/shop/hang :: TestWaitForever': 'error', // still running when the package timed out
    });
    expect(data.totals).toMatchObject({
      total: 8,
      passed: 4,
      failed: 1,
      errors: 2,
      skipped: 1,
      flaky: 1,
    });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('(package)')?.message).toBe(
      '# example.com/shop/broken [example.com/shop/broken.test]\n./cart_test.go:12:9: undefined: NewCart',
    );
    expect(byName.get('TestDiv')?.message).toBe('calc_test.go:21: Div(1, 0) = 0, want error');
    expect(byName.get('TestSkipped')?.message).toBe('calc_test.go:35: needs a database');
    expect(byName.get('TestWaitForever')?.message).toMatch(/^panic: test timed out after 30s/);
    expect(byName.get('TestFlaky')).toMatchObject({ flaky: true, retries: 1, durationMs: 250 });
    expect(byName.get('TestFlaky')?.message).toBeUndefined();
  });

  it('counts a passing benchmark that has a run event and no result as passed', async () => {
    // gotestsum's golden summary for this real go test -json file: "DONE 1 tests in 0.000s"
    const { data, diagnostics } = await parseFixture(
      goTestJsonCollector,
      'gotestsum-go-1-20-benchmark.json',
    );
    expect(diagnostics).toEqual([]);
    expect(data.totals).toMatchObject({ total: 1, passed: 1, failed: 0, errors: 0, skipped: 0 });
    expect(statuses(data.cases)).toEqual({
      'github.com/go-logr/logr/benchmark :: BenchmarkDiscardLogInfoOneArg': 'passed',
    });
  });

  it('reads the bench action as a benchmark that did not fail', async () => {
    // Go's test2json golden bench.json: "--- BENCH: BenchmarkFoo-8", then "ok" for the package
    const { data } = await parseFixture(goTestJsonCollector, 'test2json-bench.json');
    expect(statuses(data.cases)).toEqual({ ' :: BenchmarkFoo-8': 'passed' });
  });

  it('still counts a non-benchmark test with no result in a passing package as an error', async () => {
    const { data } = await parseText(
      goTestJsonCollector,
      [
        '{"Action":"run","Package":"p","Test":"TestLost"}',
        '{"Action":"run","Package":"p","Test":"BenchmarkX"}',
        '{"Action":"pass","Package":"p","Elapsed":0.1}',
      ].join('\n'),
    );
    expect(statuses(data.cases)).toEqual({ 'p :: BenchmarkX': 'passed', 'p :: TestLost': 'error' });
  });

  it('reads test2json output without Package fields', async () => {
    const { data } = await parseFixture(goTestJsonCollector, 'test2json-no-package.json');
    expect(statuses(data.cases)).toEqual({ ' :: Test☺☹/0': 'passed', ' :: Test☺☹': 'passed' });
  });

  it('counts tests still running at the end of a truncated file as errors, with a warning', async () => {
    const { data, diagnostics } = await parseText(
      goTestJsonCollector,
      '{"Action":"run","Package":"p","Test":"TestA"}\n{"Action":"pass","Package":"p","Test":"TestA","Elapsed":0.1}\n{"Action":"run","Package":"p","Test":"TestB"}\n',
    );
    expect(statuses(data.cases)).toEqual({ 'p :: TestA': 'passed', 'p :: TestB': 'error' });
    expect(diagnostics[0]?.message).toMatch(/end before its result/);
  });

  it('ignores lines that are not events (stderr mixed in) and says so', async () => {
    const { data, diagnostics } = await parseText(
      goTestJsonCollector,
      'go: downloading example.com/dep v1.0.0\n{"Action":"pass","Package":"p","Test":"TestA"}\n{"Action":"pass","Package":"p"}\n',
    );
    expect(data.totals.passed).toBe(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', position: { line: 1 } }),
    ]);
  });

  it('rejects a line cut in the middle, naming the line', async () => {
    const error = await parseFailure(
      goTestJsonCollector,
      '{"Action":"run","Package":"p","Test":"TestA"}\n{"Action":"pass","Packa',
    );
    expect(error.position.line).toBe(2);
  });

  it('rejects an empty file', async () => {
    const error = await parseFailure(goTestJsonCollector, '');
    expect(error.reason).toMatch(/empty file/);
  });

  it('is not claimed for a dart event stream', () => {
    expect(
      goTestJsonCollector.detect(
        '{"protocolVersion":"0.1.1","runnerVersion":"1.25.8","pid":1,"type":"start","time":0}\n',
      ),
    ).toBe(false);
  });
});
