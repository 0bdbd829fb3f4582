import type { z } from 'zod';
import type { ParseInput } from '../collector.js';
import { jsonPathText } from '../read/json-issues.js';
import { parseJsonText, positionAt, readText } from '../read/text.js';
import { firstArrayIssue } from '../read/zod-first-issue.js';
import { EvidenceParseError } from '../../errors.js';
import type { SeriesCollector } from './series.js';

/**
 * Reads a benchmark JSON document whole (benchmark reports are small). A document cut short
 * ("Unexpected end of JSON input", which names no position) is reported at its end.
 */
async function readJsonDocument(input: ParseInput): Promise<unknown> {
  const text = await readText(input.chunks);
  try {
    return parseJsonText(text);
  } catch (error) {
    if (error instanceof EvidenceParseError && error.position.line === undefined) {
      throw new EvidenceParseError(error.reason, positionAt(text, text.length));
    }
    throw error;
  }
}

/** Reads a benchmark JSON document whole and checks its outer shape (`format` names it in errors). */
export async function readValidDocument<T>(
  input: ParseInput,
  schema: z.ZodType<T>,
  format: string,
): Promise<T> {
  return validDocument(schema, await readJsonDocument(input), format);
}

/** Checks the document's outer shape; a mismatch names the JSON path of the first problem. */
function validDocument<T>(schema: z.ZodType<T>, value: unknown, format: string): T {
  const early = firstArrayIssue(schema, value);
  if (early) {
    throw new EvidenceParseError(
      `not ${format}: ${describeIssue(early.error, jsonPathText('', early.path))}`,
      { line: 1, column: 1 },
    );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new EvidenceParseError(`not ${format}: ${describeIssue(result.error)}`, {
    line: 1,
    column: 1,
  });
}

/**
 * Entries that may be skipped before a list is judged not to be benchmark results at all. A
 * rejected entry costs zod tens of times an accepted one: millions of `{}` would take minutes.
 */
export const MAX_SKIPPED_ENTRIES = 1000;

/**
 * The entries of a list that match `schema`; each one that does not is skipped with a warning
 * naming its JSON path, so one damaged entry does not hide the others.
 */
export function validEntries<T>(
  items: readonly unknown[],
  schema: z.ZodType<T>,
  path: string,
  out: SeriesCollector,
): { entry: T; index: number }[] {
  const kept: { entry: T; index: number }[] = [];
  let skipped = 0;
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      kept.push({ entry: result.data, index });
      return;
    }
    if (++skipped > MAX_SKIPPED_ENTRIES) {
      throw new EvidenceParseError(
        `more than ${MAX_SKIPPED_ENTRIES} entries of ${path === '' ? 'the list' : path} are not benchmark results (${path}[${index}]: ${describeIssue(result.error)})`,
        { line: 1, column: 1 },
      );
    }
    out.warn(`${path}[${index}]${entryLabel(item)} skipped: ${describeIssue(result.error)}`);
  });
  return kept;
}

/** Keys formats name an entry by: vitest, pytest-benchmark, BenchmarkDotNet, JMH, hyperfine. */
const ENTRY_NAME_KEYS = ['name', 'fullname', 'FullName', 'benchmark', 'command'];

/**
 * ` ("<name>")` for an entry that names itself, so that a warning says which benchmark was
 * skipped (vitest writes a benchmark that threw with its name and no figures).
 */
function entryLabel(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  for (const key of ENTRY_NAME_KEYS) {
    const value: unknown = Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : '';
    if (typeof value === 'string' && value !== '') {
      return ` (${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)})`;
    }
  }
  return '';
}

function describeIssue(error: z.ZodError, base = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = jsonPathText(base, issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
