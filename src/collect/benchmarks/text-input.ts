import type { ParseInput, ParseResult } from '../collector.js';
import { forEachLine } from '../read/lines.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { SeriesCollector } from './series.js';

/**
 * Lines longer than this are not benchmark results (names are short); they are skipped
 * before any pattern runs, so a hostile multi-megabyte line costs one length check.
 */
export const MAX_RESULT_LINE_CHARS = 16 * 1024;

/**
 * The lines of a detection head, without `\r`. The last one may be cut at the head's end; a cut
 * result line is a prefix of a result line, so detecting on it is no false positive.
 */
export function headLines(head: string): string[] {
  return head.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Whether any line of the head passes `test`. */
export function someHeadLine(head: string, test: (line: string) => boolean): boolean {
  return headLines(head).some((line) => line.length <= MAX_RESULT_LINE_CHARS && test(line));
}

/** How one text format reads its lines. */
export interface LineReader {
  line(text: string, lineNumber: number): void;
  /** After the last line: flush what is pending. */
  end?(lastLine: number): void;
}

/**
 * Streams a text benchmark file line by line through `reader` (unrelated lines such as build
 * logs are the reader's to skip), then returns the series or fails when there is none.
 */
export async function readTextSeries(
  input: ParseInput,
  tool: string,
  makeReader: (out: SeriesCollector) => LineReader,
): Promise<ParseResult<BenchmarkEvidence>> {
  const out = new SeriesCollector();
  const reader = makeReader(out);
  let skippedLong = 0;
  const lines = await forEachLine(input.chunks, (text, lineNumber) => {
    if (text.length > MAX_RESULT_LINE_CHARS) {
      skippedLong++;
      return;
    }
    reader.line(text, lineNumber);
  });
  reader.end?.(lines);
  if (skippedLong > 0) {
    out.notice(`${skippedLong} lines longer than ${MAX_RESULT_LINE_CHARS} characters skipped`);
  }
  return out.result(
    lines === 0 ? `empty file: no ${tool} results` : `no ${tool} results found in ${lines} lines`,
    { line: Math.max(lines, 1) },
  );
}

/**
 * Splits the last `count` whitespace-separated fields off a line, scanning from the right in
 * one pass (no backtracking regex over padded columns). `head` is what precedes them, trimmed.
 */
export function trailingFields(
  text: string,
  count: number,
): { head: string; fields: string[] } | undefined {
  const fields: string[] = [];
  let end = text.length;
  while (fields.length < count) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) return undefined;
    fields.unshift(text.slice(start, end));
    end = start;
  }
  return { head: text.slice(0, end).trim(), fields };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xa0;
}
