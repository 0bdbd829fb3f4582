/** GitHub's limit on an issue comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** GitHub's limit on a check run's `output.summary`, in characters. */
export const CHECK_SUMMARY_MAX_CHARS = 65_535;

const TRUNCATED_NOTE =
  '\n\n_… truncated to fit GitHub’s size limit: the job summary and the certification artifact hold the full report._\n';

/**
 * Last line of defence behind the renderer's own shrinking: text longer than `limit` UTF-16
 * units (never fewer than GitHub's character count) is cut at a line boundary and marked,
 * so a post never fails for length.
 */
export function ensureFits(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - TRUNCATED_NOTE.length);
  const newline = text.lastIndexOf('\n', end);
  if (newline > end / 2) end = newline;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATED_NOTE.slice(0, limit - end);
}
