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

/** One line of a hash list, as a template: six spaces, the quoted 16 hex digits, a comma, the line end. */
const HASH_LINE = Buffer.from('      "0000000000000000",\n', 'latin1');
/** Where the hex digits start in a line, and where its comma is (the last line ends there). */
const HEX_AT = 7;
const COMMA_AT = 24;
const NEWLINE = 0x0a;

/** The two hex digits of every byte value: byte b at [2b, 2b + 1]. */
const HEX_PAIRS = Uint8Array.from({ length: 512 }, (_, i) => HEX_DIGITS[i % 2 === 0 ? i >> 5 : (i >> 1) & 15] ?? 0);

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
    size += head.length + tail.length + (list.length / 2) * HASH_LINE.length - (list.length > 0 ? 1 : 0);
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

/**
 * Writes one line per pair from `start` (no comma after the last); returns the end. The lines are
 * the template repeated, then only the digits are written.
 */
function writeHashLines(text: Buffer, start: number, pairs: Uint32Array): number {
  const count = pairs.length / 2;
  if (count === 0) return start;
  const end = start + count * HASH_LINE.length - 1;
  // the template once, then doubled by copying what is written (a pattern fill is slower)
  HASH_LINE.copy(text, start, 0, Math.min(HASH_LINE.length, end - start));
  for (let written = HASH_LINE.length; written < end - start; written *= 2) {
    text.copyWithin(start + written, start, start + Math.min(written, end - start - written));
  }
  text[start + (count - 1) * HASH_LINE.length + COMMA_AT] = NEWLINE;
  for (let i = 0, at = start + HEX_AT; i < count; i++, at += HASH_LINE.length) {
    writeHex32(text, at, pairs[2 * i] ?? 0);
    writeHex32(text, at + 8, pairs[2 * i + 1] ?? 0);
  }
  return end;
}

/** The 8 hex digits of a 32-bit value at `at`. */
function writeHex32(text: Buffer, at: number, value: number): void {
  const pairs = HEX_PAIRS;
  let pair = (value >>> 23) & 0x1fe;
  text[at] = pairs[pair] ?? 0;
  text[at + 1] = pairs[pair + 1] ?? 0;
  pair = (value >>> 15) & 0x1fe;
  text[at + 2] = pairs[pair] ?? 0;
  text[at + 3] = pairs[pair + 1] ?? 0;
  pair = (value >>> 7) & 0x1fe;
  text[at + 4] = pairs[pair] ?? 0;
  text[at + 5] = pairs[pair + 1] ?? 0;
  pair = (value << 1) & 0x1fe;
  text[at + 6] = pairs[pair] ?? 0;
  text[at + 7] = pairs[pair + 1] ?? 0;
}
