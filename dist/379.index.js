"use strict";
exports.id = 379;
exports.ids = [379];
exports.modules = {

/***/ 61685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  customCollectors: () => (/* binding */ customCollectors)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(96723);
// EXTERNAL MODULE: ./src/collect/read/json-issues.ts
var json_issues = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/collect/read/json-walk.ts
var json_walk = __webpack_require__(59503);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/collect/custom/certify-custom-json.ts




/**
 * Certify's own format for figures no standard format carries (docs/custom-metrics.md):
 *
 * ```json
 * { "certifyMetrics": 1,
 *   "metrics": [ { "name": "memory.peak", "value": 412, "unit": "MB", "biggerIsBetter": false } ] }
 * ```
 *
 * Strict on purpose: a metric gates a certification, so a typo (`biggerIsBeter`), a number in
 * quotes, a value that overflows to Infinity (`1e999`) or a name given twice is an error naming
 * the line and column, never a silently different figure.
 */
const certifyCustomJson = {
    format: 'certify-custom-json',
    kind: 'custom',
    producers: "Certify's custom metrics JSON (any script; see docs/custom-metrics.md)",
    detect: (head) => /^\s*\{/.test(head) && /"certifyMetrics"\s*:/.test(head),
    parse: parseCustomMetrics,
};
const CUSTOM_FORMAT_VERSION = 1;
const TOP_LEVEL = new Set(['$schema', 'certifyMetrics', 'metrics']);
const METRIC_FIELDS = new Set(['name', 'value', 'unit', 'biggerIsBetter', 'description']);
/** Letters, digits, spaces and . _ - / : % ( ) — addressable as custom.<name> (quote names with spaces). */
const NAME = /^[\p{L}\p{N}_](?:[\p{L}\p{N} ._\-/:%()]*[\p{L}\p{N}_%)])?$/u;
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;
const field = {
    name: schemas/* string */.YjP()
        .min(1, 'must not be empty')
        .max(100, 'must be at most 100 characters')
        .regex(NAME, 'may hold letters, digits, spaces and . _ - / : % ( ), and must start and end with a letter or digit'),
    value: schemas/* number */.aig().refine(Number.isFinite, 'must be a finite number'),
    unit: schemas/* string */.YjP()
        .max(32, 'must be at most 32 characters')
        .regex(PRINTABLE, 'must not hold control characters'),
    biggerIsBetter: schemas/* boolean */.zMY(),
    description: schemas/* string */.YjP().max(500, 'must be at most 500 characters'),
};
class CustomMetricsReader {
    metrics = [];
    version;
    versionAt;
    sawMetrics = false;
    current;
    names = new Map();
    enter(path, kind, at) {
        const [top, index, member] = path;
        switch (path.length) {
            case 0:
                (0,json_issues/* requireKind */.eL)(kind, 'object', 'a custom metrics file is a JSON object', at);
                return 'descend';
            case 1:
                if (!TOP_LEVEL.has(String(top))) {
                    throw new errors/* EvidenceParseError */.zS(`unknown key ${JSON.stringify(top)}: the file holds "certifyMetrics" and "metrics"`, at);
                }
                if (top !== 'metrics')
                    return 'collect';
                (0,json_issues/* requireKind */.eL)(kind, 'array', '"metrics" must be an array of metrics', at);
                this.sawMetrics = true;
                return 'descend';
            case 2:
                (0,json_issues/* requireKind */.eL)(kind, 'object', `metrics[${String(index)}] must be an object with name, value, unit and biggerIsBetter`, at);
                this.current = { index: Number(index), at, values: {}, positions: {} };
                return 'descend';
            default: {
                const name = String(member);
                if (!METRIC_FIELDS.has(name)) {
                    throw new errors/* EvidenceParseError */.zS(`${(0,json_issues/* jsonPathText */.tj)(`metrics[${String(index)}]`, [name])}: unknown field (a metric has name, value, unit, biggerIsBetter and description)`, at);
                }
                return 'collect';
            }
        }
    }
    value(path, value, at) {
        if (path.length === 1) {
            if (path[0] === 'certifyMetrics') {
                this.version = value;
                this.versionAt = at;
            }
            return;
        }
        const name = path[2];
        if (this.current) {
            this.current.values[name] = value;
            this.current.positions[name] = at;
        }
    }
    leave(path) {
        if (path.length === 2 && this.current) {
            this.metrics.push(this.check(this.current));
            this.current = undefined;
        }
    }
    finish() {
        if (this.version === undefined) {
            throw new errors/* EvidenceParseError */.zS(`missing "certifyMetrics": ${CUSTOM_FORMAT_VERSION} (the format version)`, { line: 1, column: 1 });
        }
        if (this.version !== CUSTOM_FORMAT_VERSION) {
            throw new errors/* EvidenceParseError */.zS(`"certifyMetrics" is ${JSON.stringify(this.version)}; this Certify reads format version ${CUSTOM_FORMAT_VERSION}`, this.versionAt);
        }
        if (!this.sawMetrics)
            throw new errors/* EvidenceParseError */.zS('missing "metrics": an array of metrics', {
                line: 1,
                column: 1,
            });
        const diagnostics = [];
        if (this.metrics.length === 0)
            diagnostics.push({ severity: 'notice', message: 'the file lists no metrics' });
        return { data: { kind: 'custom', metrics: this.metrics }, diagnostics };
    }
    check(metric) {
        const where = `metrics[${metric.index}]`;
        const read = (name, required) => {
            const raw = metric.values[name];
            const at = metric.positions[name] ?? metric.at;
            if (raw === undefined) {
                if (required)
                    throw new errors/* EvidenceParseError */.zS(`${where}: missing "${name}"`, metric.at);
                return undefined;
            }
            const parsed = field[name].safeParse(raw);
            if (!parsed.success) {
                const problem = typeof raw === 'number' && !Number.isFinite(raw)
                    ? 'must be a finite number (it overflows)'
                    : (parsed.error.issues[0]?.message ?? 'is invalid');
                throw new errors/* EvidenceParseError */.zS(`${where}.${name}: ${problem}`, at);
            }
            return parsed.data;
        };
        const name = read('name', true) ?? '';
        const value = read('value', true) ?? 0;
        const biggerIsBetter = read('biggerIsBetter', true) ?? false;
        const unit = read('unit', false) ?? '';
        read('description', false);
        const first = this.names.get(name);
        if (first) {
            throw new errors/* EvidenceParseError */.zS(`${where}.name: ${JSON.stringify(name)} is already used (first at line ${first.line}, column ${first.column}); metric names must be unique`, metric.positions.name ?? metric.at);
        }
        this.names.set(name, metric.positions.name ?? metric.at);
        return { name, value, unit, biggerIsBetter };
    }
}
async function parseCustomMetrics(input) {
    const reader = new CustomMetricsReader();
    await (0,json_walk/* walkJson */.g)(input.chunks, reader);
    return reader.finish();
}

;// CONCATENATED MODULE: ./src/collect/custom/index.ts

/** The custom formats, most specific first (detection tries them in this order). */
const customCollectors = [certifyCustomJson];


/***/ }),

/***/ 90379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectorFor: () => (/* binding */ collectorFor),
/* harmony export */   detectFormat: () => (/* binding */ detectFormat)
/* harmony export */ });
/* unused harmony export COLLECTORS */
/* harmony import */ var _benchmarks_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60890);
/* harmony import */ var _coverage_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13536);
/* harmony import */ var _custom_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61685);
/* harmony import */ var _security_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6229);
/* harmony import */ var _tests_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4060);





/** The one list of formats. Detection tries them in this order and takes the first match. */
const COLLECTORS = [
    ..._tests_index_js__WEBPACK_IMPORTED_MODULE_4__.testsCollectors,
    ..._coverage_index_js__WEBPACK_IMPORTED_MODULE_1__.coverageCollectors,
    ..._benchmarks_index_js__WEBPACK_IMPORTED_MODULE_0__.benchmarksCollectors,
    ..._security_index_js__WEBPACK_IMPORTED_MODULE_3__.securityCollectors,
    ..._custom_index_js__WEBPACK_IMPORTED_MODULE_2__.customCollectors,
];
function collectorFor(format) {
    return COLLECTORS.find((collector) => collector.format === format);
}
/**
 * The format of a file by its content. With `kind` (the config section the glob was listed
 * under) formats of that kind are preferred, so a file is read as what the user said it is.
 */
function detectFormat(head, kind) {
    if (kind) {
        const preferred = COLLECTORS.find((c) => c.kind === kind && c.detect(head));
        if (preferred)
            return preferred;
    }
    return COLLECTORS.find((collector) => collector.detect(head));
}


/***/ })

};
;