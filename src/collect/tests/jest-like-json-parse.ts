import { istanbulFileCoverage } from '../coverage/istanbul-coverage-map.js';
import { coverageOf, type FileCoverage } from '../../model/coverage.js';
import { z } from 'zod';
import type { ParseInput, ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import { clipMessage } from '../../model/limits.js';
import type { TestCase, TestEvidence, TestStatus } from '../../model/tests.js';
import { expectKindIn, jsonPathText, schemaError } from '../read/json-issues.js';
import {
  walkJson,
  type JsonChoice,
  type JsonKind,
  type JsonPath,
  type JsonPosition,
  type JsonVisitor,
} from '../read/json-walk.js';
import { newCase, TestCaseList, unknownResultWarnings } from './case-list.js';

/**
 * Reads the Jest `--json` report shape, which Vitest's json reporter copies, for both producers.
 * jest-like-json.ts tells them apart; this module (and zod) loads only when such a report is parsed.
 */

const assertionSchema = z.looseObject({
  ancestorTitles: z.array(z.string()).nullish(),
  title: z.string(),
  fullName: z.string().nullish(),
  status: z.string(),
  duration: z.number().nullish(),
  failureMessages: z.array(z.string()).nullish(),
  location: z.looseObject({ line: z.number(), column: z.number().nullish() }).nullish(),
  /** jest-circus: runs made of this test (retryTimes); absent in Vitest and old Jest. */
  invocations: z.number().nullish(),
  retryReasons: z.array(z.string()).nullish(),
});

const STATUSES: Partial<Record<string, TestStatus>> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped',
};

/** What jest and vitest call a test file that could not run (jest prints "Test suite failed to run"). */
const SUITE_FAILED = 'Test suite failed to run';

type Producer = 'Jest' | 'Vitest';

/**
 * Streams the report: only one assertion result is built at a time, so a 100 MB report is never
 * held whole. A file's assertion results come before its name and status (both producers write
 * them first), so the cases of one test file wait for the end of that file's object.
 */
export async function parseJestLike(
  input: ParseInput,
  producer: Producer,
): Promise<ParseResult<TestEvidence>> {
  const reader = new JestReportReader(producer);
  await walkJson(input.chunks, reader);
  return reader.finish();
}

interface FileResult {
  name: string | undefined;
  status: string | undefined;
  message: string | undefined;
  cases: TestCase[];
  anyFailed: boolean;
}

class JestReportReader implements JsonVisitor {
  private readonly list = new TestCaseList();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly unknown = new Set<string>();
  /** `jest --json --coverage` puts the istanbul coverage map in the same file. */
  private readonly coverage = new Map<string, FileCoverage>();
  private sawCoverageMap = false;
  private declaredTotal: number | undefined;
  private declaredErrors: number | undefined;
  private sawTestResults = false;
  private file: FileResult | undefined;
  private assertions = 0;
  private suiteErrors = 0;
  private readonly expectKind: ReturnType<typeof expectKindIn>;

  constructor(private readonly producer: Producer) {
    this.expectKind = expectKindIn(`a ${producer} JSON report`);
  }

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [member, , field] = path;
    switch (path.length) {
      case 0:
        return this.expectKind(kind, 'object', 'the report', at);
      case 1:
        if (member === 'coverageMap' && kind === 'object') {
          this.sawCoverageMap = true;
          return 'descend';
        }
        if (member === 'testResults') {
          this.sawTestResults = true;
          return this.expectKind(kind, 'array', 'testResults', at);
        }
        return member === 'numTotalTests' || member === 'numRuntimeErrorTestSuites'
          ? 'collect'
          : 'skip';
      case 2:
        if (member === 'coverageMap') return 'collect';
        if (member !== 'testResults') return 'skip';
        this.file = {
          name: undefined,
          status: undefined,
          message: undefined,
          cases: [],
          anyFailed: false,
        };
        return this.expectKind(kind, 'object', jsonPathText('', path), at);
      case 3:
        if (member !== 'testResults') return 'skip';
        if (field === 'assertionResults')
          return kind === 'null'
            ? 'skip'
            : this.expectKind(kind, 'array', jsonPathText('', path), at);
        return field === 'name' || field === 'status' || field === 'message' ? 'collect' : 'skip';
      case 4:
        return member === 'testResults' ? 'collect' : 'skip';
      default:
        return 'skip';
    }
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    const [member, key, field] = path;
    if (path.length === 2 && member === 'coverageMap') {
      const file = istanbulFileCoverage(String(key), value, at);
      this.coverage.set(file.path, file);
      return;
    }
    if (path.length === 1) {
      if (typeof value === 'number') {
        if (member === 'numTotalTests') this.declaredTotal = value;
        else this.declaredErrors = value;
      } else if (member === 'numTotalTests' || value !== null) {
        throw new EvidenceParseError(`${String(member)}: expected a number`, at);
      }
      return;
    }
    const file = this.file;
    if (!file) return;
    if (path.length === 3) {
      if (value !== null && typeof value !== 'string') {
        throw new EvidenceParseError(`${jsonPathText('', path)}: expected a string`, at);
      }
      const text = value ?? undefined;
      if (field === 'name') file.name = text;
      else if (field === 'status') file.status = text;
      else file.message = text;
      return;
    }
    const parsed = assertionSchema.safeParse(value);
    if (!parsed.success) throw schemaError(parsed.error, jsonPathText('', path), at);
    this.addAssertion(file, parsed.data);
  }

  leave(path: JsonPath): void {
    if (path.length !== 2 || path[0] !== 'testResults' || !this.file) return;
    const file = this.file;
    this.file = undefined;
    const name = file.name ?? '';
    for (const testCase of file.cases) {
      testCase.file = name;
      if (testCase.suite === '') testCase.suite = name;
      this.list.add(testCase);
    }
    // A file that failed with no failed test in it could not run (syntax error, failing import,
    // a hook outside any test): Jest counts it in numRuntimeErrorTestSuites, not in the tests.
    if (file.status === 'failed' && !file.anyFailed) {
      this.suiteErrors++;
      const testCase = newCase(name, SUITE_FAILED, 'error', undefined, file.message || undefined);
      testCase.file = name;
      this.list.add(testCase);
    }
  }

  finish(): ParseResult<TestEvidence> {
    const producer = this.producer;
    if (this.declaredTotal === undefined || !this.sawTestResults) {
      throw new EvidenceParseError(
        `not a ${producer} JSON report: no numTotalTests and testResults`,
        {
          line: 1,
          column: 1,
        },
      );
    }
    if (this.assertions !== this.declaredTotal) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${producer} declares numTotalTests ${this.declaredTotal} but the file lists ${this.assertions} test results; Certify counts the listed results`,
      });
    }
    if (this.declaredErrors !== undefined && this.declaredErrors !== this.suiteErrors) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${producer} declares ${this.declaredErrors} test suites that failed to run, Certify found ${this.suiteErrors} (failed files without a failed test)`,
      });
    }
    this.diagnostics.push(...unknownResultWarnings(`${producer} test status`, this.unknown));
    const result: ParseResult<TestEvidence> = { data: this.list.evidence(), diagnostics: this.diagnostics };
    if (this.sawCoverageMap) result.extra = [coverageOf([...this.coverage.values()])];
    return result;
  }

  private addAssertion(file: FileResult, result: z.infer<typeof assertionSchema>): void {
    this.assertions++;
    let status = STATUSES[result.status];
    if (!status) {
      this.unknown.add(result.status);
      status = 'error';
    }
    if (status === 'failed') file.anyFailed = true;
    const ancestors = result.ancestorTitles ?? [];
    const message =
      status === 'failed' ? clipMessage((result.failureMessages ?? []).join('\n')) : undefined;
    const testCase = newCase(
      ancestors.join(' › '),
      result.title,
      status,
      result.duration ?? undefined,
      message,
    );
    if (result.location) testCase.line = result.location.line;
    const runs = result.invocations ?? 1 + (result.retryReasons?.length ?? 0);
    if (runs > 1) {
      testCase.retries = runs - 1;
      if (status === 'passed') testCase.flaky = true;
    }
    file.cases.push(testCase);
  }
}
