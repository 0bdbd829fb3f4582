/**
 * Detail kept per evidence file. Counts are always complete; text detail is capped so a
 * 100 MB report with 10,000 failures does not keep every stack trace in memory.
 */
export const MESSAGE_MAX_CHARS = 1000;
/** Failure/error/skip messages kept per file; later non-passing cases keep their status only. */
export const MESSAGES_PER_FILE = 500;
/** Security findings kept per file (counts stay complete). */
export const FINDINGS_PER_FILE = 1000;

/** Trims text kept as detail: first MESSAGE_MAX_CHARS characters, without a split surrogate pair. */
export function clipMessage(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.length <= MESSAGE_MAX_CHARS) return trimmed;
  let end = MESSAGE_MAX_CHARS;
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${trimmed.slice(0, end)}…`;
}
