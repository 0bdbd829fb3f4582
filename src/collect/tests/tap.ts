import { parse as parseYaml } from 'yaml';
import type { Collector, ParseResult } from '../collector.js';
import { EvidenceParseError } from '../../errors.js';
import type { Diagnostic } from '../../model/evidence.js';
import type { TestCase, TestEvidence, TestStatus } from '../../model/tests.js';
import { forEachLine } from '../read/lines.js';
import { TestCaseList } from './case-list.js';

/**
 * Test Anything Protocol 13/14 (`node --test` TAP reporter, tape, Perl's Test::More under prove,
 * pytest-tap, bats), read line by line.
 *
 * What counts as a test is what the producer counts:
 * - A TAP harness (prove, TAP 14) counts the top-level test points; a subtest is one point of
 *   its parent stream, its indented points are detail. So by default only top-level points count
 *   (Test::More `subtest` → one test, as prove's "Tests: N").
 * - node:test counts every test at every level except describe blocks ("# tests N" = pass +
 *   fail + cancelled + skipped + todo): a parent test with subtests is itself a test, failing
 *   when a subtest fails. Its streams are recognised by the YAML block with duration_ms that
 *   node writes after every point; then every point except `type: 'suite'` counts.
 * Directives: "# SKIP" → skipped; "# TODO" → skipped (a TODO failure is not a failure in TAP;
 * node counts it under "# todo"). "not ok" → failed, or error when node says the test was
 * cancelled or timed out (failureType cancelledByParent / testTimeoutFailure: node's
 * "# cancelled"). The message of a failure is its YAML `error`/`message`, or the "#" diagnostic
 * lines that follow it (Test::More), or the first failed subtest. "# Subtest: name" lines (and
 * TAP 14 indentation) give the suite; in flat streams a tape-style "# group" comment does.
 *
 * TAP makes a run that does not finish a failure, and so does Certify: "Bail out!" adds one
 * error case and ends the stream; a top-level plan ("1..N") that the top-level points do not
 * match, or no top-level plan at all, adds one error case "(plan)" — prove's "Bad plan" / "No
 * plan found": the stream is truncated or the producer crashed. A "# tests N" summary that
 * disagrees with the count is a warning.
 */
export const tapCollector: Collector<TestEvidence> = {
  format: 'tap',
  kind: 'tests',
  producers: 'node --test --test-reporter=tap, tape, prove/Test::More, pytest --tap, bats --tap',
  detect: isTap,
  parse: async ({ chunks }) => parseTap(chunks),
};

const VERSION = /^TAP version (\d+)\s*$/i;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const POINT = /^(not ok|ok)(?=\s|$)\s*(\d+)?\s*(?:-\s*)?(.*)$/;
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/;
const BAIL = /^Bail out!\s*(.*)$/;
/** node/tape trailing counters: "# tests 14", "# pass  3". */
const SUMMARY =
  /^#\s*(tests|suites|pass|fail|cancelled|skipped|skip|todo|duration_ms|ok)\s+(\d+(?:\.\d+)?)\s*$/;
/** Spaces per subtest level (TAP 14, node:test, Test::More). */
const INDENT = 4;
const YAML_MAX_CHARS = 8 * 1024;
const DIAG_MAX_LINES = 50;

export function isTap(head: string): boolean {
  for (const raw of head.split('\n', 200)) {
    const line = raw.trim();
    if (line === '' || (line.startsWith('#') && !VERSION.test(line))) continue;
    // "ok 1 …", "ok - …", "not ok": not "ok  \tpkg 0.1s" (plain go test output)
    return VERSION.test(line) || PLAN.test(line) || /^(?:not )?ok(?:$| #| -| \d| [^\s])/.test(line);
  }
  return false;
}

interface Point {
  ok: boolean;
  number: string | undefined;
  description: string;
  level: number;
  line: number;
  yaml: string[] | undefined;
  yamlChars: number;
  /** "#" lines right after a failed point without YAML (Test::More's diagnostics). */
  diag: string[];
}

async function parseTap(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  /** Names announced by "# Subtest:" per level, and tape-style group comments per level. */
  const subtests: (string | undefined)[] = [];
  const groups: (string | undefined)[] = [];
  /** First failed point per level, to explain its parent's failure. */
  const failedChild: (string | undefined)[] = [];
  const declared = new Map<string, number>();
  let nodeStyle: boolean | undefined;
  // flags set inside the line callback (an object, so the checks after it are not narrowed away)
  const seen = { tap: false, bail: false };
  let plan: { count: number; line: number } | undefined;
  let topPoints = 0;
  let counted = 0;
  let pending: Point | undefined;
  /** Indentation of the open YAML block's "---", when one is open. */
  let yamlIndent: number | undefined;

  const finish = () => {
    if (!pending) return;
    const point = pending;
    pending = undefined;
    const yaml = point.yaml?.join('\n') ?? '';
    nodeStyle ??= DURATION.test(yaml);
    const child = failedChild[point.level + 1];
    failedChild.length = point.level + 1;
    if (point.level > 0 && !nodeStyle) {
      if (!point.ok) failedChild[point.level] ??= splitDirective(point.description).description;
      subtests[point.level] = undefined;
      return;
    }
    const testCase = toCase(point, yaml, subtests, groups, list.wantsMessages, child);
    // the "# Subtest: name" this point closed names no later point
    subtests[point.level] = undefined;
    if (testCase) {
      list.add(testCase);
      counted++;
    }
  };

  const lines = await forEachLine(chunks, (raw, lineNumber) => {
    if (seen.bail) return;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();

    if (yamlIndent !== undefined && pending) {
      if (line === '...' && indent === yamlIndent) {
        yamlIndent = undefined;
        return;
      }
      if (line === '' || indent > yamlIndent || (indent === yamlIndent && !POINT.test(line))) {
        if (pending.yaml && pending.yamlChars < YAML_MAX_CHARS) {
          // clipped to the budget: one huge line must not take the YAML parser a long time
          const text = raw.slice(Math.min(indent, yamlIndent), Math.min(indent, yamlIndent) + YAML_MAX_CHARS - pending.yamlChars);
          pending.yaml.push(text);
          pending.yamlChars += text.length + 1;
        }
        return;
      }
      yamlIndent = undefined; // unterminated block: the producer went on without "..."
    }
    if (line === '') return;
    if (line === '---' && pending && indent > pending.level * INDENT && !pending.yaml) {
      pending.yaml = [];
      yamlIndent = indent;
      return;
    }

    const level = Math.floor(indent / INDENT);
    const point = POINT.exec(line);
    if (point) {
      finish();
      seen.tap = true;
      pending = {
        ok: point[1] === 'ok',
        number: point[2],
        description: point[3] ?? '',
        level,
        line: lineNumber,
        yaml: undefined,
        yamlChars: 0,
        diag: [],
      };
      if (level === 0) topPoints++;
      return;
    }
    if (
      pending &&
      !pending.ok &&
      !pending.yaml &&
      line.startsWith('#') &&
      !SUBTEST.test(line) &&
      !SUMMARY.test(line)
    ) {
      if (pending.diag.length < DIAG_MAX_LINES) pending.diag.push(line.replace(/^#\s?/, ''));
      return;
    }
    finish();
    const bail = BAIL.exec(line);
    if (bail) {
      seen.tap = true;
      seen.bail = true;
      list.add({
        suite: '',
        name: 'Bail out!',
        status: 'error',
        message: bail[1] === undefined || bail[1] === '' ? 'the producer stopped the run' : bail[1],
      });
      return;
    }
    if (VERSION.test(line)) {
      seen.tap = true;
      return;
    }
    const planMatch = PLAN.exec(line);
    if (planMatch) {
      seen.tap = true;
      if (level === 0) plan = { count: Number(planMatch[1]), line: lineNumber };
      return;
    }
    const subtest = SUBTEST.exec(line);
    if (subtest) {
      subtests[level] = unescape(subtest[1] ?? '');
      subtests.length = level + 1;
      return;
    }
    if (line.startsWith('#')) {
      const summary = SUMMARY.exec(line);
      if (summary?.[1] && summary[2] && level === 0) declared.set(summary[1], Number(summary[2]));
      else if (!summary) groups[level] = line.replace(/^#\s*/, '');
    }
  });
  finish();

  if (!seen.tap) {
    throw new EvidenceParseError(
      lines === 0 ? 'empty file, expected TAP' : 'no TAP version, plan or test line found',
      {
        line: 1,
        column: 1,
      },
    );
  }
  if (!seen.bail) {
    if (!plan) {
      list.add({
        suite: '',
        name: '(plan)',
        status: 'error',
        message:
          'no top-level plan (1..N): the TAP stream is incomplete (truncated, or the producer crashed)',
      });
    } else if (plan.count !== topPoints) {
      list.add({
        suite: '',
        name: '(plan)',
        status: 'error',
        message: `planned ${plan.count} test(s) at line ${plan.line} but the stream has ${topPoints}`,
      });
    }
  }
  const declaredTests = declared.get('tests');
  if (declaredTests !== undefined && declaredTests !== counted) {
    diagnostics.push({
      severity: 'warning',
      message: `the TAP summary says "# tests ${declaredTests}" but Certify counted ${counted} test points`,
    });
  }
  return { data: list.evidence(), diagnostics };
}

const CANCELLED = /^\s*failureType:\s*'?(?:cancelledByParent|testTimeoutFailure)'?\s*$/m;
const SUITE_TYPE = /^\s*type:\s*'?suite'?\s*$/m;
const DURATION = /^\s*duration_ms:\s*([\d.eE+-]+)\s*$/m;
/** node:test: where the test is declared, "'/path/file.test.mjs:12:3'". */
const LOCATION = /^\s*location:\s*'(.+):(\d+):\d+'\s*$/m;

function toCase(
  point: Point,
  yaml: string,
  subtests: readonly (string | undefined)[],
  groups: readonly (string | undefined)[],
  wantsMessage: boolean,
  failedChild: string | undefined,
): TestCase | undefined {
  // cheap substring checks first: these run once per test point
  if (yaml.includes('suite') && SUITE_TYPE.test(yaml)) return undefined;
  const { description, directive, reason } = splitDirective(point.description);
  let status: TestStatus;
  if (directive === 'skip' || directive === 'todo') status = 'skipped';
  else if (point.ok) status = 'passed';
  else status = yaml.includes('failureType') && CANCELLED.test(yaml) ? 'error' : 'failed';

  const parents = subtests
    .slice(0, point.level)
    .filter((name): name is string => name !== undefined && name !== '');
  const testCase: TestCase = {
    suite: parents.length > 0 ? parents.join(' > ') : (groups[point.level] ?? ''),
    // Test::More ends a skipped subtest with "ok N # skip reason": its name is on "# Subtest: name"
    name:
      description === ''
        ? subtests[point.level] || `test ${point.number ?? point.line}`
        : description,
    status,
  };
  const location = yaml.includes('location:') ? LOCATION.exec(yaml) : null;
  if (location?.[1] && location[2]) {
    testCase.file = location[1].replace(/^file:\/\//, '');
    const lineNumber = Number(location[2]);
    // hundreds of digits make Infinity: no line of any file
    if (Number.isSafeInteger(lineNumber)) testCase.line = lineNumber;
  }
  const duration = DURATION.exec(yaml)?.[1];
  if (duration !== undefined && Number.isFinite(Number(duration)))
    testCase.durationMs = Number(duration);
  if (wantsMessage && status !== 'passed') {
    const message =
      status === 'skipped'
        ? reason
        : (failureMessage(yaml) ??
          (point.diag.length > 0 ? point.diag.join('\n') : undefined) ??
          (failedChild === undefined ? undefined : `failed subtest: ${failedChild}`));
    if (message) testCase.message = message;
  }
  return testCase;
}

/** Splits "desc # SKIP reason" at the first unescaped '#' that starts a SKIP or TODO directive. */
function splitDirective(text: string): {
  description: string;
  directive?: 'skip' | 'todo';
  reason?: string;
} {
  // as Test::Harness reads it: SKIP may run on ("# Skipped: …"), TODO is a whole word
  const match = text.includes('#') ? /(^|[^\\])#\s*(skip\S*|todo\b)\s*(.*)$/i.exec(text) : null;
  if (!match) return { description: unescape(text.trim()) };
  const description = unescape(text.slice(0, match.index + (match[1] ?? '').length).trim());
  const directive = (match[2] ?? '').toLowerCase().startsWith('skip') ? 'skip' : 'todo';
  return { description, directive, reason: match[3] ?? '' };
}

function unescape(text: string): string {
  return text.includes('\\') ? text.replace(/\\([\\#])/g, '$1') : text;
}

/**
 * A damaged block makes the YAML parser build an Error per problem, thousands on one long line:
 * without stack traces (synchronous, so restored before anything else runs) and without pretty
 * errors (each re-scans its whole line) that stays linear.
 */
function parseYamlQuietly(yaml: string): unknown {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseYaml(yaml, { prettyErrors: false });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The error text of a YAML diagnostic block (node: `error`, others: `message`), else the block. */
function failureMessage(yaml: string): string | undefined {
  if (yaml.trim() === '') return undefined;
  try {
    const value = parseYamlQuietly(yaml);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of ['error', 'message']) {
        const field: unknown = Reflect.get(value, key);
        if (typeof field === 'string' && field.trim() !== '') return field;
      }
    }
  } catch {
    // not valid YAML: keep the raw block
  }
  return yaml;
}
