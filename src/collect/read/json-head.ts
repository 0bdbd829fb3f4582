/**
 * Content checks on the head of a JSON file (its first 64 KB, maybe cut mid-document), for
 * collectors' `detect`. They look at text only: the head need not be valid JSON.
 */

/** Whether a JSON head opens with `{` or `[` (after whitespace). */
export function opensWith(head: string, opener: '{' | '['): boolean {
  return head.trimStart().startsWith(opener);
}

/**
 * Whether a JSON head has `"key":` as a real key. A key quoted inside a string value is escaped
 * (`\"key\":`) and does not match, because the closing quote must follow the name directly.
 */
export function hasJsonKey(head: string, key: string): boolean {
  return new RegExp(`(?<!\\\\)"${escapeRegExp(key)}"\\s*:`).test(head);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
