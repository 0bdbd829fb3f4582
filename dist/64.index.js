"use strict";
exports.id = 64;
exports.ids = [64];
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


/***/ })

};
;