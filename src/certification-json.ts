import type { Certification } from './model/certification.js';

const MARKER = '\u0000testIndex';
/** Where the marker stands in the report's text: a top-level key (structure, never string content). */
const MARKED = `\n  "testIndex": ${JSON.stringify(MARKER)}`;
const WRAPPER_HEAD = '{\n  "testIndex": ';
const WRAPPER_TAIL = '\n}';

/**
 * certification.json as consecutive pieces of text: together, `${JSON.stringify(certification, null, 2)}\n`.
 *
 * `testIndex` (one hex hash per test: hundreds of thousands on a big run) is stringified on its
 * own, at the same depth: its text is ASCII and encodes as a copy, where inside the whole report
 * one non-Latin-1 character anywhere (a `…` in a clipped message) makes the whole text two bytes a
 * character, and encoding it to UTF-8 the slowest step of writing the report. The pieces are
 * written one after another (no joined copy).
 */
export function certificationJson(certification: Certification): string[] {
  const rest = JSON.stringify({ ...certification, testIndex: MARKER }, null, 2);
  const at = rest.indexOf(MARKED);
  if (at < 0) return [`${JSON.stringify(certification, null, 2)}\n`];
  const wrapped = JSON.stringify({ testIndex: certification.testIndex }, null, 2);
  const index = wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length);
  const cut = at + MARKED.length - JSON.stringify(MARKER).length;
  return [rest.slice(0, cut), index, `${rest.slice(at + MARKED.length)}\n`];
}
