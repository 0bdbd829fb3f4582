"use strict";
exports.id = 213;
exports.ids = [213];
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


/***/ })

};
;