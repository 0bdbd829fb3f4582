import { EvidenceParseError } from '../../errors.js';

/**
 * A streaming XML tokenizer: decoded text in, open/close/text events out, positioned errors for
 * input that is not well-formed.
 *
 * Why our own and not saxes (which `streamXml` used before): speed, and we need none of what a
 * general parser adds. saxes reads one code point at a time through a method call that also
 * tracks the column, and builds a tag object, an attribute list and namespace records for every
 * element; on a 100 MB JUnit file that made parsing cost 1.41× a bare saxes pass. Here a tight
 * `charCodeAt` loop reads tags and short runs, while long runs (text, CDATA, attribute values)
 * are scanned natively: `indexOf` finds the end of a CDATA section, and sticky regular expressions
 * skip to the next character that needs a look (markup, a reference, a quote, a character XML
 * disallows) several times faster than a loop; the content of CDATA is checked with one search.
 * Lines are not counted while scanning: newlines are found with `indexOf` only when a position
 * is asked for (an error, or a handler's) or text is dropped, and the column is worked out then.
 * Character data nobody listens to is checked but never copied, and an element is a name (from a
 * small table of internalized names) and a plain record of attributes.
 * Evidence files need no DTD and no namespace processing: a DOCTYPE is checked for where it ends
 * and otherwise skipped (no entity it declares is honoured, so external entities are never
 * resolved and nothing is expanded: a reference to a declared entity is an undefined entity);
 * names are delivered as written (`prefix:local`), with no namespace lookups.
 *
 * What is checked, as saxes did: tags close in order, the document has one root and nothing but
 * whitespace, comments and processing instructions around it, names are XML names, attributes
 * are quoted and unique and hold no `<`, references are to the five predefined entities or to
 * valid character references, characters are XML characters, `]]>` does not appear in text, and
 * no construct is left open at the end. Line ends are normalized (CRLF and CR become LF; in an
 * attribute value a tab or line end becomes a space), as the XML specification asks.
 *
 * Chunks may split the text anywhere: an unfinished tag, entity reference or DOCTYPE is kept
 * and read again once more text has come (waiting until the text held has doubled, so a huge
 * construct is rescanned a bounded number of times), up to MAX_CONSTRUCT_CHARS, past which it is
 * an error; text, CDATA sections, comments and processing instructions are consumed as they
 * come, whatever their size.
 */
export interface XmlTokenHandlers {
  /** An element starts; `name` as written, attribute values decoded. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data (text and CDATA, decoded) inside the root element, possibly in pieces. */
  text(text: string): void;
  /** Whether text is wanted from now on; asked after every open and close. */
  wantsText(): boolean;
}

/** Where the tokenizer is: state between writes. */
const enum State {
  Text,
  CData,
  Comment,
  Instruction,
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const NL = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const BRACKET_CLOSE = 0x5d;
const BRACKET_OPEN = 0x5b;
const DASH = 0x2d;
const SEMICOLON = 0x3b;

/** The five predefined entities; no prototype, so `&constructor;` is not found in it. */
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" },
);

/**
 * The prototype of every attribute record: empty and with no prototype itself, so a record
 * inherits no names (`constructor`, `toString`) yet, unlike `Object.create(null)`, stays in V8's
 * fast mode (a null-prototype object is a hash table: slower to fill, read and collect).
 */
const ATTRIBUTES_PROTOTYPE: object = Object.freeze(Object.create(null) as object);

/** Slots of the table of names kept for reuse (see `nameAt`): a power of two. */
const KEPT_NAMES = 1024;

/**
 * The engine's single copy of a string with these characters (the one property keys and
 * literals use), made by using it as a key: it shares no memory with the text it was cut from.
 */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}

/** Characters of text looked at one by one before the regular expression takes over. */
const QUICK_TEXT = 24;
/** A run of text with nothing to look at: no markup, reference, `>` or disallowed character. */
// eslint-disable-next-line no-control-regex -- control characters are what XML disallows
const PLAIN_TEXT = /[^<&>\x00-\x08\x0b-\x1f\ufffe\uffff]*/y;
/** Characters of an attribute value looked at one by one before the regular expression takes over. */
const QUICK_VALUE = 12;
/** The plain start of an attribute value: up to its quote or a character the loop must look at. */
// eslint-disable-next-line no-control-regex -- control characters are what XML disallows
const PLAIN_QUOTED_VALUE = /[^"<&\x00-\x1f\ufffe\uffff]*/y;
// eslint-disable-next-line no-control-regex -- control characters are what XML disallows
const PLAIN_APOSTROPHED_VALUE = /[^'<&\x00-\x1f\ufffe\uffff]*/y;
/** A character XML does not allow (in text, CDATA, comments; CR never gets here). */
// eslint-disable-next-line no-control-regex -- control characters are what XML disallows
const DISALLOWED = /[\x00-\x08\x0b-\x1f\ufffe\uffff]/;

/** Index of `search` in `s` from `from`, or NONE. */
function nextIndex(s: string, search: string, from: number): number {
  const i = s.indexOf(search, from);
  return i === -1 ? NONE : i;
}
/** Past any index of a buffer, and still a small integer. */
const NONE = 0x3fffffff;

/**
 * The most characters one tag, declaration or entity reference may have: these are held whole
 * until their end arrives, so without a bound one 400 MB attribute value held about 1.7 GB (its
 * pieces, the texts joined to rescan it, the copy a parser keeps) and one near V8's largest
 * string failed without a position. Text, CDATA, comments and processing instructions stream
 * and have no bound. For scale: libxml2 refuses attribute values over 10,000,000 bytes unless a
 * document is read as "huge"; the longest attribute in the corpus is far below 1 MiB.
 */
export const MAX_CONSTRUCT_CHARS = 16 * 1024 * 1024;

/** Returned by a construct's reader when the construct is not complete in the text held so far. */
const INCOMPLETE = -1;

function isSpace(c: number): boolean {
  return c === SPACE || c === NL || c === TAB || c === 0x0d;
}

/** ASCII characters: 2 where a name may start (so also continue), 1 where it may only continue. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  ASCII_NAME[c] = letter ? 2 : (c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e ? 1 : 0;
}

/** XML NameStartChar; a surrogate pair counts as one (astral characters up to U+EFFFF). */
function isNameStart(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] === 2;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xdb7f) || // up to the high surrogates of U+10000..U+EFFFF
    (c >= 0xdc00 && c <= 0xdfff) || // their low halves
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

function isNameChar(c: number): boolean {
  if (c < 0x80) return ASCII_NAME[c] !== 0;
  return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** An XML Char (code point); surrogates cannot occur alone in decoded text, so they pass. */
function isXmlCharCode(c: number): boolean {
  return c >= SPACE ? c < 0xfffe : c === TAB || c === NL || c === 0x0d;
}

function isXmlCodePoint(c: number): boolean {
  return (
    c === TAB ||
    c === NL ||
    c === 0x0d ||
    (c >= SPACE && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

export class XmlTokenizer {
  private buffer = '';
  /** Index in `buffer` of the next character to read. */
  private index = 0;
  private state = State.Text;
  /** Texts written while an unfinished construct waits for `waitFor` characters in all. */
  private waiting: string[] = [];
  private waitingLength = 0;
  private waitFor = 0;
  /** A CR ending the last write: it may be the first half of a CRLF. */
  private carriedCR = false;
  private started = false;
  /** Characters of the document before `buffer` (for "at the start of the document"). */
  private offset = 0;
  /** The last two characters before `buffer` (NaN at the start). */
  private before1 = NaN;
  private before2 = NaN;

  private line = 1;
  /** Index in `buffer` where the current line starts (0 when it started before `buffer`). */
  private lineStart = 0;
  /** Code points of the current line before `lineStart`. */
  private columnBase = 0;
  /** Index of the character the position refers to when a handler is called. */
  private at = -1;
  /**
   * Lines are counted lazily, when a position is asked for or text is dropped: newlines before
   * `countedTo` are counted; `nextNewline` is the first newline at or after it (NONE: no more in
   * `buffer`; below `countedTo`: not yet looked for). Scanning loops then need not look for them.
   */
  private countedTo = 0;
  private nextNewline = -1;

  private readonly stack: string[] = [];
  private sawRoot = false;
  private closedRoot = false;
  private sawDoctype = false;
  private listening: boolean;
  /** Text read but not yet delivered (pieces with references in them). */
  private pending = '';

  constructor(private readonly handlers: XmlTokenHandlers) {
    this.listening = handlers.wantsText();
  }

  /** The 1-based line and column of the last character read (column 1 at a line's start). */
  position(): { line: number; column: number } {
    // what a handler is told of has been read: a newline there is behind it
    this.countLinesTo(this.at + 1);
    return this.positionAt(this.at);
  }

  /** Reads the next piece of the document. */
  write(piece: string): void {
    let text = piece;
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.carriedCR) {
      text = `\r${text}`;
      this.carriedCR = false;
    }
    if (text.charCodeAt(text.length - 1) === 0x0d) {
      this.carriedCR = true;
      text = text.slice(0, -1);
    }
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    if (this.waitFor > 0) {
      this.waiting.push(text);
      this.waitingLength += text.length;
      if (this.waitingLength < this.waitFor) return;
      text = this.waiting.join('');
      this.waiting = [];
      this.waitingLength = 0;
      this.waitFor = 0;
    }
    this.run(text, false);
  }

  /** The end of the document: anything left open is an error. */
  end(): void {
    let text = this.waiting.join('');
    this.waiting = [];
    this.waitFor = 0;
    if (this.carriedCR) text += '\n';
    this.carriedCR = false;
    this.run(text, true);
    const last = this.buffer.length - 1;
    this.at = last;
    // outside CDATA, comments and instructions all was read (an unfinished tag to its end)
    if (this.state === State.Text) this.countLinesTo(this.buffer.length);
    const unterminated = {
      [State.Text]: this.constructAt(this.index),
      [State.CData]: 'CDATA section',
      [State.Comment]: 'comment',
      [State.Instruction]: 'processing instruction',
    }[this.state];
    if (this.state !== State.Text || this.index < this.buffer.length) {
      this.fail(`unexpected end of the document: unterminated ${unterminated}`, last);
    }
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(`unclosed tag: <${open}>`, last);
    if (!this.sawRoot) this.fail('no XML root element (empty or truncated file)', last);
  }

  private constructAt(i: number): string {
    const s = this.buffer;
    if (s.charCodeAt(i) === AMP) return 'entity reference';
    if (s.startsWith('<!', i)) return 'declaration';
    return 'tag';
  }

  private fail(reason: string, index: number): never {
    throw new EvidenceParseError(reason, this.positionAt(index));
  }

  /** The position of the character at `index`: a newline there ends its line (not counted yet). */
  private positionAt(index: number): { line: number; column: number } {
    const s = this.buffer;
    const end = Math.min(index + 1, s.length);
    this.countLinesTo(index);
    let column = this.columnBase;
    for (let i = this.lineStart; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    return { line: this.line, column: Math.max(1, column) };
  }

  /** Counts the newlines before `end` not counted yet (each found once, with `indexOf`). */
  private countLinesTo(end: number): void {
    if (end <= this.countedTo) return;
    const s = this.buffer;
    let newline = this.nextNewline;
    if (newline < this.countedTo) newline = nextIndex(s, '\n', this.countedTo);
    while (newline < end) {
      this.line++;
      this.lineStart = newline + 1;
      this.columnBase = 0;
      newline = nextIndex(s, '\n', newline + 1);
    }
    this.nextNewline = newline;
    this.countedTo = end;
  }

  /** Reads `text` after what is held; keeps what is unfinished for the next write. */
  private run(text: string, final: boolean): void {
    const cut = this.index;
    this.countLinesTo(cut);
    if (cut > 0) {
      // the two characters before the new buffer, so `]]>` is seen across a chunk boundary
      const old = this.buffer;
      this.before2 = cut >= 2 ? old.charCodeAt(cut - 2) : this.before1;
      this.before1 = old.charCodeAt(cut - 1);
      if (this.lineStart >= cut) this.lineStart -= cut;
      else {
        const s = this.buffer;
        for (let i = this.lineStart; i < cut; i++) {
          const c = s.charCodeAt(i);
          if (c < 0xdc00 || c > 0xdfff) this.columnBase++;
        }
        this.lineStart = 0;
      }
      this.offset += cut;
      this.countedTo -= cut;
    }
    this.nextNewline = -1;

    if (cut === this.buffer.length) this.buffer = text;
    else if (text !== '') this.buffer = this.buffer.slice(cut) + text;
    else this.buffer = this.buffer.slice(cut);
    this.index = 0;
    const waitedFrom = this.step();
    if (final) return;
    // an unfinished construct: a big one is read again only once the text held has doubled, or
    // has just passed the most a construct may hold, where it stops
    const held = this.buffer.length - waitedFrom;
    if (held > MAX_CONSTRUCT_CHARS) {
      this.fail(
        `${this.constructAt(waitedFrom)} longer than ${MAX_CONSTRUCT_CHARS / 2 ** 20} MiB: not read (no report holds one that large, and reading it would hold all of it in memory)`,
        waitedFrom,
      );
    }
    if (held > 4096) this.waitFor = Math.min(held, MAX_CONSTRUCT_CHARS + 1 - held);
  }

  /** Reads constructs until the text runs out; returns where the unread part starts. */
  private step(): number {
    const s = this.buffer;
    const n = s.length;
    for (;;) {
      let i = this.index;
      if (this.state !== State.Text) {
        if (this.state === State.CData) i = this.cdata(i);
        else if (this.state === State.Comment) i = this.comment(i);
        else i = this.instruction(i);
        this.index = i;
        if (i >= n) return n;
        if ((this.state as State) !== State.Text) return i; // its terminator may be cut at the end
      }
      i = this.stack.length === 0 ? this.outsideRoot(i) : this.text(i);
      this.index = i;
      if (i >= n) return n;
      const code = s.charCodeAt(i);
      const next = code === LT ? this.markup(i) : this.reference(i);
      if (next === INCOMPLETE) return i;
      this.index = next;
    }
  }

  /** Whitespace around the root; stops at `<` or `&` (which is an error here). */
  private outsideRoot(from: number): number {
    const s = this.buffer;
    const n = s.length;
    for (let i = from; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === LT) return i;
      if (c !== NL && c !== SPACE && c !== TAB) {
        if (!isXmlCharCode(c)) this.fail('disallowed character', i);
        this.fail(
          this.closedRoot
            ? 'text data after the root element'
            : 'text data before the root element',
          i,
        );
      }
    }
    return n;
  }

  /** Character data inside the root: to the next `<` or `&`, delivered if anyone listens. */
  private text(from: number): number {
    const s = this.buffer;
    const n = s.length;
    let i = from;
    for (;;) {
      i = this.plainTextEnd(i, n);
      if (i >= n) break;
      const c = s.charCodeAt(i);
      if (c === LT || c === AMP) break;
      if (c !== GT) this.fail('disallowed character', i);
      // markup never ends in `]`, so `]]` before are text (perhaps from the last write)
      const before1 = i >= 1 ? s.charCodeAt(i - 1) : this.before1;
      const before2 = i >= 2 ? s.charCodeAt(i - 2) : i === 1 ? this.before1 : this.before2;
      if (before1 === BRACKET_CLOSE && before2 === BRACKET_CLOSE) {
        this.fail('the string "]]>" is not allowed in text', i);
      }
      i++;
    }
    if (this.listening) {
      const piece = i > from ? s.slice(from, i) : '';
      // a reference continues the text; markup or the end of what is held delivers it
      const delivered = i >= n || s.charCodeAt(i) === LT;
      if (!delivered || this.pending !== '') {
        this.pending += piece;
        if (delivered) this.flush(Math.min(i, n - 1));
      } else if (piece !== '') this.deliver(piece, Math.min(i, n - 1));
    }
    return i;
  }

  /**
   * End of the run of text from `from` that needs no attention (no markup, reference, `>` or
   * disallowed character): a short run (indentation between tags) in a loop, a long one with a
   * regular expression, which scans several times faster than a loop of `charCodeAt`.
   */
  private plainTextEnd(from: number, n: number): number {
    const s = this.buffer;
    const quick = Math.min(n, from + QUICK_TEXT);
    let i = from;
    for (; i < quick; i++) {
      const c = s.charCodeAt(i);
      if (c <= GT) {
        if (c === LT || c === AMP || c === GT || (c < SPACE && c !== NL && c !== TAB)) return i;
      } else if (c >= 0xfffe) return i;
    }
    if (i >= n) return n;
    PLAIN_TEXT.lastIndex = i;
    PLAIN_TEXT.test(s);
    return PLAIN_TEXT.lastIndex;
  }

  private deliver(piece: string, at: number): void {
    if (this.stack.length === 0) return;
    this.at = at;
    this.handlers.text(piece);
  }

  private flush(at: number): void {
    if (this.pending === '') return;
    const piece = this.pending;
    this.pending = '';
    this.deliver(piece, at);
  }

  /** `&name;` or a character reference in text; returns the index after it. */
  private reference(i: number): number {
    const end = this.entityEnd(i);
    if (end === INCOMPLETE) return INCOMPLETE;
    const value = this.entityValue(i, end);
    if (this.listening) this.pending += value;
    return end + 1;
  }

  /** Index of the `;` ending the reference at `i` (`&`). */
  private entityEnd(i: number): number {
    const s = this.buffer;
    const n = s.length;
    for (let j = i + 1; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === SEMICOLON) {
        if (j === i + 1) this.fail('empty entity name', j);
        return j;
      }
      if (!(isNameChar(c) || (j === i + 1 && c === 0x23))) {
        this.fail('disallowed character in entity name', j);
      }
    }
    return INCOMPLETE;
  }

  private entityValue(i: number, end: number): string {
    const s = this.buffer;
    const name = s.slice(i + 1, end);
    if (name.charCodeAt(0) !== 0x23) {
      const value = PREDEFINED_ENTITIES[name];
      if (value === undefined) {
        if (!isNameStart(name.charCodeAt(0)))
          this.fail('disallowed character in entity name', i + 1);
        this.fail(
          'undefined entity (only &lt; &gt; &amp; &quot; &apos; and character references are read)',
          end,
        );
      }
      return value;
    }
    let code = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
    else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
    if (!isXmlCodePoint(code)) this.fail('malformed character reference', end);
    return String.fromCodePoint(code);
  }

  /** At `<`: a tag, a declaration or a processing instruction. */
  private markup(i: number): number {
    const s = this.buffer;
    const n = s.length;
    if (i + 1 >= n) return INCOMPLETE;
    const c = s.charCodeAt(i + 1);
    if (c === SLASH) return this.closeTag(i);
    if (c === BANG) return this.declaration(i);
    if (c === QUESTION) return this.instructionStart(i);
    if (c < 0x80 ? ASCII_NAME[c] === 2 : isNameStart(c)) return this.openTag(i);
    return this.fail('disallowed character in tag name', i + 1);
  }

  /** End of the name starting at `from` (a NameStartChar already checked), or n. */
  private nameEnd(from: number): number {
    const s = this.buffer;
    const n = s.length;
    let j = from + 1;
    for (; j < n; j++) {
      // ASCII looked up here: the general test stays out of this hot loop and its compiled code
      const c = s.charCodeAt(j);
      if (c < 0x80 ? ASCII_NAME[c] === 0 : !isNameChar(c)) break;
    }
    return j;
  }

  /** Whitespace from `from`; returns the first index after it. */
  private spaces(from: number): number {
    const s = this.buffer;
    const n = s.length;
    let j = from;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c !== SPACE && c !== TAB && c !== NL) break;
    }
    return j;
  }

  private openTag(i: number): number {
    const s = this.buffer;
    const n = s.length;
    const nameEnd = this.nameEnd(i + 1);
    if (nameEnd >= n) return INCOMPLETE;
    const name = this.nameAt(i + 1, nameEnd);
    const attributes = Object.create(ATTRIBUTES_PROTOTYPE) as Record<string, string>;
    let j = nameEnd;
    let spaced = false;
    let selfClosing = false;
    for (;;) {
      if (j >= n) return INCOMPLETE;
      const c = s.charCodeAt(j);
      if (c === GT) break;
      if (c === SPACE || c === NL || c === TAB) {
        j = this.spaces(j);
        spaced = true;
        continue;
      }
      if (c === SLASH) {
        if (j + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(j + 1) !== GT)
          this.fail('"/" in an opening tag not followed by ">"', j + 1);
        j++;
        selfClosing = true;
        break;
      }
      if (c < 0x80 ? ASCII_NAME[c] !== 2 : !isNameStart(c))
        this.fail(`disallowed character in attribute name`, j);
      if (!spaced) this.fail('no whitespace between attributes', j);
      const attributeEnd = this.nameEnd(j);
      const attribute = this.nameAt(j, attributeEnd);
      j = this.spaces(attributeEnd);
      if (j >= n) return INCOMPLETE;
      if (s.charCodeAt(j) !== EQUALS) this.fail(`attribute ${attribute} without value`, j);
      j = this.spaces(j + 1);
      if (j >= n) return INCOMPLETE;
      const quote = s.charCodeAt(j);
      if (quote !== QUOTE && quote !== APOSTROPHE)
        this.fail(`unquoted value of attribute ${attribute}`, j);
      // the value: a slice of the text unless it has references or tabs/newlines to replace
      const valueStart = j + 1;
      j = this.plainValueEnd(valueStart, quote, n);
      if (j >= n) return INCOMPLETE;
      let value: string;
      if (s.charCodeAt(j) === quote) value = s.slice(valueStart, j);
      else {
        const read = this.markedValue(valueStart, j, quote, attribute);
        if (read === undefined) return INCOMPLETE;
        value = read;
        j = this.valueEnd;
      }
      if (attributes[attribute] !== undefined) this.fail(`duplicate attribute ${attribute}`, j);
      attributes[attribute] = value;
      j++;
      spaced = false;
    }
    // j is at the closing `>`
    if (this.closedRoot) this.fail('a second root element: documents may contain only one', i + 1);
    this.sawRoot = true;
    this.at = j;
    this.flush(j);
    this.stack.push(name);
    this.handlers.open(name, attributes);
    if (selfClosing) this.endElement();
    this.listening = this.handlers.wantsText();
    return j + 1;
  }

  /** Index of the closing quote of the value `markedValue` read last. */
  private valueEnd = 0;

  /**
   * The rest of an attribute value whose plain start ends at `from` with something other than its
   * quote: references and tabs or line ends are replaced, `<` and disallowed characters are errors.
   * Undefined when the value is not complete in the text held; otherwise `valueEnd` is set. Apart
   * from `openTag` (most values are plain, and a small `openTag` is compiled sooner and smaller).
   */
  private markedValue(
    valueStart: number,
    from: number,
    quote: number,
    attribute: string,
  ): string | undefined {
    const s = this.buffer;
    const n = s.length;
    let value = '';
    let start = valueStart;
    let j = from;
    for (; ; j++) {
      if (j >= n) return undefined;
      const c = s.charCodeAt(j);
      if (c === quote) break;
      if (c > GT) {
        if (c >= 0xfffe) this.fail('disallowed character', j);
        continue;
      }
      if (c === LT) this.fail(`"<" in the value of attribute ${attribute}`, j);
      if (c === AMP) {
        const end = this.entityEnd(j);
        if (end === INCOMPLETE) return undefined;
        value += s.slice(start, j) + this.entityValue(j, end);
        j = end;
        start = end + 1;
      } else if (c === NL || c === TAB) {
        value += `${s.slice(start, j)} `;
        start = j + 1;
      } else if (c < SPACE) this.fail('disallowed character', j);
    }
    this.valueEnd = j;
    return start === valueStart ? s.slice(valueStart, j) : value + s.slice(start, j);
  }

  /**
   * End of the plain start of an attribute value (no quote, reference, `<`, tab, newline or
   * disallowed character): a short value (a number, a flag) in a loop, a long one (a test name,
   * a path) with a regular expression, which scans faster once past the cost of calling it.
   */
  private plainValueEnd(from: number, quote: number, n: number): number {
    const s = this.buffer;
    const quick = Math.min(n, from + QUICK_VALUE);
    let i = from;
    for (; i < quick; i++) {
      const c = s.charCodeAt(i);
      if (c <= GT) {
        if (c === quote || c === LT || c === AMP || c < SPACE) return i;
      } else if (c >= 0xfffe) return i;
    }
    if (i >= n) return n;
    const plain = quote === QUOTE ? PLAIN_QUOTED_VALUE : PLAIN_APOSTROPHED_VALUE;
    plain.lastIndex = i;
    plain.test(s);
    return plain.lastIndex;
  }

  /**
   * The element or attribute name from `start` to `end`: the same few names repeat throughout a
   * report, so each is made once and found again in a small table by its length and a few of its
   * characters (no string to allocate per name read). Kept names are internalized copies, not
   * views of a chunk: as property keys of the attribute records and in the collectors' `===`
   * comparisons with literals they are then compared by reference, not character by character.
   */
  private nameAt(start: number, end: number): string {
    const s = this.buffer;
    const length = end - start;
    const slot =
      (length * 0x3b +
        s.charCodeAt(start) * 0x1f +
        s.charCodeAt(end - 1) * 7 +
        s.charCodeAt(start + (length >> 1))) &
      (KEPT_NAMES - 1);
    const known = this.names[slot];
    if (known?.length === length && s.startsWith(known, start)) return known;
    const name = internalized(s.slice(start, end));
    this.names[slot] = name;
    return name;
  }

  private readonly names: (string | undefined)[] = new Array<string | undefined>(KEPT_NAMES).fill(
    undefined,
  );

  private endElement(): void {
    const name = this.stack.pop() ?? '';
    if (this.stack.length === 0) this.closedRoot = true;
    this.handlers.close(name);
  }

  private closeTag(i: number): number {
    const s = this.buffer;
    const n = s.length;
    if (i + 2 >= n) return INCOMPLETE;
    const c = s.charCodeAt(i + 2);
    if (c < 0x80 ? ASCII_NAME[c] !== 2 : !isNameStart(c))
      this.fail('disallowed character in closing tag', i + 2);
    const nameEnd = this.nameEnd(i + 2);
    const j = this.spaces(nameEnd);
    if (j >= n) return INCOMPLETE;
    if (s.charCodeAt(j) !== GT) this.fail('disallowed character in closing tag', j);
    const name = this.nameAt(i + 2, nameEnd);
    const open = this.stack.at(-1);
    if (open === undefined) this.fail(`unmatched closing tag </${name}>`, j);
    if (open !== name) this.fail(`unexpected close tag </${name}>: <${open}> is open`, j);
    this.at = j;
    this.flush(j);
    this.endElement();
    this.listening = this.handlers.wantsText();
    return j + 1;
  }

  /** `<!`: a comment, a CDATA section or the DOCTYPE. */
  private declaration(i: number): number {
    const s = this.buffer;
    const n = s.length;
    const startsWith = (word: string) => {
      const available = Math.min(word.length, n - i);
      return s.startsWith(word.slice(0, available), i) ? available === word.length : false;
    };
    if (startsWith('<!--')) {
      this.state = State.Comment;
      return i + 4;
    }
    if (startsWith('<![CDATA[')) {
      if (this.stack.length === 0) this.fail('CDATA section outside of the root element', i);
      this.flush(i);
      this.state = State.CData;
      return i + 9;
    }
    if (startsWith('<!DOCTYPE')) return this.doctype(i);
    // not yet known: one of the three cut short
    for (const word of ['<!--', '<![CDATA[', '<!DOCTYPE']) {
      if (n - i < word.length && word.startsWith(s.slice(i, n))) return INCOMPLETE;
    }
    return this.fail('incorrect syntax: expected a comment, CDATA section or DOCTYPE', i + 2);
  }

  /**
   * The DOCTYPE, skipped: only where it ends is worked out (quoted strings, and the internal
   * subset's brackets, comments and processing instructions). Nothing it declares is used.
   */
  private doctype(i: number): number {
    if (this.sawRoot || this.sawDoctype)
      this.fail('a DOCTYPE is only allowed once, before the root element', i);
    const s = this.buffer;
    const n = s.length;
    let subset = false;
    let quote = 0;
    for (let j = i + 9; j < n; j++) {
      const c = s.charCodeAt(j);
      if (!isXmlCharCode(c)) this.fail('disallowed character', j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) quote = c;
      else if (subset && c === LT && (s.startsWith('<!--', j) || s.startsWith('<?', j))) {
        const terminator = s.startsWith('<!--', j) ? '-->' : '?>';
        const end = s.indexOf(terminator, j + 2);
        if (end === -1) return INCOMPLETE;
        j = end + terminator.length - 1;
      } else if (c === BRACKET_OPEN && !subset) subset = true;
      else if (c === BRACKET_CLOSE && subset) subset = false;
      else if (c === GT && !subset) {
        this.sawDoctype = true;
        return j + 1;
      }
    }
    return INCOMPLETE;
  }

  /** `<?target`: the XML declaration or a processing instruction, both skipped. */
  private instructionStart(i: number): number {
    const s = this.buffer;
    const n = s.length;
    if (i + 2 >= n) return INCOMPLETE;
    if (!isNameStart(s.charCodeAt(i + 2)))
      this.fail('processing instruction without a target', i + 2);
    const end = this.nameEnd(i + 2);
    if (end >= n) return INCOMPLETE;
    const target = s.slice(i + 2, end);
    if (target.toLowerCase() === 'xml' && (target !== 'xml' || this.offset + i !== 0)) {
      this.fail('the XML declaration must be at the start of the document', i + 2);
    }
    const c = s.charCodeAt(end);
    if (!isSpace(c) && !(c === QUESTION))
      this.fail('disallowed character in processing instruction name', end);
    this.state = State.Instruction;
    return end;
  }

  /** Inside a processing instruction: to `?>`. */
  private instruction(from: number): number {
    const s = this.buffer;
    const n = s.length;
    for (let i = from; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === QUESTION) {
        if (i + 1 >= n) return i;
        if (s.charCodeAt(i + 1) === GT) {
          this.state = State.Text;
          return i + 2;
        }
      } else if (!isXmlCharCode(c)) this.fail('disallowed character', i);
    }
    return n;
  }

  /** Inside a comment: to `-->`; `--` anywhere else is not allowed. */
  private comment(from: number): number {
    const s = this.buffer;
    const n = s.length;
    for (let i = from; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === DASH) {
        if (i + 2 >= n) return i;
        if (s.charCodeAt(i + 1) === DASH) {
          if (s.charCodeAt(i + 2) !== GT) this.fail('"--" inside a comment', i + 2);
          this.state = State.Text;
          return i + 3;
        }
      } else if (!isXmlCharCode(c)) this.fail('disallowed character', i);
    }
    return n;
  }

  /** Inside a CDATA section: to `]]>`, the content delivered as text if anyone listens. */
  private cdata(from: number): number {
    const s = this.buffer;
    const n = s.length;
    const end = s.indexOf(']]>', from);
    // without its end yet: all but a `]` or `]]` that may begin it
    let i = end;
    if (end === -1) {
      i =
        s.charCodeAt(n - 2) === BRACKET_CLOSE
          ? n - 2
          : s.charCodeAt(n - 1) === BRACKET_CLOSE
            ? n - 1
            : n;
      if (i < from) i = from;
    }
    if (i > from) {
      const content = s.slice(from, i);
      const disallowed = content.search(DISALLOWED);
      if (disallowed !== -1) this.fail('disallowed character', from + disallowed);
      if (this.listening) this.deliver(content, i - 1);
    }
    if (end === -1) return i;
    this.state = State.Text;
    return end + 3;
  }
}
