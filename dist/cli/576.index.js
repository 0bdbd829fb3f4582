"use strict";
exports.id = 576;
exports.ids = [576];
exports.modules = {

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


/***/ }),

/***/ 9576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSimplecov: () => (/* binding */ parseSimplecov)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6723);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9503);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _json_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6202);
/* harmony import */ var _source_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1878);







// The parser behind simplecov-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const hits = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative();
const lineEntry = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([hits, zod__WEBPACK_IMPORTED_MODULE_5__/* ["null"] */ .chJ(), zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('ignored')]);
const lineArray = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(lineEntry);
/** A resultset file entry: `{lines, branches, methods}`, or in the legacy format the lines array. */
const resultsetFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    lines: lineArray.optional(),
    branches: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), hits)).optional(),
    methods: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), hits).optional(),
})
    .loose();
const coverageEntries = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ coverage: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([hits, zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('ignored')]) }).loose());
const metaSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ simplecov_version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).loose();
const figureSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ covered: hits, total: hits }).loose();
const totalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ lines: figureSchema.optional(), branches: figureSchema.optional(), methods: figureSchema.optional() })
    .loose();
class SimplecovReader {
    shape;
    commands = [];
    merged = new Map();
    files = [];
    current;
    total;
    sawCoverage = false;
    enter(path, kind, at) {
        const [top, second, third] = path;
        if (path.length === 0) {
            if (kind !== 'object')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS(`a SimpleCov JSON report is an object, found ${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .describeKind */ .SB)(kind)}`, at);
            return 'descend';
        }
        // coverage.json starts with "meta"; a resultset starts with a command name.
        this.shape ??= top === 'meta' ? 'formatter' : 'resultset';
        if (this.shape === 'formatter') {
            if (path.length === 1) {
                if (top === 'meta' || top === 'total')
                    return 'collect';
                if (top !== 'coverage')
                    return 'skip';
                (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
                this.sawCoverage = true;
                return 'descend';
            }
            if (path.length === 2) {
                (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
                this.current = { path: (0,_source_path_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeSourcePath */ .a)(String(second)), lines: [], branches: [], methods: [] };
                return 'descend';
            }
            return third === 'lines' || third === 'branches' || third === 'methods' ? 'collect' : 'skip';
        }
        if (path.length === 1) {
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.commands.push(String(top));
            return 'descend';
        }
        if (path.length === 2) {
            if (second !== 'coverage')
                return 'skip';
            (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .requireJsonObject */ .p)(path, kind, at);
            this.sawCoverage = true;
            return 'descend';
        }
        return 'collect';
    }
    value(path, value, at) {
        if (this.shape === 'formatter') {
            if (path.length === 1) {
                if (path[0] === 'meta')
                    (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(metaSchema, value, path, at);
                else
                    this.total = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(totalSchema, value, path, at);
                return;
            }
            const file = this.current;
            if (!file)
                return;
            if (path[2] === 'lines')
                file.lines = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineArray, value, path, at);
            else if (path[2] === 'branches')
                file.branches = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(coverageEntries, value, path, at).map((entry) => entry.coverage);
            else
                file.methods = (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(coverageEntries, value, path, at).map((entry) => entry.coverage);
            return;
        }
        if (path.length === 3) {
            // Checked against the schema of its shape, so a bad entry is named precisely (not "matches neither").
            const entry = Array.isArray(value) ? { lines: (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(lineArray, value, path, at) } : (0,_json_values_js__WEBPACK_IMPORTED_MODULE_4__/* .checkJson */ .Z)(resultsetFileSchema, value, path, at);
            this.mergeResultsetFile((0,_source_path_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeSourcePath */ .a)(String(path[2])), entry);
        }
    }
    leave(path) {
        if (this.shape !== 'formatter' || path.length !== 2 || !this.current)
            return;
        const file = this.current;
        this.files.push(buildFile(file.path, file.lines, file.branches, file.methods));
        this.current = undefined;
    }
    mergeResultsetFile(path, entry) {
        const lines = entry.lines ?? [];
        let file = this.merged.get(path);
        if (!file) {
            file = { lines: [...lines], branches: new Map(), methods: new Map() };
            this.merged.set(path, file);
        }
        else {
            const previous = file.lines;
            file.lines = previous.map((hitsA, index) => mergeLine(hitsA, lines[index]));
        }
        addBranches(file.branches, entry.branches);
        addMethods(file.methods, entry.methods);
    }
    finish() {
        if (!this.sawCoverage)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceParseError */ .zS('no "coverage" object: not a SimpleCov JSON report', { line: 1, column: 1 });
        const diagnostics = [];
        if (this.shape === 'resultset') {
            for (const [path, file] of this.merged) {
                this.files.push(buildFile(path, file.lines, [...file.branches.values()], [...file.methods.values()]));
            }
            if (this.commands.length > 1) {
                diagnostics.push({
                    severity: 'notice',
                    message: `${this.commands.length} command names merged (${this.commands.join(', ')}), hits added as SimpleCov merges them; SimpleCov itself also drops results older than its merge_timeout, which the file alone does not show`,
                });
            }
        }
        const data = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .coverageOf */ ._5)(this.files);
        const checks = [
            ['lines', this.total?.lines],
            ['branches', this.total?.branches],
            ['functions', this.total?.methods],
        ];
        for (const [key, figure] of checks) {
            if (figure && (figure.covered !== data.totals[key].covered || figure.total !== data.totals[key].total)) {
                diagnostics.push({
                    severity: 'warning',
                    message: `"total" declares ${key} ${figure.covered}/${figure.total} but the files add up to ${data.totals[key].covered}/${data.totals[key].total}; totals follow the files`,
                });
            }
        }
        return { data, diagnostics };
    }
}
async function parseSimplecov(input) {
    const reader = new SimplecovReader();
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .walkJson */ .g)(input.chunks, reader);
    return reader.finish();
}
function buildFile(path, lines, branches, methods) {
    const builder = new _model_coverage_js__WEBPACK_IMPORTED_MODULE_2__/* .FileCoverageBuilder */ ._6(path);
    lines.forEach((entry, index) => {
        if (typeof entry === 'number')
            builder.addLine(index + 1, entry);
    });
    for (const branch of branches)
        if (branch !== 'ignored')
            builder.addBranches(branch > 0 ? 1 : 0, 1);
    for (const method of methods)
        if (method !== 'ignored')
            builder.addFunctions(method > 0 ? 1 : 0, 1);
    return builder.build();
}
/** SimpleCov LinesCombiner: both counts → their sum; one count alone → itself unless 0 (then nil). */
function mergeLine(a, b) {
    const first = typeof a === 'number' ? a : null;
    const second = typeof b === 'number' ? b : null;
    if (first !== null && second !== null)
        return first + second;
    if (first !== null)
        return first === 0 ? null : first;
    if (second !== null)
        return second === 0 ? null : second;
    return null;
}
function addBranches(target, branches) {
    if (!branches)
        return;
    for (const [condition, leaves] of Object.entries(branches)) {
        const conditionId = branchIdentity(condition);
        for (const [leaf, count] of Object.entries(leaves)) {
            const key = `${conditionId} ${branchIdentity(leaf)}`;
            target.set(key, (target.get(key) ?? 0) + count);
        }
    }
}
function addMethods(target, methods) {
    if (!methods)
        return;
    for (const [method, count] of Object.entries(methods)) {
        const key = methodIdentity(method);
        target.set(key, (target.get(key) ?? 0) + count);
    }
}
/**
 * Ruby coverage keys, reduced to what identifies them in the source, as SimpleCov's combiners
 * match them: a branch `[:then, 4, 8, 6, 8, 12]` (type, id, span) by type and span (ids differ
 * between processes), a method `[Foo, :bar, 1, 2, 3, 4]` by its span alone.
 */
function branchIdentity(key) {
    const parts = rubyTuple(key);
    return parts.length >= 6 ? `${parts[0] ?? ''}:${parts.slice(-4).join(',')}` : key;
}
function methodIdentity(key) {
    const parts = rubyTuple(key);
    return parts.length >= 6 ? parts.slice(-4).join(',') : key;
}
function rubyTuple(key) {
    return key.replace(/^\[|\]$/g, '').split(', ');
}


/***/ })

};
;