import { describe, expect, it } from '@jest/globals';
import { MessageText, TestCaseList } from '../../../src/collect/tests/case-list.js';
import { MESSAGE_MAX_CHARS, MESSAGES_PER_FILE } from '../../../src/model/limits.js';

describe('TestCaseList', () => {
  it('keeps every case but messages only for the first MESSAGES_PER_FILE cases that did not pass', () => {
    const list = new TestCaseList();
    for (let i = 0; i < MESSAGES_PER_FILE + 10; i++) {
      list.add({ suite: 's', name: `t${i}`, status: 'failed', message: `boom ${i}` });
    }
    list.add({ suite: 's', name: 'ok', status: 'passed', message: 'passing output is not kept' });
    const { cases, totals } = list.evidence();
    expect(totals).toMatchObject({
      total: MESSAGES_PER_FILE + 11,
      failed: MESSAGES_PER_FILE + 10,
      passed: 1,
    });
    expect(cases.filter((testCase) => testCase.message !== undefined)).toHaveLength(
      MESSAGES_PER_FILE,
    );
    expect(list.wantsMessages).toBe(false);
  });

  it('folds attempts of one test: last result wins, flaky when an earlier one failed', () => {
    const list = new TestCaseList();
    list.add(
      { suite: 'p', name: 'A', status: 'failed', durationMs: 2, message: 'first try' },
      'p/A',
    );
    list.add({ suite: 'p', name: 'A', status: 'passed', durationMs: 3 }, 'p/A');
    list.add({ suite: 'p', name: 'B', status: 'passed' }, 'p/B');
    list.add({ suite: 'p', name: 'B', status: 'failed', message: 'second try' }, 'p/B');
    const { cases, totals } = list.evidence();
    expect(cases).toEqual([
      { suite: 'p', name: 'A', status: 'passed', durationMs: 5, retries: 1, flaky: true },
      { suite: 'p', name: 'B', status: 'failed', retries: 1, message: 'second try' },
    ]);
    expect(totals).toMatchObject({ total: 2, passed: 1, failed: 1, flaky: 1 });
  });
});

describe('MessageText', () => {
  it('holds a little more than the kept length however much is appended', () => {
    const text = new MessageText();
    text.append('   \n  ');
    for (let i = 0; i < 10_000; i++) text.append('x'.repeat(100));
    expect(text.value?.length).toBe(MESSAGE_MAX_CHARS + 1);
  });

  it('is undefined when only whitespace came', () => {
    const text = new MessageText();
    text.append(' \n\t ');
    expect(text.value).toBeUndefined();
  });
});
