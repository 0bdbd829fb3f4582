"use strict";
exports.id = 138;
exports.ids = [138];
exports.modules = {

/***/ 3138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseRspec: () => (/* binding */ parseRspec)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9503);
/* harmony import */ var _case_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1211);





// The parser behind rspec-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const expectKind = (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .expectKindIn */ .bD)('an RSpec JSON report');
const exampleSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    full_description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    file_path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    line_number: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    run_time: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    pending_message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    exception: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ class: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(), message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish() })
        .nullish(),
});
/**
 * RSpec counts one error per spec file that fails to load or per failing suite-level hook; each
 * becomes an error case here, so a count no suite could have (a hostile 9e15) is refused rather
 * than turned into that many cases.
 */
const MAX_ERRORS_OUTSIDE_EXAMPLES = 100_000;
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    example_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    errors_outside_of_examples_count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
        .int()
        .nonnegative()
        .max(MAX_ERRORS_OUTSIDE_EXAMPLES)
        .nullish(),
});
const STATUSES = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
};
/** Streams the report: one example is built at a time. */
async function parseRspec(chunks) {
    const list = new _case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .TestCaseList */ .V8();
    const diagnostics = [];
    const unknown = new Set();
    const loadErrors = [];
    // set inside the walk's callbacks (an object, so the checks after the walk are not narrowed away)
    const seen = {
        examples: undefined,
        summary: undefined,
    };
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .walkJson */ .g)(chunks, {
        enter(path, kind, at) {
            const [member] = path;
            if (path.length === 0)
                return expectKind(kind, 'object', 'the report', at);
            if (path.length === 1) {
                if (member === 'examples') {
                    seen.examples = 0;
                    return expectKind(kind, 'array', 'examples', at);
                }
                if (member === 'messages')
                    return kind === 'array' ? 'descend' : 'skip';
                return member === 'summary' ? 'collect' : 'skip';
            }
            return path.length === 2 && (member === 'examples' || member === 'messages')
                ? 'collect'
                : 'skip';
        },
        value(path, value, at) {
            const [member] = path;
            if (member === 'summary') {
                const summary = summarySchema.safeParse(value);
                if (!summary.success)
                    throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(summary.error, 'summary', at);
                seen.summary = summary.data;
            }
            else if (member === 'messages') {
                // RSpec's notifications; the ones about errors outside of examples explain those errors
                if (typeof value === 'string' && /error occurred/i.test(value))
                    loadErrors.push(value);
            }
            else {
                const example = exampleSchema.safeParse(value);
                if (!example.success)
                    throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(example.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path), at);
                seen.examples = (seen.examples ?? 0) + 1;
                list.add(toCase(example.data, unknown));
            }
        },
    });
    if (seen.examples === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS('not an RSpec JSON report: no examples', { line: 1, column: 1 });
    }
    const outside = seen.summary?.errors_outside_of_examples_count ?? 0;
    for (let i = 0; i < outside; i++) {
        list.add((0,_case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .newCase */ .Xf)('rspec', 'error outside of examples', 'error', undefined, loadErrors[i]));
    }
    const declared = seen.summary?.example_count;
    if (typeof declared === 'number' && declared !== seen.examples) {
        diagnostics.push({
            severity: 'warning',
            message: `RSpec's summary declares ${declared} examples but the report lists ${seen.examples}; Certify counts the listed ones`,
        });
    }
    diagnostics.push(...(0,_case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownResultWarnings */ .FW)('RSpec example status', unknown));
    return { data: list.evidence(), diagnostics };
}
function toCase(example, unknown) {
    let status = STATUSES[example.status];
    if (!status) {
        unknown.add(example.status);
        status = 'error';
    }
    const name = example.description ?? example.full_description ?? '';
    const full = example.full_description ?? name;
    const group = full.endsWith(name) ? full.slice(0, full.length - name.length).trim() : '';
    const message = status === 'skipped' ? example.pending_message : exceptionText(example.exception);
    const testCase = (0,_case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .newCase */ .Xf)(group === '' ? (example.file_path ?? '') : group, name, status, (0,_case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .secondsToMs */ .n)(example.run_time), message ?? undefined);
    if (example.file_path)
        testCase.file = example.file_path;
    if (typeof example.line_number === 'number')
        testCase.line = example.line_number;
    return testCase;
}
function exceptionText(exception) {
    if (!exception)
        return undefined;
    const parts = [exception.class, exception.message].filter((part) => typeof part === 'string' && part !== '');
    return parts.length > 0 ? parts.join(': ') : undefined;
}


/***/ })

};
;