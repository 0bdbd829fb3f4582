"use strict";
exports.id = 447;
exports.ids = [447];
exports.modules = {

/***/ 5447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseIstanbulSummary: () => (/* binding */ parseIstanbulSummary)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _read_json_entries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3760);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1878);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);





// The parser behind istanbul-summary-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
/** `pct` is "Unknown" for 0/0 in older istanbul versions; only the counts are used. */
const metricSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ total: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), covered: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig() });
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    lines: metricSchema,
    statements: metricSchema.optional(),
    functions: metricSchema.optional(),
    branches: metricSchema.optional(),
});
/** Reads coverage-summary.json (see istanbul-summary-json.ts for what its members mean here). */
async function parseIstanbulSummary(chunks) {
    const files = [];
    let total;
    const found = await (0,_read_json_entries_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachJsonEntry */ .P)(chunks, [], (key, value, position) => {
        const parsed = summarySchema.safeParse(value);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(`"${key}" is not an istanbul coverage summary${where}: ${issue?.message ?? 'invalid'}`, position);
        }
        const figures = totalsOf(parsed.data);
        if (key === 'total')
            total = figures;
        else
            files.push({ path: (0,_source_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSourcePath */ .a)(key), ...figures });
    });
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS('expected a JSON object with a "total" coverage summary', {
            line: 1,
            column: 1,
        });
    }
    const diagnostics = [];
    const summed = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .sumFiles */ .hD)(files);
    if (!total) {
        diagnostics.push({
            severity: 'warning',
            message: 'no "total" member: totals are the sum of the files',
        });
    }
    else if (files.length > 0 && !sameTotals(total, summed)) {
        diagnostics.push({
            severity: 'warning',
            message: `the "total" member (lines ${show(total.lines)}, branches ${show(total.branches)}, functions ${show(total.functions)}) does not equal the sum of the files (lines ${show(summed.lines)}, branches ${show(summed.branches)}, functions ${show(summed.functions)}); totals are taken from "total"`,
        });
    }
    return { data: { kind: 'coverage', totals: total ?? summed, files }, diagnostics };
}
function totalsOf(summary) {
    return {
        lines: counterOf(summary.lines),
        branches: counterOf(summary.branches),
        functions: counterOf(summary.functions),
    };
}
function counterOf(metric) {
    return metric ? { covered: metric.covered, total: metric.total } : (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyCounter */ .qN)();
}
function sameTotals(a, b) {
    return ['lines', 'branches', 'functions'].every((key) => a[key].covered === b[key].covered && a[key].total === b[key].total);
}
function show(counter) {
    return `${counter.covered}/${counter.total}`;
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