"use strict";
exports.id = 1;
exports.ids = [1,64];
exports.modules = {

/***/ 92157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IJ: () => (/* binding */ decodePieces),
/* harmony export */   _E: () => (/* binding */ stringDecoderStream)
/* harmony export */ });
/* unused harmony export DECODE_PIECE_BYTES */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Bytes decoded per string. Strings up to this size live in V8's young generation and die
 * there cheaply; a decoded 1 MiB chunk would go to the large-object space, where dead chunks pile
 * up until a full collection (tens of MB of peak memory for nothing).
 */
const DECODE_PIECE_BYTES = 64 * 1024;
/**
 * Node's StringDecoder, for the line and XML readers: it turns invalid bytes into U+FFFD as
 * TextDecoder does and is about ten times faster than a streaming TextDecoder on Node 20 (≈20 ms
 * against ≈210 ms for 100 MB), which made decoding cost as much as tokenizing or splitting lines.
 * The BOM is left in (the readers skip it).
 */
function stringDecoderStream() {
    return new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
}
/** A chunk as UTF-8 text in pieces of at most DECODE_PIECE_BYTES bytes. */
function* decodePieces(decoder, chunk) {
    for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) {
        yield decoder.write(chunk.subarray(start, start + DECODE_PIECE_BYTES));
    }
}


/***/ }),

/***/ 18356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ detach)
/* harmony export */ });
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
function detach(text) {
    return text.length < 13 ? text : [text.charAt(0), text.slice(1)].join('');
}


/***/ }),

/***/ 59064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ forEachLine),
/* harmony export */   jF: () => (/* binding */ scanLineBytes)
/* harmony export */ });
/* unused harmony export scanLines */
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92157);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Calls `onLine(text, start, end, lineNumber)` for every line of a stream, decoding UTF-8
 * incrementally: the line is `text.slice(start, end)`, without its `\n` or `\r\n`. No string is
 * made per line, so a parser can read the fields it needs in place (an lcov file has millions of
 * `DA:` lines). `text` is only valid during the call. The whole file is never held in memory
 * (one line is, however long). Line numbers are 1-based; returns the number of lines.
 */
async function scanLines(chunks, onLine) {
    // StringDecoder: about ten times faster than a streaming TextDecoder on Node 20, the same
    // text for any bytes (U+FFFD for each invalid sequence), but it keeps a leading BOM
    const decoder = (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .stringDecoderStream */ ._E)();
    let lineNumber = 0;
    /**
     * Leading U+FEFF still to skip: the BOM (which TextDecoder, used before, dropped) and one more,
     * which was skipped after it; so a file reads as it always did.
     */
    let leadingMarks = 2;
    /** The start of a line not ended yet, in pieces: joined once its end arrives. */
    let pending = [];
    const deliver = (text, start, newline) => {
        const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        onLine(text, start, end, ++lineNumber);
    };
    const scan = (piece) => {
        let start = 0;
        let newline = piece.indexOf('\n');
        if (newline === -1) {
            if (piece !== '')
                pending.push(piece);
            return;
        }
        if (pending.length > 0) {
            const line = pending.join('') + piece.slice(0, newline);
            pending = [];
            deliver(line, 0, line.length);
            start = newline + 1;
            newline = piece.indexOf('\n', start);
        }
        for (; newline !== -1; newline = piece.indexOf('\n', start)) {
            deliver(piece, start, newline);
            start = newline + 1;
        }
        if (start < piece.length)
            pending.push(piece.slice(start));
    };
    try {
        for await (const chunk of chunks) {
            for (const piece of (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodePieces */ .IJ)(decoder, chunk)) {
                if (leadingMarks > 0) {
                    let from = 0;
                    while (leadingMarks > 0 && from < piece.length && piece.charCodeAt(from) === 0xfeff) {
                        from++;
                        leadingMarks--;
                    }
                    if (from < piece.length)
                        leadingMarks = 0;
                    scan(from > 0 ? piece.slice(from) : piece);
                }
                else {
                    scan(piece);
                }
            }
        }
        scan(decoder.end());
        if (pending.length > 0) {
            const line = pending.join('');
            pending = [];
            deliver(line, 0, line.length);
        }
    }
    catch (error) {
        throw positionedLineError(error, lineNumber);
    }
    return lineNumber;
}
/**
 * A line handler that hits an engine limit (a regular expression out of backtracking stack on a
 * multi-megabyte line, a string too long to build) fails with a RangeError that names no place:
 * say which line it was, like any other parse error. Errors of the stream or the parser pass as
 * they are.
 */
function positionedLineError(error, lineNumber) {
    if (!(error instanceof RangeError))
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(`line too long or too complex to read (${error.message})`, {
        line: Math.max(lineNumber, 1),
        column: 1,
    });
}
/**
 * Calls `onLine` for every line of a stream (without its `\n` or `\r\n`), decoding UTF-8
 * incrementally. The whole file is never held in memory. Line numbers are 1-based.
 */
async function forEachLine(chunks, onLine) {
    return scanLines(chunks, (text, start, end, lineNumber) => {
        onLine(text.slice(start, end), lineNumber);
    });
}
/**
 * Calls `onLine(bytes, start, end, lineNumber)` for every line of a stream as a range of bytes
 * (without its `\n` or `\r\n`), with nothing decoded: a parser of a format whose records are
 * ASCII reads its numbers straight from the bytes and decodes only the lines (or names) it must
 * (`bytes.toString('utf8', start, end)`). A UTF-8 BOM at the start is skipped. `bytes` is only
 * valid during the call. Line numbers are 1-based; returns the number of lines.
 */
async function scanLineBytes(chunks, onLine) {
    let lineNumber = 0;
    /** The start of a line not ended yet, copied (the stream may reuse its buffers). */
    let pending = [];
    const deliver = (bytes, start, newline) => {
        let from = start;
        if (lineNumber === 0 &&
            bytes[from] === 0xef &&
            bytes[from + 1] === 0xbb &&
            bytes[from + 2] === 0xbf) {
            from += 3;
        }
        const end = newline > from && bytes[newline - 1] === 13 ? newline - 1 : newline;
        onLine(bytes, from, end, ++lineNumber);
    };
    try {
        for await (const chunk of chunks) {
            const length = chunk.length;
            let start = 0;
            let i = 0;
            if (pending.length > 0) {
                while (i < length && chunk[i] !== 10)
                    i++;
                if (i === length) {
                    pending.push(Buffer.from(chunk));
                    continue;
                }
                const line = Buffer.concat([...pending, chunk.subarray(0, i)]);
                pending = [];
                deliver(line, 0, line.length);
                start = ++i;
            }
            // native indexOf, not a loop over the bytes: the loop is fast only once optimized, and the
            // optimizer inlines the line handler into it, whose late-seen paths (a record's end, a rare
            // record type) throw the loop back to the interpreter several times per file; measured
            // ≈12-15% less CPU on the 10 and 100 MB lcov files
            for (let newline = chunk.indexOf(10, i); newline !== -1; newline = chunk.indexOf(10, start)) {
                deliver(chunk, start, newline);
                start = newline + 1;
            }
            if (start < length)
                pending.push(Buffer.from(chunk.subarray(start)));
        }
        if (pending.length > 0) {
            const line = Buffer.concat(pending);
            deliver(line, 0, line.length);
        }
    }
    catch (error) {
        throw positionedLineError(error, lineNumber);
    }
    return lineNumber;
}


/***/ }),

/***/ 28583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sq: () => (/* binding */ streamXml),
  c6: () => (/* binding */ xmlRootElement)
});

// UNUSED EXPORTS: MAX_XML_DEPTH

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/collect/read/decode.ts
var decode = __webpack_require__(92157);
;// CONCATENATED MODULE: ./src/collect/read/xml-tokenizer.ts

/** Where the tokenizer is: state between writes. */
var State;
(function (State) {
    State[State["Text"] = 0] = "Text";
    State[State["CData"] = 1] = "CData";
    State[State["Comment"] = 2] = "Comment";
    State[State["Instruction"] = 3] = "Instruction";
})(State || (State = {}));
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
const PREDEFINED_ENTITIES = Object.assign(Object.create(null), { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });
/**
 * The prototype of every attribute record: empty and with no prototype itself, so a record
 * inherits no names (`constructor`, `toString`) yet, unlike `Object.create(null)`, stays in V8's
 * fast mode (a null-prototype object is a hash table: slower to fill, read and collect).
 */
const ATTRIBUTES_PROTOTYPE = Object.freeze(Object.create(null));
/** Slots of the table of names kept for reuse (see `nameAt`): a power of two. */
const KEPT_NAMES = 1024;
/**
 * The engine's single copy of a string with these characters (the one property keys and
 * literals use), made by using it as a key: it shares no memory with the text it was cut from.
 */
function internalized(text) {
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
function nextIndex(s, search, from) {
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
const MAX_CONSTRUCT_CHARS = 16 * 1024 * 1024;
/** Returned by a construct's reader when the construct is not complete in the text held so far. */
const INCOMPLETE = -1;
function isSpace(c) {
    return c === SPACE || c === NL || c === TAB || c === 0x0d;
}
/** ASCII characters: 2 where a name may start (so also continue), 1 where it may only continue. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
    ASCII_NAME[c] = letter ? 2 : (c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e ? 1 : 0;
}
/** XML NameStartChar; a surrogate pair counts as one (astral characters up to U+EFFFF). */
function isNameStart(c) {
    if (c < 0x80)
        return ASCII_NAME[c] === 2;
    return ((c >= 0xc0 && c <= 0xd6) ||
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
        (c >= 0xfdf0 && c <= 0xfffd));
}
function isNameChar(c) {
    if (c < 0x80)
        return ASCII_NAME[c] !== 0;
    return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}
/** An XML Char (code point); surrogates cannot occur alone in decoded text, so they pass. */
function isXmlCharCode(c) {
    return c >= SPACE ? c < 0xfffe : c === TAB || c === NL || c === 0x0d;
}
function isXmlCodePoint(c) {
    return (c === TAB ||
        c === NL ||
        c === 0x0d ||
        (c >= SPACE && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        (c >= 0x10000 && c <= 0x10ffff));
}
class XmlTokenizer {
    handlers;
    buffer = '';
    /** Index in `buffer` of the next character to read. */
    index = 0;
    state = State.Text;
    /** Texts written while an unfinished construct waits for `waitFor` characters in all. */
    waiting = [];
    waitingLength = 0;
    waitFor = 0;
    /** A CR ending the last write: it may be the first half of a CRLF. */
    carriedCR = false;
    started = false;
    /** Characters of the document before `buffer` (for "at the start of the document"). */
    offset = 0;
    /** The last two characters before `buffer` (NaN at the start). */
    before1 = NaN;
    before2 = NaN;
    line = 1;
    /** Index in `buffer` where the current line starts (0 when it started before `buffer`). */
    lineStart = 0;
    /** Code points of the current line before `lineStart`. */
    columnBase = 0;
    /** Index of the character the position refers to when a handler is called. */
    at = -1;
    /**
     * Lines are counted lazily, when a position is asked for or text is dropped: newlines before
     * `countedTo` are counted; `nextNewline` is the first newline at or after it (NONE: no more in
     * `buffer`; below `countedTo`: not yet looked for). Scanning loops then need not look for them.
     */
    countedTo = 0;
    nextNewline = -1;
    stack = [];
    sawRoot = false;
    closedRoot = false;
    sawDoctype = false;
    listening;
    /** Text read but not yet delivered (pieces with references in them). */
    pending = '';
    constructor(handlers) {
        this.handlers = handlers;
        this.listening = handlers.wantsText();
    }
    /** The 1-based line and column of the last character read (column 1 at a line's start). */
    position() {
        // what a handler is told of has been read: a newline there is behind it
        this.countLinesTo(this.at + 1);
        return this.positionAt(this.at);
    }
    /** Reads the next piece of the document. */
    write(piece) {
        let text = piece;
        if (!this.started && text !== '') {
            this.started = true;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        if (this.carriedCR) {
            text = `\r${text}`;
            this.carriedCR = false;
        }
        if (text.charCodeAt(text.length - 1) === 0x0d) {
            this.carriedCR = true;
            text = text.slice(0, -1);
        }
        if (text.includes('\r'))
            text = text.replace(/\r\n?/g, '\n');
        if (this.waitFor > 0) {
            this.waiting.push(text);
            this.waitingLength += text.length;
            if (this.waitingLength < this.waitFor)
                return;
            text = this.waiting.join('');
            this.waiting = [];
            this.waitingLength = 0;
            this.waitFor = 0;
        }
        this.run(text, false);
    }
    /** The end of the document: anything left open is an error. */
    end() {
        let text = this.waiting.join('');
        this.waiting = [];
        this.waitFor = 0;
        if (this.carriedCR)
            text += '\n';
        this.carriedCR = false;
        this.run(text, true);
        const last = this.buffer.length - 1;
        this.at = last;
        // outside CDATA, comments and instructions all was read (an unfinished tag to its end)
        if (this.state === State.Text)
            this.countLinesTo(this.buffer.length);
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
        if (open !== undefined)
            this.fail(`unclosed tag: <${open}>`, last);
        if (!this.sawRoot)
            this.fail('no XML root element (empty or truncated file)', last);
    }
    constructAt(i) {
        const s = this.buffer;
        if (s.charCodeAt(i) === AMP)
            return 'entity reference';
        if (s.startsWith('<!', i))
            return 'declaration';
        return 'tag';
    }
    fail(reason, index) {
        throw new errors/* EvidenceParseError */.zS(reason, this.positionAt(index));
    }
    /** The position of the character at `index`: a newline there ends its line (not counted yet). */
    positionAt(index) {
        const s = this.buffer;
        const end = Math.min(index + 1, s.length);
        this.countLinesTo(index);
        let column = this.columnBase;
        for (let i = this.lineStart; i < end; i++) {
            const c = s.charCodeAt(i);
            if (c < 0xdc00 || c > 0xdfff)
                column++;
        }
        return { line: this.line, column: Math.max(1, column) };
    }
    /** Counts the newlines before `end` not counted yet (each found once, with `indexOf`). */
    countLinesTo(end) {
        if (end <= this.countedTo)
            return;
        const s = this.buffer;
        let newline = this.nextNewline;
        if (newline < this.countedTo)
            newline = nextIndex(s, '\n', this.countedTo);
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
    run(text, final) {
        const cut = this.index;
        this.countLinesTo(cut);
        if (cut > 0) {
            // the two characters before the new buffer, so `]]>` is seen across a chunk boundary
            const old = this.buffer;
            this.before2 = cut >= 2 ? old.charCodeAt(cut - 2) : this.before1;
            this.before1 = old.charCodeAt(cut - 1);
            if (this.lineStart >= cut)
                this.lineStart -= cut;
            else {
                const s = this.buffer;
                for (let i = this.lineStart; i < cut; i++) {
                    const c = s.charCodeAt(i);
                    if (c < 0xdc00 || c > 0xdfff)
                        this.columnBase++;
                }
                this.lineStart = 0;
            }
            this.offset += cut;
            this.countedTo -= cut;
        }
        this.nextNewline = -1;
        if (cut === this.buffer.length)
            this.buffer = text;
        else if (text !== '')
            this.buffer = this.buffer.slice(cut) + text;
        else
            this.buffer = this.buffer.slice(cut);
        this.index = 0;
        const waitedFrom = this.step();
        if (final)
            return;
        // an unfinished construct: a big one is read again only once the text held has doubled, or
        // has just passed the most a construct may hold, where it stops
        const held = this.buffer.length - waitedFrom;
        if (held > MAX_CONSTRUCT_CHARS) {
            this.fail(`${this.constructAt(waitedFrom)} longer than ${MAX_CONSTRUCT_CHARS / 2 ** 20} MiB: not read (no report holds one that large, and reading it would hold all of it in memory)`, waitedFrom);
        }
        if (held > 4096)
            this.waitFor = Math.min(held, MAX_CONSTRUCT_CHARS + 1 - held);
    }
    /** Reads constructs until the text runs out; returns where the unread part starts. */
    step() {
        const s = this.buffer;
        const n = s.length;
        for (;;) {
            let i = this.index;
            if (this.state !== State.Text) {
                if (this.state === State.CData)
                    i = this.cdata(i);
                else if (this.state === State.Comment)
                    i = this.comment(i);
                else
                    i = this.instruction(i);
                this.index = i;
                if (i >= n)
                    return n;
                if (this.state !== State.Text)
                    return i; // its terminator may be cut at the end
            }
            i = this.stack.length === 0 ? this.outsideRoot(i) : this.text(i);
            this.index = i;
            if (i >= n)
                return n;
            const code = s.charCodeAt(i);
            const next = code === LT ? this.markup(i) : this.reference(i);
            if (next === INCOMPLETE)
                return i;
            this.index = next;
        }
    }
    /** Whitespace around the root; stops at `<` or `&` (which is an error here). */
    outsideRoot(from) {
        const s = this.buffer;
        const n = s.length;
        for (let i = from; i < n; i++) {
            const c = s.charCodeAt(i);
            if (c === LT)
                return i;
            if (c !== NL && c !== SPACE && c !== TAB) {
                if (!isXmlCharCode(c))
                    this.fail('disallowed character', i);
                this.fail(this.closedRoot
                    ? 'text data after the root element'
                    : 'text data before the root element', i);
            }
        }
        return n;
    }
    /** Character data inside the root: to the next `<` or `&`, delivered if anyone listens. */
    text(from) {
        const s = this.buffer;
        const n = s.length;
        let i = from;
        for (;;) {
            i = this.plainTextEnd(i, n);
            if (i >= n)
                break;
            const c = s.charCodeAt(i);
            if (c === LT || c === AMP)
                break;
            if (c !== GT)
                this.fail('disallowed character', i);
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
                if (delivered)
                    this.flush(Math.min(i, n - 1));
            }
            else if (piece !== '')
                this.deliver(piece, Math.min(i, n - 1));
        }
        return i;
    }
    /**
     * End of the run of text from `from` that needs no attention (no markup, reference, `>` or
     * disallowed character): a short run (indentation between tags) in a loop, a long one with a
     * regular expression, which scans several times faster than a loop of `charCodeAt`.
     */
    plainTextEnd(from, n) {
        const s = this.buffer;
        const quick = Math.min(n, from + QUICK_TEXT);
        let i = from;
        for (; i < quick; i++) {
            const c = s.charCodeAt(i);
            if (c <= GT) {
                if (c === LT || c === AMP || c === GT || (c < SPACE && c !== NL && c !== TAB))
                    return i;
            }
            else if (c >= 0xfffe)
                return i;
        }
        if (i >= n)
            return n;
        PLAIN_TEXT.lastIndex = i;
        PLAIN_TEXT.test(s);
        return PLAIN_TEXT.lastIndex;
    }
    deliver(piece, at) {
        if (this.stack.length === 0)
            return;
        this.at = at;
        this.handlers.text(piece);
    }
    flush(at) {
        if (this.pending === '')
            return;
        const piece = this.pending;
        this.pending = '';
        this.deliver(piece, at);
    }
    /** `&name;` or a character reference in text; returns the index after it. */
    reference(i) {
        const end = this.entityEnd(i);
        if (end === INCOMPLETE)
            return INCOMPLETE;
        const value = this.entityValue(i, end);
        if (this.listening)
            this.pending += value;
        return end + 1;
    }
    /** Index of the `;` ending the reference at `i` (`&`). */
    entityEnd(i) {
        const s = this.buffer;
        const n = s.length;
        for (let j = i + 1; j < n; j++) {
            const c = s.charCodeAt(j);
            if (c === SEMICOLON) {
                if (j === i + 1)
                    this.fail('empty entity name', j);
                return j;
            }
            if (!(isNameChar(c) || (j === i + 1 && c === 0x23))) {
                this.fail('disallowed character in entity name', j);
            }
        }
        return INCOMPLETE;
    }
    entityValue(i, end) {
        const s = this.buffer;
        const name = s.slice(i + 1, end);
        if (name.charCodeAt(0) !== 0x23) {
            const value = PREDEFINED_ENTITIES[name];
            if (value === undefined) {
                if (!isNameStart(name.charCodeAt(0)))
                    this.fail('disallowed character in entity name', i + 1);
                this.fail('undefined entity (only &lt; &gt; &amp; &quot; &apos; and character references are read)', end);
            }
            return value;
        }
        let code = NaN;
        if (/^#x[0-9a-fA-F]+$/.test(name))
            code = parseInt(name.slice(2), 16);
        else if (/^#[0-9]+$/.test(name))
            code = parseInt(name.slice(1), 10);
        if (!isXmlCodePoint(code))
            this.fail('malformed character reference', end);
        return String.fromCodePoint(code);
    }
    /** At `<`: a tag, a declaration or a processing instruction. */
    markup(i) {
        const s = this.buffer;
        const n = s.length;
        if (i + 1 >= n)
            return INCOMPLETE;
        const c = s.charCodeAt(i + 1);
        if (c === SLASH)
            return this.closeTag(i);
        if (c === BANG)
            return this.declaration(i);
        if (c === QUESTION)
            return this.instructionStart(i);
        if (c < 0x80 ? ASCII_NAME[c] === 2 : isNameStart(c))
            return this.openTag(i);
        return this.fail('disallowed character in tag name', i + 1);
    }
    /** End of the name starting at `from` (a NameStartChar already checked), or n. */
    nameEnd(from) {
        const s = this.buffer;
        const n = s.length;
        let j = from + 1;
        for (; j < n; j++) {
            // ASCII looked up here: the general test stays out of this hot loop and its compiled code
            const c = s.charCodeAt(j);
            if (c < 0x80 ? ASCII_NAME[c] === 0 : !isNameChar(c))
                break;
        }
        return j;
    }
    /** Whitespace from `from`; returns the first index after it. */
    spaces(from) {
        const s = this.buffer;
        const n = s.length;
        let j = from;
        for (; j < n; j++) {
            const c = s.charCodeAt(j);
            if (c !== SPACE && c !== TAB && c !== NL)
                break;
        }
        return j;
    }
    openTag(i) {
        const s = this.buffer;
        const n = s.length;
        const nameEnd = this.nameEnd(i + 1);
        if (nameEnd >= n)
            return INCOMPLETE;
        const name = this.nameAt(i + 1, nameEnd);
        const attributes = Object.create(ATTRIBUTES_PROTOTYPE);
        let j = nameEnd;
        let spaced = false;
        let selfClosing = false;
        for (;;) {
            if (j >= n)
                return INCOMPLETE;
            const c = s.charCodeAt(j);
            if (c === GT)
                break;
            if (c === SPACE || c === NL || c === TAB) {
                j = this.spaces(j);
                spaced = true;
                continue;
            }
            if (c === SLASH) {
                if (j + 1 >= n)
                    return INCOMPLETE;
                if (s.charCodeAt(j + 1) !== GT)
                    this.fail('"/" in an opening tag not followed by ">"', j + 1);
                j++;
                selfClosing = true;
                break;
            }
            if (c < 0x80 ? ASCII_NAME[c] !== 2 : !isNameStart(c))
                this.fail(`disallowed character in attribute name`, j);
            if (!spaced)
                this.fail('no whitespace between attributes', j);
            const attributeEnd = this.nameEnd(j);
            const attribute = this.nameAt(j, attributeEnd);
            j = this.spaces(attributeEnd);
            if (j >= n)
                return INCOMPLETE;
            if (s.charCodeAt(j) !== EQUALS)
                this.fail(`attribute ${attribute} without value`, j);
            j = this.spaces(j + 1);
            if (j >= n)
                return INCOMPLETE;
            const quote = s.charCodeAt(j);
            if (quote !== QUOTE && quote !== APOSTROPHE)
                this.fail(`unquoted value of attribute ${attribute}`, j);
            // the value: a slice of the text unless it has references or tabs/newlines to replace
            const valueStart = j + 1;
            j = this.plainValueEnd(valueStart, quote, n);
            if (j >= n)
                return INCOMPLETE;
            let value;
            if (s.charCodeAt(j) === quote)
                value = s.slice(valueStart, j);
            else {
                const read = this.markedValue(valueStart, j, quote, attribute);
                if (read === undefined)
                    return INCOMPLETE;
                value = read;
                j = this.valueEnd;
            }
            if (attributes[attribute] !== undefined)
                this.fail(`duplicate attribute ${attribute}`, j);
            attributes[attribute] = value;
            j++;
            spaced = false;
        }
        // j is at the closing `>`
        if (this.closedRoot)
            this.fail('a second root element: documents may contain only one', i + 1);
        this.sawRoot = true;
        this.at = j;
        this.flush(j);
        this.stack.push(name);
        this.handlers.open(name, attributes);
        if (selfClosing)
            this.endElement();
        this.listening = this.handlers.wantsText();
        return j + 1;
    }
    /** Index of the closing quote of the value `markedValue` read last. */
    valueEnd = 0;
    /**
     * The rest of an attribute value whose plain start ends at `from` with something other than its
     * quote: references and tabs or line ends are replaced, `<` and disallowed characters are errors.
     * Undefined when the value is not complete in the text held; otherwise `valueEnd` is set. Apart
     * from `openTag` (most values are plain, and a small `openTag` is compiled sooner and smaller).
     */
    markedValue(valueStart, from, quote, attribute) {
        const s = this.buffer;
        const n = s.length;
        let value = '';
        let start = valueStart;
        let j = from;
        for (;; j++) {
            if (j >= n)
                return undefined;
            const c = s.charCodeAt(j);
            if (c === quote)
                break;
            if (c > GT) {
                if (c >= 0xfffe)
                    this.fail('disallowed character', j);
                continue;
            }
            if (c === LT)
                this.fail(`"<" in the value of attribute ${attribute}`, j);
            if (c === AMP) {
                const end = this.entityEnd(j);
                if (end === INCOMPLETE)
                    return undefined;
                value += s.slice(start, j) + this.entityValue(j, end);
                j = end;
                start = end + 1;
            }
            else if (c === NL || c === TAB) {
                value += `${s.slice(start, j)} `;
                start = j + 1;
            }
            else if (c < SPACE)
                this.fail('disallowed character', j);
        }
        this.valueEnd = j;
        return start === valueStart ? s.slice(valueStart, j) : value + s.slice(start, j);
    }
    /**
     * End of the plain start of an attribute value (no quote, reference, `<`, tab, newline or
     * disallowed character): a short value (a number, a flag) in a loop, a long one (a test name,
     * a path) with a regular expression, which scans faster once past the cost of calling it.
     */
    plainValueEnd(from, quote, n) {
        const s = this.buffer;
        const quick = Math.min(n, from + QUICK_VALUE);
        let i = from;
        for (; i < quick; i++) {
            const c = s.charCodeAt(i);
            if (c <= GT) {
                if (c === quote || c === LT || c === AMP || c < SPACE)
                    return i;
            }
            else if (c >= 0xfffe)
                return i;
        }
        if (i >= n)
            return n;
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
    nameAt(start, end) {
        const s = this.buffer;
        const length = end - start;
        const slot = (length * 0x3b +
            s.charCodeAt(start) * 0x1f +
            s.charCodeAt(end - 1) * 7 +
            s.charCodeAt(start + (length >> 1))) &
            (KEPT_NAMES - 1);
        const known = this.names[slot];
        if (known?.length === length && s.startsWith(known, start))
            return known;
        const name = internalized(s.slice(start, end));
        this.names[slot] = name;
        return name;
    }
    names = new Array(KEPT_NAMES).fill(undefined);
    endElement() {
        const name = this.stack.pop() ?? '';
        if (this.stack.length === 0)
            this.closedRoot = true;
        this.handlers.close(name);
    }
    closeTag(i) {
        const s = this.buffer;
        const n = s.length;
        if (i + 2 >= n)
            return INCOMPLETE;
        const c = s.charCodeAt(i + 2);
        if (c < 0x80 ? ASCII_NAME[c] !== 2 : !isNameStart(c))
            this.fail('disallowed character in closing tag', i + 2);
        const nameEnd = this.nameEnd(i + 2);
        const j = this.spaces(nameEnd);
        if (j >= n)
            return INCOMPLETE;
        if (s.charCodeAt(j) !== GT)
            this.fail('disallowed character in closing tag', j);
        const name = this.nameAt(i + 2, nameEnd);
        const open = this.stack.at(-1);
        if (open === undefined)
            this.fail(`unmatched closing tag </${name}>`, j);
        if (open !== name)
            this.fail(`unexpected close tag </${name}>: <${open}> is open`, j);
        this.at = j;
        this.flush(j);
        this.endElement();
        this.listening = this.handlers.wantsText();
        return j + 1;
    }
    /** `<!`: a comment, a CDATA section or the DOCTYPE. */
    declaration(i) {
        const s = this.buffer;
        const n = s.length;
        const startsWith = (word) => {
            const available = Math.min(word.length, n - i);
            return s.startsWith(word.slice(0, available), i) ? available === word.length : false;
        };
        if (startsWith('<!--')) {
            this.state = State.Comment;
            return i + 4;
        }
        if (startsWith('<![CDATA[')) {
            if (this.stack.length === 0)
                this.fail('CDATA section outside of the root element', i);
            this.flush(i);
            this.state = State.CData;
            return i + 9;
        }
        if (startsWith('<!DOCTYPE'))
            return this.doctype(i);
        // not yet known: one of the three cut short
        for (const word of ['<!--', '<![CDATA[', '<!DOCTYPE']) {
            if (n - i < word.length && word.startsWith(s.slice(i, n)))
                return INCOMPLETE;
        }
        return this.fail('incorrect syntax: expected a comment, CDATA section or DOCTYPE', i + 2);
    }
    /**
     * The DOCTYPE, skipped: only where it ends is worked out (quoted strings, and the internal
     * subset's brackets, comments and processing instructions). Nothing it declares is used.
     */
    doctype(i) {
        if (this.sawRoot || this.sawDoctype)
            this.fail('a DOCTYPE is only allowed once, before the root element', i);
        const s = this.buffer;
        const n = s.length;
        let subset = false;
        let quote = 0;
        for (let j = i + 9; j < n; j++) {
            const c = s.charCodeAt(j);
            if (!isXmlCharCode(c))
                this.fail('disallowed character', j);
            if (quote !== 0) {
                if (c === quote)
                    quote = 0;
            }
            else if (c === QUOTE || c === APOSTROPHE)
                quote = c;
            else if (subset && c === LT && (s.startsWith('<!--', j) || s.startsWith('<?', j))) {
                const terminator = s.startsWith('<!--', j) ? '-->' : '?>';
                const end = s.indexOf(terminator, j + 2);
                if (end === -1)
                    return INCOMPLETE;
                j = end + terminator.length - 1;
            }
            else if (c === BRACKET_OPEN && !subset)
                subset = true;
            else if (c === BRACKET_CLOSE && subset)
                subset = false;
            else if (c === GT && !subset) {
                this.sawDoctype = true;
                return j + 1;
            }
        }
        return INCOMPLETE;
    }
    /** `<?target`: the XML declaration or a processing instruction, both skipped. */
    instructionStart(i) {
        const s = this.buffer;
        const n = s.length;
        if (i + 2 >= n)
            return INCOMPLETE;
        if (!isNameStart(s.charCodeAt(i + 2)))
            this.fail('processing instruction without a target', i + 2);
        const end = this.nameEnd(i + 2);
        if (end >= n)
            return INCOMPLETE;
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
    instruction(from) {
        const s = this.buffer;
        const n = s.length;
        for (let i = from; i < n; i++) {
            const c = s.charCodeAt(i);
            if (c === QUESTION) {
                if (i + 1 >= n)
                    return i;
                if (s.charCodeAt(i + 1) === GT) {
                    this.state = State.Text;
                    return i + 2;
                }
            }
            else if (!isXmlCharCode(c))
                this.fail('disallowed character', i);
        }
        return n;
    }
    /** Inside a comment: to `-->`; `--` anywhere else is not allowed. */
    comment(from) {
        const s = this.buffer;
        const n = s.length;
        for (let i = from; i < n; i++) {
            const c = s.charCodeAt(i);
            if (c === DASH) {
                if (i + 2 >= n)
                    return i;
                if (s.charCodeAt(i + 1) === DASH) {
                    if (s.charCodeAt(i + 2) !== GT)
                        this.fail('"--" inside a comment', i + 2);
                    this.state = State.Text;
                    return i + 3;
                }
            }
            else if (!isXmlCharCode(c))
                this.fail('disallowed character', i);
        }
        return n;
    }
    /** Inside a CDATA section: to `]]>`, the content delivered as text if anyone listens. */
    cdata(from) {
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
            if (i < from)
                i = from;
        }
        if (i > from) {
            const content = s.slice(from, i);
            const disallowed = content.search(DISALLOWED);
            if (disallowed !== -1)
                this.fail('disallowed character', from + disallowed);
            if (this.listening)
                this.deliver(content, i - 1);
        }
        if (end === -1)
            return i;
        this.state = State.Text;
        return end + 3;
    }
}

;// CONCATENATED MODULE: ./src/collect/read/xml.ts



/** Deepest element nesting accepted; deeper input is hostile or broken, not a test report. */
const MAX_XML_DEPTH = 512;
/**
 * Streams XML through our tokenizer (xml-tokenizer.ts): no DOM, no whole-file string. Entities
 * beyond the five predefined ones and character references are never expanded (no DTD is
 * processed), so external entities and entity bombs cannot fire. Element names reach the
 * handlers without their namespace prefix; attribute names as written. Errors carry line and
 * column; the first one ends the read.
 */
async function streamXml(chunks, handlers) {
    let depth = 0;
    const onText = handlers.text?.bind(handlers);
    const wantsText = onText && handlers.wantsText ? handlers.wantsText.bind(handlers) : undefined;
    const tokenizer = new XmlTokenizer({
        open(name, attributes) {
            if (++depth > MAX_XML_DEPTH) {
                throw new errors/* EvidenceParseError */.zS(`elements nested deeper than ${MAX_XML_DEPTH}`);
            }
            handlers.open(localName(name), attributes);
        },
        close(name) {
            depth--;
            handlers.close(localName(name));
        },
        text: onText ?? (() => undefined),
        wantsText: wantsText ?? (() => onText !== undefined),
    });
    /** Feeds the tokenizer; an error a handler throws without a position gets the tokenizer's. */
    const feed = (write) => {
        try {
            write();
        }
        catch (error) {
            if (error instanceof errors/* EvidenceParseError */.zS && error.position.line === undefined) {
                throw new errors/* EvidenceParseError */.zS(error.reason, tokenizer.position());
            }
            throw error;
        }
    };
    const decoder = (0,decode/* stringDecoderStream */._E)();
    for await (const chunk of chunks) {
        for (const piece of (0,decode/* decodePieces */.IJ)(decoder, chunk))
            feed(() => tokenizer.write(piece));
    }
    feed(() => tokenizer.write(decoder.end()));
    feed(() => tokenizer.end());
    return tokenizer.position(); // the end of the document, for checks a reader makes once it has seen it all
}
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
/**
 * Name of the root element, looking only at the head of a file: skips the XML declaration,
 * comments, processing instructions and a DOCTYPE. Namespace prefixes are dropped.
 */
function xmlRootElement(head) {
    let i = 0;
    const n = head.length;
    while (i < n) {
        const lt = head.indexOf('<', i);
        if (lt === -1)
            return undefined;
        if (head.slice(i, lt).trim() !== '')
            return undefined; // text before the root: not XML
        if (head.startsWith('<?', lt)) {
            const end = head.indexOf('?>', lt);
            if (end === -1)
                return undefined;
            i = end + 2;
        }
        else if (head.startsWith('<!--', lt)) {
            const end = head.indexOf('-->', lt);
            if (end === -1)
                return undefined;
            i = end + 3;
        }
        else if (head.startsWith('<!', lt)) {
            const end = head.indexOf('>', lt);
            if (end === -1)
                return undefined;
            i = end + 1;
        }
        else {
            const match = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 200));
            return match?.[1] ? localName(match[1]) : undefined;
        }
    }
    return undefined;
}


/***/ })

};
;