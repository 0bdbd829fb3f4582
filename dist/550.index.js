"use strict";
exports.id = 550;
exports.ids = [550];
exports.modules = {

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