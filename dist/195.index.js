"use strict";
exports.id = 195;
exports.ids = [195];
exports.modules = {

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

/***/ 62195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMocha: () => (/* binding */ parseMocha)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59503);
/* harmony import */ var _case_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61211);





// The parser behind mocha-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const expectKind = (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .expectKindIn */ .bD)('a Mocha JSON report');
const testSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    fullTitle: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    duration: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    currentRetry: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    err: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ message: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().optional(), stack: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().optional() }).nullish(),
});
const LISTS = new Set(['tests', 'pending', 'failures']);
/**
 * Streams the report, building one test entry at a time. Outcomes (`failures`, `pending`) come
 * after `tests`, so the tests are kept (without their error text) until the end; `passes` is
 * only checked for syntax.
 */
async function parseMocha(chunks) {
    const lists = { tests: [], pending: [], failures: [] };
    // set inside the walk's callbacks (an object, so the check after the walk is not narrowed away)
    const seen = {
        stats: false,
        tests: false,
        declaredFailures: undefined,
    };
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .walkJson */ .g)(chunks, {
        enter(path, kind, at) {
            const [member] = path;
            if (path.length === 0)
                return expectKind(kind, 'object', 'the report', at);
            if (path.length === 1) {
                if (member === 'stats')
                    return 'collect';
                if (typeof member === 'string' && LISTS.has(member)) {
                    if (member === 'tests')
                        seen.tests = true;
                    return kind === 'null' ? 'skip' : expectKind(kind, 'array', member, at);
                }
                return 'skip';
            }
            return path.length === 2 && typeof member === 'string' && LISTS.has(member)
                ? 'collect'
                : 'skip';
        },
        value(path, value, at) {
            const [member] = path;
            if (path.length === 1) {
                const stats = statsSchema.safeParse(value);
                if (!stats.success)
                    throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(stats.error, 'stats', at);
                seen.stats = true;
                seen.declaredFailures = stats.data.failures ?? undefined;
                return;
            }
            const parsed = testSchema.safeParse(value);
            if (!parsed.success)
                throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(parsed.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path), at);
            const test = parsed.data;
            // the error text is taken from `failures`; a test kept in `tests` needs only its identity
            if (member === 'tests')
                delete test.err;
            else if (member === 'failures' && test.err)
                test.err = { message: errorText(test.err) };
            lists[String(member)]?.push(test);
        },
    });
    if (!seen.stats || !seen.tests) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS('not a Mocha JSON report: no stats and tests', {
            line: 1,
            column: 1,
        });
    }
    return combine(lists['tests'] ?? [], lists['pending'] ?? [], lists['failures'] ?? [], seen.declaredFailures);
}
const statsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ tests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(), failures: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish() });
function combine(tests, pendingTests, failedTests, declaredFailures) {
    const list = new _case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .TestCaseList */ .V8();
    const diagnostics = [];
    const failures = new TestBag(failedTests);
    const pending = new TestBag(pendingTests);
    for (const test of tests) {
        const failure = failures.take(test);
        const status = failure ? 'failed' : pending.take(test) ? 'skipped' : 'passed';
        list.add(toCase(failure ?? test, status));
    }
    // Failures left over are hooks (or tests the reporter never saw end): Mocha counts them as failing.
    for (const failure of failures.rest())
        list.add(toCase(failure, 'failed'));
    if (declaredFailures !== undefined && declaredFailures !== failedTests.length) {
        diagnostics.push({
            severity: 'warning',
            message: `Mocha's stats declare ${declaredFailures} failures but the report lists ${failedTests.length}; Certify counts the listed ones`,
        });
    }
    return { data: list.evidence(), diagnostics };
}
function toCase(test, status) {
    const fullTitle = test.fullTitle ?? test.title;
    const suite = fullTitle.endsWith(test.title)
        ? fullTitle.slice(0, fullTitle.length - test.title.length).trim()
        : '';
    const retries = test.currentRetry ?? 0;
    return {
        suite: suite === '' ? (test.file ?? '') : suite,
        name: test.title,
        ...(test.file ? { file: test.file } : {}),
        status,
        ...(test.duration === null || test.duration === undefined ? {} : { durationMs: test.duration }),
        ...(status === 'failed' ? { message: errorText(test.err) } : {}),
        ...(retries > 0 ? { retries } : {}),
        ...(retries > 0 && status === 'passed' ? { flaky: true } : {}),
    };
}
function errorText(err) {
    if (!err)
        return undefined;
    if (typeof err.stack === 'string' && err.stack !== '')
        return err.stack;
    return typeof err.message === 'string' ? err.message : undefined;
}
/** Tests of one outcome list, matched to `tests` entries by title, file and full title (duplicates allowed). */
class TestBag {
    byKey = new Map();
    constructor(tests) {
        for (const test of tests) {
            const key = keyOf(test);
            const bucket = this.byKey.get(key);
            if (bucket)
                bucket.push(test);
            else
                this.byKey.set(key, [test]);
        }
    }
    take(test) {
        const bucket = this.byKey.get(keyOf(test));
        return bucket?.shift();
    }
    rest() {
        return [...this.byKey.values()].flat();
    }
}
function keyOf(test) {
    return [test.fullTitle ?? test.title, test.file ?? ''].join('\u0000');
}


/***/ })

};
;