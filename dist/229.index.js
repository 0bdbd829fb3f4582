"use strict";
exports.id = 229;
exports.ids = [229];
exports.modules = {

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

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  securityCollectors: () => (/* binding */ securityCollectors)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(96723);
// EXTERNAL MODULE: ./src/collect/read/json-issues.ts
var json_issues = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/collect/read/json-walk.ts
var json_walk = __webpack_require__(59503);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/model/security.ts
var security = __webpack_require__(82175);
;// CONCATENATED MODULE: ./src/collect/security/finding-tally.ts


/** Most severe first: the order kept findings are reported in. */
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
/**
 * Counts every finding of a file, per severity and per tool, while keeping at most `cap` of them
 * as detail: the most severe ones, in file order within a severity. A file with 200,000 results
 * keeps complete counts but only the findings worth showing.
 */
class FindingTally {
    cap;
    totals = (0,security/* emptySecurityTotals */.N)();
    byTool = new Map();
    /** Kept findings, one list per severity in SEVERITY_ORDER. */
    kept = SEVERITY_ORDER.map(() => []);
    keptSet = new Set();
    keptCount = 0;
    /** Findings counted but not kept as detail. */
    dropped = 0;
    constructor(cap = limits/* FINDINGS_PER_FILE */.kO) {
        this.cap = cap;
    }
    /** A tool that ran: listed with zero counts even when it found nothing. */
    addTool(tool) {
        if (!this.byTool.has(tool))
            this.byTool.set(tool, (0,security/* emptySecurityTotals */.N)());
    }
    /** Counts the finding; returns whether it is (for now) kept as detail. */
    add(finding) {
        this.addTool(finding.tool);
        const tool = this.byTool.get(finding.tool) ?? (0,security/* emptySecurityTotals */.N)();
        for (const bucket of [this.totals, tool]) {
            bucket[finding.severity]++;
            bucket.total++;
        }
        const rank = SEVERITY_ORDER.indexOf(finding.severity);
        if (this.keptCount >= this.cap) {
            const lowest = this.lowestKeptRank();
            if (lowest <= rank) {
                this.dropped++;
                return false;
            }
            const evicted = this.kept[lowest]?.pop();
            if (evicted)
                this.keptSet.delete(evicted);
            this.keptCount--;
            this.dropped++;
        }
        this.kept[rank]?.push(finding);
        this.keptSet.add(finding);
        this.keptCount++;
        return true;
    }
    /** Counts `count` findings known only by tool and severity (their detail was not kept). */
    addUnkept(tool, severity, count) {
        this.addTool(tool);
        const perTool = this.byTool.get(tool) ?? (0,security/* emptySecurityTotals */.N)();
        for (const bucket of [this.totals, perTool]) {
            bucket[severity] += count;
            bucket.total += count;
        }
        this.dropped += count;
    }
    /** Whether the finding is still kept (a more severe one may have taken its place). */
    holds(finding) {
        return this.keptSet.has(finding);
    }
    get total() {
        return this.totals.total;
    }
    evidence() {
        return {
            kind: 'security',
            totals: { ...this.totals },
            byTool: Object.fromEntries([...this.byTool].map(([tool, totals]) => [tool, { ...totals }])),
            findings: this.kept.flat(),
        };
    }
    lowestKeptRank() {
        for (let rank = SEVERITY_ORDER.length - 1; rank >= 0; rank--) {
            if ((this.kept[rank]?.length ?? 0) > 0)
                return rank;
        }
        return -1;
    }
}

;// CONCATENATED MODULE: ./src/collect/security/npm-audit-json.ts






/**
 * `npm audit --json`, counted the way npm itself counts (its `metadata.vulnerabilities`, which
 * is what `npm audit` prints):
 *
 * - npm 7+ (auditReportVersion 2): one finding per vulnerable package in `vulnerabilities`,
 *   at the package's severity — including packages that are vulnerable only through a
 *   dependency ("Depends on vulnerable versions of …"). Three packages hit by five advisories
 *   are three vulnerabilities, as npm says.
 * - npm 6 (and `pnpm audit --json`, same shape): one finding per advisory and dependency path
 *   (`advisories[].findings[].paths[]`), as npm 6 counted them.
 *
 * Severities: critical → critical, high → high, moderate → medium, low → low, and info → low
 * (npm counts info advisories in its total, so they are not dropped). The counts are checked
 * against `metadata.vulnerabilities`; a difference is reported as a warning.
 */
const npmAuditJson = {
    format: 'npm-audit-json',
    kind: 'security',
    producers: 'npm audit --json (npm 7+ and npm 6), pnpm audit --json',
    detect: looksLikeNpmAudit,
    parse: parseNpmAudit,
};
function looksLikeNpmAudit(head) {
    if (!/^\s*\{/.test(head))
        return false;
    if (/"auditReportVersion"\s*:\s*\d/.test(head))
        return true;
    if (looksLikeNpmError(head))
        return true;
    return (/"advisories"\s*:\s*\{/.test(head) &&
        /"(?:actions|muted|module_name|github_advisory_id)"\s*:/.test(head));
}
/**
 * What `npm audit --json` writes instead of a report when it fails: npm's JSON error object,
 * `{"error": {"code": "ENOLOCK", "summary": …, "detail": …}}`, or, when the audit endpoint
 * answers with an HTTP error, the response (`message`, `method`, `uri` of the advisories
 * endpoint, `statusCode`, …) followed by an `error` object with empty summary and detail.
 * Recognised so that the run says npm failed rather than that the file is of no known format.
 */
function looksLikeNpmError(head) {
    if (/^\s*\{\s*"error"\s*:\s*\{\s*"(?:code|summary|detail)"\s*:/.test(head)) {
        return /"summary"\s*:/.test(head) && /"detail"\s*:/.test(head);
    }
    return (/^\s*\{\s*"message"\s*:/.test(head) &&
        /"uri"\s*:\s*"[^"]*\/-\/npm\/v1\/security\/(?:advisories|audits)/.test(head) &&
        /"statusCode"\s*:\s*\d/.test(head));
}
const TOOL = 'npm audit';
const npmSeverity = schemas/* enum */.k5n(['info', 'low', 'moderate', 'high', 'critical']);
const NPM_SEVERITIES = npmSeverity.options;
const SEVERITY_OF_NPM = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    low: 'low',
    info: 'low',
};
/** npm 7+: an advisory that applies to the package itself, or the name of a vulnerable dependency. */
const via = schemas/* union */.KCZ([
    schemas/* string */.YjP(),
    schemas/* looseObject */._H3({
        source: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        title: schemas/* string */.YjP().optional(),
        url: schemas/* string */.YjP().optional(),
        severity: npmSeverity.optional(),
    }),
]);
/**
 * Causes read per package. `via` only names the package's advisories and vulnerable
 * dependencies (detail, not counts); real ones list a few. A hostile million-entry list is read
 * this far, not validated whole.
 */
const VIA_READ = 200;
const vulnerability = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    severity: npmSeverity,
    via: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
});
const advisory = schemas/* looseObject */._H3({
    id: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    module_name: schemas/* string */.YjP(),
    severity: npmSeverity,
    title: schemas/* string */.YjP().optional(),
    url: schemas/* string */.YjP().optional(),
    github_advisory_id: schemas/* string */.YjP().nullable().optional(),
    findings: schemas/* array */.YOg(schemas/* looseObject */._H3({ paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional() })).optional(),
});
const metadata = schemas/* looseObject */._H3({
    vulnerabilities: schemas/* looseObject */._H3(Object.fromEntries(NPM_SEVERITIES.map((s) => [s, schemas/* number */.aig().int().min(0).optional()]))),
});
const npmError = schemas/* looseObject */._H3({
    code: schemas/* string */.YjP().optional(),
    summary: schemas/* string */.YjP().optional(),
    detail: schemas/* string */.YjP().optional(),
});
/** GHSA id from a GitHub advisory URL, else npm's advisory number. */
function advisoryId(url, source) {
    const ghsa = url ? /\/advisories\/(GHSA-[\w-]+)/i.exec(url)?.[1] : undefined;
    if (ghsa)
        return ghsa;
    return source !== undefined ? `npm-${String(source)}` : 'unknown advisory';
}
class NpmAuditReader {
    tally = new FindingTally();
    diagnostics = [];
    version;
    versionAt;
    /** Counts by npm's own severity names, to compare with metadata. */
    counted = new Map(NPM_SEVERITIES.map((s) => [s, 0]));
    metadata;
    metadataAt;
    shape;
    /** Top-level `message` and `statusCode`: npm's account of a failed audit request. */
    response = {};
    constructor() {
        this.tally.addTool(TOOL);
    }
    enter(path, kind, at) {
        const [member] = path;
        if (path.length === 0) {
            (0,json_issues/* requireKind */.eL)(kind, 'object', 'an npm audit report is a JSON object', at);
            return 'descend';
        }
        if (path.length === 1) {
            switch (member) {
                case 'auditReportVersion':
                case 'metadata':
                case 'error':
                case 'message':
                case 'statusCode':
                    return 'collect';
                case 'vulnerabilities':
                case 'advisories':
                    (0,json_issues/* requireKind */.eL)(kind, 'object', `'${member}' must be an object`, at);
                    this.setShape(member === 'vulnerabilities' ? 'npm7' : 'npm6', at);
                    return 'descend';
                default:
                    return 'skip';
            }
        }
        return path.length === 2 ? 'collect' : 'skip';
    }
    value(path, value, at) {
        const [member, key] = path;
        if (path.length === 2) {
            if (member === 'vulnerabilities')
                this.addPackage(String(key), value, at);
            else
                this.addAdvisory(String(key), value, at);
            return;
        }
        if (member === 'auditReportVersion') {
            this.version = value;
            this.versionAt = at;
        }
        else if (member === 'message' || member === 'statusCode') {
            // The HTTP error npm audit writes before its `error` object (see looksLikeNpmError).
            if (typeof value === 'string' || typeof value === 'number')
                this.response[member] = value;
        }
        else if (member === 'metadata') {
            const parsed = metadata.safeParse(value);
            if (!parsed.success)
                throw (0,json_issues/* schemaError */.g$)(parsed.error, 'metadata', at);
            this.metadata = parsed.data;
            this.metadataAt = at;
        }
        else {
            const parsed = npmError.safeParse(value);
            const error = parsed.success ? parsed.data : {};
            const summary = [error.code, error.summary || this.responseSummary()]
                .filter((part) => part)
                .join(': ');
            throw new errors/* EvidenceParseError */.zS(`npm audit reported an error instead of a report${summary ? ` (${summary})` : ''}`, at);
        }
    }
    finish() {
        if (this.version !== undefined && this.version !== 2) {
            throw new errors/* EvidenceParseError */.zS(`auditReportVersion ${JSON.stringify(this.version)} is not supported (Certify reads version 2, npm 7 and later, and npm 6 reports)`, this.versionAt);
        }
        if (this.shape === 'npm7' && this.version === undefined) {
            throw new errors/* EvidenceParseError */.zS("a 'vulnerabilities' report without auditReportVersion 2 is not an npm audit report", { line: 1, column: 1 });
        }
        if (!this.shape) {
            throw new errors/* EvidenceParseError */.zS(this.version === 2
                ? "no 'vulnerabilities' object in the npm audit report"
                : "no 'vulnerabilities' or 'advisories' object: not an npm audit report", { line: 1, column: 1 });
        }
        this.compareWithMetadata();
        if (this.tally.dropped > 0) {
            this.diagnostics.push({
                severity: 'notice',
                message: `${this.tally.total} vulnerabilities counted; the ${this.tally.total - this.tally.dropped} most severe kept as detail (limit ${limits/* FINDINGS_PER_FILE */.kO} per file)`,
            });
        }
        return { data: this.tally.evidence(), diagnostics: this.diagnostics };
    }
    responseSummary() {
        const { message, statusCode } = this.response;
        if (message !== undefined)
            return String(message);
        return statusCode !== undefined ? `HTTP ${statusCode}` : undefined;
    }
    setShape(shape, at) {
        if (this.shape && this.shape !== shape) {
            throw new errors/* EvidenceParseError */.zS("the report has both 'vulnerabilities' (npm 7+) and 'advisories' (npm 6)", at);
        }
        this.shape = shape;
    }
    /** npm 7+: one vulnerable package, as npm prints it. */
    addPackage(key, value, at) {
        const parsed = vulnerability.safeParse(value);
        if (!parsed.success)
            throw (0,json_issues/* schemaError */.g$)(parsed.error, `vulnerabilities[${JSON.stringify(key)}]`, at);
        const entry = parsed.data;
        const advisories = [];
        const ids = [];
        const dependencies = [];
        const causes = entry.via ?? [];
        for (const [index, item] of causes.slice(0, VIA_READ).entries()) {
            const checked = via.safeParse(item);
            if (!checked.success)
                throw (0,json_issues/* schemaError */.g$)(checked.error, `vulnerabilities[${JSON.stringify(key)}].via[${index}]`, at);
            const cause = checked.data;
            if (typeof cause === 'string') {
                dependencies.push(cause);
                continue;
            }
            ids.push(advisoryId(cause.url, cause.source));
            advisories.push([cause.title, cause.url].filter((part) => part).join(' - '));
        }
        if (dependencies.length > 0)
            advisories.push(`Depends on vulnerable versions of ${dependencies.join(', ')}`);
        if (causes.length > VIA_READ)
            advisories.push(`… and ${causes.length - VIA_READ} more causes`);
        this.add(entry.severity, {
            tool: TOOL,
            ruleId: ids.length > 0
                ? [...new Set(ids)].join(', ')
                : dependencies.length > 0
                    ? `via ${dependencies.join(', ')}`
                    : '',
            severity: SEVERITY_OF_NPM[entry.severity],
            message: (0,limits/* clipMessage */.Io)(advisories.join('\n')) ?? '',
            package: entry.name ?? key,
        });
    }
    /** npm 6: one advisory, counted once per dependency path as npm 6 did. */
    addAdvisory(key, value, at) {
        const parsed = advisory.safeParse(value);
        if (!parsed.success)
            throw (0,json_issues/* schemaError */.g$)(parsed.error, `advisories[${JSON.stringify(key)}]`, at);
        const entry = parsed.data;
        const ruleId = entry.github_advisory_id ?? advisoryId(entry.url, entry.id ?? key);
        const title = [entry.title, entry.url].filter((part) => part).join(' - ');
        for (const finding of entry.findings ?? []) {
            for (const path of finding.paths ?? []) {
                this.add(entry.severity, {
                    tool: TOOL,
                    ruleId,
                    severity: SEVERITY_OF_NPM[entry.severity],
                    message: (0,limits/* clipMessage */.Io)(`${title}\nPath: ${path.split('>').join(' > ')}`) ?? '',
                    package: entry.module_name,
                });
            }
        }
    }
    add(severity, finding) {
        this.counted.set(severity, (this.counted.get(severity) ?? 0) + 1);
        this.tally.add(finding);
    }
    compareWithMetadata() {
        const reported = this.metadata?.vulnerabilities;
        if (!reported) {
            this.diagnostics.push({
                severity: 'warning',
                message: "no 'metadata.vulnerabilities' in the report: counts could not be checked against npm's own",
            });
            return;
        }
        const differences = NPM_SEVERITIES.flatMap((severity) => {
            const theirs = reported[severity];
            const ours = this.counted.get(severity) ?? 0;
            return typeof theirs === 'number' && theirs !== ours
                ? [`${severity}: ${ours} counted, npm says ${theirs}`]
                : [];
        });
        if (differences.length > 0) {
            const diagnostic = {
                severity: 'warning',
                message: `counts differ from the report's metadata.vulnerabilities (${differences.join('; ')})`,
            };
            if (this.metadataAt)
                diagnostic.position = this.metadataAt;
            this.diagnostics.push(diagnostic);
        }
    }
}
async function parseNpmAudit(input) {
    const reader = new NpmAuditReader();
    await (0,json_walk/* walkJson */.g)(input.chunks, reader);
    return reader.finish();
}

;// CONCATENATED MODULE: ./src/collect/security/sarif-json.ts






/**
 * SARIF 2.1.0 (OASIS), as written by CodeQL, Semgrep, Trivy, ESLint's SARIF formatter, gosec,
 * Snyk, Checkov, Bandit and others. Every result of every run is counted once into
 * critical/high/medium/low, per tool (runs[].tool.driver.name):
 *
 * - severity: a numeric `security-severity` (result properties first, then the rule's) on GitHub
 *   code scanning's scale: >= 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, below 4.0 low;
 *   otherwise the result's level: error → high, warning → medium, note → low;
 * - level: result.level, else (kind absent or "fail") the rule's defaultConfiguration.level,
 *   else "warning" (SARIF §3.27.10); a kind other than "fail" means level "none";
 * - not counted: level "none" (pass, informational, notApplicable, open, review results),
 *   suppressed results (a non-empty `suppressions` none of which is "underReview" or
 *   "rejected", §3.27.23 / §3.35.3) and results with baselineState "absent" (gone since the
 *   baseline). Each exclusion is reported as a notice.
 *
 * Fields that decide a count (level, kind, suppressions, baselineState, rule references,
 * results being an array) must match the SARIF schema or the file is refused with a position;
 * display-only fields (message, locations) are read when well-formed and otherwise left out.
 * The log is streamed: each result is built, counted and dropped, so size is not a memory problem.
 */
const sarifJson = {
    format: 'sarif-json',
    kind: 'security',
    producers: 'SARIF 2.1.0: CodeQL, Semgrep, Trivy, ESLint (SARIF formatter), gosec, Snyk, Checkov, Bandit, …',
    detect: looksLikeSarif,
    parse: parseSarif,
};
/**
 * By content: a SARIF `$schema`, or version 2.1.0 with `runs`. Some writers put `runs` first and
 * `$schema`/`version` last (gosec), beyond the head of a large log; a head opening with `runs`
 * that holds SARIF's own location vocabulary is SARIF too.
 */
function looksLikeSarif(head) {
    if (!/^\s*\{/.test(head))
        return false;
    if (/"\$schema"\s*:\s*"[^"]*sarif[^"]*"/i.test(head))
        return true;
    if (/"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:\s*\[/.test(head))
        return true;
    return (/^\s*\{\s*"runs"\s*:\s*\[\s*\{\s*"[a-zA-Z]+"\s*:/.test(head) &&
        (/"tool"\s*:\s*\{\s*"driver"\s*:/.test(head) ||
            /"physicalLocation"\s*:\s*\{\s*"artifactLocation"\s*:/.test(head)));
}
const TOOL_NAME = 'unnamed tool';
// ---- schemas: the parts of SARIF that decide counts, checked strictly ----
const level = schemas/* enum */.k5n(['none', 'note', 'warning', 'error']);
const propertyBag = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
const multiformatMessage = schemas/* looseObject */._H3({
    text: schemas/* string */.YjP().optional(),
    markdown: schemas/* string */.YjP().optional(),
});
const reportingDescriptor = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().optional(),
    defaultConfiguration: schemas/* looseObject */._H3({ level: level.optional() }).optional(),
    properties: propertyBag.optional(),
    messageStrings: schemas/* record */.g1P(schemas/* string */.YjP(), multiformatMessage).optional(),
    shortDescription: multiformatMessage.optional(),
});
const toolComponent = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().nullable().optional(),
    guid: schemas/* string */.YjP().optional(),
    rules: schemas/* array */.YOg(reportingDescriptor).nullable().optional(),
});
const toolSchema = schemas/* looseObject */._H3({
    driver: toolComponent,
    extensions: schemas/* array */.YOg(toolComponent).nullable().optional(),
});
const toolComponentReference = schemas/* looseObject */._H3({
    index: schemas/* number */.aig().int().optional(),
    name: schemas/* string */.YjP().optional(),
    guid: schemas/* string */.YjP().optional(),
});
/** Only what the count, the message and the location need; other result members are skipped. */
const RESULT_MEMBERS = new Set([
    'ruleId',
    'ruleIndex',
    'rule',
    'kind',
    'level',
    'message',
    'locations',
    'suppressions',
    'baselineState',
    'properties',
]);
const artifactLocation = schemas/* looseObject */._H3({
    uri: schemas/* string */.YjP().optional(),
    uriBaseId: schemas/* string */.YjP().optional(),
    index: schemas/* number */.aig().int().optional(),
});
const sarif_json_location = schemas/* looseObject */._H3({
    physicalLocation: schemas/* looseObject */._H3({
        artifactLocation: artifactLocation.optional(),
        region: schemas/* looseObject */._H3({ startLine: schemas/* number */.aig().int().positive().optional() }).optional(),
    })
        .optional(),
});
const resultSchema = schemas/* looseObject */._H3({
    ruleId: schemas/* string */.YjP().optional(),
    ruleIndex: schemas/* number */.aig().int().min(-1).optional(),
    rule: schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().optional(),
        index: schemas/* number */.aig().int().min(-1).optional(),
        toolComponent: toolComponentReference.optional(),
    })
        .optional(),
    kind: schemas/* enum */.k5n(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']).optional(),
    level: level.optional(),
    suppressions: schemas/* array */.YOg(schemas/* looseObject */._H3({
        kind: schemas/* string */.YjP().optional(),
        status: schemas/* enum */.k5n(['accepted', 'underReview', 'rejected']).optional(),
    }))
        .nullable()
        .optional(),
    baselineState: schemas/* enum */.k5n(['new', 'unchanged', 'updated', 'absent']).optional(),
    properties: propertyBag.optional(),
    // Display only: read when well-formed.
    message: schemas/* looseObject */._H3({
        text: schemas/* string */.YjP().optional(),
        markdown: schemas/* string */.YjP().optional(),
        id: schemas/* string */.YjP().optional(),
        arguments: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    })
        .optional()
        .catch(undefined),
    locations: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional().catch(undefined),
});
const uriBase = schemas/* looseObject */._H3({ uri: schemas/* string */.YjP().optional(), uriBaseId: schemas/* string */.YjP().optional() });
const originalUriBaseIds = schemas/* record */.g1P(schemas/* string */.YjP(), uriBase);
// ---- severity ----
/** GitHub code scanning's reading of `security-severity` (a CVSS-like score). */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
const SEVERITY_OF_LEVEL = {
    error: 'high',
    warning: 'medium',
    note: 'low',
};
/** A `security-severity` value: a number or a decimal string ("8.8"); anything else is invalid. */
function scoreOf(properties) {
    if (!properties || !Object.hasOwn(properties, 'security-severity'))
        return undefined;
    const raw = properties['security-severity'];
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0)
        return raw;
    if (typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(raw))
        return Number(raw);
    return 'invalid';
}
function componentOf(raw) {
    const rules = raw.rules ?? [];
    const byId = new Map();
    for (const rule of rules)
        if (rule.id !== undefined && !byId.has(rule.id))
            byId.set(rule.id, rule);
    return { name: raw.name ?? undefined, guid: raw.guid, rules, byId };
}
/** A hierarchical ruleId ("CA5350/md5") names the rule by its leading components (§3.27.5). */
function ruleById(component, id) {
    let candidate = id;
    for (;;) {
        const rule = component.byId.get(candidate);
        if (rule)
            return rule;
        const slash = candidate.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        candidate = candidate.slice(0, slash);
    }
}
/** The reportingDescriptor a result refers to (§3.52.3). */
function ruleOf(tool, result) {
    const reference = result.rule;
    const id = reference?.id ?? result.ruleId;
    const index = reference?.index ?? result.ruleIndex;
    const componentRef = reference?.toolComponent;
    let component = tool.driver;
    if (componentRef) {
        const found = componentRef.index !== undefined
            ? tool.extensions[componentRef.index]
            : [tool.driver, ...tool.extensions].find((c) => (componentRef.guid !== undefined && c.guid === componentRef.guid) ||
                (componentRef.name !== undefined && c.name === componentRef.name));
        if (!found)
            return undefined;
        component = found;
    }
    if (index !== undefined && index >= 0) {
        const rule = component.rules[index];
        if (rule)
            return rule;
    }
    if (id === undefined)
        return undefined;
    const rule = ruleById(component, id);
    if (rule || componentRef)
        return rule;
    // Without a toolComponent the rule should be the driver's; tools that put rules in
    // extensions and reference them by id only are still common, so look there too.
    for (const extension of tool.extensions) {
        const found = ruleById(extension, id);
        if (found)
            return found;
    }
    return undefined;
}
function levelOf(result, rule) {
    if (result.level)
        return result.level;
    if (result.kind !== undefined && result.kind !== 'fail')
        return 'none';
    return rule?.defaultConfiguration?.level ?? 'warning';
}
function isSuppressed(result) {
    const suppressions = result.suppressions;
    if (!suppressions || suppressions.length === 0)
        return false;
    return suppressions.every((s) => s.status === undefined || s.status === 'accepted');
}
function messageOf(message, rule) {
    let text = message?.text ?? message?.markdown;
    const id = message?.id;
    if (text === undefined &&
        id !== undefined &&
        rule?.messageStrings &&
        Object.hasOwn(rule.messageStrings, id)) {
        const template = rule.messageStrings[id];
        text = template?.text ?? template?.markdown;
    }
    const args = message?.arguments;
    if (text !== undefined && args)
        text = text.replace(/\{(\d+)\}/g, (placeholder, n) => args[Number(n)] ?? placeholder);
    return (0,limits/* clipMessage */.Io)(text ?? rule?.shortDescription?.text ?? '') ?? '';
}
/**
 * The path of an artifact: a relative uri is resolved through originalUriBaseIds (§3.14.14);
 * a file: URI becomes a plain path. A base of the bare filesystem root (`file:///`, Trivy's
 * ROOTPATH) is not applied: the relative uri already names the file inside the scanned tree,
 * and an unknown base leaves it relative (GitHub reads relative uris from the repository root).
 */
function resolveArtifactUri(locationRef, bases) {
    let uri = locationRef.uri;
    if (uri === undefined || uri === '')
        return undefined;
    let baseId = locationRef.uriBaseId;
    const seen = new Set();
    while (!isAbsoluteUri(uri) && baseId !== undefined && !seen.has(baseId)) {
        seen.add(baseId);
        const base = bases.get(baseId);
        if (base?.uri === undefined || /^file:\/\/\/?$/i.test(base.uri))
            break;
        uri = base.uri.endsWith('/') ? base.uri + uri : `${base.uri}/${uri}`;
        baseId = base.uriBaseId;
    }
    return (0,limits/* clipMessage */.Io)(filePathOf(uri));
}
function isAbsoluteUri(uri) {
    return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}
function filePathOf(uri) {
    let path = uri;
    if (/^file:/i.test(path)) {
        path = path.replace(/^file:(?:\/\/(?:localhost(?=\/))?)?/i, '');
        if (/^\/[a-z]:[/\\]/i.test(path))
            path = path.slice(1); // file:///C:/src → C:/src
    }
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
class SarifReader {
    tally = new FindingTally();
    diagnostics = [];
    version;
    versionAt;
    sawRuns = false;
    run;
    excluded = { suppressed: 0, absent: 0, none: 0 };
    invalidScores = 0;
    enter(path, kind, at) {
        const [top, runIndex, member, index, field] = path;
        switch (path.length) {
            case 0:
                (0,json_issues/* requireKind */.eL)(kind, 'object', 'a SARIF log is a JSON object', at);
                return 'descend';
            case 1:
                if (top === 'version' || top === '$schema')
                    return 'collect';
                if (top !== 'runs')
                    return 'skip';
                (0,json_issues/* requireKind */.eL)(kind, 'array', "'runs' must be an array of runs", at);
                this.sawRuns = true;
                return 'descend';
            case 2:
                (0,json_issues/* requireKind */.eL)(kind, 'object', `runs[${String(runIndex)}] must be a run object`, at);
                this.startRun(Number(runIndex), at);
                return 'descend';
            case 3:
                return this.enterRunMember(String(member), kind, at);
            case 4:
                if (member === 'results') {
                    (0,json_issues/* requireKind */.eL)(kind, 'object', `${this.where()}.results[${String(index)}] must be a result object`, at);
                    this.current().result = { index: Number(index), at, members: {} };
                    return 'descend';
                }
                return kind === 'object' ? 'descend' : 'skip'; // artifacts[k], invocations[k]
            case 5:
                if (member === 'results')
                    return RESULT_MEMBERS.has(String(field)) ? 'collect' : 'skip';
                if (member === 'artifacts' && field === 'location')
                    return 'collect';
                if (member === 'invocations' && field === 'executionSuccessful')
                    return 'collect';
                return 'skip';
            default:
                return 'skip';
        }
    }
    enterRunMember(member, kind, at) {
        switch (member) {
            case 'tool':
                (0,json_issues/* requireKind */.eL)(kind, 'object', `${this.where()}.tool must be an object`, at);
                return 'collect';
            case 'originalUriBaseIds':
                return 'collect';
            case 'results':
                if (kind === 'null') {
                    this.current().resultsNull = true;
                    return 'skip';
                }
                (0,json_issues/* requireKind */.eL)(kind, 'array', `${this.where()}.results must be an array of results`, at);
                return 'descend';
            case 'artifacts':
            case 'invocations':
                return kind === 'array' ? 'descend' : 'skip';
            default:
                return 'skip';
        }
    }
    value(path, value, at) {
        if (path.length === 1) {
            if (path[0] === 'version') {
                this.version = value;
                this.versionAt = at;
            }
            return;
        }
        const run = this.current();
        const member = path[2];
        if (path.length === 3 && member === 'tool')
            this.setTool(run, value, at);
        else if (path.length === 3 && member === 'originalUriBaseIds') {
            const parsed = originalUriBaseIds.safeParse(value);
            if (!parsed.success)
                throw (0,json_issues/* schemaError */.g$)(parsed.error, `${this.where()}.originalUriBaseIds`, at);
            run.bases = new Map(Object.entries(parsed.data));
        }
        else if (member === 'results' && run.result) {
            // Only RESULT_MEMBERS are collected, so no member name can reach Object.prototype.
            run.result.members[String(path[4])] = value;
        }
        else if (member === 'artifacts') {
            const parsed = artifactLocation.safeParse(value);
            run.artifacts[Number(path[3])] = parsed.success ? parsed.data : undefined;
        }
        else if (member === 'invocations' && value === false) {
            run.failedInvocation = true;
        }
    }
    leave(path) {
        if (path.length === 4 && path[2] === 'results') {
            const run = this.current();
            const result = run.result;
            run.result = undefined;
            if (!result)
                return;
            this.count(run, result);
        }
        else if (path.length === 2) {
            this.finishRun(this.current());
        }
    }
    /** Checks the parts read out of order (version may come last) and returns the evidence. */
    finish() {
        if (this.version === undefined) {
            throw new errors/* EvidenceParseError */.zS("no 'version': not a SARIF log (Certify reads SARIF 2.1.0)", {
                line: 1,
                column: 1,
            });
        }
        if (this.version !== '2.1.0') {
            throw new errors/* EvidenceParseError */.zS(`SARIF version ${JSON.stringify(this.version)} is not supported; Certify reads SARIF 2.1.0`, this.versionAt);
        }
        if (!this.sawRuns)
            throw new errors/* EvidenceParseError */.zS("no 'runs' array: the log holds no analysis runs", {
                line: 1,
                column: 1,
            });
        const { suppressed, absent, none } = this.excluded;
        if (suppressed + absent + none > 0) {
            const parts = [
                suppressed > 0 ? `${suppressed} suppressed` : '',
                absent > 0 ? `${absent} with baselineState "absent" (no longer present)` : '',
                none > 0
                    ? `${none} with level "none" (kind pass, informational, notApplicable, open or review)`
                    : '',
            ].filter((part) => part !== '');
            this.diagnostics.push({
                severity: 'notice',
                message: `results not counted: ${parts.join(', ')}`,
            });
        }
        if (this.invalidScores > 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.invalidScores} results have a security-severity that is not a number; their level was used instead`,
            });
        }
        if (this.tally.dropped > 0) {
            this.diagnostics.push({
                severity: 'notice',
                message: `${this.tally.total} findings counted; the ${this.tally.total - this.tally.dropped} most severe kept as detail (limit ${limits/* FINDINGS_PER_FILE */.kO} per file)`,
            });
        }
        return { data: this.tally.evidence(), diagnostics: this.diagnostics };
    }
    startRun(index, at) {
        this.run = {
            index,
            at,
            toolName: TOOL_NAME,
            bases: new Map(),
            artifacts: [],
            waiting: new Map(),
            unresolved: [],
            resultsNull: false,
            failedInvocation: false,
        };
    }
    setTool(run, value, at) {
        const parsed = toolSchema.safeParse(value);
        if (!parsed.success)
            throw (0,json_issues/* schemaError */.g$)(parsed.error, `${this.where()}.tool`, at);
        run.tool = {
            driver: componentOf(parsed.data.driver),
            extensions: (parsed.data.extensions ?? []).map(componentOf),
        };
        const name = parsed.data.driver.name;
        if (name) {
            run.toolName = name;
            this.tally.addTool(name);
        }
    }
    count(run, pending) {
        const parsed = resultSchema.safeParse(pending.members);
        if (!parsed.success)
            throw (0,json_issues/* schemaError */.g$)(parsed.error, `${this.where()}.results[${pending.index}]`, pending.at);
        const result = parsed.data;
        if (result.baselineState === 'absent') {
            this.excluded.absent++;
            return;
        }
        if (isSuppressed(result)) {
            this.excluded.suppressed++;
            return;
        }
        const message = result.message && {
            ...result.message,
            text: (0,limits/* clipMessage */.Io)(result.message.text),
            markdown: (0,limits/* clipMessage */.Io)(result.message.markdown),
        };
        const candidate = {
            index: pending.index,
            ruleId: result.ruleId,
            ruleIndex: result.ruleIndex,
            rule: result.rule,
            kind: result.kind,
            level: result.level,
            message,
            score: scoreOf(result.properties),
            primary: firstPhysicalLocation(result),
        };
        if (run.tool) {
            this.countCandidate(run, run.tool, candidate);
            return;
        }
        const key = JSON.stringify([
            candidate.ruleId,
            candidate.ruleIndex,
            candidate.rule,
            candidate.kind,
            candidate.level,
            candidate.score,
        ]);
        let group = run.waiting.get(key);
        if (!group)
            run.waiting.set(key, (group = { count: 0, samples: [] }));
        group.count++;
        if (group.samples.length < limits/* FINDINGS_PER_FILE */.kO)
            group.samples.push(candidate);
    }
    /** Severity of a result, or 'none' when it is not a finding (SARIF §3.27.9, §3.27.10). */
    classify(tool, candidate) {
        const rule = ruleOf(tool, candidate);
        const resultLevel = levelOf(candidate, rule);
        if (resultLevel === 'none')
            return { severity: 'none', invalidScore: false };
        // The result's own score wins over its rule's; an unreadable score falls back to the level.
        const ruleScore = scoreOf(rule?.properties);
        const score = typeof candidate.score === 'number'
            ? candidate.score
            : typeof ruleScore === 'number'
                ? ruleScore
                : undefined;
        const invalidScore = score === undefined && (candidate.score === 'invalid' || ruleScore === 'invalid');
        const severity = score !== undefined ? severityOfScore(score) : SEVERITY_OF_LEVEL[resultLevel];
        return rule ? { severity, rule, invalidScore } : { severity, invalidScore };
    }
    countCandidate(run, tool, candidate) {
        const { severity, rule, invalidScore } = this.classify(tool, candidate);
        if (invalidScore)
            this.invalidScores++;
        if (severity === 'none') {
            this.excluded.none++;
            return;
        }
        const finding = {
            tool: run.toolName,
            ruleId: candidate.ruleId ?? candidate.rule?.id ?? rule?.id ?? '',
            severity,
            message: messageOf(candidate.message, rule),
        };
        const primary = candidate.primary;
        if (primary?.line !== undefined)
            finding.line = primary.line;
        if (this.tally.add(finding) && primary?.artifact) {
            run.unresolved.push({ finding, location: primary.artifact });
            if (run.unresolved.length > 2 * limits/* FINDINGS_PER_FILE */.kO) {
                run.unresolved = run.unresolved.filter((entry) => this.tally.holds(entry.finding));
            }
        }
    }
    /** Counts the results that waited for the tool: their samples as findings, the rest by number. */
    countWaiting(run, tool) {
        const groups = [...run.waiting.values()];
        run.waiting = new Map();
        const samples = groups.flatMap((group) => group.samples).sort((a, b) => a.index - b.index);
        for (const candidate of samples)
            this.countCandidate(run, tool, candidate);
        for (const group of groups) {
            const extra = group.count - group.samples.length;
            const first = group.samples[0];
            if (extra === 0 || !first)
                continue;
            const { severity, invalidScore } = this.classify(tool, first);
            if (invalidScore)
                this.invalidScores += extra;
            if (severity === 'none')
                this.excluded.none += extra;
            else
                this.tally.addUnkept(run.toolName, severity, extra);
        }
    }
    finishRun(run) {
        if (!run.tool)
            throw new errors/* EvidenceParseError */.zS(`runs[${run.index}] has no 'tool' object (SARIF requires one)`, run.at);
        this.countWaiting(run, run.tool);
        for (const { finding, location: artifact } of run.unresolved) {
            if (!this.tally.holds(finding))
                continue;
            const viaIndex = artifact.uri === undefined && artifact.index !== undefined
                ? run.artifacts[artifact.index]
                : artifact;
            const file = viaIndex ? resolveArtifactUri(viaIndex, run.bases) : undefined;
            if (file !== undefined)
                finding.file = file;
        }
        run.unresolved = [];
        if (run.resultsNull) {
            this.diagnostics.push({
                severity: 'warning',
                message: `runs[${run.index}] (${run.toolName}) has results: null — the tool reported no results, which in SARIF means it did not complete its analysis`,
                position: run.at,
            });
        }
        if (run.failedInvocation) {
            this.diagnostics.push({
                severity: 'warning',
                message: `runs[${run.index}] (${run.toolName}) reports an invocation with executionSuccessful: false — its findings may be incomplete`,
                position: run.at,
            });
        }
        this.run = undefined;
    }
    current() {
        if (!this.run)
            throw new Error('SARIF reader: no run in progress');
        return this.run;
    }
    where() {
        return `runs[${this.run?.index ?? 0}]`;
    }
}
function firstPhysicalLocation(result) {
    for (const candidate of result.locations ?? []) {
        const parsed = sarif_json_location.safeParse(candidate);
        const physical = parsed.success ? parsed.data.physicalLocation : undefined;
        if (!physical)
            continue;
        const found = {};
        if (physical.artifactLocation)
            found.artifact = physical.artifactLocation;
        if (physical.region?.startLine !== undefined)
            found.line = physical.region.startLine;
        return found;
    }
    return undefined;
}
async function parseSarif(input) {
    const reader = new SarifReader();
    await (0,json_walk/* walkJson */.g)(input.chunks, reader);
    return reader.finish();
}

;// CONCATENATED MODULE: ./src/collect/security/index.ts


/** The security formats, most specific first (detection tries them in this order). */
const securityCollectors = [sarifJson, npmAuditJson];


/***/ }),

/***/ 82175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ emptySecurityTotals)
/* harmony export */ });
/* unused harmony export securityOf */
function emptySecurityTotals() {
    return { critical: 0, high: 0, medium: 0, low: 0, total: 0 };
}
function securityOf(findings) {
    const totals = emptySecurityTotals();
    const byTool = {};
    for (const finding of findings) {
        const tool = (byTool[finding.tool] ??= emptySecurityTotals());
        for (const bucket of [totals, tool]) {
            bucket[finding.severity]++;
            bucket.total++;
        }
    }
    return { kind: 'security', totals, byTool, findings };
}


/***/ })

};
;