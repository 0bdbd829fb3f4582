"use strict";
exports.id = 404;
exports.ids = [404];
exports.modules = {

/***/ 1404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileTemplate: () => (/* binding */ compileTemplate)
/* harmony export */ });
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tidy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5002);


/**
 * Compiles a report template in an isolated Handlebars instance. `strict` turns a misspelled
 * field into an error; `noEscape` because the output is markdown and every user-derived string
 * in the view is already escaped for markdown (render/escape.ts).
 */
function compileTemplate(source) {
    const handlebars = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
    const template = handlebars.compile(source, { noEscape: true, strict: true });
    return (view) => (0,_tidy_js__WEBPACK_IMPORTED_MODULE_1__/* .tidy */ .D)(template(view));
}


/***/ }),

/***/ 5002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ tidy)
/* harmony export */ });
/** Collapses the blank-line runs left by template blocks so the markdown stays tidy. */
function tidy(markdown) {
    return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}


/***/ })

};
;