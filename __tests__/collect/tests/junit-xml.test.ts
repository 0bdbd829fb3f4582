import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import {
  durationOf,
  junitXmlCollector,
  MAX_DECLARED_ONLY_TESTS,
} from '../../../src/collect/tests/junit-xml.js';
import { testsCollectors } from '../../../src/collect/tests/index.js';
import { EvidenceParseError } from '../../../src/errors.js';
import { MESSAGE_MAX_CHARS, MESSAGES_PER_FILE } from '../../../src/model/limits.js';
import type { TestCase } from '../../../src/model/tests.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'junit-xml');

function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

function chunked(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.from(pieces);
}

async function parseBytes(bytes: Buffer, chunkSize = 64 * 1024) {
  return junitXmlCollector.parse({
    path: 'report.xml',
    chunks: chunked(bytes, chunkSize),
    bytes: bytes.length,
  });
}

const parseFixture = async (name: string, chunkSize?: number) =>
  parseBytes(fixture(name), chunkSize);
const parseXml = async (xml: string) => parseBytes(Buffer.from(xml, 'utf8'));

async function parseError(bytes: Buffer): Promise<EvidenceParseError> {
  try {
    await parseBytes(bytes);
  } catch (error) {
    if (error instanceof EvidenceParseError) return error;
    throw error;
  }
  throw new Error('expected an EvidenceParseError');
}

function byName(cases: readonly TestCase[], name: string): TestCase {
  const [only, ...others] = cases.filter((testCase) => testCase.name === name);
  if (!only || others.length > 0) throw new Error(`expected exactly one case named ${name}`);
  return only;
}

describe('junit-xml detection', () => {
  it.each([
    'pytest-9.0.3-xunit1.xml',
    'ctest-3.25.1.xml', // root <testsuite>
    'enricomi-xunit-junit-bom-crlf.xml',
    'dorny-phpunit-empty.xml',
    'mikepenz-nested-junit.xml', // no XML declaration
  ])('claims %s', (name) => {
    const head = fixture(name)
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(junitXmlCollector.detect(head)).toBe(true);
  });

  it.each([
    ['NUnit 2', '<?xml version="1.0"?><test-results name="x" total="1"></test-results>'],
    ['NUnit 3', '<test-run id="2" testcasecount="1"></test-run>'],
    ['xUnit.net v2', '<assemblies><assembly name="a.dll" total="1"/></assemblies>'],
    ['xUnit.net v1', '<assembly name="a.dll" total="1"/>'],
    ['TRX', '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"/>'],
    ['other XML', '<suites><suite/></suites>'],
    ['JSON', '{"testsuites": []}'],
    ['text', 'this is not an xml file'],
  ])('leaves %s alone', (_label, head) => {
    expect(junitXmlCollector.detect(head)).toBe(false);
  });

  it('comes last among the tests formats, after those with their own roots', () => {
    expect(testsCollectors.at(-1)).toBe(junitXmlCollector);
  });
});

describe('junit-xml: error vs failure vs skipped', () => {
  it('counts a testcase with a failure and an error as an error, and several errors once', async () => {
    const { data } = await parseFixture('mikepenz-test_multiple_errors.xml');
    expect(byName(data.cases, 'testWithFailureAndError')).toMatchObject({
      status: 'error',
      message: 'Unhandled error',
    });
    expect(byName(data.cases, 'testWithMultipleErrors')).toMatchObject({
      status: 'error',
      message: 'First timeout',
    });
    expect(data.totals).toMatchObject({ total: 3, passed: 1, failed: 0, errors: 2, skipped: 0 });
  });

  it('ranks error over failure over skipped within one testcase', async () => {
    const { data } = await parseFixture('enricomi-junit.multiresult.xml');
    expect(data.cases.map((testCase) => [testCase.name, testCase.status])).toEqual([
      ['test that errors', 'error'], // skipped + failure + error
      ['test that fails', 'failed'], // skipped + failure
      ['test that is skipped', 'skipped'],
      ['test that succeeds', 'passed'],
    ]);
  });

  it('reads pytest (real run): skip and xfail are skipped, setup errors are errors', async () => {
    const { data } = await parseFixture('pytest-9.0.3-xunit2.xml');
    // pytest's own suite attributes: tests=12 failures=3 errors=3 skipped=2
    expect(data.totals).toMatchObject({ total: 12, failed: 3, errors: 3, skipped: 2, passed: 4 });
    expect(byName(data.cases, 'test_xfail')).toMatchObject({
      status: 'skipped',
      message: 'known bug',
    });
    expect(byName(data.cases, 'test_setup_error').status).toBe('error');
    expect(byName(data.cases, 'test_param[2]').status).toBe('failed');
  });

  it("keeps pytest's failure + teardown error pair as the two results pytest counts", async () => {
    const { data } = await parseFixture('pytest-9.0.3-xunit1.xml');
    const pair = data.cases.filter((testCase) => testCase.name === 'test_fail_and_teardown_error');
    expect(pair.map((testCase) => testCase.status)).toEqual(['failed', 'error']);
    expect(pair.every((testCase) => testCase.retries === undefined)).toBe(true);
    expect(byName(data.cases, 'test_pass_and_teardown_error').status).toBe('error');
  });

  it('reads CTest (real run): disabled and notrun are skipped, fail is failed', async () => {
    const { data } = await parseFixture('ctest-3.25.1.xml');
    // CTest's suite: tests=6 failures=1 disabled=1 skipped=2
    expect(data.totals).toMatchObject({ total: 6, passed: 2, failed: 1, errors: 0, skipped: 3 });
    expect(byName(data.cases, 'disabled_one').status).toBe('skipped'); // status="disabled", no <skipped>
    expect(byName(data.cases, 'not_run_missing_exe')).toMatchObject({
      status: 'skipped',
      message: 'Unable to find executable',
    });
    expect(byName(data.cases, 'ünïcode_𝄞').status).toBe('passed');
  });

  it('reads GoogleTest (real run): GTEST_SKIP and DISABLED_ tests are skipped', async () => {
    // gtest: PASSED 2, SKIPPED 2, FAILED 2, and 1 DISABLED TEST (counted as skipped here)
    const { data } = await parseFixture('googletest-1.12.1.xml');
    expect(data.totals).toMatchObject({ total: 7, passed: 2, failed: 2, skipped: 3, errors: 0 });
    expect(byName(data.cases, 'DISABLED_Off').status).toBe('skipped');
    expect(byName(data.cases, 'Skipped')).toMatchObject({ status: 'skipped', line: 4 });
    expect(byName(data.cases, 'Even/0')).toMatchObject({ suite: 'Nums/P', status: 'failed' });
  });

  it('reads GoogleTest status/result attributes', async () => {
    const { data } = await parseFixture('googletest-status.xml');
    expect(data.cases.map((testCase) => testCase.status)).toEqual([
      'passed',
      'failed',
      'skipped',
      'skipped',
    ]);
    expect(byName(data.cases, 'DISABLED_NotYet').status).toBe('skipped'); // status="notrun" result="suppressed"
  });

  it('takes tst status attributes; "disabled" wins over a failure child', async () => {
    const tst = await parseFixture('mikepenz-tst-testDisabled.xml');
    // the suite declares tests=22 disabled=10 failures=4 errors=2
    expect(tst.data.totals).toMatchObject({
      total: 22,
      skipped: 10,
      failed: 4,
      errors: 2,
      passed: 6,
    });
    const disabledWithFailure = await parseFixture('mikepenz-testFailedDisabled.xml');
    expect(disabledWithFailure.data.cases).toEqual([
      expect.objectContaining({ status: 'skipped', message: 'Assert: Boolean true check failed.' }),
    ]);
  });

  it('reads node --test (real run): todo and skip are skipped, subtests of a test are cases', async () => {
    const { data } = await parseFixture('node-20.20.2-test-reporter-junit.xml');
    // node: tests 8 = these 7 testcases + "parent with subtests", written as a <testsuite>
    expect(data.totals).toMatchObject({ total: 7, passed: 3, failed: 2, skipped: 2, errors: 0 });
    expect(byName(data.cases, 'child bad')).toMatchObject({
      status: 'failed',
      message: 'boom <&>',
    });
  });

  it('lets a PHPUnit 9 <warning> pass and status attributes decide without result elements', async () => {
    const { data } = await parseXml(`<testsuites><testsuite name="S">
      <testcase name="warns" class="A" classname="A" file="/p/ATest.php" line="12"><warning type="PHPUnit\\Framework\\Warning">careful</warning></testcase>
      <testcase name="tst-failed" status="failed"/>
      <testcase name="tst-errored" status="errored"/>
      <testcase name="flagged" skipped="true"/>
    </testsuite></testsuites>`);
    expect(data.cases.map((testCase) => testCase.status)).toEqual([
      'passed',
      'failed',
      'error',
      'skipped',
    ]);
  });
});

describe('junit-xml: nested suites', () => {
  it('counts testcases at every level of nested testsuites', async () => {
    const { data } = await parseFixture('enricomi-testsuite-in-testsuite.xml');
    expect(data.cases.map((testCase) => testCase.name)).toEqual([
      'TestCase1',
      'TestCase2',
      'TestCase3',
      'TestCase4',
      'TestCase5',
    ]);
    expect(data.cases[0]).toMatchObject({ suite: 'someName', file: '/somepath', line: 34 });
  });

  it('names the suite after the enclosing testsuite when classname is empty, keeping equal names apart', async () => {
    const { data } = await parseFixture('mikepenz-nested-junit.xml');
    expect(
      data.cases.map((testCase) => `${testCase.suite}/${testCase.name}:${testCase.status}`),
    ).toEqual([
      'TestA/A:failed',
      'TestA/B:passed',
      'TestB/A:passed',
      'TestB/B:failed',
      'packet/A:failed',
    ]);
  });

  it('reads PHPUnit-style nesting and falls back to the suite file', async () => {
    const basic = await parseFixture('dorny-phpunit-junit-basic.xml');
    expect(basic.data.totals).toMatchObject({ total: 9, passed: 8, failed: 1 });
    const { data } = await parseXml(`<testsuites><testsuite name="" tests="1">
      <testsuite name="Tests\\FooTest" file="/app/tests/FooTest.php"><testcase name="testA" classname="Tests.FooTest" line="7" time="0.5"/></testsuite>
    </testsuite></testsuites>`);
    expect(data.cases).toEqual([
      {
        suite: 'Tests.FooTest',
        name: 'testA',
        file: '/app/tests/FooTest.php',
        line: 7,
        status: 'passed',
        durationMs: 500,
      },
    ]);
  });

  it('reads testcases directly under <testsuites> and a <testsuites> inside <testsuites>', async () => {
    const { data } = await parseXml(
      '<testsuites><testsuites><testsuite name="inner"><testcase name="a"/></testsuite></testsuites><testcase name="b"><failure/></testcase></testsuites>',
    );
    expect(data.cases.map((testCase) => [testCase.suite, testCase.name, testCase.status])).toEqual([
      ['inner', 'a', 'passed'],
      ['', 'b', 'failed'],
    ]);
  });
});

describe('junit-xml: reruns and retries', () => {
  it('reads Surefire reruns (real run) as Surefire counts them', async () => {
    const { data } = await parseFixture('surefire-3.2.5-reruns.xml');
    // Surefire: Tests run: 7, Failures: 1, Errors: 1, Skipped: 1, Flakes: 2
    expect(data.totals).toMatchObject({
      total: 7,
      failed: 1,
      errors: 1,
      skipped: 1,
      flaky: 2,
      passed: 4,
    });
    expect(byName(data.cases, 'alwaysFails')).toMatchObject({ status: 'failed', retries: 2 }); // <failure> + 2 <rerunFailure>
    expect(byName(data.cases, 'alwaysErrors')).toMatchObject({ status: 'error', retries: 2 });
    expect(byName(data.cases, 'flakyPassesOnSecondRun')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 1,
    });
    expect(byName(data.cases, 'flakyErrorThenPass')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 1,
    });
    expect(byName(data.cases, 'flakyPassesOnSecondRun').message).toBeUndefined();
  });

  it('reads nextest retries', async () => {
    const { data } = await parseFixture('nextest-retries.xml');
    expect(byName(data.cases, 'test_flaky_mod_2')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 1,
    });
    expect(byName(data.cases, 'test_always_fails')).toMatchObject({ status: 'failed', retries: 2 });
    expect(byName(data.cases, 'test_always_fails').message).toContain('attempt 3 failed');
    expect(data.totals).toMatchObject({ total: 3, passed: 2, failed: 1, flaky: 1 });
  });

  it('folds a test appended again after failing (gotestsum --rerun-fails) into one flaky pass', async () => {
    const { data } = await parseFixture('mikepenz-gotestsum-retried.xml');
    expect(data.totals).toMatchObject({ total: 3, passed: 2, failed: 0, skipped: 1, flaky: 1 });
    expect(byName(data.cases, 'TestWebSocketReconnectRace')).toMatchObject({
      status: 'passed',
      flaky: true,
      retries: 1,
      durationMs: 3320 + 7780, // both runs took time
    });
  });

  it('folds runs that never passed into one test, error when any run errored', async () => {
    const { data } = await parseFixture('mikepenz-flaky_all_failures.xml');
    expect(data.cases).toEqual([
      expect.objectContaining({ name: 'test_always_fails', status: 'error', retries: 2, line: 10 }),
    ]);
    expect(data.totals.flaky).toBe(0);
  });

  it("keeps TestNG's skipped-then-failed pair as two results", async () => {
    const { data } = await parseFixture('dorny-testng-AddMissingPatchVersionTest.xml');
    // TestNG's own suite: tests=2 skipped=1 failures=1
    expect(data.cases.map((testCase) => testCase.status)).toEqual(['skipped', 'failed']);
  });

  it('keeps data-driven rows with one title apart (jest test.each: passed, failed, passed)', async () => {
    const { data } = await parseFixture('jest-junit-16.0.0-file-attribute.xml');
    const rows = data.cases.filter((testCase) => testCase.name.endsWith('same title for value'));
    expect(rows.map((testCase) => testCase.status)).toEqual(['passed', 'failed', 'passed']);
    // jest: Tests: 2 failed, 1 skipped, 1 todo, 5 passed, 9 total (jest-junit writes the todo as a bare testcase)
    expect(data.totals).toMatchObject({ total: 9, failed: 2, skipped: 1, passed: 6, flaky: 0 });
    // the same describe + title in two files are two tests
    expect(
      data.cases.filter((testCase) => testCase.name === 'math › ünïcode 𝄞 adds').map((c) => c.file),
    ).toEqual(['__tests__/math.test.js', '__tests__/other.test.js']);
  });

  // Real runs (README): two data rows with one title, the first failing; each tool's own summary.
  it.each([
    ['jest-junit-17.0.0-each-same-title.xml', 2, 1, 1], // jest: Tests: 1 failed, 1 passed, 2 total
    ['vitest-4.1.12-each-same-title.xml', 2, 1, 1], // vitest: Tests 1 failed | 1 passed (2)
    ['bun-1.4.5-each-same-title.xml', 2, 1, 1], // bun: 1 pass, 1 fail, Ran 2 tests
    ['mocha-junit-reporter-2.2.1-same-title.xml', 3, 2, 1], // mocha: 2 passing, 1 failing
    ['surefire-3.2.5-phrased-names.xml', 2, 1, 1], // Surefire: Tests run: 2, Failures: 1
    ['node-20.20.2-same-title.xml', 2, 1, 1], // node --test: tests 2, pass 1, fail 1
  ])(
    'keeps same-titled rows of %s apart: its producer never writes a rerun as a testcase',
    async (name, total, passed, failed) => {
      const { data } = await parseFixture(name);
      expect(data.totals).toMatchObject({ total, passed, failed, errors: 0, skipped: 0, flaky: 0 });
      const rows = data.cases.filter((testCase) =>
        testCase.name.endsWith('returns the expected value'),
      );
      expect(rows.map((testCase) => [testCase.status, testCase.retries])).toEqual([
        ['failed', undefined],
        ['passed', undefined],
      ]);
    },
  );

  it("folds jest-junit's two pseudo testcases of a suite that failed to run into one error", async () => {
    const { data } = await parseFixture('jest-junit-16.0.0-suite-errors.xml');
    const broken = data.cases.filter((testCase) => testCase.suite === 'Test suite failed to run');
    expect(broken).toEqual([
      expect.objectContaining({ name: '__tests__/broken.test.js', status: 'error' }),
    ]);
    expect(broken[0]?.retries).toBeUndefined();
    expect(data.totals).toMatchObject({ total: 10, errors: 1, failed: 2 });
  });

  it('folds only when every run before the last failed, and only within one testsuite element', async () => {
    const { data } = await parseXml(`<testsuites>
      <testsuite name="a">
        <testcase classname="C" name="failThenPassTwice"><failure/></testcase>
        <testcase classname="C" name="failThenPassTwice"/>
        <testcase classname="C" name="failThenPassTwice"/>
        <testcase classname="C" name="passThenFail"/>
        <testcase classname="C" name="passThenFail"><failure/></testcase>
        <testcase classname="C" name="failTwice"><failure message="1st"/></testcase>
        <testcase classname="C" name="failTwice"><failure message="2nd"/></testcase>
        <testcase classname="C" name="splitAcrossSuites"><failure/></testcase>
      </testsuite>
      <testsuite name="a"><testcase classname="C" name="splitAcrossSuites"/></testsuite>
    </testsuites>`);
    expect(
      data.cases.map((testCase) => [testCase.name, testCase.status, testCase.retries ?? 0]),
    ).toEqual([
      ['failThenPassTwice', 'failed', 0],
      ['failThenPassTwice', 'passed', 0],
      ['failThenPassTwice', 'passed', 0],
      ['passThenFail', 'passed', 0],
      ['passThenFail', 'failed', 0],
      ['failTwice', 'failed', 1],
      ['splitAcrossSuites', 'failed', 0],
      ['splitAcrossSuites', 'passed', 0],
    ]);
    expect(byName(data.cases, 'failTwice').message).toBe('2nd');
  });

  it('folds by classname + name + file: one name in two classes or two files is two tests', async () => {
    const { data } = await parseXml(`<testsuites>
      <testsuite name="s">
        <testcase classname="A" name="twoClasses"><failure message="A1"/></testcase>
        <testcase classname="B" name="twoClasses"><failure message="B1"/></testcase>
        <testcase classname="C" name="twoClasses"/>
        <testcase classname="B" name="twoClasses"/>
        <testcase classname="A" name="twoClasses"><failure message="A2"/></testcase>
        <testcase classname="F" name="twoFiles" file="a.js"><failure/></testcase>
        <testcase classname="F" name="twoFiles" file="b.js"><failure/></testcase>
        <testcase classname="F" name="twoFiles" file="b.js"/>
        <testcase classname="F" name="twoFiles" file="c.js"/>
        <testcase classname="F" name="noFileIsEmptyFile"><failure/></testcase>
        <testcase classname="F" name="noFileIsEmptyFile" file=""/>
        <testcase classname="" name="blankClassnames"><failure/></testcase>
        <testcase classname=" " name="blankClassnames"/>
        <testcase name="blankClassnames"/>
      </testsuite>
    </testsuites>`);
    expect(
      data.cases.map((testCase) => [
        testCase.suite,
        testCase.name,
        testCase.file,
        testCase.status,
        testCase.retries ?? 0,
        testCase.flaky ?? false,
      ]),
    ).toEqual([
      ['A', 'twoClasses', undefined, 'failed', 1, false],
      ['B', 'twoClasses', undefined, 'passed', 1, true],
      ['C', 'twoClasses', undefined, 'passed', 0, false],
      ['F', 'twoFiles', 'a.js', 'failed', 0, false],
      ['F', 'twoFiles', 'b.js', 'passed', 1, true],
      ['F', 'twoFiles', 'c.js', 'passed', 0, false],
      ['F', 'noFileIsEmptyFile', undefined, 'passed', 1, true],
      ['s', 'blankClassnames', undefined, 'passed', 1, true],
      ['s', 'blankClassnames', undefined, 'passed', 0, false],
    ]);
    expect(data.cases[0]?.message).toBe('A2');
  });
});

describe('junit-xml: unicode, entities, encodings', () => {
  it('keeps astral-plane characters in names and messages', async () => {
    const { data } = await parseFixture('enricomi-unsupported-unicode.xml');
    expect(data.cases[0]?.name).toBe('test 1 헴䜝헱홐㣇㿷䔭𒍺𡓿𠄉㦓');
    expect(byName(data.cases, 'test 6').message).toBe(
      'Some unsupported unicode characters: 헴䜝헱홐㣇㿷䔭𒍺𡓿𠄉㦓',
    );
  });

  it.each([1, 2, 3, 7])('reads the same cases when the bytes arrive %i at a time', async (size) => {
    const whole = await parseFixture('jest-junit-16.0.0-file-attribute.xml');
    const split = await parseFixture('jest-junit-16.0.0-file-attribute.xml', size);
    expect(split.data).toEqual(whole.data);
  });

  it('reads a file with a UTF-8 BOM and CRLF line ends', async () => {
    const { data } = await parseFixture('enricomi-xunit-junit-bom-crlf.xml');
    expect(data.cases.map((testCase) => testCase.name)).toEqual([
      'mytestapp.Tests.AttriubteTests.SetTestNoFeature',
      'mytestapp.Tests.AttriubteTests.GetTestNoFeature',
    ]);
  });

  it('decodes entities and CDATA', async () => {
    const { data } = await parseFixture('enricomi-with-xml-entities.xml');
    expect(data.cases.map((testCase) => testCase.name)).toEqual([
      'Test with "quotes" in the test name',
      "Test with 'apostrophe' in the test name",
      'Test with & in the test name',
      'Test with < and > in the test name',
    ]);
    const catch2 = await parseFixture('mikepenz-catch2-report.xml');
    expect(catch2.data.cases[0]?.message).toBe('REQUIRE(v == 1) expands to 0 == 10');
    const gtest = await parseFixture('googletest-status.xml');
    expect(byName(gtest.data.cases, 'Fails').message).toContain('Which is: 2');
  });
});

describe('junit-xml: empty runs', () => {
  it.each(['dorny-jest-junit-empty-testsuite.xml', 'dorny-phpunit-empty.xml'])(
    'reads %s as zero tests',
    async (name) => {
      const { data, diagnostics } = await parseFixture(name);
      expect(data.totals.total).toBe(0);
      expect(diagnostics).toEqual([]);
    },
  );

  it('counts a suite that declares tests but lists no testcase from its attributes, with a warning', async () => {
    const { data, diagnostics } = await parseFixture('enricomi-no-cases-but-tests.xml');
    // <testsuite failures="1" skipped="2" tests="6" errors="0">
    expect(data.totals).toMatchObject({ total: 6, passed: 3, failed: 1, skipped: 2, errors: 0 });
    expect(data.cases.every((testCase) => testCase.suite === 'pytest')).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('declares 6 test(s)'),
      }),
    ]);
  });

  it("counts the pending tests mocha-junit-reporter leaves out as mocha's pending, not as passes", async () => {
    // mocha 10.8.2 on sources/mocha-pend.spec.js.txt: 1 passing, 3 pending, 2 failing
    // (a `before` hook failure is one failing; the two tests it kept from running are not counted)
    const expected = { total: 6, passed: 1, failed: 2, skipped: 3, errors: 0 };
    const leftOut = await parseFixture('mocha-junit-reporter-2.2.1-pending-left-out.xml');
    expect(leftOut.data.totals).toMatchObject(expected);
    expect(
      leftOut.data.cases
        .filter((testCase) => testCase.status === 'skipped')
        .map((testCase) => testCase.suite),
    ).toEqual(['all pending', 'all pending', 'mixed']);
    expect(leftOut.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('3 pending'),
      }),
    ]);
    // the same run with includePending: the three are testcases, nothing is added
    const included = await parseFixture('mocha-junit-reporter-2.2.1-include-pending.xml');
    expect(included.data.totals).toMatchObject(expected);
    expect(included.diagnostics).toEqual([]);
  });

  it('refuses to make an implausible number of tests from suite attributes', async () => {
    const suites = '<testsuite name="s" tests="60000" failures="1"/>'.repeat(2);
    const error = await parseError(Buffer.from(`<testsuites>${suites}</testsuites>`));
    expect(error.reason).toContain(String(MAX_DECLARED_ONLY_TESTS));
    const huge = await parseError(Buffer.from('<testsuite tests="99999999999999999999"/>'));
    expect(huge.reason).toContain('not a plausible report');
  });

  it('does not invent tests for suites that only contain other suites', async () => {
    const { data } = await parseXml(
      '<testsuites tests="57"><testsuite tests="4" failures="2"><testsuite name="x" tests="0"/></testsuite></testsuites>',
    );
    expect(data.totals.total).toBe(0);
  });
});

describe('junit-xml: fields', () => {
  it("turns pytest's 0-based line into the line of the def", async () => {
    const { data } = await parseFixture('pytest-9.0.3-xunit1.xml');
    const source = readFileSync(
      path.join(FIXTURES, 'sources', 'pytest_test_sample.py'),
      'utf8',
    ).split('\n');
    for (const name of ['test_pass', 'test_fail', 'test_setup_error']) {
      const testCase = byName(data.cases, name);
      expect(testCase.file).toBe('test_sample.py');
      expect(source[(testCase.line ?? 0) - 1]).toContain(`def ${name}(`);
    }
    const xunit2 = await parseFixture('pytest-9.0.3-xunit2.xml');
    expect(byName(xunit2.data.cases, 'test_pass').file).toBeUndefined(); // xunit2 writes no file/line
  });

  it("keeps other producers' lines as written", async () => {
    const { data } = await parseFixture('googletest-status.xml');
    expect(byName(data.cases, 'Fails')).toMatchObject({ file: 'math_test.cc', line: 9 });
  });

  it.each([
    ['1.5', 1500],
    ['36.860', 36860],
    ['0.016', 16],
    ['007.5', 7500],
    ['123456789.123456', 123456789123.456], // the longest plain form: 9 digits, 6 decimals
    ['1234567890.5', 1234567890500], // longer forms are read the general way
    ['0.0000005', 0.001],
    ['1.', 1000],
    ['.5', 500],
    [' 2.5 ', 2500],
    ['4.50611114501953e-05', 0.045],
    ['0', 0],
    ['0,003', 3], // locale decimal comma
    ['1,234.5', 1234500], // thousands separator
    ['12,345,678', 12345678000],
    ['', undefined],
    [' ', undefined],
    ['<<computed>>', undefined],
    ['-1', undefined],
    ['NaN', undefined],
    [undefined, undefined],
  ])('reads time %p as %p ms', (time, expected) => {
    expect(durationOf(time)).toBe(expected);
  });

  it('warns about time values that cannot be seconds', async () => {
    const { diagnostics } = await parseXml(
      '<testsuites><testsuite><testcase name="a" time="999638317"/></testsuite></testsuites>',
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('nanoseconds'),
      }),
    ]);
  });
});

describe('junit-xml: bad input', () => {
  it('reports a truncated file with its position', async () => {
    const error = await parseError(fixture('enricomi-corrupt-xml.xml'));
    expect(error.position.line).toBe(11); // the file ends inside <skipped> on line 11
    expect(error.position.column).toBeGreaterThan(0);
  });

  it('reports a file cut inside a testcase', async () => {
    const error = await parseError(
      Buffer.from('<testsuites>\n<testsuite name="s">\n<testcase name="a">'),
    );
    expect(error.position.line).toBe(3);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '  \n'],
    ['text', 'this is not an xml file'],
    ['a BOM only', '\ufeff'],
    ['broken markup', '<testsuites><testsuite></testsuites>'],
  ])('rejects %s input with a position', async (_label, text) => {
    const error = await parseError(Buffer.from(text, 'utf8'));
    expect(error.position.line).toBeGreaterThanOrEqual(1);
  });

  it('rejects well-formed XML of another format, naming its root', async () => {
    const error = await parseError(Buffer.from('<suites><suite><case name="x"/></suite></suites>'));
    expect(error.reason).toContain('<suites>');
  });
});

describe('junit-xml: memory', () => {
  it('never keeps system-out, and clips long failure text', async () => {
    const hugeOutput = 'x'.repeat(3 * 1024 * 1024);
    const longTrace = `first line\n${'at frame\n'.repeat(2000)}`;
    const { data } = await parseXml(`<testsuites><testsuite name="s">
      <testcase name="a"><failure>${longTrace}</failure><system-out>${hugeOutput}</system-out></testcase>
      <system-err>${hugeOutput}</system-err>
    </testsuite></testsuites>`);
    const message = data.cases[0]?.message ?? '';
    expect(message.startsWith('first line')).toBe(true);
    expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS + 1);
    expect(JSON.stringify(data).length).toBeLessThan(10_000);
  });

  it('counts every failure but keeps at most MESSAGES_PER_FILE messages', async () => {
    const count = MESSAGES_PER_FILE + 100;
    const cases = Array.from(
      { length: count },
      (_, i) => `<testcase name="t${i}"><failure message="m${i}"/></testcase>`,
    );
    const { data } = await parseXml(`<testsuite name="s">${cases.join('')}</testsuite>`);
    expect(data.totals.failed).toBe(count);
    expect(data.cases.filter((testCase) => testCase.message !== undefined)).toHaveLength(
      MESSAGES_PER_FILE,
    );
  });
});
