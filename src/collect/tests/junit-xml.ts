/**
 * JUnit XML (format id `junit-xml`): the de-facto format most test tools write, in its common
 * dialects (Maven Surefire/Failsafe, jest-junit, Vitest, pytest xunit1/xunit2, gotestsum, mocha-
 * junit-reporter, `node --test --test-reporter=junit`, Bun, Deno, Playwright, PHPUnit, CTest,
 * GoogleTest, Catch2, cargo nextest, cargo2junit, Bazel, Swift, tst, ...).
 *
 * Detection: the root element is `<testsuites>` or `<testsuite>`. NUnit (`test-results`,
 * `test-run`), xUnit.net (`assemblies`, `assembly`) and TRX (`TestRun`) have their own roots.
 *
 * Reading is streamed (`streamXml`, our own tokenizer): no DOM, and this module keeps no `<system-out>`/`<system-err>`
 * text (only a failure's first MESSAGE_MAX_CHARS characters, for MESSAGES_PER_FILE tests).
 *
 * Counting rules, and why:
 * - Every `<testcase>` element anywhere (nested `<testsuite>`s and `<testsuites>` included) is one
 *   test run; the declared `tests`/`failures` attributes are not trusted over the elements (real
 *   files declare 57 tests and list 3, or count failure elements rather than failing tests).
 * - Status of a testcase, from its direct children: `<error>` → error, else `<failure>` → failed,
 *   else `<skipped>` → skipped, else passed. A testcase with both a failure and an error (an
 *   assertion failed, then an unexpected exception, e.g. in cleanup) is an error: in JUnit a
 *   failure is a checked expectation that did not hold, an error means the test itself broke, so
 *   its outcome is not even a trustworthy failure; it is the more severe state, as peers rank
 *   it too (EnricoMi: error > failure > success > skipped).
 *   `<warning>` (PHPUnit 9) does not fail a test, so it passes.
 * - Status attributes that say the test did not run win over everything: `status="disabled"`
 *   (CTest, tst), `status="notrun"` (CTest, GoogleTest), `status="ignored"` (TeamCity),
 *   `status="skipped"`, `result="skipped"`/`"suppressed"` (GoogleTest) and a `skipped`/`disabled`
 *   attribute set to true → skipped. A disabled test is one the user switched off; where a file
 *   still carries a `<failure>` for it, the user disabled it precisely so that failure does not
 *   count (mikepenz/action-junit-report#761). `status="fail"`/`"failed"` and `"error"`/`"errored"`
 *   (CTest, tst) give the status when no result element does.
 * - Reruns inside one testcase (Surefire/Failsafe `rerunFailingTestsCount`, cargo nextest retries):
 *   `<flakyFailure>`/`<flakyError>` are failed attempts of a test that then passed → passed,
 *   flaky, retries = their number; `<rerunFailure>`/`<rerunError>` are further failed attempts of
 *   a test that never passed → the `<failure>`/`<error>` status, retries = their number.
 * - Reruns as repeated testcases (gotestsum `--rerun-fails` appends the reruns to the package's
 *   suite; @web/test-runner and others do the same): testcases with the same identity —
 *   classname + name + file within the same `<testsuite>` element — fold into one test when every
 *   occurrence but the last failed or errored, because a tool only reruns a test that failed. The
 *   test passes (flaky) or is skipped when its last run did; a test that never passed errored
 *   when any run errored, else failed (the precedence within one testcase); retries = runs − 1. Any
 *   other repetition is not a retry and every occurrence stays a test of its own: data-driven
 *   tests legitimately repeat a name (TestNG data providers; jest-junit writes `test.each` rows
 *   with equal titles as passed, failed, passed; mocha titles used twice), and TestNG reports a
 *   retried attempt as skipped, so a skipped-then-failed pair is two results, as TestNG's own
 *   counts say. Producers that never write a rerun as a testcase of its own are known by the
 *   name they give the `<testsuites>` root (jest-junit's default "jest tests", Vitest's "vitest
 *   tests", "bun test", "deno test", mocha-junit-reporter's "Mocha Tests") or, for Maven
 *   Surefire/Failsafe, by the report schema their root names (`surefire-test-report`), or, for
 *   `node --test` (whose root has no attributes), by the `failure` attribute it alone writes on a
 *   failed testcase: their retries stay in one testcase (Surefire's rerun elements; jest-junit,
 *   Vitest, Bun and mocha write only a retried test's last run, or its failures in one testcase;
 *   node and Deno do not retry), while `test.each`, a loop without a placeholder in the title, or
 *   a JUnit 5 `@ParameterizedTest(name = ...)` with Surefire's phrased names writes rows with one
 *   identity, so a failing row followed by a passing one is two results (jest: "1 failed, 1
 *   passed"; Surefire: "Tests run: 2, Failures: 1"); in their files repeated identities are
 *   never folded. Known limit: such rows failing and
 *   then passing in a file from another producer, or from one of these with its root renamed,
 *   fold into one flaky test.
 *   Identity includes the enclosing `<testsuite>` element because jest-junit writes no file
 *   attribute and its suites are files: equal titles in two files are two tests.
 *   Known limit from the producers: jest-junit (16) writes a `test.todo` as a testcase with no
 *   result element, indistinguishable from a pass, so it counts as passed (jest says "todo").
 * - Two producers repeat a testcase within one run, not as a retry. pytest writes a test that
 *   fails in its call and errors in its teardown as two testcases (a failure, then an error
 *   "failed on teardown with ...") and counts both in its tests/failures/errors: they stay two
 *   results. jest-junit (`reportTestSuiteErrors`) writes a suite that failed to run as pseudo
 *   testcases classed "Test suite failed to run" (an error, then a failure for the same
 *   testExecError) and counts one error: they fold into one error, with no retry counted.
 * - mocha-junit-reporter (root "Mocha Tests") leaves pending tests out unless `includePending` is
 *   set, but writes mocha's own pending count as the root's `skipped` attribute: the pending tests
 *   it left out (that count less the skipped testcases listed) are counted as skipped, with a
 *   warning, each in a suite that declares more `tests` than it lists (mocha's `suite.tests`),
 *   else under the root. mocha says "1 pending" and so does the report. Its suites' `tests`
 *   attribute also counts tests a failed hook kept from running, which mocha does not count: in
 *   its files a suite without testcases is not counted from its attributes (the next rule).
 * - A leaf `<testsuite>` with no `<testcase>` but declared counts (`tests`, `failures`, `errors`,
 *   `skipped`, `disabled`) contributes that many tests, each named after the suite, with a
 *   warning: the producer said tests ran and failed, and counting nothing would certify a run
 *   whose failures are on record (EnricoMi's publish-unit-test-result-action also falls back to
 *   the suite attributes).
 *
 * Fields: `suite` is the classname, else the nearest named enclosing testsuite; `file` the
 * testcase's `file` attribute, else the nearest enclosing testsuite's (PHPUnit, mocha); `line`
 * the `line` attribute — pytest writes its 0-based item location there, so inside pytest's
 * suite (default name "pytest") 1 is added. `durationMs` from `time` in seconds; empty or
 * missing gives none; a comma is read as a decimal comma (locale-formatted JUnit 3/Ant output,
 * "0,003"), unless the value also has a point or several commas, which makes them thousands
 * separators ("1,234.5"). `message`: the result element's `message` attribute, else its text.
 */
import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { detach } from '../read/detach.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import { EvidenceParseError } from '../../errors.js';
import type { Diagnostic } from '../../model/evidence.js';
import { clipMessage, MESSAGES_PER_FILE } from '../../model/limits.js';
import { roundMs, type TestCase, type TestEvidence, type TestStatus } from '../../model/tests.js';
import { MessageText, secondsToMs, TestCaseList } from './case-list.js';

const ROOTS = new Set(['testsuites', 'testsuite']);

export const junitXmlCollector: Collector<TestEvidence> = {
  format: 'junit-xml',
  kind: 'tests',
  producers:
    'Maven Surefire/Failsafe, Gradle, jest-junit, Vitest, pytest, gotestsum, mocha-junit-reporter, node --test, Bun, Deno, Playwright, PHPUnit, CTest, GoogleTest, Catch2, cargo nextest, cargo2junit, Bazel, Swift',
  detect(head: string): boolean {
    const root = xmlRootElement(head);
    return root !== undefined && ROOTS.has(root);
  },
  async parse(input: ParseInput): Promise<ParseResult<TestEvidence>> {
    const reader = new JunitReader();
    await streamXml(input.chunks, reader);
    return reader.finish();
  },
};

/** Statuses meaning "this test did not run", from CTest, GoogleTest, tst and TeamCity. */
const NOT_RUN_STATUS = new Set(['disabled', 'notrun', 'ignored', 'skipped']);
const NOT_RUN_RESULT = new Set(['skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
const ERROR_STATUS = new Set(['error', 'errored']);
const TRUE_VALUES = new Set(['true', '1', 'yes']);
/** pytest's message for an error raised in teardown (a second testcase when the call failed). */
const PYTEST_TEARDOWN = 'failed on teardown with ';
/** jest-junit's classname for the pseudo testcases of a test file that failed to run. */
const JEST_SUITE_FAILED = 'Test suite failed to run';
/** In the schema location Maven Surefire and Failsafe write on their root `<testsuite>`. */
const SUREFIRE_SCHEMA = 'surefire-test-report';
/** mocha-junit-reporter's default `testsuitesTitle`: its root's `skipped` is mocha's pending count. */
const MOCHA_ROOT = 'Mocha Tests';
/**
 * `<testsuites name>` of producers that write each run of a test as one testcase and never a
 * rerun as another (their retries stay inside one testcase): jest-junit (its default
 * `suiteName`), Vitest, Bun, Deno and mocha-junit-reporter (its default `testsuitesTitle`).
 */
const NO_RERUN_TESTCASES_ROOTS = new Set([
  'jest tests',
  'vitest tests',
  'bun test',
  'deno test',
  'Mocha Tests',
]);
/**
 * Tests made from suite attributes in one file, at most: each becomes a case in memory, and a
 * few bytes of `tests="1000000000"` must not make a billion of them.
 */
export const MAX_DECLARED_ONLY_TESTS = 100_000;
/** Above this, a `time` value is not seconds (container-structure-test < 1.14 wrote nanoseconds). */
const IMPLAUSIBLE_SECONDS = 1e6;

/** The first `<error>`, `<failure>` or `<skipped>` of a testcase: its message, or text as it arrives. */
interface Fault {
  message?: string;
  text?: MessageText;
}

interface SuiteFrame {
  /** Element depth, to match the closing tag. */
  depth: number;
  /**
   * Retry identities of the testcases directly in this `<testsuite>` element: identities are
   * scoped to it, so they are dropped with the suite instead of growing with the file.
   */
  identities: RetryIdentities;
  name?: string;
  file?: string;
  parent?: SuiteFrame;
  declared: Record<string, string>;
  hasCases: boolean;
  /** `<testcase>` elements directly in this suite. */
  caseCount: number;
  hasChildSuites: boolean;
}

interface CaseFrame {
  depth: number;
  attributes: Record<string, string>;
  suite: SuiteFrame | undefined;
  /** The first `<error>`, `<failure>` and `<skipped>` child (fields, not a record: one frame per testcase). */
  error: Fault | undefined;
  failure: Fault | undefined;
  skipped: Fault | undefined;
  flakyRuns: number;
  reruns: number;
  rerunError: boolean;
}

/** One `<testcase>` run in a retry group, as folding reads it. */
interface Occurrence {
  testCase: TestCase;
  /** Repeats of this identity are the same run written twice (jest-junit's suite errors), not retries. */
  sameRun: boolean;
}

/**
 * Retry identities (classname + name + file attribute, an absent file the same as an empty one)
 * → index of the identity's first occurrence, in one scope. Keyed by the name alone, which every
 * kept case already holds as a string of its own: a testcase costs a map look-up and no key
 * string, and classname and file are compared only when a name comes again. Identities that
 * share a name with an earlier, different identity (the same method name in two classes) go to
 * a second map under a joined key.
 */
class RetryIdentities {
  /** Name → slot of the first identity seen with that name. */
  private readonly slotByName = new Map<string, number>();
  private readonly firstIndexes: number[] = [];
  private readonly classnames: string[] = [];
  private readonly files: string[] = [];
  /** Joined identity → first index, for identities whose name's slot holds another. */
  private others: Map<string, number> | undefined;

  /**
   * Index of the first occurrence of this identity, or undefined when `index` is its first.
   * `name`, `classname` and `file` must not be slices of a chunk (they are kept).
   */
  firstOf(index: number, name: string, classname: string, file: string): number | undefined {
    const slot = this.slotByName.get(name);
    if (slot === undefined) {
      this.slotByName.set(name, this.firstIndexes.length);
      this.firstIndexes.push(index);
      this.classnames.push(classname);
      this.files.push(file);
      return undefined;
    }
    if (this.classnames[slot] === classname && this.files[slot] === file)
      return this.firstIndexes[slot];
    this.others ??= new Map();
    const key = `${classname}\u241f${name}\u241f${file}`;
    const first = this.others.get(key);
    if (first === undefined) this.others.set(key, index); // its parts are kept copies already
    return first;
  }
}

class JunitReader {
  private depth = 0;
  private suite: SuiteFrame | undefined;
  private readonly cases: CaseFrame[] = [];
  private capture: { fault: Fault; depth: number } | undefined;
  /** Every testcase as read, in file order (one plain object each: 100 MB files hold 200,000). */
  private readonly occurrences: TestCase[] = [];
  /** Retry identities of testcases outside any `<testsuite>`. */
  private readonly rootIdentities = new RetryIdentities();
  /** Identities seen more than once: index of the first occurrence → indexes of all of them. */
  private readonly repeated = new Map<number, number[]>();
  /** Occurrences that repeat the same run rather than retry it (jest-junit's suite errors). */
  private readonly sameRuns = new Set<number>();
  /** The root marks a producer that never writes a rerun as a testcase: repeats are rows, not retries. */
  private repeatsAreRows = false;
  /** mocha's pending count, from a mocha-junit-reporter root's `skipped` attribute. */
  private mochaPending: number | undefined;
  /** Suites of a mocha-junit-reporter file declaring more tests than they list, in file order. */
  private readonly mochaShortSuites: { suite: string; file?: string; missing: number }[] = [];
  private lastClassname = '';
  private lastClassnameCopy = '';
  private lastFile = '';
  private lastFileCopy = '';
  private heldMessages = 0;
  private declaredOnly = 0;
  private implausibleTimes = 0;
  private readonly diagnostics: Diagnostic[] = [];

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.depth === 1) {
      if (!ROOTS.has(name)) {
        throw new EvidenceParseError(
          `root element <${name}> is not a JUnit <testsuites> or <testsuite>`,
        );
      }
      const rootName = attributes['name']?.trim();
      this.repeatsAreRows =
        (name === 'testsuites' &&
          rootName !== undefined &&
          NO_RERUN_TESTCASES_ROOTS.has(rootName)) ||
        (attributes['xsi:noNamespaceSchemaLocation']?.includes(SUREFIRE_SCHEMA) ?? false);
      if (name === 'testsuites' && rootName === MOCHA_ROOT)
        this.mochaPending = countOf(attributes['skipped']);
    }
    const testCase = this.cases.at(-1);
    if (name === 'testsuite') {
      if (this.suite) this.suite.hasChildSuites = true;
      const suite: SuiteFrame = {
        depth: this.depth,
        identities: new RetryIdentities(),
        declared: pickDeclared(attributes),
        hasCases: false,
        caseCount: 0,
        hasChildSuites: false,
      };
      const suiteLabel = nonBlank(attributes['name']);
      const suiteFilePath = nonBlank(attributes['file']);
      if (suiteLabel !== undefined) suite.name = detach(suiteLabel);
      if (suiteFilePath !== undefined) suite.file = detach(suiteFilePath);
      if (this.suite) suite.parent = this.suite;
      this.suite = suite;
    } else if (name === 'testcase') {
      if (this.suite) {
        this.suite.hasCases = true;
        this.suite.caseCount++;
      }
      // node --test marks a failed testcase with a `failure` attribute, and never reruns a test
      if (attributes['failure'] !== undefined) this.repeatsAreRows = true;
      this.cases.push({
        depth: this.depth,
        attributes,
        suite: this.suite,
        error: undefined,
        failure: undefined,
        skipped: undefined,
        flakyRuns: 0,
        reruns: 0,
        rerunError: false,
      });
    } else if (testCase && this.depth === testCase.depth + 1) {
      this.openCaseChild(testCase, name, attributes);
    }
  }

  text(text: string): void {
    this.capture?.fault.text?.append(text);
  }

  /** Text matters only inside a result element whose message is being collected. */
  wantsText(): boolean {
    return this.capture !== undefined;
  }

  close(name: string): void {
    if (this.capture?.depth === this.depth) this.capture = undefined;
    const testCase = this.cases.at(-1);
    if (name === 'testcase' && testCase?.depth === this.depth) {
      this.cases.pop();
      this.finishCase(testCase);
    } else if (name === 'testsuite' && this.suite?.depth === this.depth) {
      this.finishSuite(this.suite);
      this.suite = this.suite.parent;
    }
    this.depth--;
  }

  finish(): ParseResult<TestEvidence> {
    this.addMochaPending();
    const list = new TestCaseList();
    /** Index of every occurrence in a retry group → the group's runs. */
    const retryGroups = new Map<number, Occurrence[]>();
    for (const indexes of this.repeated.values()) {
      const runs = indexes.flatMap((i) => {
        const testCase = this.occurrences[i];
        return testCase ? [{ testCase, sameRun: this.sameRuns.has(i) }] : [];
      });
      if (!isRetryShaped(runs)) continue;
      // a producer that never writes reruns repeats an identity only as rows of their own
      if (this.repeatsAreRows && !runs.every((run) => run.sameRun)) continue;
      for (const i of indexes) retryGroups.set(i, runs);
    }
    this.occurrences.forEach((testCase, i) => {
      const runs = retryGroups.get(i);
      const firstRun = runs?.[0];
      if (!runs || !firstRun) list.add(testCase);
      else if (firstRun.testCase === testCase) list.add(foldRuns(firstRun, runs));
    });
    if (this.implausibleTimes > 0) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${this.implausibleTimes} testcase time value(s) exceed ${IMPLAUSIBLE_SECONDS} seconds; the producer may have written another unit (container-structure-test before 1.14 wrote nanoseconds). Durations are kept as written.`,
      });
    }
    return { data: list.evidence(), diagnostics: this.diagnostics };
  }

  private openCaseChild(
    testCase: CaseFrame,
    name: string,
    attributes: Record<string, string>,
  ): void {
    if (name === 'error' || name === 'failure' || name === 'skipped') {
      if (testCase[name]) return; // several of a kind: the first one's message stands for them
      const fault: Fault = {};
      testCase[name] = fault;
      if (this.heldMessages >= MESSAGES_PER_FILE) return;
      this.heldMessages++;
      const message = attributes['message']?.trim();
      if (message) fault.message = clipMessage(message) ?? '';
      else {
        fault.text = new MessageText();
        this.capture = { fault, depth: this.depth };
      }
    } else if (name === 'flakyFailure' || name === 'flakyError') {
      testCase.flakyRuns++;
    } else if (name === 'rerunFailure' || name === 'rerunError') {
      testCase.reruns++;
      if (name === 'rerunError') testCase.rerunError = true;
    }
  }

  /**
   * Runs once per testcase: no spreads, arrays or key strings, and kept strings are detached from
   * the chunk (a suite's cases share one copy of their classname and file).
   */
  private finishCase(frame: CaseFrame): void {
    const attributes = frame.attributes;
    const status = statusOf(frame);
    const classname = this.keptClassname(attributes['classname'] ?? attributes['class'] ?? '');
    const name = detach(attributes['name'] ?? '');
    const fileAttribute = this.keptFile(attributes['file'] ?? '');
    const file = fileAttribute.trim() !== '' ? fileAttribute : suiteFile(frame.suite);
    const line = lineOf(attributes['line'], frame.suite);
    const durationMs = durationOf(attributes['time']);
    if (durationMs !== undefined && durationMs > IMPLAUSIBLE_SECONDS * 1000)
      this.implausibleTimes++;
    const retries = frame.flakyRuns + frame.reruns;
    const message = messageOf(frame, status);
    const suite = classname.trim() !== '' ? classname : (suiteName(frame.suite) ?? '');
    const testCase = newTestCase(suite, name, file, line, status, durationMs);
    if (message !== undefined) testCase.message = message;
    if (status === 'passed' && frame.flakyRuns > 0) testCase.flaky = true;
    if (retries > 0) testCase.retries = retries;
    const index = this.occurrences.length;
    this.occurrences.push(testCase);
    if (classname === JEST_SUITE_FAILED) this.sameRuns.add(index);
    const errorMessage = frame.error?.message ?? frame.error?.text?.value;
    // pytest's teardown error is a result of its own, never a retry of the failed call
    if (status === 'error' && errorMessage?.startsWith(PYTEST_TEARDOWN) === true) return;
    const identities = frame.suite?.identities ?? this.rootIdentities;
    const first = identities.firstOf(index, name, classname, fileAttribute);
    if (first === undefined) return;
    const indexes = this.repeated.get(first);
    if (indexes) indexes.push(index);
    else this.repeated.set(first, [first, index]);
  }

  /** One kept copy of a classname for its run of testcases (a suite's cases share it). */
  private keptClassname(classname: string): string {
    if (classname !== this.lastClassname) {
      this.lastClassname = classname;
      this.lastClassnameCopy = detach(classname);
    }
    return this.lastClassnameCopy;
  }

  /** One kept copy of a `file` attribute for its run of testcases (jest-junit: a suite's file). */
  private keptFile(file: string): string {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastFileCopy = detach(file);
    }
    return this.lastFileCopy;
  }

  /** The pending tests mocha-junit-reporter left out, as skipped tests (see the header). */
  private addMochaPending(): void {
    if (this.mochaPending === undefined) return;
    const listed = this.occurrences.filter((testCase) => testCase.status === 'skipped').length;
    const missing = this.mochaPending - listed;
    if (missing <= 0) return;
    this.declaredOnly += missing;
    if (this.declaredOnly > MAX_DECLARED_ONLY_TESTS) {
      throw new EvidenceParseError(
        `the root declares more than ${MAX_DECLARED_ONLY_TESTS} skipped tests it does not list: not a plausible report`,
      );
    }
    let left = missing;
    const add = (suite: string, file: string | undefined, count: number) => {
      for (let i = 0; i < count; i++) {
        this.occurrences.push({
          suite,
          name: `(pending test ${missing - left + 1} of ${missing} left out by mocha-junit-reporter)`,
          ...(file !== undefined ? { file } : {}),
          status: 'skipped',
        });
        left--;
      }
    };
    for (const short of this.mochaShortSuites)
      add(short.suite, short.file, Math.min(short.missing, left));
    add(MOCHA_ROOT, undefined, left);
    this.diagnostics.push({
      severity: 'warning',
      message: `mocha-junit-reporter lists ${listed} skipped testcase(s) but its root counts ${this.mochaPending} pending: ${missing} pending test(s) left out of the file (its includePending option is off) are counted as skipped`,
    });
  }

  /** A leaf suite with no testcase but declared counts: the tests the producer says it ran. */
  private finishSuite(suite: SuiteFrame): void {
    if (this.mochaPending !== undefined) {
      // mocha's `suite.tests` counts tests that never ran: only the root's pending count says
      // how many of those missing here were pending (addMochaPending), the rest are not results
      const missing = countOf(suite.declared['tests']) - suite.caseCount;
      if (missing > 0)
        this.mochaShortSuites.push({
          suite: suite.name ?? suiteName(suite.parent) ?? '',
          ...(suite.file !== undefined ? { file: suite.file } : {}),
          missing,
        });
      return;
    }
    if (suite.hasCases || suite.hasChildSuites) return;
    const count = (name: string) => countOf(suite.declared[name]);
    const errors = count('errors');
    const failures = count('failures');
    const skipped =
      (suite.declared['skipped'] !== undefined ? count('skipped') : count('skips')) +
      count('disabled');
    const total = Math.max(count('tests'), errors + failures + skipped);
    if (total === 0) return;
    this.declaredOnly += total;
    if (this.declaredOnly > MAX_DECLARED_ONLY_TESTS) {
      throw new EvidenceParseError(
        `testsuites without <testcase> elements declare more than ${MAX_DECLARED_ONLY_TESTS} tests in all: not a plausible report`,
      );
    }
    const statuses: TestStatus[] = [
      ...Array<TestStatus>(errors).fill('error'),
      ...Array<TestStatus>(failures).fill('failed'),
      ...Array<TestStatus>(skipped).fill('skipped'),
      ...Array<TestStatus>(total - errors - failures - skipped).fill('passed'),
    ];
    const suiteLabel = suite.name ?? suiteName(suite.parent) ?? '';
    statuses.forEach((status, i) => {
      this.occurrences.push({
        suite: suiteLabel,
        name: `(test ${i + 1} of ${total} declared by the suite, no <testcase> element)`,
        ...(suite.file !== undefined ? { file: suite.file } : {}),
        status,
      });
    });
    this.diagnostics.push({
      severity: 'warning',
      message: `testsuite "${suiteLabel}" lists no <testcase> but declares ${total} test(s) (${failures} failed, ${errors} errors, ${skipped} skipped): counted from its attributes`,
    });
  }
}

/**
 * A case with its fields in the order the model lists them (the report JSON keeps this order).
 * The fields nearly every testcase has are in the literal: a property added afterwards goes to a
 * separate property store, one more allocation per testcase.
 */
function newTestCase(
  suite: string,
  name: string,
  file: string | undefined,
  line: number | undefined,
  status: TestStatus,
  durationMs: number | undefined,
): TestCase {
  if (line === undefined && durationMs !== undefined) {
    return file === undefined
      ? { suite, name, status, durationMs }
      : { suite, name, file, status, durationMs };
  }
  const testCase: TestCase =
    file === undefined
      ? line === undefined
        ? { suite, name, status }
        : { suite, name, line, status }
      : line === undefined
        ? { suite, name, file, status }
        : { suite, name, file, line, status };
  if (durationMs !== undefined) testCase.durationMs = durationMs;
  return testCase;
}

function statusOf(frame: CaseFrame): TestStatus {
  const attributes = frame.attributes;
  const status = attributes['status']?.trim().toLowerCase() ?? '';
  const result = attributes['result']?.trim().toLowerCase() ?? '';
  if (
    NOT_RUN_STATUS.has(status) ||
    NOT_RUN_RESULT.has(result) ||
    isTrue(attributes['skipped']) ||
    isTrue(attributes['disabled'])
  ) {
    return 'skipped';
  }
  if (frame.error) return 'error';
  if (frame.failure) return 'failed';
  if (frame.reruns > 0) return frame.rerunError ? 'error' : 'failed';
  if (frame.skipped) return 'skipped';
  if (ERROR_STATUS.has(status)) return 'error';
  if (FAILED_STATUS.has(status)) return 'failed';
  return 'passed';
}

function messageOf(frame: CaseFrame, status: TestStatus): string | undefined {
  const { error, failure, skipped } = frame;
  const order: (Fault | undefined)[] =
    status === 'error'
      ? [error]
      : status === 'failed'
        ? [failure]
        : status === 'skipped'
          ? [skipped, failure, error]
          : [];
  for (const fault of order) {
    const message = fault?.message ?? fault?.text?.value;
    if (message !== undefined) return message;
  }
  return undefined;
}

/**
 * Runs of one identity are a retry when every run before the last failed or errored: tools rerun
 * only failing tests. Anything else (a pass or skip followed by more runs) is data-driven.
 */
function isRetryShaped(runs: readonly Occurrence[]): boolean {
  return runs
    .slice(0, -1)
    .every((run) => run.testCase.status === 'failed' || run.testCase.status === 'error');
}

/** One test from its runs: passed (flaky) or skipped as its last run; else error over failed. */
function foldRuns(firstRun: Occurrence, runs: readonly Occurrence[]): TestCase {
  const first = firstRun.testCase;
  const last = runs.at(-1)?.testCase ?? first;
  let retries = 0;
  let durationMs: number | undefined;
  runs.forEach((run, i) => {
    if (i > 0 && !run.sameRun) retries++;
    retries += run.testCase.retries ?? 0;
    if (run.testCase.durationMs !== undefined)
      durationMs = (durationMs ?? 0) + run.testCase.durationMs;
  });
  const neverPassed = last.status === 'failed' || last.status === 'error';
  const errored = runs.some((run) => run.testCase.status === 'error');
  const status = neverPassed && errored ? 'error' : last.status;
  // the message of the last run that ended as the test did
  const message = runs.findLast((run) => run.testCase.status === status)?.testCase.message;
  const folded: TestCase = { ...first, status };
  delete folded.message;
  delete folded.flaky;
  delete folded.retries;
  delete folded.durationMs;
  if (durationMs !== undefined) folded.durationMs = durationMs;
  if (last.status === 'passed' && runs.length > 1) folded.flaky = true;
  if (status !== 'passed' && message !== undefined) folded.message = message;
  if (retries > 0) folded.retries = retries;
  return folded;
}

function pickDeclared(attributes: Record<string, string>): Record<string, string> {
  const declared: Record<string, string> = {};
  for (const name of ['tests', 'failures', 'errors', 'skipped', 'skips', 'disabled']) {
    const value = attributes[name];
    if (value !== undefined) declared[name] = value;
  }
  return declared;
}

function countOf(value: string | undefined): number {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return 0;
  return Number(value);
}

function suiteName(suite: SuiteFrame | undefined): string | undefined {
  for (let frame = suite; frame; frame = frame.parent)
    if (frame.name !== undefined) return frame.name;
  return undefined;
}

function suiteFile(suite: SuiteFrame | undefined): string | undefined {
  for (let frame = suite; frame; frame = frame.parent)
    if (frame.file !== undefined) return frame.file;
  return undefined;
}

/** pytest's `line` is the 0-based item location; its suite is named "pytest" unless configured. */
function lineOf(value: string | undefined, suite: SuiteFrame | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const line = Number(value) + (suite?.name === 'pytest' ? 1 : 0);
  return line >= 1 && Number.isSafeInteger(line) ? line : undefined;
}

/** Seconds as written by the producer, tolerating locale-formatted numbers. */
export function durationOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const plain = plainSecondsInMs(value);
  if (plain !== NOT_PLAIN) return plain;
  const text = value.trim();
  if (!text) return undefined;
  let normalized = text;
  if (text.includes(',')) {
    const grouping =
      /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) && (text.includes('.') || text.split(',').length > 2);
    if (grouping) normalized = text.replaceAll(',', '');
    else if (/^\d+,\d+$/.test(text)) normalized = text.replace(',', '.');
    else return undefined;
  }
  const ms = secondsToMs(normalized);
  return ms === undefined ? undefined : roundMs(ms);
}

/** What `plainSecondsInMs` returns for text it leaves to the general reading. */
const NOT_PLAIN = -1;

/**
 * Seconds written as up to 9 digits with up to 6 decimals (what producers write: `0.016`,
 * `36.860`), in ms, read with integer arithmetic; NOT_PLAIN for any other text. It runs once per
 * testcase, and in a fresh process it runs mostly unoptimized, where `Number()` on a string and the
 * general reading's `trim` and `includes` cost several times more. The result is exactly the
 * general reading's `roundMs(Number(text) * 1000)`: with k decimals the value times 10^6 is the
 * integer M = digits × 10^(6-k) < 10^15, which the general reading's three roundings put less than
 * 0.5 away from (each is off by at most 2^-53 relatively), so its `Math.round` gives M too, and
 * both end with the same division M / 1000.
 */
function plainSecondsInMs(text: string): number {
  const length = text.length;
  let whole = 0;
  let i = 0;
  for (; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === 0 || i > 9) return NOT_PLAIN;
  if (i === length) return whole * 1000;
  if (text.charCodeAt(i) !== 46 || length - i - 1 > 6 || length - i - 1 === 0) return NOT_PLAIN;
  let micros = 0;
  let scale = 1e6;
  for (i++; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NOT_PLAIN;
    scale /= 10;
    micros += digit * scale;
  }
  return (whole * 1e6 + micros) / 1000;
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && TRUE_VALUES.has(value.trim().toLowerCase());
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
