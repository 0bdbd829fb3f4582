import type { Collector, ParseResult } from '../collector.js';
import { EvidenceParseError } from '../../errors.js';
import type { Diagnostic } from '../../model/evidence.js';
import type { TestEvidence, TestStatus } from '../../model/tests.js';
import { MessageText, newCase, secondsToMs, TestCaseList } from './case-list.js';
import { firstJsonLine, forEachJsonLine } from './ndjson.js';

/**
 * `go test -json` (test2json) events, one JSON object a line, read as a stream.
 *
 * Every (Package, Test) that reaches pass, fail or skip is one test — subtests ("TestX/case")
 * too, and their parents, as go itself reports each with its own --- PASS/FAIL line (gotestsum
 * counts the same way). When a test appears more than once (-count=N, or gotestsum
 * --rerun-fails appending to the same file) it counts once with its last result, flaky when an
 * earlier run failed. A package that fails with no failed test in it (build failure, TestMain
 * exiting, panic or timeout outside a test) is one error case named "(package)"; a test that
 * was still running when its package ended, or when the file ends, is an error case too —
 * except a benchmark in a package that passed: go prints no "--- PASS" for a benchmark that
 * succeeded without logging, so it has a run event and no result, and the package's "ok" is its
 * verdict (gotestsum counts it as a passed test). The "bench" action ("--- BENCH:", test2json: the
 * benchmark printed log output but did not fail) is a pass.
 * Output lines are kept only as the message of failed and skipped tests (capped); passing
 * tests' output is dropped as soon as they pass.
 */
export const goTestJsonCollector: Collector<TestEvidence> = {
  format: 'go-test-json',
  kind: 'tests',
  producers: 'go test -json ./... (test2json), gotestsum --jsonfile',
  detect: (head) => {
    const event = firstJsonLine(head);
    if (!event) return false;
    const action = event['Action'];
    // `go test -json` names the Package; `go tool test2json` run on a test binary without -p does not.
    if (typeof action !== 'string' || !ACTIONS.has(action)) return false;
    return (
      action === 'start' ||
      ['Package', 'ImportPath', 'Test', 'Time'].some((key) => typeof event[key] === 'string')
    );
  },
  parse: async ({ chunks }) => parseGoTestJson(chunks),
};

const ACTIONS = new Set([
  'start',
  'run',
  'pause',
  'cont',
  'pass',
  'bench',
  'fail',
  'output',
  'skip',
  'build-output',
  'build-fail',
  'attr', // Go 1.25 t.Attr
]);

/** Lines go writes around a test's own output; they say nothing a status does not. */
const FRAMING = /^\s*(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP):)/;

interface PackageState {
  failedTests: number;
  output: MessageText | undefined;
  /** Tests started and not yet finished, with their output so far. */
  running: Map<string, MessageText | undefined>;
}

async function parseGoTestJson(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const packages = new Map<string, PackageState>();
  const buildOutput = new Map<string, MessageText>();

  const packageState = (name: string): PackageState => {
    let state = packages.get(name);
    if (!state) {
      state = { failedTests: 0, output: undefined, running: new Map() };
      packages.set(name, state);
    }
    return state;
  };

  const addTest = (
    pkg: string,
    test: string,
    status: TestStatus,
    durationMs: number | undefined,
    message: string | undefined,
  ) => {
    list.add(newCase(pkg, test, status, durationMs, message), `${pkg}\u0000${test}`);
  };

  /** Tests with no result when their package (or the file) ended: they never finished. */
  const closeRunning = (pkg: string, state: PackageState, why: string) => {
    for (const [test, output] of state.running) {
      addTest(
        pkg,
        test,
        'error',
        undefined,
        output?.value ?? `${why}\n${state.output?.value ?? ''}`.trim(),
      );
      state.failedTests++;
    }
    state.running.clear();
  };

  const summary = await forEachJsonLine(chunks, (event) => {
    const action = stringField(event, 'Action');
    if (action === 'build-output') {
      const importPath = stringField(event, 'ImportPath') ?? '';
      const output = stringField(event, 'Output');
      if (output !== undefined && list.wantsMessages) {
        let text = buildOutput.get(importPath);
        if (!text) buildOutput.set(importPath, (text = new MessageText()));
        text.append(output);
      }
      return;
    }
    if (action === undefined) return;
    const pkg = stringField(event, 'Package') ?? '';
    const state = packageState(pkg);
    const test = stringField(event, 'Test');

    if (test === undefined || test === '') {
      if (action === 'output') {
        const output = stringField(event, 'Output');
        if (output !== undefined && list.wantsMessages)
          (state.output ??= new MessageText()).append(output);
      } else if (action === 'fail') {
        closeRunning(pkg, state, 'test did not finish: its package failed');
        if (state.failedTests === 0) {
          const failedBuild = stringField(event, 'FailedBuild');
          const message =
            (failedBuild === undefined ? undefined : buildOutput.get(failedBuild)?.value) ??
            state.output?.value;
          addTest(pkg, '(package)', 'error', secondsToMs(numberField(event, 'Elapsed')), message);
        }
        packages.delete(pkg);
      } else if (action === 'pass' || action === 'skip') {
        if (action === 'pass') {
          for (const running of state.running.keys()) {
            if (!running.startsWith('Benchmark')) continue;
            state.running.delete(running);
            addTest(pkg, running, 'passed', undefined, undefined);
          }
        }
        closeRunning(pkg, state, 'test did not finish before its package ended');
        packages.delete(pkg);
      }
      return;
    }

    switch (action) {
      case 'run':
        state.running.set(test, list.wantsMessages ? new MessageText() : undefined);
        return;
      case 'output': {
        const output = stringField(event, 'Output');
        const text = state.running.get(test);
        if (text && output !== undefined && !FRAMING.test(output)) text.append(output);
        return;
      }
      case 'pass':
      case 'bench':
      case 'fail':
      case 'skip': {
        const status: TestStatus =
          action === 'fail' ? 'failed' : action === 'skip' ? 'skipped' : 'passed';
        const output = state.running.get(test);
        state.running.delete(test);
        if (status === 'failed') state.failedTests++;
        addTest(
          pkg,
          test,
          status,
          secondsToMs(numberField(event, 'Elapsed')),
          status === 'passed' ? undefined : output?.value,
        );
        return;
      }
      default:
        return; // pause, cont, start, attr: no result
    }
  });

  if (summary.objects === 0) {
    throw new EvidenceParseError(
      summary.skipped === 0
        ? 'empty file, expected go test -json events'
        : 'no go test -json events: no line is a JSON object',
      { line: summary.firstSkipped ?? 1, column: 1 },
    );
  }
  for (const [pkg, state] of packages) {
    if (state.running.size > 0) {
      diagnostics.push({
        severity: 'warning',
        message: `the events of package ${pkg} end before its result (truncated or interrupted run): ${state.running.size} unfinished test(s) counted as errors`,
      });
      closeRunning(
        pkg,
        state,
        'no result in the file: the run was interrupted or the file is truncated',
      );
    }
  }
  if (summary.skipped > 0) {
    diagnostics.push({
      severity: 'notice',
      message: `${summary.skipped} line(s) that are not go test -json events were ignored (first at line ${summary.firstSkipped ?? 0})`,
      position: { line: summary.firstSkipped ?? 0 },
    });
  }
  return { data: list.evidence(), diagnostics };
}

function stringField(event: Record<string, unknown>, key: string): string | undefined {
  const value = event[key];
  return typeof value === 'string' ? value : undefined;
}

function numberField(event: Record<string, unknown>, key: string): number | undefined {
  const value = event[key];
  return typeof value === 'number' ? value : undefined;
}
