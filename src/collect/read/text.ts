import { EvidenceParseError } from '../../errors.js';

/**
 * Largest file a format read whole may be. Such a document is held as a string and then as
 * objects, tens of times its size (benchmark reports are kilobytes): a file near the evidence
 * size limit would exhaust memory instead of being reported.
 */
export const MAX_WHOLE_TEXT_BYTES = 64 * 1024 * 1024;

/** Reads a whole stream as UTF-8 text, dropping a leading BOM. For formats read whole. */
export async function readText(chunks: AsyncIterable<Buffer>): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > MAX_WHOLE_TEXT_BYTES) {
      throw new EvidenceParseError(
        `over ${MAX_WHOLE_TEXT_BYTES / (1024 * 1024)} MiB, too big for a format that is read whole (real reports are far smaller)`,
        { line: 1, column: 1 },
      );
    }
    text += decoder.decode(chunk, { stream: true });
  }
  text += decoder.decode();
  return stripBom(text);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column (1-based) of a character offset in text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Parses JSON text; a syntax error becomes an EvidenceParseError with line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    // V8 gives no position for "Unexpected end of JSON input": the problem is at the end (truncated).
    const offset = match?.[1] ? Number(match[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
    const position = offset === undefined ? {} : positionAt(text, offset);
    if (text.trim() === '') throw new EvidenceParseError('empty file, expected JSON', { line: 1, column: 1 });
    throw new EvidenceParseError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, position);
  }
}

export async function readJson(chunks: AsyncIterable<Buffer>): Promise<unknown> {
  return parseJsonText(await readText(chunks));
}
