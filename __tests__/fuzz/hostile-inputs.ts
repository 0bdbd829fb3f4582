/**
 * The few large hostile inputs every parser gets once, built from one real file of its format:
 * multi-megabyte attributes, names, strings and lines, 10,000-deep nesting of XML elements and
 * of JSON arrays and objects, many repeated records, NUL bytes and random bytes.
 */
export interface HostileInput {
  name: string;
  bytes: Buffer;
}

export const DEEP_NESTING = 10_000;

type Syntax = 'xml' | 'json' | 'text';

/** The syntax of a file by its first character (BOM and whitespace skipped). */
export function syntaxOf(bytes: Buffer): Syntax {
  const text = bytes
    .subarray(0, 256)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return 'xml';
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'text';
}

/** `huge` is the size of each oversized part (several MiB in CI). */
export function hostileInputs(seed: Buffer, huge: number): HostileInput[] {
  const syntax = syntaxOf(seed);
  const text = seed.toString('utf8');
  const a = 'a'.repeat(huge);
  const inputs: HostileInput[] = [];
  const add = (name: string, content: string | Buffer) =>
    inputs.push({
      name,
      bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    });

  const xmlRoot = rootStartTag(text);
  const jsonObject = text.indexOf('{');
  const middleLine = middleOfALine(text);
  /** Inserts at the natural place for the syntax: in the root element, the first object, or mid-line. */
  const into = (xml: string, json: string, plain: string): string => {
    if (syntax === 'xml' && xmlRoot)
      return text.slice(0, xmlRoot.nameEnd) + xml + text.slice(xmlRoot.nameEnd);
    if (syntax === 'json' && jsonObject !== -1)
      return text.slice(0, jsonObject + 1) + json + text.slice(jsonObject + 1);
    return text.slice(0, middleLine) + plain + text.slice(middleLine);
  };
  const afterRootTag = (content: string): string => {
    if (syntax === 'xml' && xmlRoot)
      return text.slice(0, xmlRoot.tagEnd) + content + text.slice(xmlRoot.tagEnd);
    return text.slice(0, middleLine) + content + text.slice(middleLine);
  };

  add(`${mib(huge)} attribute / string value`, into(` huge="${a}"`, `"huge":"${a}",`, a));
  add(
    `${mib(huge)} name (element, key or token)`,
    syntax === 'json' ? into('', `"${a}":1,`, '') : afterRootTag(`<${a}/>`),
  );
  add(
    `${mib(huge)} line`,
    syntax === 'json' ? into('', ' '.repeat(huge), '') : afterRootTag('x'.repeat(huge)),
  );
  add(
    `${mib(huge)} unterminated string, attribute or comment`,
    into(` x="${a}`, `"x":"${a}`, `"${a}`),
  );
  add(
    `${DEEP_NESTING.toLocaleString('en')}-deep XML elements`,
    afterRootTag('<a>'.repeat(DEEP_NESTING) + '</a>'.repeat(DEEP_NESTING)),
  );
  add(
    `${DEEP_NESTING.toLocaleString('en')}-deep JSON arrays`,
    syntax === 'json'
      ? into('', `"deep":${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)},`, '')
      : afterRootTag('['.repeat(DEEP_NESTING) + ']'.repeat(DEEP_NESTING)),
  );
  add(
    `${DEEP_NESTING.toLocaleString('en')}-deep JSON objects`,
    syntax === 'json'
      ? into('', `"deep":${'{"a":'.repeat(DEEP_NESTING)}1${'}'.repeat(DEEP_NESTING)},`, '')
      : `${'{"a":'.repeat(DEEP_NESTING)}1${'}'.repeat(DEEP_NESTING)}`,
  );
  add(`${mib(huge)} of one record repeated (duplicate ids)`, repeatedRecord(text, huge));
  add(`${mib(huge)} of empty records`, emptyRecords(text, syntax, huge));
  add(`${mib(huge)} NUL bytes`, Buffer.alloc(huge));
  add(`${mib(huge)} random bytes`, randomBytes(huge, 0x9e3779b9));
  return inputs;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB`
    : `${(bytes / 1024).toFixed(0)} KiB`;
}

/** Where the root element's name ends and where its start tag ends. */
function rootStartTag(text: string): { nameEnd: number; tagEnd: number } | undefined {
  const match = /<([A-Za-z_][\w.:-]*)/.exec(
    text.replace(/<[?!][^>]*>/g, (m) => ' '.repeat(m.length)),
  );
  if (!match) return undefined;
  const nameEnd = match.index + match[0].length;
  const close = text.indexOf('>', nameEnd);
  if (close === -1) return undefined;
  // a self-closing root cannot take content: insert inside the tag instead
  return { nameEnd, tagEnd: text[close - 1] === '/' ? nameEnd : close + 1 };
}

function middleOfALine(text: string): number {
  const middle = Math.floor(text.length / 2);
  const lineStart = text.lastIndexOf('\n', middle) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  return lineEnd === -1
    ? Math.floor((lineStart + text.length) / 2)
    : Math.floor((lineStart + lineEnd) / 2);
}

/** The file's middle line repeated until the file holds `size` bytes more: many equal records. */
function repeatedRecord(text: string, size: number): string {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  // prefer a line that looks like a record: an element, an object member or a data line
  let record = lines[middle] ?? '';
  for (let i = middle; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim().length > 8) {
      record = line;
      break;
    }
  }
  const times = Math.max(1, Math.floor(size / (record.length + 1)));
  const repeated = `${record}\n`.repeat(times);
  return [
    ...lines.slice(0, middle),
    repeated + (lines[middle] ?? ''),
    ...lines.slice(middle + 1),
  ].join('\n');
}

/**
 * Millions of the smallest records: `{}` entries in the first JSON array, empty elements named
 * like the root's first child, or empty lines. Per-record costs (validation, messages) show here.
 */
function emptyRecords(text: string, syntax: Syntax, size: number): string {
  if (syntax === 'json') {
    // the first array of objects is where the records are (tests, benchmarks, results)
    const records = /\[\s*\{/.exec(text);
    const array = records ? records.index : text.indexOf('[');
    const at = array === -1 ? text.indexOf('{') : array;
    if (at === -1) return text;
    const empty = '{},'.repeat(Math.floor(size / 3));
    return array === -1
      ? `${text.slice(0, at + 1)}"records":[${empty}{}],${text.slice(at + 1)}`
      : `${text.slice(0, at + 1)}${empty}${text.slice(at + 1)}`;
  }
  if (syntax === 'xml') {
    const root = rootStartTag(text);
    const child = root ? /<([A-Za-z_][\w.:-]*)/.exec(text.slice(root.tagEnd))?.[1] : undefined;
    if (!root || !child) return text;
    const element = `<${child}/>`;
    return (
      text.slice(0, root.tagEnd) +
      element.repeat(Math.floor(size / element.length)) +
      text.slice(root.tagEnd)
    );
  }
  const middle = middleOfALine(text);
  const lineStart = text.lastIndexOf('\n', middle) + 1;
  return text.slice(0, lineStart) + '\n'.repeat(size) + text.slice(lineStart);
}

/** Deterministic pseudo-random bytes (xorshift), so a finding can be replayed. */
function randomBytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed | 0 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.writeInt32LE(x | 0, Math.min(i, size - 4));
  }
  return out;
}
