/**
 * A copy of `text` that shares no memory with the string it was cut from.
 *
 * V8 makes a substring of 13 or more characters (`slice`, attribute values from the XML tokenizer, the lines of a
 * decoded chunk) a view into its parent string. A parser that keeps such a substring — a test
 * name, a file path — keeps the parent alive with it: one kept name per 1 MiB chunk holds the
 * whole decoded file in memory. Everything a parser keeps past the current chunk goes through
 * here. Joining two pieces makes V8 write the characters into one flat string of their own; a
 * slice of a concatenation (the other common idiom) would be a view again, one more 32-byte
 * object per kept string (a 100 MB JUnit file keeps 225,000 names).
 */
export function detach(text: string): string {
  return text.length < 13 ? text : [text.charAt(0), text.slice(1)].join('');
}
