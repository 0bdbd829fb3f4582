/**
 * Hostile edits of real files, as plain data (so fast-check can print and replay them) and the
 * function that applies them. Positions are taken modulo the input's length.
 */
import fc from 'fast-check';

/** Where a truncation cuts: inside a tag, an attribute value, a string, a number, a line or a character. */
export const BOUNDARIES = [
  'tag',
  'attribute',
  'string',
  'number',
  'line',
  'multibyte',
  'anywhere',
] as const;
export type Boundary = (typeof BOUNDARIES)[number];

export const ENCODINGS = [
  'utf16le',
  'utf16le-bom',
  'utf16be',
  'utf16be-bom',
  'latin1',
  'utf8-bom',
  'double-bom',
  'utf16-bom-on-utf8',
  'utf32le-bom',
  'mixed-utf16le',
  'mixed-latin1',
] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Bytes worth inserting: grammar characters of XML, JSON and text formats, and broken encodings. */
export const TOKENS: Record<string, Buffer> = {
  lt: Buffer.from('<'),
  gt: Buffer.from('>'),
  slash: Buffer.from('/'),
  amp: Buffer.from('&'),
  quote: Buffer.from('"'),
  apos: Buffer.from("'"),
  equals: Buffer.from('='),
  lbrace: Buffer.from('{'),
  rbrace: Buffer.from('}'),
  lbracket: Buffer.from('['),
  rbracket: Buffer.from(']'),
  comma: Buffer.from(','),
  colon: Buffer.from(':'),
  backslash: Buffer.from('\\'),
  minus: Buffer.from('-'),
  hash: Buffer.from('#'),
  space: Buffer.from(' '),
  tab: Buffer.from('\t'),
  lf: Buffer.from('\n'),
  cr: Buffer.from('\r'),
  crlf: Buffer.from('\r\n'),
  nul: Buffer.from([0]),
  del: Buffer.from([0x7f]),
  'utf8-bom': Buffer.from([0xef, 0xbb, 0xbf]),
  'utf16le-bom': Buffer.from([0xff, 0xfe]),
  'utf16be-bom': Buffer.from([0xfe, 0xff]),
  'invalid-ff': Buffer.from([0xff]),
  'lone-lead-byte': Buffer.from([0xc3]),
  'lone-continuation': Buffer.from([0x80]),
  'overlong-slash': Buffer.from([0xc0, 0xaf]),
  'encoded-surrogate': Buffer.from([0xed, 0xa0, 0x80]),
  'beyond-unicode': Buffer.from([0xf4, 0x90, 0x80, 0x80]),
  'e-acute': Buffer.from('é'),
  emoji: Buffer.from('😀'),
  'line-separator': Buffer.from('\u2028'),
  'bidi-override': Buffer.from('\u202e'),
  'xml-comment-open': Buffer.from('<!--'),
  'cdata-open': Buffer.from('<![CDATA['),
  'cdata-close': Buffer.from(']]>'),
  'processing-instruction': Buffer.from('<?x y?>'),
  doctype: Buffer.from('<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
  'entity-ref': Buffer.from('&e;'),
  'undefined-entity': Buffer.from('&lol9;'),
  'char-ref-nul': Buffer.from('&#0;'),
  'char-ref-too-big': Buffer.from('&#x110000;'),
  'char-ref-surrogate': Buffer.from('&#xD800;'),
  'xmlns-prefix': Buffer.from(' xmlns:a="urn:x" a:b="c"'),
  'empty-element': Buffer.from('<testcase/>'),
  'json-escape-u': Buffer.from('\\u'),
  'json-lone-surrogate-escape': Buffer.from('\\ud800'),
  'json-null': Buffer.from('null'),
  'json-true': Buffer.from('true'),
  'json-empty-object': Buffer.from('{}'),
  'json-empty-array': Buffer.from('[]'),
  'json-proto': Buffer.from('"__proto__":{"polluted":1},'),
  'json-constructor': Buffer.from('"constructor":{"prototype":{"x":1}},'),
  'tap-plan': Buffer.from('1..99999999999\n'),
  'tap-not-ok': Buffer.from('not ok 1 - x\n'),
  'yaml-block': Buffer.from('  ---\n  a: *b\n  ...\n'),
  'lcov-record': Buffer.from('SF:x\nDA:1,-1\nend_of_record\n'),
  'percent-sign': Buffer.from('%'),
  pipe: Buffer.from('|'),
};
export const TOKEN_NAMES = Object.keys(TOKENS);

/** Out-of-range and oddly written numbers, replacing a run of digits. */
export const NUMBERS = [
  '1e999',
  '-1e999',
  '1e-999',
  '-0',
  '-0.0',
  '0',
  '99999999999999999999999999999999999999',
  '-9007199254740993',
  '9007199254740993',
  '1.7976931348623157e309',
  '4.9e-325',
  'NaN',
  '"NaN"',
  'Infinity',
  '-Infinity',
  '"Infinity"',
  '0x10',
  '1_000',
  '+1',
  '.5',
  '5.',
  '00012',
  '1e',
  '-',
  '',
  '123456789012345678901234567890e-30',
  '1'.repeat(400),
  '-1',
  '-2147483649',
  '4294967296',
];

export type Mutation =
  | { op: 'truncate'; at: number; boundary: Boundary }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'insert'; at: number; token: string }
  | { op: 'number'; at: number; value: string }
  | { op: 'duplicate'; at: number; lines: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'encode'; at: number; encoding: Encoding }
  | { op: 'nul'; at: number; count: number }
  | { op: 'repeat'; at: number; token: string; count: number }
  | { op: 'random'; at: number; bytes: Uint8Array };

const position = fc.nat();

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('truncate' as const),
      at: position,
      boundary: fc.constantFrom(...BOUNDARIES),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      at: position,
      mask: fc.integer({ min: 1, max: 255 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at: position,
      token: fc.constantFrom(...TOKEN_NAMES),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('number' as const),
      at: position,
      value: fc.constantFrom(...NUMBERS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at: position,
      lines: fc.integer({ min: 1, max: 12 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      at: position,
      length: fc.integer({ min: 1, max: 200 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('encode' as const),
      at: position,
      encoding: fc.constantFrom(...ENCODINGS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('nul' as const),
      at: position,
      count: fc.integer({ min: 1, max: 1024 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('repeat' as const),
      at: position,
      token: fc.constantFrom(...TOKEN_NAMES),
      count: fc.integer({ min: 2, max: 4096 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('random' as const),
      at: position,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
  },
);

/**
 * Applies the edits in turn. Re-encodings multiply the size (UTF-32 four times over), so the
 * result is cut at `maxBytes`: the large inputs are the hostile set's job, and each fuzz input
 * must stay cheap.
 */
export function applyMutations(
  input: Buffer,
  mutations: readonly Mutation[],
  maxBytes = 2 * 1024 * 1024,
): Buffer {
  let bytes = input;
  for (const mutation of mutations) {
    bytes = applyMutation(bytes, mutation);
    if (bytes.length > maxBytes) return bytes.subarray(0, maxBytes);
  }
  return bytes;
}

export function applyMutation(bytes: Buffer, mutation: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : mutation.at % (bytes.length + 1);
  switch (mutation.op) {
    case 'truncate':
      return bytes.subarray(0, cutPoint(bytes, at, mutation.boundary));
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const i = at % bytes.length;
      copy[i] = (copy[i] ?? 0) ^ mutation.mask;
      return copy;
    }
    case 'insert':
      return splice(bytes, at, 0, TOKENS[mutation.token] ?? Buffer.alloc(0));
    case 'number':
      return replaceNumber(bytes, at, mutation.value);
    case 'duplicate':
      return duplicateLines(bytes, at, mutation.lines);
    case 'delete':
      return splice(bytes, at, mutation.length, Buffer.alloc(0));
    case 'encode':
      return encode(bytes, at, mutation.encoding);
    case 'nul':
      return splice(bytes, at, 0, Buffer.alloc(mutation.count));
    case 'repeat': {
      const token = TOKENS[mutation.token] ?? Buffer.from('x');
      return splice(bytes, at, 0, Buffer.alloc(token.length * mutation.count, token));
    }
    case 'random':
      return splice(bytes, at, mutation.bytes.length, Buffer.from(mutation.bytes));
  }
}

function splice(bytes: Buffer, at: number, remove: number, insert: Buffer): Buffer {
  return Buffer.concat([
    bytes.subarray(0, at),
    insert,
    bytes.subarray(Math.min(bytes.length, at + remove)),
  ]);
}

/**
 * The first cut point at or after `from` (wrapping around) of the boundary class; `anywhere`
 * when the input has none (a text format has no tags). A cut point `i` keeps bytes [0, i).
 */
export function cutPoint(bytes: Buffer, from: number, boundary: Boundary): number {
  if (boundary === 'anywhere' || bytes.length === 0) return from;
  let first = -1;
  let inTag = false;
  let attributeQuote = 0;
  let inString = false;
  let escaped = false;
  for (let i = 1; i < bytes.length; i++) {
    // state after bytes[i - 1]
    const c = bytes[i - 1] ?? 0;
    if (inTag) {
      if (attributeQuote !== 0) {
        if (c === attributeQuote) attributeQuote = 0;
      } else if (c === 0x22 || c === 0x27) attributeQuote = c;
      else if (c === 0x3e) inTag = false;
    } else if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x3c) inTag = true;
    else if (c === 0x22) inString = true;
    const next = bytes[i] ?? 0;
    let match: boolean;
    switch (boundary) {
      case 'tag':
        match = inTag && attributeQuote === 0 && next !== 0x3e;
        break;
      case 'attribute':
        match = inTag && attributeQuote !== 0 && next !== attributeQuote;
        break;
      case 'string':
        match = inString && next !== 0x22;
        break;
      case 'number':
        match = isDigit(c) && (isDigit(next) || next === 0x2e || next === 0x65 || next === 0x45);
        break;
      case 'line':
        match = c !== 0x0a && next !== 0x0a && next !== 0x0d;
        break;
      case 'multibyte':
        match = next >= 0x80 && next < 0xc0;
        break;
    }
    if (!match) continue;
    if (i >= from) return i;
    if (first === -1) first = i;
  }
  return first === -1 ? from : first;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function replaceNumber(bytes: Buffer, at: number, value: string): Buffer {
  let start = -1;
  for (let i = 0; i < bytes.length; i++) {
    const j = (at + i) % bytes.length;
    if (isDigit(bytes[j] ?? 0)) {
      start = j;
      break;
    }
  }
  if (start === -1) return splice(bytes, at, 0, Buffer.from(value));
  while (
    start > 0 &&
    (isDigit(bytes[start - 1] ?? 0) || bytes[start - 1] === 0x2e || bytes[start - 1] === 0x2d)
  )
    start--;
  let end = start;
  while (
    end < bytes.length &&
    (isDigit(bytes[end] ?? 0) ||
      bytes[end] === 0x2e ||
      bytes[end] === 0x65 ||
      bytes[end] === 0x45 ||
      bytes[end] === 0x2b)
  )
    end++;
  return splice(bytes, start, end - start, Buffer.from(value));
}

/** Repeats `count` whole lines from the one holding `at`: duplicate elements, entries and ids. */
function duplicateLines(bytes: Buffer, at: number, count: number): Buffer {
  const start = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  let end = start;
  for (let n = 0; n < count && end < bytes.length; n++) {
    const newline = bytes.indexOf(0x0a, end);
    end = newline === -1 ? bytes.length : newline + 1;
  }
  return splice(bytes, end, 0, bytes.subarray(start, end));
}

function encode(bytes: Buffer, at: number, encoding: Encoding): Buffer {
  const text = bytes.toString('utf8');
  switch (encoding) {
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16le-bom':
      return Buffer.concat([
        TOKENS['utf16le-bom'] ?? Buffer.alloc(0),
        Buffer.from(text, 'utf16le'),
      ]);
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'utf16be-bom':
      return Buffer.concat([
        TOKENS['utf16be-bom'] ?? Buffer.alloc(0),
        Buffer.from(text, 'utf16le').swap16(),
      ]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf8-bom':
      return Buffer.concat([TOKENS['utf8-bom'] ?? Buffer.alloc(0), bytes]);
    case 'double-bom':
      return Buffer.concat([
        TOKENS['utf8-bom'] ?? Buffer.alloc(0),
        TOKENS['utf8-bom'] ?? Buffer.alloc(0),
        bytes,
      ]);
    case 'utf16-bom-on-utf8':
      return Buffer.concat([TOKENS['utf16le-bom'] ?? Buffer.alloc(0), bytes]);
    case 'utf32le-bom': {
      const out = Buffer.alloc(4 + bytes.length * 4);
      out.writeUInt32LE(0xfeff, 0);
      for (let i = 0; i < bytes.length; i++) out.writeUInt32LE(bytes[i] ?? 0, 4 + i * 4);
      return out;
    }
    case 'mixed-utf16le':
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(bytes.subarray(at).toString('utf8'), 'utf16le'),
      ]);
    case 'mixed-latin1':
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(bytes.subarray(at).toString('utf8'), 'latin1'),
      ]);
  }
}
