import { describe, expect, it } from '@jest/globals';
import { tapCollector } from '../../../src/collect/tests/tap.js';
import { parseFailure, parseFixture, parseText, statuses } from './collector-support.js';

describe('tap', () => {
  it('counts node --test output as node does ("# tests 14"): nested tests yes, describe suites no', async () => {
    const { data, diagnostics } = await parseFixture(tapCollector, 'node-20.20.2-mixed.tap', 13);
    expect(diagnostics).toEqual([]); // the stream's own "# tests 14" agrees
    expect(statuses(data.cases)).toEqual({
      ' :: top passes': 'passed',
      ' :: top fails': 'failed',
      ' :: skipped one': 'skipped',
      ' :: todo one': 'skipped',
      ' :: todo failing': 'skipped', // a failing TODO is not a failure
      'parent :: child ok': 'passed',
      'parent :: child fail': 'failed',
      'parent :: child skip': 'skipped',
      ' :: parent': 'failed', // failureType subtestsFailed: node counts it under "# fail"
      'a suite :: inner ok': 'passed',
      'a suite > nested :: deep ok': 'passed',
      'a suite > nested :: ünïcödé 🎉': 'passed',
      'parent all pass :: c1': 'passed',
      ' :: parent all pass': 'passed',
    });
    // node: pass 7, fail 3, cancelled 0, skipped 2, todo 2
    expect(data.totals).toMatchObject({ total: 14, passed: 7, failed: 3, errors: 0, skipped: 4 });
    const byName = new Map(data.cases.map((testCase) => [testCase.name, testCase]));
    expect(byName.get('top fails')).toMatchObject({
      file: '/tmp/tapx/sample.test.mjs',
      line: 4,
      message: 'Expected values to be strictly equal:\n\n1 !== 2',
    });
    expect(byName.get('child fail')?.message).toBe('boom\nline2');
    expect(byName.get('skipped one')?.message).toBe('not today');
    expect(byName.get('top passes')?.durationMs).toBeCloseTo(1.427966, 6);
  });

  it('counts node timeouts and cancelled subtests as errors (node: "# cancelled 2")', async () => {
    const { data, diagnostics } = await parseFixture(tapCollector, 'node-20.20.2-cancelled.tap');
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      ' :: times out': 'error',
      'parent :: not awaited child': 'error',
      ' :: parent': 'failed',
      ' :: esc \\# hash # in name': 'passed', // TAP escapes \ and # in names
    });
  });

  it('counts top-level points for Test::More, as prove does ("Tests: 6 Failed: 1")', async () => {
    const { data, diagnostics } = await parseFixture(
      tapCollector,
      'perl-5-test-more-1.302190-basic.tap',
    );
    expect(diagnostics).toEqual([]);
    expect(statuses(data.cases)).toEqual({
      ' :: first passes': 'passed',
      ' :: second fails': 'failed',
      ' :: test 3': 'skipped',
      ' :: future feature': 'skipped', // TODO
      ' :: grouped checks': 'passed', // a subtest is one test of its parent stream
      ' :: ünïcödé été ✓': 'passed',
    });
    expect(data.cases[2]?.message).toBe('no network');
  });

  it('names a skipped Test::More subtest by its "# Subtest:" line', async () => {
    // prove subt.t (fixtures/tap/README.md): "Tests: 3 Failed: 1", "Failed test: 1", one skipped subtest
    const { data, diagnostics } = await parseFixture(
      tapCollector,
      'perl-5-test-more-1.302190-skipped-subtest.tap',
    );
    expect(diagnostics).toEqual([]);
    expect(data.totals).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 });
    expect(statuses(data.cases)).toEqual({
      ' :: outer': 'failed',
      ' :: skipped sub': 'skipped', // "ok 2 # skip nope" after "# Subtest: skipped sub"
      ' :: after': 'passed', // not named after the earlier subtest
    });
    expect(data.cases[1]?.message).toBe('nope');
  });

  it('makes a bail-out an error and stops reading', async () => {
    const { data } = await parseFixture(tapCollector, 'perl-5-test-more-1.302190-bail.tap');
    expect(statuses(data.cases)).toEqual({ ' :: connects': 'passed', ' :: Bail out!': 'error' });
    expect(data.cases[1]?.message).toBe('database is down');
  });

  it('makes a stream that ends before its plan an error, like prove\'s "Bad plan"', async () => {
    const { data } = await parseFixture(tapCollector, 'perl-5-test-more-1.302190-crash.tap');
    expect(statuses(data.cases)).toEqual({ ' :: one': 'passed', ' :: (plan)': 'error' });
    expect(data.cases[1]?.message).toBe('planned 3 test(s) at line 1 but the stream has 1');
  });

  it('reads tape output: one test per assertion, grouped by its "# name" comment', async () => {
    const { data, diagnostics } = await parseFixture(tapCollector, 'tape-readme-timing.tap');
    expect(diagnostics).toEqual([]);
    expect(data.cases.map((testCase) => [testCase.suite, testCase.name, testCase.status])).toEqual([
      ['timing test', 'should be strictly equal', 'passed'],
      ['timing test', 'should be strictly equal', 'failed'],
    ]);
    expect(data.cases[1]?.message).toBe('operator: equal\n  expected: 100\n  actual:   107');
  });

  it('takes the "#" diagnostics after a failed point as its message', async () => {
    const { data } = await parseText(
      tapCollector,
      "1..1\nnot ok 1 - adds\n#   Failed test 'adds'\n#   at t/a.t line 4.\n",
    );
    expect(data.cases[0]?.message).toBe("Failed test 'adds'\n  at t/a.t line 4.");
  });

  it('makes a stream without a plan an error (truncated), and a skipped plan an empty run', async () => {
    const truncated = await parseText(tapCollector, 'TAP version 14\nok 1 - a\n');
    expect(statuses(truncated.data.cases)).toEqual({ ' :: a': 'passed', ' :: (plan)': 'error' });
    const skipped = await parseText(tapCollector, 'TAP version 14\n1..0 # SKIP no database\n');
    expect(skipped.data.totals.total).toBe(0);
  });

  it('warns when the trailing summary disagrees with the points', async () => {
    const { diagnostics } = await parseText(
      tapCollector,
      'TAP version 13\nok 1 - a\n1..1\n# tests 2\n# pass 2\n',
    );
    expect(diagnostics[0]?.message).toMatch(/"# tests 2" but Certify counted 1/);
  });

  it('rejects input that is not TAP, and empty input', async () => {
    expect((await parseFailure(tapCollector, '')).reason).toMatch(/empty file/);
    const error = await parseFailure(tapCollector, 'running 3 tests\ntest a ... ok\n');
    expect(error.position).toEqual({ line: 1, column: 1 });
  });

  it('detects TAP by its first lines only', () => {
    expect(tapCollector.detect('TAP version 14\n')).toBe(true);
    expect(tapCollector.detect('1..3\nok 1\n')).toBe(true);
    expect(tapCollector.detect('# comment\nok 1 - x\n')).toBe(true);
    expect(tapCollector.detect('=== RUN   TestA\n--- PASS: TestA\n')).toBe(false);
    expect(tapCollector.detect('okay then\n')).toBe(false);
    expect(tapCollector.detect('ok  \tgithub.com/x/y\t0.012s\n')).toBe(false); // plain go test
  });
});

describe('tap YAML blocks', () => {
  it('keeps a YAML key that starts with "ok" inside its block', async () => {
    const { data } = await parseText(
      tapCollector,
      "TAP version 13\nnot ok 1 - fetch\n  ---\n  ok: false\n  error: 'status 500'\n  ...\n1..1\n",
    );
    expect(data.cases).toEqual([
      { suite: '', name: 'fetch', status: 'failed', message: 'status 500' },
    ]);
  });
});

describe('tap directives', () => {
  it('reads SKIP and TODO only as whole directives', async () => {
    const { data } = await parseText(
      tapCollector,
      '1..4\nok 1 - handles #todos lists\nok 2 # Skipped: no network\nnot ok 3 - later # todo write it\nok 4 - escaped \\# SKIP is not a directive\n',
    );
    expect(
      data.cases.map((testCase) => [testCase.name, testCase.status, testCase.message]),
    ).toEqual([
      ['handles #todos lists', 'passed', undefined],
      ['test 2', 'skipped', 'no network'],
      ['later', 'skipped', 'write it'],
      ['escaped # SKIP is not a directive', 'passed', undefined],
    ]);
  });
});
