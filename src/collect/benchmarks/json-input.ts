import type { z } from 'zod';
import type { ParseInput } from '../collector.js';
import { jsonPathText } from '../read/json-issues.js';
import { parseJsonText, positionAt, readText } from '../read/text.js';
import { EvidenceParseError } from '../../errors.js';
import type { SeriesCollector } from './series.js';

/** Whether a JSON head opens with `{` or `[` (after whitespace). */
export function opensWith(head: string, opener: '{' | '['): boolean {
  return head.trimStart().startsWith(opener);
}

/**
 * Whether a JSON head has `"key":` as a real key. A key quoted inside a string value is escaped
 * (`\"key\":`) and does not match, because the closing quote must follow the name directly.
 */
export function hasJsonKey(head: string, key: string): boolean {
  return new RegExp(`(?<!\\\\)"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`).test(head);
}

/**
 * Reads a benchmark JSON document whole (benchmark reports are small). A document cut short
 * ("Unexpected end of JSON input", which names no position) is reported at its end.
 */
export async function readJsonDocument(input: ParseInput): Promise<unknown> {
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

/** Checks the document's outer shape; a mismatch names the JSON path of the first problem. */
export function validDocument<T>(schema: z.ZodType<T>, value: unknown, format: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new EvidenceParseError(`not ${format}: ${describeIssue(result.error)}`, {
    line: 1,
    column: 1,
  });
}

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
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) kept.push({ entry: result.data, index });
    else out.warn(`${path}[${index}] skipped: ${describeIssue(result.error)}`);
  });
  return kept;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = jsonPathText('', issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
