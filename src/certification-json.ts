import type { Certification } from './model/certification.js';
import { HEX_DIGITS } from './score/test-hash.js';
import { testIndexPairs, type TestIndexPairs } from './score/test-index.js';

const MARKER = '\u0000testIndex';
/** Where the marker stands in the report's text: a top-level key (structure, never string content). */
const MARKED = `\n  "testIndex": ${JSON.stringify(MARKER)}`;
const WRAPPER_HEAD = '{\n  "testIndex": ';
const WRAPPER_TAIL = '\n}';

/**
 * certification.json as consecutive pieces: together, the UTF-8 of
 * `${JSON.stringify(certification, null, 2)}\n`.
 *
 * `testIndex` (one hex hash per test: hundreds of thousands on a big run) is written on its own,
 * at the same depth: from its sorted hash pairs straight into ASCII bytes when scoring made it
 * (no string per hash), else stringified apart. Inside the whole report, one non-Latin-1
 * character anywhere (a `…` in a clipped message) would make the whole text two bytes a
 * character, and encoding it to UTF-8 the slowest step of writing the report. The pieces are
 * written one after another (no joined copy).
 */
export function certificationJson(certification: Certification): (string | Buffer)[] {
  const rest = JSON.stringify({ ...certification, testIndex: MARKER }, null, 2);
  const at = rest.indexOf(MARKED);
  if (at < 0) return [`${JSON.stringify(certification, null, 2)}\n`];
  const pairs = testIndexPairs(certification.testIndex);
  let index: string | Buffer;
  if (pairs) index = testIndexText(pairs);
  else {
    const wrapped = JSON.stringify({ testIndex: certification.testIndex }, null, 2);
    index = wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length);
  }
  const cut = at + MARKED.length - JSON.stringify(MARKER).length;
  return [rest.slice(0, cut), index, `${rest.slice(at + MARKED.length)}\n`];
}

/** Bytes of one hash line: six spaces, the quoted 16 hex digits, a comma, the line end. */
const HASH_LINE_BYTES = 6 + 1 + 16 + 1 + 1 + 1;
const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The test index as `JSON.stringify` writes it at depth 1 with a two-space indent:
 * `{`, then each list (`"passed": [` … `]`, or `[]` when empty), then `  }`.
 */
function testIndexText(pairs: TestIndexPairs): Buffer {
  const lists = Object.entries(pairs);
  const pieces: string[] = [];
  let size = 0;
  lists.forEach(([state, list], i) => {
    const after = i < lists.length - 1 ? ',' : '';
    const head = list.length === 0 ? `    "${state}": []${after}\n` : `    "${state}": [\n`;
    const tail = list.length === 0 ? '' : `    ]${after}\n`;
    pieces.push(head, tail);
    size += head.length + tail.length + (list.length / 2) * HASH_LINE_BYTES - (list.length > 0 ? 1 : 0);
  });
  const open = '{\n';
  const close = '  }';
  const text = Buffer.allocUnsafe(open.length + size + close.length);
  let at = text.write(open, 0, 'latin1');
  lists.forEach(([, list], i) => {
    at += text.write(pieces[2 * i] ?? '', at, 'latin1');
    at = writeHashLines(text, at, list);
    at += text.write(pieces[2 * i + 1] ?? '', at, 'latin1');
  });
  text.write(close, at, 'latin1');
  return text;
}

/** Writes `      "<16 hex>",\n` per pair (no comma after the last) from `at`; returns the end. */
function writeHashLines(text: Buffer, start: number, pairs: Uint32Array): number {
  const digits = HEX_DIGITS;
  const count = pairs.length / 2;
  let at = start;
  for (let i = 0; i < count; i++) {
    text.fill(SPACE, at, at + 6);
    at += 6;
    text[at++] = QUOTE;
    const high = pairs[2 * i] ?? 0;
    const low = pairs[2 * i + 1] ?? 0;
    for (let shift = 28; shift >= 0; shift -= 4) text[at++] = digits[(high >>> shift) & 15] ?? 0;
    for (let shift = 28; shift >= 0; shift -= 4) text[at++] = digits[(low >>> shift) & 15] ?? 0;
    text[at++] = QUOTE;
    if (i < count - 1) text[at++] = COMMA;
    text[at++] = NEWLINE;
  }
  return at;
}
