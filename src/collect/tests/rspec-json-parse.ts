import { z } from 'zod';
import type { ParseResult } from '../collector.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import type { TestCase, TestEvidence, TestStatus } from '../../model/tests.js';
import { expectKindIn, jsonPathText, schemaError } from '../read/json-issues.js';
import {
  walkJson,
  type JsonChoice,
  type JsonKind,
  type JsonPath,
  type JsonPosition,
} from '../read/json-walk.js';
import { newCase, secondsToMs, TestCaseList, unknownResultWarnings } from './case-list.js';

// The parser behind rspec-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

const expectKind = expectKindIn('an RSpec JSON report');

const exampleSchema = z.looseObject({
  description: z.string().nullish(),
  full_description: z.string().nullish(),
  status: z.string(),
  file_path: z.string().nullish(),
  line_number: z.number().nullish(),
  run_time: z.number().nullish(),
  pending_message: z.string().nullish(),
  exception: z
    .looseObject({ class: z.string().nullish(), message: z.string().nullish() })
    .nullish(),
});

/**
 * RSpec counts one error per spec file that fails to load or per failing suite-level hook; each
 * becomes an error case here, so a count no suite could have (a hostile 9e15) is refused rather
 * than turned into that many cases.
 */
const MAX_ERRORS_OUTSIDE_EXAMPLES = 100_000;

const summarySchema = z.looseObject({
  example_count: z.number().nullish(),
  errors_outside_of_examples_count: z
    .number()
    .int()
    .nonnegative()
    .max(MAX_ERRORS_OUTSIDE_EXAMPLES)
    .nullish(),
});

const STATUSES: Partial<Record<string, TestStatus>> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
};

/** Streams the report: one example is built at a time. */
export async function parseRspec(chunks: AsyncIterable<Buffer>): Promise<ParseResult<TestEvidence>> {
  const list = new TestCaseList();
  const diagnostics: Diagnostic[] = [];
  const unknown = new Set<string>();
  const loadErrors: string[] = [];
  // set inside the walk's callbacks (an object, so the checks after the walk are not narrowed away)
  const seen: { examples: number | undefined; summary: z.infer<typeof summarySchema> | undefined } =
    {
      examples: undefined,
      summary: undefined,
    };

  await walkJson(chunks, {
    enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
      const [member] = path;
      if (path.length === 0) return expectKind(kind, 'object', 'the report', at);
      if (path.length === 1) {
        if (member === 'examples') {
          seen.examples = 0;
          return expectKind(kind, 'array', 'examples', at);
        }
        if (member === 'messages') return kind === 'array' ? 'descend' : 'skip';
        return member === 'summary' ? 'collect' : 'skip';
      }
      return path.length === 2 && (member === 'examples' || member === 'messages')
        ? 'collect'
        : 'skip';
    },
    value(path: JsonPath, value: unknown, at: JsonPosition): void {
      const [member] = path;
      if (member === 'summary') {
        const summary = summarySchema.safeParse(value);
        if (!summary.success) throw schemaError(summary.error, 'summary', at);
        seen.summary = summary.data;
      } else if (member === 'messages') {
        // RSpec's notifications; the ones about errors outside of examples explain those errors
        if (typeof value === 'string' && /error occurred/i.test(value)) loadErrors.push(value);
      } else {
        const example = exampleSchema.safeParse(value);
        if (!example.success) throw schemaError(example.error, jsonPathText('', path), at);
        seen.examples = (seen.examples ?? 0) + 1;
        list.add(toCase(example.data, unknown));
      }
    },
  });
  if (seen.examples === undefined) {
    throw new EvidenceParseError('not an RSpec JSON report: no examples', { line: 1, column: 1 });
  }

  const outside = seen.summary?.errors_outside_of_examples_count ?? 0;
  for (let i = 0; i < outside; i++) {
    list.add(newCase('rspec', 'error outside of examples', 'error', undefined, loadErrors[i]));
  }
  const declared = seen.summary?.example_count;
  if (typeof declared === 'number' && declared !== seen.examples) {
    diagnostics.push({
      severity: 'warning',
      message: `RSpec's summary declares ${declared} examples but the report lists ${seen.examples}; Certify counts the listed ones`,
    });
  }
  diagnostics.push(...unknownResultWarnings('RSpec example status', unknown));
  return { data: list.evidence(), diagnostics };
}

function toCase(example: z.infer<typeof exampleSchema>, unknown: Set<string>): TestCase {
  let status = STATUSES[example.status];
  if (!status) {
    unknown.add(example.status);
    status = 'error';
  }
  const name = example.description ?? example.full_description ?? '';
  const full = example.full_description ?? name;
  const group = full.endsWith(name) ? full.slice(0, full.length - name.length).trim() : '';
  const message = status === 'skipped' ? example.pending_message : exceptionText(example.exception);
  const testCase = newCase(
    group === '' ? (example.file_path ?? '') : group,
    name,
    status,
    secondsToMs(example.run_time),
    message ?? undefined,
  );
  if (example.file_path) testCase.file = example.file_path;
  if (typeof example.line_number === 'number') testCase.line = example.line_number;
  return testCase;
}

function exceptionText(exception: z.infer<typeof exampleSchema>['exception']): string | undefined {
  if (!exception) return undefined;
  const parts = [exception.class, exception.message].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(': ') : undefined;
}
