/**
 * Escaping for user-derived text (test names, messages, paths, level names) that reaches
 * GitHub markdown: PR comments, job summaries, check runs. The result is plain inline text:
 * it cannot break a table, open HTML (so it cannot forge our hidden marker), ping a person or
 * team, link an issue, load an image, or reorder text with bidi controls.
 */

// Bidi embedding/override/isolate controls and other invisible format characters used in
// "trojan source" style reordering.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters with markdown meaning inline: escaped with a backslash (GFM honours these).
const MARKDOWN = /[\\`*_[\]#!|~]/g;
const ZWSP = '\u200b';
// C0 controls other than tab and newline, and DEL: never meaningful in a report.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export const DEFAULT_MAX_TEXT = 300;

/** Escapes text for an inline markdown position (a table cell, a list item, a heading). */
export function escapeMarkdown(text: string, maxLength = DEFAULT_MAX_TEXT): string {
  let value = clip(text.replace(BIDI, '').replace(CONTROL, ''), maxLength);
  value = value.replace(/\r\n?|\n/g, ' ');
  value = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Backslash-escape markdown punctuation, but leave the entities just written intact.
  value = value.replace(MARKDOWN, (char) => `\\${char}`);
  // @user, @org/team → no notification; #123, GH-123, owner/repo#123 → no auto-link.
  value = value.replace(/@/g, `@${ZWSP}`).replace(/\\#/g, `\\#${ZWSP}`).replace(/\b(GH)-(\d)/gi, `$1-${ZWSP}$2`);
  // Bare URLs would autolink; break the scheme so they render as text.
  value = value.replace(/\b(https?|ftp|mailto|data|javascript):/gi, `$1${ZWSP}:`);
  value = value.replace(/\bwww\./gi, `www${ZWSP}.`);
  return value;
}

/** Escapes text for an HTML context in markdown (inside <summary>, <td>): entities, no markdown escapes. */
export function escapeHtml(text: string, maxLength = DEFAULT_MAX_TEXT): string {
  return clip(text.replace(BIDI, '').replace(CONTROL, ''), maxLength)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`);
}

function clip(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return `${chars.slice(0, maxLength - 1).join('')}…`;
}
