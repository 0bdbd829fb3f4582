"use strict";
exports.id = 944;
exports.ids = [944];
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
;