export const id = 250;
export const ids = [250];
export const modules = {

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

/***/ 39352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ hasJsonKey),
/* harmony export */   U: () => (/* binding */ opensWith)
/* harmony export */ });
/**
 * Content checks on the head of a JSON file (its first 64 KB, maybe cut mid-document), for
 * collectors' `detect`. They look at text only: the head need not be valid JSON.
 */
/** Whether a JSON head opens with `{` or `[` (after whitespace). */
function opensWith(head, opener) {
    return head.trimStart().startsWith(opener);
}
/**
 * Whether a JSON head has `"key":` as a real key. A key quoted inside a string value is escaped
 * (`\"key\":`) and does not match, because the closing quote must follow the name directly.
 */
function hasJsonKey(head, key) {
    return new RegExp(`(?<!\\\\)"${escapeRegExp(key)}"\\s*:`).test(head);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   bD: () => (/* binding */ expectKindIn),
/* harmony export */   eL: () => (/* binding */ requireKind),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   tj: () => (/* binding */ jsonPathText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** "an object", "a number", … for messages about a value of the wrong type. */
function describeKind(kind) {
    return kind === 'object' || kind === 'array'
        ? `an ${kind}`
        : kind === 'null'
            ? 'null'
            : `a ${kind}`;
}
/** Throws unless a JSON value read at `at` is of the `expected` kind; `rule` says what it must be. */
function requireKind(kind, expected, rule, at) {
    if (kind !== expected)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${rule}, found ${describeKind(kind)}`, at);
}
/**
 * The check a streaming reader makes on a container it is about to enter: one of the expected
 * kind is descended into; anything else means the file is not `report` ("a Mocha JSON report").
 */
function expectKindIn(report) {
    return (kind, expected, what, at) => {
        if (kind !== expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`not ${report}: ${what} is ${describeKind(kind)}, expected ${describeKind(expected)}`, at);
        }
        return 'descend';
    };
}
/** A JSON path as written in messages: runs[0].results[3].level, metrics[2]["odd key"]. */
function jsonPathText(base, path) {
    let text = base;
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(String(segment))}]`;
    }
    return text;
}
/** The first problem zod found in a value read at `at`, as a positioned parse error. */
function schemaError(error, base, at) {
    const issue = error.issues[0];
    if (!issue)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${base}: invalid value`, at);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${jsonPathText(base, issue.path)}: ${issue.message}`, at);
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

/***/ 97495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ firstArrayIssue)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96723);

/**
 * The first problem with `value`, found element by element in the arrays `schema` describes
 * (through objects, arrays and optional or nullable members), or undefined when there is none
 * there. zod itself reports every bad element: a hostile million-entry array of `{}` would cost
 * seconds and hundreds of MB before the first issue could be named. Call it before
 * `schema.safeParse`, which then sees only values whose arrays are sound.
 */
function firstArrayIssue(schema, value) {
    return walk(schema, value, 0);
}
/** Deeper schemas than this are not descended (ours are a few levels; zod still checks the rest). */
const MAX_SCHEMA_DEPTH = 16;
function walk(schema, value, depth) {
    if (depth > MAX_SCHEMA_DEPTH)
        return undefined;
    const inner = schema instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodOptional */ .IiU || schema instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodNullable */ .l1C ? schema.unwrap() : schema;
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodArray */ .naA && Array.isArray(value)) {
        const element = inner.element;
        // nothing to find in a list of anything (checked entry by entry later): a safeParse per
        // element of a million-entry list would cost seconds
        if (!(element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodType */ .aRx) || element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodUnknown */ ._aJ || element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodAny */ .Mlh)
            return undefined;
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            // a huge array inside the element is searched the same way before zod sees the element
            const nested = walk(element, item, depth + 1);
            if (nested)
                return { path: [index, ...nested.path], error: nested.error };
            const parsed = element.safeParse(item);
            if (!parsed.success)
                return { path: [index], error: parsed.error };
        }
        return undefined;
    }
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodObject */ .bvH && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const shape = inner.shape;
        if (typeof shape !== 'object' || shape === null)
            return undefined;
        for (const [key, member] of Object.entries(shape)) {
            const field = Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
            if (!Array.isArray(field) && (typeof field !== 'object' || field === null))
                continue;
            const nested = walk(member, field, depth + 1);
            if (nested)
                return { path: [key, ...nested.path], error: nested.error };
        }
    }
    return undefined;
}


/***/ }),

/***/ 10817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ clipMessage),
/* harmony export */   im: () => (/* binding */ MESSAGES_PER_FILE),
/* harmony export */   kO: () => (/* binding */ FINDINGS_PER_FILE),
/* harmony export */   l9: () => (/* binding */ MESSAGE_MAX_CHARS)
/* harmony export */ });
/**
 * Detail kept per evidence file. Counts are always complete; text detail is capped so a
 * 100 MB report with 10,000 failures does not keep every stack trace in memory.
 */
const MESSAGE_MAX_CHARS = 1000;
/** Failure/error/skip messages kept per file; later non-passing cases keep their status only. */
const MESSAGES_PER_FILE = 500;
/** Security findings kept per file (counts stay complete). */
const FINDINGS_PER_FILE = 1000;
/** Trims text kept as detail: first MESSAGE_MAX_CHARS characters, without a split surrogate pair. */
function clipMessage(text) {
    if (text === undefined)
        return undefined;
    const trimmed = text.trim();
    if (trimmed.length <= MESSAGE_MAX_CHARS)
        return trimmed;
    let end = MESSAGE_MAX_CHARS;
    const code = trimmed.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${trimmed.slice(0, end)}…`;
}


/***/ })

};
