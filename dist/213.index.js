"use strict";
exports.id = 213;
exports.ids = [213];
exports.modules = {

/***/ 37213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ istanbulFileCoverage),
/* harmony export */   readIstanbulCoverageMap: () => (/* binding */ readIstanbulCoverageMap)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96723);
/* harmony import */ var _read_json_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33760);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1878);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56963);





/**
 * Reads an istanbul coverage map (file path → file coverage) found at `path` inside a JSON
 * document, one file at a time. `missing` is the message when there is no object at `path`.
 */
async function readIstanbulCoverageMap(chunks, path, missing) {
    const files = new Map();
    const found = await (0,_read_json_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachJsonEntry */ .P)(chunks, path, (key, value, position) => {
        const file = istanbulFileCoverage(key, value, position);
        files.set(file.path, file); // a repeated key replaces the earlier one, as JSON.parse would
    });
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(missing, { line: 1, column: 1 });
    const diagnostics = [];
    if (files.size === 0)
        diagnostics.push({ severity: 'warning', message: 'the coverage map lists no files' });
    return { data: (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageOf */ ._5)([...files.values()]), diagnostics };
}
/**
 * One file of an istanbul coverage map (coverage-final.json, jest's `coverageMap`, nyc output):
 * hit counts per statement (`s`), function (`f`) and branch path (`b`), and the statement
 * locations needed to derive lines. Only what the figures need is checked; the rest passes.
 */
const istanbulFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    statementMap: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ start: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig() }) })),
    fnMap: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    branchMap: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()),
    s: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()),
    f: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()),
    b: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig())),
});
/** Some jest versions serialise the map's FileCoverage objects as `{ data: {...} }`. */
const wrappedSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ data: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ statementMap: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J() }) });
/**
 * The figures istanbul itself reports for one file (istanbul-lib-coverage FileCoverage.toSummary):
 * lines from getLineCoverage() — each statement counts on its start line, a line's count is the
 * highest of its statements; functions from `f`; branches are every path of every `b` entry.
 */
function istanbulFileCoverage(key, raw, position) {
    const wrapped = wrappedSchema.safeParse(raw);
    const parsed = istanbulFileSchema.safeParse(wrapped.success ? wrapped.data.data : raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(`coverage of "${key}" is not an istanbul file coverage object${where}: ${issue?.message ?? 'invalid'}`, position);
    }
    const data = parsed.data;
    const builder = new _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .FileCoverageBuilder */ ._6((0,_source_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSourcePath */ .a)(key));
    for (const [id, count] of Object.entries(data.s)) {
        const location = data.statementMap[id];
        // istanbul skips a count with no statement location too
        if (location)
            builder.addLine(location.start.line, count);
    }
    const functionCounts = Object.values(data.f);
    builder.addFunctions(functionCounts.filter((count) => count !== 0).length, functionCounts.length);
    for (const paths of Object.values(data.b)) {
        builder.addBranches(paths.filter((count) => count > 0).length, paths.length);
    }
    return builder.build();
}


/***/ }),

/***/ 33760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ forEachJsonEntry)
/* harmony export */ });
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59503);

/**
 * Calls `onEntry` for every member of one JSON object in a stream — the object reached from the
 * root through the keys in `path` (`[]` is the root itself) — building one member value at a
 * time: a 100 MB coverage-final.json is never held whole. Everything else is only checked for
 * syntax as it streams past (walkJson). Returns false when there is no object at `path`.
 */
async function forEachJsonEntry(chunks, path, onEntry) {
    let found = false;
    const onPath = (at) => at.every((segment, index) => index >= path.length || segment === path[index]);
    await (0,_json_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .walkJson */ .g)(chunks, {
        enter(at, kind) {
            if (!onPath(at))
                return 'skip';
            if (at.length < path.length)
                return kind === 'object' ? 'descend' : 'skip';
            if (at.length === path.length) {
                found = kind === 'object';
                return found ? 'descend' : 'skip';
            }
            return at.length === path.length + 1 ? 'collect' : 'skip';
        },
        value(at, value, position) {
            onEntry(String(at[at.length - 1]), value, position);
        },
    });
    return found;
}


/***/ }),

/***/ 59503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ walkJson)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Deepest nesting accepted: real reports stay far below; deeper input is hostile or broken. */
const MAX_JSON_DEPTH = 512;
/** Longest number or literal token accepted. */
const MAX_ATOM_CHARS = 1024;
/** Longest property name decoded on the walked path. */
const MAX_KEY_CHARS = 1 << 20;
/**
 * Streams a JSON document through `visitor` without ever holding it whole: the caller chooses,
 * value by value, what to descend into, what to build and what to skip. Every byte is checked
 * against the JSON grammar as it passes, so broken or truncated input fails with line and column
 * (an EvidenceParseError), and what is built equals what JSON.parse would build for that value.
 */
async function walkJson(chunks, visitor) {
    const walker = new JsonWalker(visitor);
    const decoder = new TextDecoder('utf-8');
    let first = true;
    for await (const chunk of chunks) {
        let text = decoder.decode(chunk, { stream: true });
        if (first && text !== '') {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        walker.write(text);
    }
    walker.write(decoder.decode());
    walker.end();
}
// What the grammar allows next.
const EXPECT_VALUE = 0;
const EXPECT_FIRST_VALUE_OR_END = 1;
const EXPECT_FIRST_KEY_OR_END = 2;
const EXPECT_KEY = 3;
const EXPECT_COLON = 4;
const EXPECT_COMMA_OR_OBJECT_END = 5;
const EXPECT_COMMA_OR_ARRAY_END = 6;
const EXPECT_NOTHING = 7;
// How a container is handled.
const WALK = 0; // members are offered to the visitor
const BUILD = 1; // inside a collected value
const SKIP = 2; // syntax checked only
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** A run of string characters that need no attention: not a quote, backslash or control character. */
const STRING_RUN = /[^"\\\p{Cc}]+/uy;
const NO_PATH = [];
class JsonWalker {
    visitor;
    expect = EXPECT_VALUE;
    stack = [];
    line = 1;
    column = 0;
    sawToken = false;
    // A string, number or literal may span chunks.
    inString = false;
    stringIsKey = false;
    escape = false;
    unicodeDigits = -1;
    atom = '';
    atomAt = { line: 1, column: 1 };
    // The name of a member of a walked object, being read.
    keyParts;
    keyFrom = 0;
    keyChars = 0;
    // The value being collected, as source text (JSON.parse builds it once complete).
    capture;
    captureFrom = 0;
    constructor(visitor) {
        this.visitor = visitor;
    }
    write(text) {
        const n = text.length;
        this.captureFrom = 0;
        this.keyFrom = 0;
        let i = 0;
        while (i < n) {
            if (this.inString) {
                i = this.scanString(text, i);
                continue;
            }
            const code = text.charCodeAt(i);
            if (this.atom !== '') {
                if (isAtomChar(code)) {
                    if (this.atom.length >= MAX_ATOM_CHARS)
                        this.fail(`number or literal longer than ${MAX_ATOM_CHARS} characters`, this.atomAt);
                    this.atom += text[i] ?? '';
                    this.column++;
                    i++;
                    continue;
                }
                this.endAtom(text, i);
            }
            if (code === 10) {
                this.line++;
                this.column = 0;
                i++;
                continue;
            }
            this.column++;
            if (code !== 32 && code !== 9 && code !== 13)
                this.structural(code, text, i);
            i++;
        }
        if (this.capture)
            this.capture.parts.push(text.slice(this.captureFrom));
        if (this.keyParts && this.inString)
            this.addKeyPart(text.slice(this.keyFrom));
    }
    end() {
        this.captureFrom = 0;
        const endOfFile = { line: this.line, column: this.column + 1 };
        if (this.inString)
            this.fail('the file ends inside a string (truncated?)', endOfFile);
        if (this.atom !== '')
            this.endAtom('', 0);
        if (this.expect === EXPECT_NOTHING)
            return;
        if (!this.sawToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS('empty file, expected JSON', { line: 1, column: 1 });
        this.fail('the file ends before the JSON document does (truncated?)', endOfFile);
    }
    structural(code, text, i) {
        this.sawToken = true;
        switch (this.expect) {
            case EXPECT_FIRST_VALUE_OR_END:
                if (code === 93 /* ] */) {
                    this.close(true, text, i);
                    return;
                }
                this.startValue(code, text, i);
                return;
            case EXPECT_VALUE:
                this.startValue(code, text, i);
                return;
            case EXPECT_FIRST_KEY_OR_END:
            case EXPECT_KEY:
                if (code === 125 /* } */ && this.expect === EXPECT_FIRST_KEY_OR_END) {
                    this.close(false, text, i);
                    return;
                }
                if (code !== 34)
                    this.fail(`expected a property name in double quotes, found ${describe(text, i)}`);
                this.inString = true;
                this.stringIsKey = true;
                if (this.top()?.mode === WALK) {
                    this.keyParts = [];
                    this.keyChars = 0;
                    this.keyFrom = i;
                }
                return;
            case EXPECT_COLON:
                if (code !== 58)
                    this.fail(`expected ':' after a property name, found ${describe(text, i)}`);
                this.expect = EXPECT_VALUE;
                return;
            case EXPECT_COMMA_OR_OBJECT_END:
                if (code === 44)
                    this.expect = EXPECT_KEY;
                else if (code === 125)
                    this.close(false, text, i);
                else
                    this.fail(`expected ',' or '}' after a property value, found ${describe(text, i)}`);
                return;
            case EXPECT_COMMA_OR_ARRAY_END:
                if (code === 44)
                    this.expect = EXPECT_VALUE;
                else if (code === 93)
                    this.close(true, text, i);
                else
                    this.fail(`expected ',' or ']' after an array element, found ${describe(text, i)}`);
                return;
            default:
                this.fail(`unexpected ${describe(text, i)} after the end of the JSON document`);
        }
    }
    startValue(code, text, i) {
        const kind = kindOf(code);
        if (!kind)
            this.fail(`expected a JSON value, found ${describe(text, i)}`);
        const at = this.here();
        const parent = this.top();
        let mode = parent?.mode ?? WALK;
        let path = NO_PATH;
        if (mode === WALK) {
            path = parent ? [...parent.path, parent.array ? parent.index : parent.key] : NO_PATH;
            const choice = this.visitor.enter(path, kind, at);
            const scalar = kind !== 'object' && kind !== 'array';
            if (choice === 'skip')
                mode = SKIP;
            else if (choice === 'collect' || scalar)
                mode = BUILD;
            if (mode === BUILD) {
                this.capture = { depth: this.stack.length, path, at, parts: [] };
                this.captureFrom = i;
            }
        }
        if (parent?.array)
            parent.index++;
        if (kind === 'object' || kind === 'array') {
            if (this.stack.length >= MAX_JSON_DEPTH)
                this.fail(`objects or arrays nested deeper than ${MAX_JSON_DEPTH} levels`);
            const array = kind === 'array';
            this.stack.push({ array, mode, path, at, index: 0, key: '' });
            this.expect = array ? EXPECT_FIRST_VALUE_OR_END : EXPECT_FIRST_KEY_OR_END;
        }
        else if (kind === 'string') {
            this.inString = true;
            this.stringIsKey = false;
        }
        else {
            this.atom = text[i] ?? '';
            this.atomAt = at;
        }
    }
    /** Reads string content from `i`; returns where reading stopped (end of text or after the quote). */
    scanString(text, i) {
        const n = text.length;
        while (i < n) {
            if (this.unicodeDigits < 0 && !this.escape) {
                // Plain characters in one native scan: most of a report's bytes are string content.
                STRING_RUN.lastIndex = i;
                if (STRING_RUN.test(text)) {
                    this.column += STRING_RUN.lastIndex - i;
                    i = STRING_RUN.lastIndex;
                    if (i >= n)
                        break;
                }
            }
            const code = text.charCodeAt(i);
            this.column++;
            i++;
            if (this.unicodeDigits >= 0) {
                if (!isHexDigit(code))
                    this.fail('invalid \\u escape in a string');
                this.unicodeDigits = this.unicodeDigits === 3 ? -1 : this.unicodeDigits + 1;
            }
            else if (this.escape) {
                this.escape = false;
                if (code === 117 /* u */)
                    this.unicodeDigits = 0;
                else if (!isEscapable(code))
                    this.fail(`invalid escape \\${text[i - 1] ?? ''} in a string`);
            }
            else if (code === 92 /* \ */) {
                this.escape = true;
            }
            else if (code === 34 /* " */) {
                this.inString = false;
                this.endString(text, i);
                return i;
            }
            else if (code < 0x20) {
                this.fail('control character (e.g. a raw line break) inside a string');
            }
        }
        return i;
    }
    endString(text, end) {
        if (!this.stringIsKey) {
            this.afterValue(text, end);
            return;
        }
        this.stringIsKey = false;
        this.expect = EXPECT_COLON;
        if (!this.keyParts)
            return;
        this.addKeyPart(text.slice(this.keyFrom, end));
        const frame = this.top();
        const raw = this.keyParts.length === 1 ? (this.keyParts[0] ?? '""') : this.keyParts.join('');
        if (frame)
            frame.key = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
        this.keyParts = undefined;
    }
    addKeyPart(part) {
        this.keyChars += part.length;
        if (this.keyChars > MAX_KEY_CHARS)
            this.fail('property name longer than 1 MiB');
        this.keyParts?.push(part);
    }
    endAtom(text, i) {
        const atom = this.atom;
        this.atom = '';
        if (atom !== 'true' && atom !== 'false' && atom !== 'null' && !NUMBER.test(atom)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`invalid JSON value '${printable(atom.slice(0, 40))}'`, this.atomAt);
        }
        this.afterValue(text, i);
    }
    close(array, text, i) {
        const frame = this.stack.pop();
        if (frame?.array !== array)
            this.fail(`unexpected ${describe(text, i)}`);
        if (frame.mode === WALK)
            this.visitor.leave?.(frame.path, array ? 'array' : 'object', frame.at);
        this.afterValue(text, i + 1);
    }
    /** A value just ended; its text ends before `end` in the current chunk. */
    afterValue(text, end) {
        const capture = this.capture;
        if (capture?.depth === this.stack.length) {
            this.capture = undefined;
            capture.parts.push(text.slice(this.captureFrom, end));
            this.visitor.value?.(capture.path, parseCaptured(capture), capture.at);
        }
        const parent = this.top();
        if (!parent)
            this.expect = EXPECT_NOTHING;
        else
            this.expect = parent.array ? EXPECT_COMMA_OR_ARRAY_END : EXPECT_COMMA_OR_OBJECT_END;
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    here() {
        return { line: this.line, column: this.column };
    }
    fail(reason, at = this.here()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(reason, at);
    }
}
function parseCaptured(capture) {
    try {
        return JSON.parse(capture.parts.join(''));
    }
    catch (error) {
        // The walker has checked the syntax already; only engine limits can end up here.
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`JSON value could not be read: ${message}`, capture.at);
    }
}
function kindOf(code) {
    if (code === 123)
        return 'object';
    if (code === 91)
        return 'array';
    if (code === 34)
        return 'string';
    if (code === 45 || (code >= 48 && code <= 57))
        return 'number';
    if (code === 116 || code === 102)
        return 'boolean';
    if (code === 110)
        return 'null';
    return undefined;
}
function isAtomChar(code) {
    // letters of true/false/null and the characters of a number
    return ((code >= 97 && code <= 122) ||
        (code >= 48 && code <= 57) ||
        code === 45 ||
        code === 43 ||
        code === 46 ||
        code === 69);
}
function isEscapable(code) {
    // " \ / b f n r t
    return (code === 34 ||
        code === 92 ||
        code === 47 ||
        code === 98 ||
        code === 102 ||
        code === 110 ||
        code === 114 ||
        code === 116);
}
function isHexDigit(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}
function describe(text, i) {
    const char = text[i];
    return char === undefined ? 'the end of the input' : `'${printable(char)}'`;
}
/** Control and invisible characters as U+XXXX, so messages stay readable and on one line. */
function printable(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const invisible = code < 0x20 ||
            (code >= 0x7f && code <= 0x9f) ||
            (code >= 0x200b && code <= 0x200f) ||
            (code >= 0x2028 && code <= 0x202e) ||
            (code >= 0x2066 && code <= 0x2069) ||
            code === 0xfeff;
        out += invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
    }
    return out;
}


/***/ })

};
;