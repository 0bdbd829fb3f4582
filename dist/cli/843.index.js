"use strict";
exports.id = 843;
exports.ids = [843];
exports.modules = {

/***/ 7843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCucumber: () => (/* binding */ parseCucumber)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9994);
/* harmony import */ var _read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9503);
/* harmony import */ var _case_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1211);





// The parser behind cucumber-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.
const expectKind = (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .expectKindIn */ .bD)('a Cucumber JSON report');
const resultSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    duration: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    error_message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
});
const stepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    keyword: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    result: resultSchema.nullish(),
});
const elementSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    keyword: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullish(),
    line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullish(),
    steps: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(stepSchema).nullish(),
    before: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(stepSchema).nullish(),
    after: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(stepSchema).nullish(),
});
/** Cucumber's order of step results, least to most severe (cucumber-js getWorstTestStepResult). */
const SEVERITY = ['passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'failed'];
const OUTCOME = {
    passed: 'passed',
    skipped: 'skipped',
    pending: 'error',
    undefined: 'error',
    ambiguous: 'error',
    failed: 'failed',
};
/** Streams the report: one scenario (element) is built at a time. */
async function parseCucumber(chunks) {
    const list = new _case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .TestCaseList */ .V8();
    const diagnostics = [];
    const unknown = new Set();
    let feature;
    await (0,_read_json_walk_js__WEBPACK_IMPORTED_MODULE_2__/* .walkJson */ .g)(chunks, {
        enter(path, kind, at) {
            const field = path[1];
            switch (path.length) {
                case 0:
                    return expectKind(kind, 'array', 'the report', at);
                case 1:
                    feature = { name: undefined, uri: undefined, background: undefined, cases: [] };
                    return expectKind(kind, 'object', (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path), at);
                case 2:
                    if (field === 'elements')
                        return kind === 'null' ? 'skip' : expectKind(kind, 'array', (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path), at);
                    return field === 'name' || field === 'uri' ? 'collect' : 'skip';
                case 3:
                    return field === 'elements' ? 'collect' : 'skip';
                default:
                    return 'skip';
            }
        },
        value(path, value, at) {
            if (!feature)
                return;
            if (path.length === 2) {
                if (value !== null && typeof value !== 'string') {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${(0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path)}: expected a string`, at);
                }
                if (path[1] === 'name')
                    feature.name = value ?? undefined;
                else
                    feature.uri = value ?? undefined;
                return;
            }
            const parsed = elementSchema.safeParse(value);
            if (!parsed.success)
                throw (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaError */ .g$)(parsed.error, (0,_read_json_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonPathText */ .tj)('', path), at);
            addElement(feature, parsed.data, unknown);
        },
        leave(path) {
            if (path.length !== 1 || !feature)
                return;
            for (const testCase of feature.cases) {
                testCase.suite = feature.name ?? feature.uri ?? '';
                if (feature.uri)
                    testCase.file = feature.uri;
                list.add(testCase);
            }
            feature = undefined;
        },
    });
    for (const status of unknown) {
        diagnostics.push({
            severity: 'warning',
            message: `unknown Cucumber step status "${status}" counted as an error, like an undefined step`,
        });
    }
    return { data: list.evidence(), diagnostics };
}
function addElement(feature, element, unknown) {
    const worst = worstOf(element, unknown);
    if (isBackground(element)) {
        feature.background = worst;
        return;
    }
    const combined = feature.background ? combine(feature.background, worst) : worst;
    feature.background = undefined;
    const testCase = (0,_case_list_js__WEBPACK_IMPORTED_MODULE_4__/* .newCase */ .Xf)('', element.name ?? '', OUTCOME[combined.status], combined.durationNs / 1e6, messageOf(combined));
    if (typeof element.line === 'number')
        testCase.line = element.line;
    feature.cases.push(testCase);
}
function isBackground(element) {
    return (element.type === 'background' ||
        (element.type == null && element.keyword?.trim() === 'Background'));
}
function worstOf(element, unknown) {
    let worst = { status: 'passed', step: undefined, durationNs: 0 };
    for (const step of [
        ...(element.before ?? []),
        ...(element.steps ?? []),
        ...(element.after ?? []),
    ]) {
        if (!step.result)
            continue;
        worst.durationNs += step.result.duration ?? 0;
        const status = stepStatus(step.result.status, unknown);
        if (SEVERITY.indexOf(status) > SEVERITY.indexOf(worst.status))
            worst = { ...worst, status, step };
    }
    return worst;
}
function combine(background, scenario) {
    const worse = SEVERITY.indexOf(background.status) > SEVERITY.indexOf(scenario.status) ? background : scenario;
    return { ...worse, durationNs: background.durationNs + scenario.durationNs };
}
function stepStatus(status, unknown) {
    const known = SEVERITY.find((candidate) => candidate === status.toLowerCase());
    if (known)
        return known;
    unknown.add(status);
    return 'undefined';
}
function messageOf(worst) {
    const step = worst.step;
    if (!step || worst.status === 'passed')
        return undefined;
    const text = `${step.keyword ?? ''}${step.name ?? ''}`.trim();
    const label = text === '' ? 'hook' : text;
    const error = step.result?.error_message;
    if (worst.status === 'failed')
        return error ? `${label}: ${error}` : label;
    return `${worst.status} step: ${label}${error ? `: ${error}` : ''}`;
}


/***/ })

};
;