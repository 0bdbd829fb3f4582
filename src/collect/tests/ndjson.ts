import { EvidenceParseError } from '../../errors.js';
import { forEachLine } from '../read/lines.js';

/** Lines of a head read for detection; event streams put their first event on the first lines. */
const DETECT_LINES = 20;

/**
 * The first JSON object among the first lines of a newline-delimited JSON head (lines that are
 * not JSON, such as `go: downloading …` noise, are passed over). Undefined when there is none.
 */
export function firstJsonLine(head: string): Record<string, unknown> | undefined {
  const lines = head.split('\n', DETECT_LINES + 1).slice(0, DETECT_LINES);
  for (const line of lines) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(text);
      return isRecord(value) ? value : undefined;
    } catch {
      return undefined; // the first object line is cut by the head limit or broken
    }
  }
  return undefined;
}

export interface JsonLinesSummary {
  /** Lines that held a JSON object. */
  objects: number;
  /** Non-empty lines that were not JSON (tools' stderr mixed into the file), skipped. */
  skipped: number;
  /** First skipped line, for the diagnostic. */
  firstSkipped?: number;
}

/**
 * Calls `onObject` for every line that is a JSON object, streaming. A line that starts like an
 * object but does not parse (a truncated or damaged event) is an error naming its line and column.
 */
export async function forEachJsonLine(
  chunks: AsyncIterable<Buffer>,
  onObject: (value: Record<string, unknown>, lineNumber: number) => void,
): Promise<JsonLinesSummary> {
  const summary: JsonLinesSummary = { objects: 0, skipped: 0 };
  await forEachLine(chunks, (line, lineNumber) => {
    const start = line.search(/\S/);
    if (start === -1) return;
    if (line[start] !== '{') {
      summary.skipped++;
      summary.firstSkipped ??= lineNumber;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw lineError(error, line, lineNumber);
    }
    if (!isRecord(value))
      throw new EvidenceParseError('expected a JSON object', {
        line: lineNumber,
        column: start + 1,
      });
    summary.objects++;
    onObject(value, lineNumber);
  });
  return summary;
}

function lineError(error: unknown, line: string, lineNumber: number): EvidenceParseError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const column = match?.[1] ? Number(match[1]) + 1 : line.length + 1;
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  return new EvidenceParseError(`invalid JSON event: ${reason}`, { line: lineNumber, column });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
