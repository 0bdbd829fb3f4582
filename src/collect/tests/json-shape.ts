/**
 * Whether a JSON head has `"key":` as a real key. A key quoted inside a string value is escaped
 * (`\"key\":`) and does not match, because the closing quote must follow the name directly.
 */
export function hasJsonKey(head: string, key: string): boolean {
  return new RegExp(`(?<!\\\\)"${escapeRegExp(key)}"\\s*:`).test(head);
}

export function startsWithJsonObject(head: string): boolean {
  return /^\s*\{/.test(head);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
