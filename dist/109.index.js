"use strict";
exports.id = 109;
exports.ids = [109];
exports.modules = {

/***/ 56109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCoveragePy: () => (/* binding */ parseCoveragePy)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96723);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59503);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _json_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6202);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1878);







// The parser behind coveragepy-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const count = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative();
const lineList = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int());
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    covered_lines: count,
    num_statements: count,
    covered_branches: count.optional(),
    num_branches: count.optional(),
})
    .loose();
/** The members of a file entry that carry figures; everything else is skipped. */
const FILE_MEMBERS = new Set(['executed_lines', 'missing_lines', 'excluded_lines', 'summary']);
class CoveragePyReader {
    files = [];
    diagnostics = [];
    totals;
    sawFiles = false;
    current;
    inconsistent = [];
    enter(path, kind, at) {
        const [top, file, member] = path;
        if (path.length === 0) {
            if (kind !== 'object')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS(`a coverage.py JSON report is an object, found ${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKind */ .SB)(kind)}`, at);
            return 'descend';
        }
        if (path.length === 1) {
            if (top === 'totals')
                return 'collect';
            if (top !== 'files')
                return 'skip';
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.sawFiles = true;
            return 'descend';
        }
        if (path.length === 2) {
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.current = { path: (0,_source_path_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeSourcePath */ .a)(String(file)), at };
            return 'descend';
        }
        return path.length === 3 && typeof member === 'string' && FILE_MEMBERS.has(member) ? 'collect' : 'skip';
    }
    value(path, value, at) {
        if (path.length === 1) {
            this.totals = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(summarySchema, value, path, at);
            return;
        }
        const entry = this.current;
        if (!entry)
            return;
        if (path[2] === 'summary')
            entry.summary = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(summarySchema, value, path, at);
        else if (path[2] === 'executed_lines')
            entry.executed = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
        else if (path[2] === 'missing_lines')
            entry.missing = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
        else
            entry.excluded = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
    }
    leave(path) {
        if (path.length !== 2 || !this.current)
            return;
        this.files.push(this.finishFile(this.current));
        this.current = undefined;
    }
    finishFile(entry) {
        const { summary, executed, missing } = entry;
        if (!summary || !executed || !missing) {
            const absent = [summary ? '' : 'summary', executed ? '' : 'executed_lines', missing ? '' : 'missing_lines'].filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('files', [entry.path])}: no ${absent.join(', ')}`, entry.at);
        }
        const builder = new _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .FileCoverageBuilder */ ._6(entry.path);
        for (const line of missing)
            builder.addLine(line, 0);
        // coverage.py lists excluded lines that ran among executed_lines too; they are not executable.
        const excluded = new Set(entry.excluded ?? []);
        for (const line of executed)
            if (!excluded.has(line))
                builder.addLine(line, 1);
        builder.addBranches(summary.covered_branches ?? 0, summary.num_branches ?? 0);
        const built = builder.build();
        if (built.lines.total !== summary.num_statements || built.lines.covered !== summary.covered_lines) {
            this.inconsistent.push(`${entry.path}: summary ${summary.covered_lines}/${summary.num_statements}, lists ${built.lines.covered}/${built.lines.total}`);
        }
        // The summary is coverage.py's own figure; the lists stay as line detail.
        return { ...built, lines: { covered: summary.covered_lines, total: summary.num_statements } };
    }
    finish() {
        if (!this.sawFiles)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS('no "files" object: not a coverage.py JSON report', { line: 1, column: 1 });
        const data = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageOf */ ._5)(this.files);
        if (this.inconsistent.length > 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.inconsistent.length} file(s) whose executed/missing line lists disagree with their summary; figures follow the summary (first: ${this.inconsistent[0] ?? ''})`,
            });
        }
        const totals = this.totals;
        if (totals) {
            const declared = {
                lines: { covered: totals.covered_lines, total: totals.num_statements },
                branches: { covered: totals.covered_branches ?? 0, total: totals.num_branches ?? 0 },
            };
            for (const key of ['lines', 'branches']) {
                if (declared[key].covered !== data.totals[key].covered || declared[key].total !== data.totals[key].total) {
                    this.diagnostics.push({
                        severity: 'warning',
                        message: `"totals" declare ${key} ${declared[key].covered}/${declared[key].total} but the files add up to ${data.totals[key].covered}/${data.totals[key].total}; totals follow the files`,
                    });
                }
            }
        }
        return { data, diagnostics: this.diagnostics };
    }
}
async function parseCoveragePy(input) {
    const reader = new CoveragePyReader();
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkJson */ .g)(input.chunks, reader);
    return reader.finish();
}


/***/ }),

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkJson),
/* harmony export */   p: () => (/* binding */ requireJsonObject)
/* harmony export */ });
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9994);
/* harmony import */ var _read_zod_first_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97495);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);



/** A value collected by walkJson, checked against its schema; a mismatch names path and position. */
function checkJson(schema, value, path, at) {
    const early = (0,_read_zod_first_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstArrayIssue */ .V)(schema, value);
    if (early)
        throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaError */ .g$)(early.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', [...path, ...early.path]), at);
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaError */ .g$)(parsed.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', path), at);
    return parsed.data;
}
/** Fails unless the value walkJson is entering at `path` is an object. */
function requireJsonObject(path, kind, at) {
    if (kind !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', path) || 'the document'}: expected an object, found ${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKind */ .SB)(kind)}`, at);
    }
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


/***/ })

};
;