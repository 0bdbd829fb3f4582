import { z } from 'zod';
import type { ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import type { TestEvidence, TestStatus } from '../../model/tests.js';
import { expectKindIn, jsonPathText, schemaError } from '../read/json-issues.js';
import {
  walkJson,
  type JsonChoice,
  type JsonKind,
  type JsonPath,
  type JsonPosition,
} from '../read/json-walk.js';
import { TestCaseList } from './case-list.js';

// The parser behind mocha-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

const expectKind = expectKindIn('a Mocha JSON report');

const testSchema = z.looseObject({
  title: z.string(),
  fullTitle: z.string().nullish(),
  file: z.string().nullish(),
  duration: z.number().nullish(),
  currentRetry: z.number().nullish(),
  err: z.looseObject({ message: z.unknown().optional(), stack: z.unknown().optional() }).nullish(),
});

type MochaTest = z.infer<typeof testSchema>;

const LISTS = new Set(['tests', 'pending', 'failures']);

/**
 * Streams the report, building one test entry at a time. Outcomes (`failures`, `pending`) come
 * after `tests`, so the tests are kept (without their error text) until the end; `passes` is
 * only checked for syntax.
 */
export async function parseMocha(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const lists: Record<string, MochaTest[]> = { tests: [], pending: [], failures: [] };
  // set inside the walk's callbacks (an object, so the check after the walk is not narrowed away)
  const seen: { stats: boolean; tests: boolean; declaredFailures: number | undefined } = {
    stats: false,
    tests: false,
    declaredFailures: undefined,
  };
  await walkJson(chunks, {
    enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
      const [member] = path;
      if (path.length === 0) return expectKind(kind, 'object', 'the report', at);
      if (path.length === 1) {
        if (member === 'stats') return 'collect';
        if (typeof member === 'string' && LISTS.has(member)) {
          if (member === 'tests') seen.tests = true;
          return kind === 'null' ? 'skip' : expectKind(kind, 'array', member, at);
        }
        return 'skip';
      }
      return path.length === 2 && typeof member === 'string' && LISTS.has(member)
        ? 'collect'
        : 'skip';
    },
    value(path: JsonPath, value: unknown, at: JsonPosition): void {
      const [member] = path;
      if (path.length === 1) {
        const stats = statsSchema.safeParse(value);
        if (!stats.success) throw schemaError(stats.error, 'stats', at);
        seen.stats = true;
        seen.declaredFailures = stats.data.failures ?? undefined;
        return;
      }
      const parsed = testSchema.safeParse(value);
      if (!parsed.success) throw schemaError(parsed.error, jsonPathText('', path), at);
      const test = parsed.data;
      // the error text is taken from `failures`; a test kept in `tests` needs only its identity
      if (member === 'tests') delete test.err;
      else if (member === 'failures' && test.err) test.err = { message: errorText(test.err) };
      lists[String(member)]?.push(test);
    },
  });
  if (!seen.stats || !seen.tests) {
    throw new EvidenceParseError('not a Mocha JSON report: no stats and tests', {
      line: 1,
      column: 1,
    });
  }
  return combine(
    lists['tests'] ?? [],
    lists['pending'] ?? [],
    lists['failures'] ?? [],
    seen.declaredFailures,
  );
}

const statsSchema = z.looseObject({ tests: z.number().nullish(), failures: z.number().nullish() });

function combine(
  tests: readonly MochaTest[],
  pendingTests: readonly MochaTest[],
  failedTests: readonly MochaTest[],
  declaredFailures: number | undefined,
): ParseResult<TestEvidence> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const failures = new TestBag(failedTests);
  const pending = new TestBag(pendingTests);

  for (const test of tests) {
    const failure = failures.take(test);
    const status: TestStatus = failure ? 'failed' : pending.take(test) ? 'skipped' : 'passed';
    list.add(toCase(failure ?? test, status));
  }
  // Failures left over are hooks (or tests the reporter never saw end): Mocha counts them as failing.
  for (const failure of failures.rest()) list.add(toCase(failure, 'failed'));

  if (declaredFailures !== undefined && declaredFailures !== failedTests.length) {
    diagnostics.push({
      severity: 'warning',
      message: `Mocha's stats declare ${declaredFailures} failures but the report lists ${failedTests.length}; Certify counts the listed ones`,
    });
  }
  return { data: list.evidence(), diagnostics };
}

function toCase(test: MochaTest, status: TestStatus) {
  const fullTitle = test.fullTitle ?? test.title;
  const suite = fullTitle.endsWith(test.title)
    ? fullTitle.slice(0, fullTitle.length - test.title.length).trim()
    : '';
  const retries = test.currentRetry ?? 0;
  return {
    suite: suite === '' ? (test.file ?? '') : suite,
    name: test.title,
    ...(test.file ? { file: test.file } : {}),
    status,
    ...(test.duration === null || test.duration === undefined ? {} : { durationMs: test.duration }),
    ...(status === 'failed' ? { message: errorText(test.err) } : {}),
    ...(retries > 0 ? { retries } : {}),
    ...(retries > 0 && status === 'passed' ? { flaky: true } : {}),
  };
}

function errorText(err: MochaTest['err']): string | undefined {
  if (!err) return undefined;
  if (typeof err.stack === 'string' && err.stack !== '') return err.stack;
  return typeof err.message === 'string' ? err.message : undefined;
}

/** Tests of one outcome list, matched to `tests` entries by title, file and full title (duplicates allowed). */
class TestBag {
  private readonly byKey = new Map<string, MochaTest[]>();

  constructor(tests: readonly MochaTest[]) {
    for (const test of tests) {
      const key = keyOf(test);
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(test);
      else this.byKey.set(key, [test]);
    }
  }

  take(test: MochaTest): MochaTest | undefined {
    const bucket = this.byKey.get(keyOf(test));
    return bucket?.shift();
  }

  rest(): MochaTest[] {
    return [...this.byKey.values()].flat();
  }
}

function keyOf(test: MochaTest): string {
  return [test.fullTitle ?? test.title, test.file ?? ''].join('\u0000');
}
