"use strict";
exports.id = 195;
exports.ids = [195];
exports.modules = {

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMocha: () => (/* binding */ parseMocha)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9503);
/* harmony import */ var _case_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1211);





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