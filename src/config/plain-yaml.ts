/*
 * The config reader, yaml, was three fifths of the code the action loads before it reads the first
 * evidence file: compiling it, starting it and reading a first document with it cost about 15 ms
 * of Node 24's start-up to the first evidence read (docs/performance.md). Configs are nearly
 * always written in a small, plain part of YAML: block mappings and sequences, one-line flow
 * collections, quoted strings and plain words. Such a text is read here instead, to exactly the
 * value yaml gives it (`parseDocument(text, { uniqueKeys: true }).toJS()`, an empty document as
 * {}). Anything else, or anything this reader is not sure of, comes out undefined and goes to
 * yaml, which alone explains what is wrong with a text: this reader may send a plain text there,
 * but must never read a text to a value yaml would not give it.
 */

type Value = null | boolean | number | string | Value[] | Mapping;
interface Mapping {
  [key: string]: Value;
}

/** Not this reader's to decide: the text goes to yaml. */
const UNSURE = Symbol('unsure');
type Read<T> = T | typeof UNSURE;

/** Printable ASCII and line feeds: no tabs, carriage returns, byte order mark or other text. */
const PLAIN_TEXT = /^[\n\x20-\x7e]*$/;
/**
 * A plain scalar's first character: one that starts no other YAML construct. A `.` only before a
 * letter, `_`, `/` or `.` (`.github/…`, `./…`): never a number such as `.5` (`.inf` and `.nan`
 * are left to yaml by scalarOf).
 */
const PLAIN_FIRST = /^(?:[A-Za-z0-9_/]|\.[A-Za-z_./])/;
/**
 * Characters inside a plain scalar. Left out, so that such text goes to yaml: `:` and `#` (they
 * end a scalar or start a comment, depending on what follows), and the flow indicators `,[]{}`.
 */
const PLAIN_CHAR = /[A-Za-z0-9 _./*\-+=<>%@!?()~^$&|'"`;\\]/;
/** YAML 1.2 core schema words for null and booleans; the only plain words that are not strings. */
const CORE_WORDS: ReadonlyMap<string, Value> = new Map<string, Value>([
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
/** Block and flow levels together; configs use four or five. */
const MAX_DEPTH = 12;
/** YAML's limit on an implicit key. */
const MAX_KEY_LENGTH = 1024;

interface Line {
  indent: number;
  /** The line without its indentation; never empty, never a comment. */
  content: string;
}

/** The value yaml reads `text` to (an empty document: {}), or undefined when yaml has to read it. */
export function readPlainYaml(text: string): unknown {
  if (!PLAIN_TEXT.test(text)) return undefined;
  const lines: Line[] = [];
  for (const line of text.split('\n')) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    lines.push({ indent: line.length - content.length, content: content.trimEnd() });
  }
  if (lines.length === 0) return {};
  if (lines[0]?.indent !== 0) return undefined;
  const reader = new BlockReader(lines);
  const value = reader.mapping(0, 0, 1);
  return value !== UNSURE && reader.next === lines.length ? value : undefined;
}

/** Block collections, one line per entry, nested by indentation. */
class BlockReader {
  next = 0;

  constructor(private readonly lines: readonly Line[]) {}

  /** The block collection on the next line, at indentation `indent`: a sequence or a mapping. */
  private block(indent: number, depth: number): Read<Value> {
    const first = this.lines[this.next];
    if (!first || depth > MAX_DEPTH) return UNSURE;
    return isSequenceEntry(first.content)
      ? this.sequence(indent, depth)
      : this.mapping(this.next, indent, depth);
  }

  /** `key: value` lines at `indent`, from line `start` on; a nested block follows a bare `key:`. */
  mapping(start: number, indent: number, depth: number): Read<Mapping> {
    this.next = start;
    const mapping: Mapping = {};
    for (let line = this.lines[this.next]; line; line = this.lines[this.next]) {
      if (line.indent < indent) break;
      if (line.indent > indent || isSequenceEntry(line.content)) return UNSURE;
      const entry = mappingKey(line.content);
      if (entry === UNSURE || !addable(mapping, entry.key)) return UNSURE;
      this.next++;
      let value: Read<Value>;
      if (entry.rest !== '') {
        value = inlineValue(entry.rest, depth);
      } else {
        const nested = this.lines[this.next];
        // A sequence may sit at its key's own indentation; anything else nests deeper.
        value =
          nested &&
          (nested.indent > indent || (nested.indent === indent && isSequenceEntry(nested.content)))
            ? this.block(nested.indent, depth + 1)
            : null;
      }
      if (value === UNSURE) return UNSURE;
      mapping[entry.key] = value;
    }
    return mapping;
  }

  /** `- value` lines at `indent`, each value on its own line (nothing nested under a `-`). */
  private sequence(indent: number, depth: number): Read<Value[]> {
    const sequence: Value[] = [];
    for (let line = this.lines[this.next]; line; line = this.lines[this.next]) {
      if (line.indent < indent || (line.indent === indent && !isSequenceEntry(line.content))) break;
      if (line.indent > indent) return UNSURE;
      const rest = line.content.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#')) return UNSURE;
      const value = inlineValue(rest, depth);
      if (value === UNSURE) return UNSURE;
      sequence.push(value);
      this.next++;
    }
    return sequence;
  }
}

function isSequenceEntry(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** A block mapping line's key and what follows its `: ` (a comment alone counts as nothing). */
function mappingKey(content: string): Read<{ key: string; rest: string }> {
  const scanner = new Scanner(content);
  const key = scanner.key();
  if (key === UNSURE || !scanner.take(':')) return UNSURE;
  if (scanner.atEnd()) return { key, rest: '' };
  if (!scanner.spaces()) return UNSURE;
  const rest = content.slice(scanner.at);
  return { key, rest: rest.startsWith('#') ? '' : rest };
}

/** A value written on its key's (or its `-`'s) line, with nothing after it but a comment. */
function inlineValue(text: string, depth: number): Read<Value> {
  const scanner = new Scanner(text);
  const value = scanner.value(depth + 1);
  if (value === UNSURE) return UNSURE;
  const spaced = scanner.spaces();
  return scanner.atEnd() || (spaced && scanner.peek() === '#') ? value : UNSURE;
}

/** Whether `key` may be added: yaml refuses a repeated key; `__proto__` would not be a key. */
function addable(mapping: Mapping, key: string): boolean {
  return key !== '__proto__' && !Object.hasOwn(mapping, key);
}

/** One line's scalars and flow collections, left to right. */
class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  peek(): string | undefined {
    return this.text[this.at];
  }

  atEnd(): boolean {
    return this.at === this.text.length;
  }

  take(char: string): boolean {
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }

  /** Skips spaces; whether there were any. */
  spaces(): boolean {
    const from = this.at;
    while (this.text[this.at] === ' ') this.at++;
    return this.at > from;
  }

  /** A scalar or a flow collection. */
  value(depth: number): Read<Value> {
    if (depth > MAX_DEPTH) return UNSURE;
    const char = this.peek();
    if (char === '[') return this.flowSequence(depth);
    if (char === '{') return this.flowMapping(depth);
    if (char === "'" || char === '"') return this.quoted();
    const plain = this.plain();
    return plain === UNSURE ? UNSURE : scalarOf(plain);
  }

  /** A mapping key: quoted, or a plain scalar that reads as a string (its `:` is not taken). */
  key(): Read<string> {
    const char = this.peek();
    let key: Read<string>;
    if (char === "'" || char === '"') {
      key = this.quoted();
    } else {
      const plain = this.plain();
      key = plain !== UNSURE && typeof scalarOf(plain) === 'string' ? plain : UNSURE;
    }
    if (key === UNSURE || key.length > MAX_KEY_LENGTH) return UNSURE;
    this.spaces();
    return key;
  }

  /** `'…'` (a quote doubled inside) or `"…"` without escapes, on this line. */
  private quoted(): Read<string> {
    const quote = this.text[this.at++];
    let value = '';
    for (;;) {
      const end = this.text.indexOf(quote ?? '', this.at);
      if (end === -1) return UNSURE;
      value += this.text.slice(this.at, end);
      this.at = end + 1;
      if (quote === "'" && this.peek() === "'") {
        value += "'";
        this.at++;
        continue;
      }
      return quote === '"' && value.includes('\\') ? UNSURE : value;
    }
  }

  /**
   * A plain scalar's text, without its trailing spaces (left to be read next). What may follow it
   * is the caller's to check: the end of the line or ` #` for a value, `:` for a key, and `,` `]`
   * `}` inside a flow collection.
   */
  private plain(): Read<string> {
    if (!PLAIN_FIRST.test(this.text.slice(this.at, this.at + 2))) return UNSURE;
    const from = this.at;
    while (this.at < this.text.length && PLAIN_CHAR.test(this.text[this.at] ?? '')) this.at++;
    while (this.at > from && this.text[this.at - 1] === ' ') this.at--;
    return this.text.slice(from, this.at);
  }

  /** `[a, b]` on this line, no empty entry. */
  private flowSequence(depth: number): Read<Value[]> {
    this.at++;
    this.spaces();
    const sequence: Value[] = [];
    if (this.take(']')) return sequence;
    for (;;) {
      const value = this.value(depth + 1);
      if (value === UNSURE) return UNSURE;
      sequence.push(value);
      this.spaces();
      if (this.take(']')) return sequence;
      if (!this.take(',')) return UNSURE;
      this.spaces();
      if (this.peek() === ']') return UNSURE;
    }
  }

  /** `{a: 1, b: 2}` on this line, every key followed by `: ` and a value. */
  private flowMapping(depth: number): Read<Mapping> {
    this.at++;
    this.spaces();
    const mapping: Mapping = {};
    if (this.take('}')) return mapping;
    for (;;) {
      const key = this.key();
      if (key === UNSURE || !addable(mapping, key) || !this.take(':') || !this.spaces())
        return UNSURE;
      const value = this.value(depth + 1);
      if (value === UNSURE) return UNSURE;
      mapping[key] = value;
      this.spaces();
      if (this.take('}')) return mapping;
      if (!this.take(',')) return UNSURE;
      this.spaces();
      if (this.peek() === '}') return UNSURE;
    }
  }
}

/**
 * A plain scalar's value under the core schema: null, a boolean, a plain decimal integer, or
 * else a string. Any other number-like text (signs, leading zeros, `0x`, `1e3`, `.inf`, and
 * `1st`, which is a string) is left to yaml rather than spelt out again here.
 */
function scalarOf(text: string): Read<Value> {
  if (text === '' || /^\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text)) return UNSURE;
  const word = CORE_WORDS.get(text);
  if (word !== undefined) return word;
  if (/^[0-9]/.test(text)) {
    if (!/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return UNSURE;
    return Number(text);
  }
  return text;
}
