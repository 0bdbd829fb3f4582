"use strict";
exports.id = 109;
exports.ids = [109];
exports.modules = {

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCoveragePy: () => (/* binding */ parseCoveragePy)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6723);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9503);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _json_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6202);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1878);







// The parser behind coveragepy-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const count = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative();
const lineList = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int());
const summarySchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    covered_lines: count,
    num_statements: count,
    covered_branches: count.optional(),
    num_branches: count.optional(),
})
    .loose();
/** The members of a file entry that carry figures; everything else is skipped. */
const FILE_MEMBERS = new Set(['executed_lines', 'missing_lines', 'excluded_lines', 'summary']);
class CoveragePyReader {
    files = [];
    diagnostics = [];
    totals;
    sawFiles = false;
    current;
    inconsistent = [];
    enter(path, kind, at) {
        const [top, file, member] = path;
        if (path.length === 0) {
            if (kind !== 'object')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS(`a coverage.py JSON report is an object, found ${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKind */ .SB)(kind)}`, at);
            return 'descend';
        }
        if (path.length === 1) {
            if (top === 'totals')
                return 'collect';
            if (top !== 'files')
                return 'skip';
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.sawFiles = true;
            return 'descend';
        }
        if (path.length === 2) {
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.current = { path: (0,_source_path_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeSourcePath */ .a)(String(file)), at };
            return 'descend';
        }
        return path.length === 3 && typeof member === 'string' && FILE_MEMBERS.has(member) ? 'collect' : 'skip';
    }
    value(path, value, at) {
        if (path.length === 1) {
            this.totals = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(summarySchema, value, path, at);
            return;
        }
        const entry = this.current;
        if (!entry)
            return;
        if (path[2] === 'summary')
            entry.summary = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(summarySchema, value, path, at);
        else if (path[2] === 'executed_lines')
            entry.executed = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
        else if (path[2] === 'missing_lines')
            entry.missing = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
        else
            entry.excluded = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineList, value, path, at);
    }
    leave(path) {
        if (path.length !== 2 || !this.current)
            return;
        this.files.push(this.finishFile(this.current));
        this.current = undefined;
    }
    finishFile(entry) {
        const { summary, executed, missing } = entry;
        if (!summary || !executed || !missing) {
            const absent = [summary ? '' : 'summary', executed ? '' : 'executed_lines', missing ? '' : 'missing_lines'].filter(Boolean);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('files', [entry.path])}: no ${absent.join(', ')}`, entry.at);
        }
        const builder = new _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .FileCoverageBuilder */ ._6(entry.path);
        for (const line of missing)
            builder.addLine(line, 0);
        // coverage.py lists excluded lines that ran among executed_lines too; they are not executable.
        const excluded = new Set(entry.excluded ?? []);
        for (const line of executed)
            if (!excluded.has(line))
                builder.addLine(line, 1);
        builder.addBranches(summary.covered_branches ?? 0, summary.num_branches ?? 0);
        const built = builder.build();
        if (built.lines.total !== summary.num_statements || built.lines.covered !== summary.covered_lines) {
            this.inconsistent.push(`${entry.path}: summary ${summary.covered_lines}/${summary.num_statements}, lists ${built.lines.covered}/${built.lines.total}`);
        }
        // The summary is coverage.py's own figure; the lists stay as line detail.
        return { ...built, lines: { covered: summary.covered_lines, total: summary.num_statements } };
    }
    finish() {
        if (!this.sawFiles)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS('no "files" object: not a coverage.py JSON report', { line: 1, column: 1 });
        const data = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageOf */ ._5)(this.files);
        if (this.inconsistent.length > 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.inconsistent.length} file(s) whose executed/missing line lists disagree with their summary; figures follow the summary (first: ${this.inconsistent[0] ?? ''})`,
            });
        }
        const totals = this.totals;
        if (totals) {
            const declared = {
                lines: { covered: totals.covered_lines, total: totals.num_statements },
                branches: { covered: totals.covered_branches ?? 0, total: totals.num_branches ?? 0 },
            };
            for (const key of ['lines', 'branches']) {
                if (declared[key].covered !== data.totals[key].covered || declared[key].total !== data.totals[key].total) {
                    this.diagnostics.push({
                        severity: 'warning',
                        message: `"totals" declare ${key} ${declared[key].covered}/${declared[key].total} but the files add up to ${data.totals[key].covered}/${data.totals[key].total}; totals follow the files`,
                    });
                }
            }
        }
        return { data, diagnostics: this.diagnostics };
    }
}
async function parseCoveragePy(input) {
    const reader = new CoveragePyReader();
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkJson */ .g)(input.chunks, reader);
    return reader.finish();
}


/***/ }),

/***/ 6202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ checkJson),
/* harmony export */   p: () => (/* binding */ requireJsonObject)
/* harmony export */ });
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9994);
/* harmony import */ var _read_zod_first_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7495);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);



/** A value collected by walkJson, checked against its schema; a mismatch names path and position. */
function checkJson(schema, value, path, at) {
    const early = (0,_read_zod_first_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .firstArrayIssue */ .V)(schema, value);
    if (early)
        throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaError */ .g$)(early.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', [...path, ...early.path]), at);
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaError */ .g$)(parsed.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', path), at);
    return parsed.data;
}
/** Fails unless the value walkJson is entering at `path` is an object. */
function requireJsonObject(path, kind, at) {
    if (kind !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathText */ .tj)('', path) || 'the document'}: expected an object, found ${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKind */ .SB)(kind)}`, at);
    }
}


/***/ })

};
;