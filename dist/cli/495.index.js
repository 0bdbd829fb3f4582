"use strict";
exports.id = 495;
exports.ids = [495,213];
exports.modules = {

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ istanbulFileCoverage),
/* harmony export */   readIstanbulCoverageMap: () => (/* binding */ readIstanbulCoverageMap)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _read_json_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3760);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1878);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);





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

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ forEachJsonEntry)
/* harmony export */ });
/* harmony import */ var _json_walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9503);

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

/***/ 5495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJestLike: () => (/* binding */ parseJestLike)
/* harmony export */ });
/* harmony import */ var _coverage_istanbul_coverage_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7213);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(817);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9503);
/* harmony import */ var _case_list_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1211);








/**
 * Reads the Jest `--json` report shape, which Vitest's json reporter copies, for both producers.
 * jest-like-json.ts tells them apart; this module (and zod) loads only when such a report is parsed.
 */
const assertionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    ancestorTitles: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullish(),
    title: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    fullName: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullish(),
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    duration: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullish(),
    failureMessages: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullish(),
    location: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ line: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), column: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullish() }).nullish(),
    /** jest-circus: runs made of this test (retryTimes); absent in Vitest and old Jest. */
    invocations: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullish(),
    retryReasons: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).nullish(),
});
const STATUSES = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
    skipped: 'skipped',
    todo: 'skipped',
    disabled: 'skipped',
};
/** What jest and vitest call a test file that could not run (jest prints "Test suite failed to run"). */
const SUITE_FAILED = 'Test suite failed to run';
/**
 * Streams the report: only one assertion result is built at a time, so a 100 MB report is never
 * held whole. A file's assertion results come before its name and status (both producers write
 * them first), so the cases of one test file wait for the end of that file's object.
 */
async function parseJestLike(input, producer) {
    const reader = new JestReportReader(producer);
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .walkJson */ .g)(input.chunks, reader);
    return reader.finish();
}
class JestReportReader {
    producer;
    list = new _case_list_js__WEBPACK_IMPORTED_MODULE_6__/* .TestCaseList */ .V8();
    diagnostics = [];
    unknown = new Set();
    /** `jest --json --coverage` puts the istanbul coverage map in the same file. */
    coverage = new Map();
    sawCoverageMap = false;
    declaredTotal;
    declaredErrors;
    sawTestResults = false;
    file;
    assertions = 0;
    suiteErrors = 0;
    expectKind;
    constructor(producer) {
        this.producer = producer;
        this.expectKind = (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .expectKindIn */ .bD)(`a ${producer} JSON report`);
    }
    enter(path, kind, at) {
        const [member, , field] = path;
        switch (path.length) {
            case 0:
                return this.expectKind(kind, 'object', 'the report', at);
            case 1:
                if (member === 'coverageMap' && kind === 'object') {
                    this.sawCoverageMap = true;
                    return 'descend';
                }
                if (member === 'testResults') {
                    this.sawTestResults = true;
                    return this.expectKind(kind, 'array', 'testResults', at);
                }
                return member === 'numTotalTests' || member === 'numRuntimeErrorTestSuites'
                    ? 'collect'
                    : 'skip';
            case 2:
                if (member === 'coverageMap')
                    return 'collect';
                if (member !== 'testResults')
                    return 'skip';
                this.file = {
                    name: undefined,
                    status: undefined,
                    message: undefined,
                    cases: [],
                    anyFailed: false,
                };
                return this.expectKind(kind, 'object', (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonPathText */ .tj)('', path), at);
            case 3:
                if (member !== 'testResults')
                    return 'skip';
                if (field === 'assertionResults')
                    return kind === 'null'
                        ? 'skip'
                        : this.expectKind(kind, 'array', (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonPathText */ .tj)('', path), at);
                return field === 'name' || field === 'status' || field === 'message' ? 'collect' : 'skip';
            case 4:
                return member === 'testResults' ? 'collect' : 'skip';
            default:
                return 'skip';
        }
    }
    value(path, value, at) {
        const [member, key, field] = path;
        if (path.length === 2 && member === 'coverageMap') {
            const file = (0,_coverage_istanbul_coverage_map_js__WEBPACK_IMPORTED_MODULE_0__/* .istanbulFileCoverage */ .J)(String(key), value, at);
            this.coverage.set(file.path, file);
            return;
        }
        if (path.length === 1) {
            if (typeof value === 'number') {
                if (member === 'numTotalTests')
                    this.declaredTotal = value;
                else
                    this.declaredErrors = value;
            }
            else if (member === 'numTotalTests' || value !== null) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceParseError */ .zS(`${String(member)}: expected a number`, at);
            }
            return;
        }
        const file = this.file;
        if (!file)
            return;
        if (path.length === 3) {
            if (value !== null && typeof value !== 'string') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonPathText */ .tj)('', path)}: expected a string`, at);
            }
            const text = value ?? undefined;
            if (field === 'name')
                file.name = text;
            else if (field === 'status')
                file.status = text;
            else
                file.message = text;
            return;
        }
        const parsed = assertionSchema.safeParse(value);
        if (!parsed.success)
            throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaError */ .g$)(parsed.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonPathText */ .tj)('', path), at);
        this.addAssertion(file, parsed.data);
    }
    leave(path) {
        if (path.length !== 2 || path[0] !== 'testResults' || !this.file)
            return;
        const file = this.file;
        this.file = undefined;
        const name = file.name ?? '';
        for (const testCase of file.cases) {
            testCase.file = name;
            if (testCase.suite === '')
                testCase.suite = name;
            this.list.add(testCase);
        }
        // A file that failed with no failed test in it could not run (syntax error, failing import,
        // a hook outside any test): Jest counts it in numRuntimeErrorTestSuites, not in the tests.
        if (file.status === 'failed' && !file.anyFailed) {
            this.suiteErrors++;
            const testCase = (0,_case_list_js__WEBPACK_IMPORTED_MODULE_6__/* .newCase */ .Xf)(name, SUITE_FAILED, 'error', undefined, file.message || undefined);
            testCase.file = name;
            this.list.add(testCase);
        }
    }
    finish() {
        const producer = this.producer;
        if (this.declaredTotal === undefined || !this.sawTestResults) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceParseError */ .zS(`not a ${producer} JSON report: no numTotalTests and testResults`, {
                line: 1,
                column: 1,
            });
        }
        if (this.assertions !== this.declaredTotal) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${producer} declares numTotalTests ${this.declaredTotal} but the file lists ${this.assertions} test results; Certify counts the listed results`,
            });
        }
        if (this.declaredErrors !== undefined && this.declaredErrors !== this.suiteErrors) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${producer} declares ${this.declaredErrors} test suites that failed to run, Certify found ${this.suiteErrors} (failed files without a failed test)`,
            });
        }
        this.diagnostics.push(...(0,_case_list_js__WEBPACK_IMPORTED_MODULE_6__/* .unknownResultWarnings */ .FW)(`${producer} test status`, this.unknown));
        const result = { data: this.list.evidence(), diagnostics: this.diagnostics };
        if (this.sawCoverageMap)
            result.extra = [(0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageOf */ ._5)([...this.coverage.values()])];
        return result;
    }
    addAssertion(file, result) {
        this.assertions++;
        let status = STATUSES[result.status];
        if (!status) {
            this.unknown.add(result.status);
            status = 'error';
        }
        if (status === 'failed')
            file.anyFailed = true;
        const ancestors = result.ancestorTitles ?? [];
        const message = status === 'failed' ? (0,_model_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .clipMessage */ .Io)((result.failureMessages ?? []).join('\n')) : undefined;
        const testCase = (0,_case_list_js__WEBPACK_IMPORTED_MODULE_6__/* .newCase */ .Xf)(ancestors.join(' › '), result.title, status, result.duration ?? undefined, message);
        if (result.location)
            testCase.line = result.location.line;
        const runs = result.invocations ?? 1 + (result.retryReasons?.length ?? 0);
        if (runs > 1) {
            testCase.retries = runs - 1;
            if (status === 'passed')
                testCase.flaky = true;
        }
        file.cases.push(testCase);
    }
}


/***/ })

};
;