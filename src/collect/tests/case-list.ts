import { clipMessage, MESSAGE_MAX_CHARS, MESSAGES_PER_FILE } from '../../model/limits.js';
import { detach } from '../read/detach.js';
import type { Diagnostic } from '../../model/evidence.js';
import { totalsOf, type TestCase, type TestEvidence, type TestStatus } from '../../model/tests.js';

/**
 * The cases of one evidence file as a parser finds them. Every case is kept (counts are always
 * complete); a message is kept for the first MESSAGES_PER_FILE cases that did not pass. Several
 * attempts of one test (the same `key`: retries, reruns appended to the same file) fold into one
 * case whose status is the last attempt's, flaky when an earlier attempt failed and the last passed.
 */
export class TestCaseList {
  private readonly cases: TestCase[] = [];
  private readonly indexByKey = new Map<string, number>();
  /** Keys of tests with at least one failed or errored attempt. */
  private readonly everFailed = new Set<string>();
  private keptMessages = 0;

  /** False once the message quota is used up: parsers can stop collecting message text. */
  get wantsMessages(): boolean {
    return this.keptMessages < MESSAGES_PER_FILE;
  }

  /**
   * Adds a case (or an attempt of a case already added under `key`); returns its index. The list
   * takes the object over (no copy per case: 100 MB reports hold hundreds of thousands).
   */
  add(testCase: TestCase, key?: string): number {
    if (key === undefined) {
      this.cases.push(this.keepMessage(testCase, false));
      return this.cases.length - 1;
    }
    const failedNow = testCase.status === 'failed' || testCase.status === 'error';
    const index = this.indexByKey.get(key);
    if (index === undefined) {
      if (failedNow) this.everFailed.add(key);
      this.indexByKey.set(key, this.cases.length);
      this.cases.push(this.keepMessage(testCase, false));
      return this.cases.length - 1;
    }
    const earlier = this.cases[index];
    if (!earlier) return index;
    const failedBefore = this.everFailed.has(key);
    if (failedNow) this.everFailed.add(key);
    testCase.retries = (earlier.retries ?? 0) + 1 + (testCase.retries ?? 0);
    const durationMs = sumDurations(earlier.durationMs, testCase.durationMs);
    if (durationMs !== undefined) testCase.durationMs = durationMs;
    if (testCase.status === 'passed' && (failedBefore || testCase.flaky === true))
      testCase.flaky = true;
    else delete testCase.flaky;
    this.cases[index] = this.keepMessage(testCase, earlier.message !== undefined);
    return index;
  }

  /** Changes the case at `index` in place (e.g. a suite name known only at the end of the file). */
  edit(index: number, change: (testCase: TestCase) => void): void {
    const testCase = this.cases[index];
    if (testCase) change(testCase);
  }

  evidence(): TestEvidence {
    return { kind: 'tests', totals: totalsOf(this.cases), cases: this.cases };
  }

  /**
   * Keeps a clipped message on a non-passing case while the quota lasts; a case that replaces an
   * earlier attempt with a kept message (`hadSlot`) reuses its slot.
   */
  private keepMessage(testCase: TestCase, hadSlot: boolean): TestCase {
    const message = testCase.status === 'passed' ? undefined : clipMessage(testCase.message);
    if (
      message !== undefined &&
      message !== '' &&
      (hadSlot || this.keptMessages < MESSAGES_PER_FILE)
    ) {
      testCase.message = detach(message);
      if (!hadSlot) this.keptMessages++;
      return testCase;
    }
    if (testCase.message !== undefined) delete testCase.message;
    if (hadSlot) this.keptMessages--;
    return testCase;
  }
}

/** A case with only the fields that have a value (no spreads: this runs once per test). */
export function newCase(
  suite: string,
  name: string,
  status: TestStatus,
  durationMs?: number,
  message?: string,
): TestCase {
  const testCase: TestCase = { suite, name, status };
  if (durationMs !== undefined) testCase.durationMs = durationMs;
  if (message !== undefined) testCase.message = message;
  return testCase;
}

/**
 * A case read from XML between its open and close tags: the open tag gives its fields, the
 * elements inside it the message.
 */
export interface OpenCase {
  suite: string;
  name: string;
  status: TestStatus;
  durationMs: number | undefined;
  message: MessageText | undefined;
}

/** The case an OpenCase is once its close tag is read. */
export function closeCase(open: OpenCase): TestCase {
  return newCase(open.suite, open.name, open.status, open.durationMs, open.message?.value);
}

/**
 * One warning per result value the format does not define, each counted as an error;
 * `what` names the value ("NUnit result", "TRX outcome").
 */
export function unknownResultWarnings(what: string, results: Iterable<string>): Diagnostic[] {
  return Array.from(results, (result) => ({
    severity: 'warning',
    message: `unknown ${what} "${result}" counted as an error`,
  }));
}

function sumDurations(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a + b;
}

/**
 * Text collected piecewise (XML character data, output lines) for a message: leading whitespace
 * is skipped and at most a little more than MESSAGE_MAX_CHARS is held, however long the input.
 */
export class MessageText {
  private text = '';
  private full = false;

  append(piece: string): void {
    if (this.full) return;
    const addition = this.text === '' ? piece.trimStart() : piece;
    this.text += addition.slice(0, MESSAGE_MAX_CHARS + 1 - this.text.length);
    this.full = this.text.length > MESSAGE_MAX_CHARS;
  }

  /** The text so far; longer than MESSAGE_MAX_CHARS when the input was, so clipMessage marks the cut. */
  get value(): string | undefined {
    const trimmed = this.text.trim();
    return trimmed === '' ? undefined : trimmed;
  }
}

/** Milliseconds from a number of seconds given as text; undefined when absent or not a number. */
export function secondsToMs(seconds: string | number | undefined | null): number | undefined {
  if (seconds === undefined || seconds === null || seconds === '') return undefined;
  const value = typeof seconds === 'number' ? seconds : Number(seconds);
  return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
}
