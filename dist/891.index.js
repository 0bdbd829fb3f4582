"use strict";
exports.id = 891;
exports.ids = [891];
exports.modules = {

/***/ 1891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CERTIFICATION_BYTES: () => (/* binding */ MAX_CERTIFICATION_BYTES),
/* harmony export */   sE: () => (/* binding */ parseCertification)
/* harmony export */ });
/* unused harmony exports MAX_STRING_CHARS, MAX_LIST_ITEMS, MAX_TEST_INDEX_ITEMS, certificationSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96723);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37428);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/**
 * certification.json as read back from somewhere we do not trust (the `publish` mode downloads
 * it from an artifact a fork PR's workflow uploaded). Every string and list is capped so a
 * hostile file cannot make the renderer or the API calls do unbounded work; numbers must be
 * finite. Unknown keys are dropped, so a newer certify's extra fields are tolerated.
 */
/** Longest string accepted anywhere in the file (messages are clipped to 1,000 when written). */
const MAX_STRING_CHARS = 20_000;
/** Longest list accepted anywhere in the file. */
const MAX_LIST_ITEMS = 50_000;
/** Test ids in `testIndex` (one per test of the suite: large suites exceed MAX_LIST_ITEMS). */
const MAX_TEST_INDEX_ITEMS = 2_000_000;
/** Largest certification.json accepted, in bytes, before it is parsed at all. */
const MAX_CERTIFICATION_BYTES = 32 * 1024 * 1024;
const text = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(MAX_STRING_CHARS);
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative();
const finite = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig();
const list = (item) => zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item).max(MAX_LIST_ITEMS);
const record = (value) => zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(text, value)
    .refine((entries) => Object.keys(entries).length <= MAX_LIST_ITEMS, 'too many keys');
const evidenceKind = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['tests', 'coverage', 'benchmarks', 'security', 'custom']);
const operator = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['>=', '>', '<=', '<', '==', '!=']);
const testTotals = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    total: count,
    passed: count,
    failed: count,
    errors: count,
    skipped: count,
    flaky: count,
    durationMs: finite,
});
const testMetrics = testTotals.extend({ passRate: finite.nullable() });
const coverageMetric = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ covered: count, total: count, pct: finite.nullable() });
const patchCoverage = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    lines: coverageMetric,
    uncovered: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ path: text, ranges: list(text) })),
    source: text,
});
const coverageMetrics = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    lines: coverageMetric,
    branches: coverageMetric,
    functions: coverageMetric,
    patch: patchCoverage.optional(),
});
const securityTotals = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    critical: count,
    high: count,
    medium: count,
    low: count,
    total: count,
});
const benchmarkSeries = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: text,
    measure: text,
    value: finite,
    unit: text,
    biggerIsBetter: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    spread: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        pct: finite.optional(),
        stddev: finite.optional(),
        samples: finite.optional(),
        min: finite.optional(),
        max: finite.optional(),
    })
        .optional(),
    extra: text.optional(),
});
const requirement = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    level: text,
    metric: text,
    op: operator,
    target: finite,
    unit: text,
    expression: text,
    actual: finite.nullable(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'no-evidence', 'not-applicable']),
    gap: text.optional(),
    sources: list(text),
});
const position = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ line: count.optional(), column: count.optional() });
const evidenceFile = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: text,
    kind: evidenceKind.nullable(),
    format: text.nullable(),
    bytes: count,
    sha256: text,
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ok', 'unreadable', 'unrecognised', 'too-large', 'outside-workspace']),
    error: text.optional(),
    diagnostics: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['warning', 'notice']),
        message: text,
        position: position.optional(),
    })),
});
const failingTest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    suite: text,
    name: text,
    file: text.optional(),
    line: count.optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['failed', 'error']),
    message: text.optional(),
    evidence: text,
});
const flakyTest = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    suite: text,
    name: text,
    file: text.optional(),
    retries: count,
    evidence: text,
});
const securityFinding = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    tool: text,
    ruleId: text,
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low']),
    message: text,
    file: text.optional(),
    line: count.optional(),
    package: text.optional(),
});
const shown = (item) => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ shown: list(item), total: count });
const hashedIds = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(256)).max(MAX_TEST_INDEX_ITEMS);
const certificationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    reportId: text,
    generatedAt: text,
    validUntil: text,
    tool: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('certify'), version: text }),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: text.nullable(),
        sha: text.nullable(),
        ref: text.nullable(),
        pullRequest: count.nullable(),
    }),
    level: text.nullable(),
    required: text.nullable(),
    passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    score: finite.nullable(),
    levels: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: text, approves: text.optional(), met: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() })),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        tests: testMetrics.optional(),
        coverage: coverageMetrics.optional(),
        benchmarks: list(benchmarkSeries).optional(),
        security: securityTotals.optional(),
        custom: record(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ value: finite, unit: text, biggerIsBetter: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() })).optional(),
        groups: record(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ tests: testMetrics.optional(), coverage: coverageMetrics.optional() })),
    }),
    requirements: list(requirement),
    categories: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: evidenceKind,
        verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'partial', 'fail', 'no-evidence']),
        score: finite.nullable(),
        summary: text,
    })),
    evidence: list(evidenceFile),
    unmatched: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: evidenceKind, pattern: text })),
    failingTests: shown(failingTest),
    flakyTests: shown(flakyTest),
    findings: shown(securityFinding),
    next: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ level: text, unmet: list(requirement) }).nullable(),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        source: text,
        levels: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: text,
            approves: text.optional(),
            requirements: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metric: text, expression: text })),
        })),
        groups: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: text, paths: list(text), tests: list(text) })),
        validDays: count,
    }),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['file', 'artifact', 'none']),
        sha: text.nullable(),
        generatedAt: text.nullable(),
        runId: count.nullable(),
        branch: text.nullable(),
        note: text.optional(),
    }),
    delta: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            newlyFailing: list(text),
            fixed: list(text),
            added: count,
            removed: count,
            byTest: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
            counts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
                total: finite,
                passed: finite,
                failed: finite,
                errors: finite,
                skipped: finite,
                flaky: finite,
            })
                .nullable(),
        }),
        coverage: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            lines: finite.nullable(),
            branches: finite.nullable(),
            functions: finite.nullable(),
        }),
        benchmarks: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: text,
            measure: text,
            unit: text,
            before: finite,
            after: finite,
            changePct: finite,
            regression: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            decidedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['tolerance', 'spread']),
            worsePct: finite,
        })),
        security: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ newFindings: count, fixedFindings: count }).nullable(),
        score: finite.nullable(),
        level: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ before: text.nullable(), after: text.nullable() }),
    })
        .nullable(),
    testIndex: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ passed: hashedIds, failed: hashedIds, skipped: hashedIds }),
    trend: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        runs: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            sha: text.nullable(),
            generatedAt: text.nullable(),
            score: finite.nullable(),
            lines: finite.nullable(),
        })),
        benchmarks: list(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: text, measure: text, unit: text, values: list(finite.nullable()) })),
    })
        .nullable(),
});
/** Validated certification from untrusted JSON text: the parsed value, or the reasons it is not one. */
function parseCertification(json) {
    if (json.length > MAX_CERTIFICATION_BYTES) {
        return {
            ok: false,
            error: `certification.json is larger than ${MAX_CERTIFICATION_BYTES} bytes`,
        };
    }
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (error) {
        return { ok: false, error: `certification.json is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}` };
    }
    const result = certificationSchema.safeParse(raw);
    if (!result.success) {
        return {
            ok: false,
            error: `certification.json does not match the schema:\n${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(result.error)}`,
        };
    }
    return { ok: true, certification: result.data };
}


/***/ })

};
;