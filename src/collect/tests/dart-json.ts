import type { Collector, ParseResult } from '../collector.js';
import { EvidenceParseError } from '../../errors.js';
import { MESSAGE_MAX_CHARS, MESSAGES_PER_FILE } from '../../model/limits.js';
import type { Diagnostic } from '../../model/evidence.js';
import type { TestEvidence, TestStatus } from '../../model/tests.js';
import { TestCaseList, unknownResultWarnings } from './case-list.js';
import { firstJsonLine, forEachJsonLine, isRecord } from './ndjson.js';

/**
 * `dart test --reporter json` / `flutter test --machine` events (the test package's JSON reporter
 * protocol), one JSON object a line, read as a stream.
 *
 * Every test that reaches testDone is one test, except hidden ones: the protocol hides the
 * "loading …" pseudo-test of each file and setUpAll/tearDownAll, "not counted towards the total"
 * — unless they fail, and then they are shown and counted (a file that fails to load is one
 * error). testDone skipped → skipped; result success → passed, failure (a TestFailure: a failed
 * expect) → failed, error (any other exception) → error. The protocol lets an error arrive after
 * testDone; such a test "should be considered to have failed", so results are decided at the end.
 * A retried test (`retry:`) is reported once per attempt under a new id with the same name and
 * location: the attempts fold into one test, flaky when an earlier attempt failed. A test that
 * started but never finished (run cancelled, file truncated) is an error.
 */
export const dartJsonCollector: Collector<TestEvidence> = {
  format: 'dart-json',
  kind: 'tests',
  producers: 'dart test --reporter json, flutter test --machine',
  detect: (head) => {
    const event = firstJsonLine(head);
    if (!event || typeof event['type'] !== 'string' || typeof event['time'] !== 'number')
      return false;
    return event['type'] === 'start'
      ? typeof event['protocolVersion'] === 'string'
      : EVENTS.has(event['type']);
  },
  parse: async ({ chunks }) => parseDartJson(chunks),
};

const EVENTS = new Set([
  'suite',
  'allSuites',
  'group',
  'testStart',
  'print',
  'error',
  'testDone',
  'debug',
  'done',
]);

interface TestRecord {
  name: string;
  suiteId: number | undefined;
  line: number | undefined;
  column: number | undefined;
  url: string | undefined;
  startTime: number | undefined;
  done: boolean;
  result: string | undefined;
  skipped: boolean;
  hidden: boolean;
  durationMs: number | undefined;
  /** Errors reported after testDone: the test failed after all. */
  lateError: 'failure' | 'error' | undefined;
  message: string | undefined;
}

async function parseDartJson(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const diagnostics: Diagnostic[] = [];
  const suites = new Map<number, string>();
  const tests = new Map<number, TestRecord>();
  let messages = 0;
  // set inside the event callback (an object, so the check after it is not narrowed away)
  const run = { finished: false };

  const summary = await forEachJsonLine(chunks, (event, lineNumber) => {
    switch (event['type']) {
      case 'suite': {
        const suite = record(event['suite']);
        const id = suite?.['id'];
        if (typeof id === 'number') suites.set(id, text(suite?.['path']) ?? `suite ${id}`);
        return;
      }
      case 'testStart': {
        const test = record(event['test']);
        const id = test?.['id'];
        if (typeof id !== 'number') return;
        tests.set(id, {
          name: text(test?.['name']) ?? '',
          suiteId: numeric(test?.['suiteID']),
          line: numeric(test?.['root_line']) ?? numeric(test?.['line']),
          column: numeric(test?.['root_column']) ?? numeric(test?.['column']),
          url: text(test?.['root_url']) ?? text(test?.['url']),
          startTime: numeric(event['time']),
          done: false,
          result: undefined,
          skipped: false,
          hidden: false,
          durationMs: undefined,
          lateError: undefined,
          message: undefined,
        });
        return;
      }
      case 'error': {
        const test = tests.get(numeric(event['testID']) ?? -1);
        if (!test) return;
        if (test.message === undefined && messages < MESSAGES_PER_FILE) {
          const message = [text(event['error']), text(event['stackTrace'])]
            .filter(Boolean)
            .join('\n');
          test.message = message.slice(0, MESSAGE_MAX_CHARS + 1);
          messages++;
        }
        if (test.done) {
          const kind = event['isFailure'] === true ? 'failure' : 'error';
          if (test.lateError !== 'error') test.lateError = kind;
        }
        return;
      }
      case 'testDone': {
        const test = tests.get(numeric(event['testID']) ?? -1);
        if (!test) {
          diagnostics.push({
            severity: 'warning',
            message: 'testDone for a test that never started; ignored',
            position: { line: lineNumber },
          });
          return;
        }
        test.done = true;
        test.result = text(event['result']);
        test.skipped = event['skipped'] === true;
        test.hidden = event['hidden'] === true;
        const time = numeric(event['time']);
        if (time !== undefined && test.startTime !== undefined)
          test.durationMs = Math.max(0, time - test.startTime);
        return;
      }
      case 'done':
        run.finished = true;
        return;
      default:
        return;
    }
  });

  if (summary.objects === 0) {
    throw new EvidenceParseError(
      summary.skipped === 0
        ? 'empty file, expected dart test JSON reporter events'
        : 'no dart test JSON reporter events: no line is a JSON object',
      { line: summary.firstSkipped ?? 1, column: 1 },
    );
  }
  const list = new TestCaseList();
  const unknown = new Set<string>();
  let unfinished = 0;
  for (const test of tests.values()) {
    if (test.done && test.hidden && test.lateError === undefined) continue;
    let status: TestStatus;
    if (!test.done) {
      status = 'error';
      unfinished++;
    } else if (test.lateError) status = test.lateError === 'error' ? 'error' : 'failed';
    else if (test.skipped) status = 'skipped';
    else status = statusOf(test.result, unknown);
    const suite = test.suiteId === undefined ? '' : (suites.get(test.suiteId) ?? '');
    list.add(
      {
        suite,
        name: test.name,
        ...(suite === '' ? {} : { file: suite }),
        ...(test.line === undefined ? {} : { line: test.line }),
        status,
        ...(test.durationMs === undefined ? {} : { durationMs: test.durationMs }),
        ...(test.message === undefined ? {} : { message: test.message }),
        ...(!test.done
          ? {
              message:
                test.message ?? 'started but never finished (run cancelled or file truncated)',
            }
          : {}),
      },
      [test.suiteId ?? '', test.url ?? '', test.line ?? '', test.column ?? '', test.name].join(
        '\u0000',
      ),
    );
  }

  if (!run.finished) {
    diagnostics.push({
      severity: 'warning',
      message: `no "done" event: the run was interrupted or the file is truncated${unfinished > 0 ? ` (${unfinished} unfinished test(s) counted as errors)` : ''}`,
    });
  }
  diagnostics.push(...unknownResultWarnings('dart test result', unknown));
  return { data: list.evidence(), diagnostics };
}

function statusOf(result: string | undefined, unknown: Set<string>): TestStatus {
  switch (result) {
    case 'success':
      return 'passed';
    case 'failure':
      return 'failed';
    case 'error':
      return 'error';
    default:
      unknown.add(result ?? '(none)');
      return 'error';
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numeric(value: unknown): number | undefined {
  // JSON.parse turns 1e999 into Infinity: no time anyone measured
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
