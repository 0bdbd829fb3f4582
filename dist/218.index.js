"use strict";
exports.id = 218;
exports.ids = [218];
exports.modules = {

/***/ 88700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ addFilePatch),
/* harmony export */   r: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/**
 * Added and modified lines from a unified diff (`git diff`, a PR's `.diff`, or the `patch` of
 * each file the pull request files API returns): new-file line numbers of `+` lines per file.
 * Deleted files and binary files contribute nothing.
 */
function parseUnifiedDiff(text, changed = new Map()) {
    let file = null;
    let line = 0;
    let inHunk = false;
    for (const raw of text.split('\n')) {
        const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (row.startsWith('diff --git ')) {
            file = null;
            inHunk = false;
        }
        else if (row.startsWith('+++ ')) {
            const target = row.slice(4).replace(/\t.*$/, '');
            file = target === '/dev/null' ? null : unquoted(target).replace(/^b\//, '');
            inHunk = false;
        }
        else if (row.startsWith('@@')) {
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
            inHunk = match !== null;
            line = match ? Number(match[1]) : 0;
        }
        else if (inHunk && file !== null) {
            if (row.startsWith('+')) {
                addLine(changed, file, line);
                line++;
            }
            else if (row.startsWith(' ') || row === '') {
                line++;
            }
            // '-' lines and '\ No newline at end of file' do not advance the new file.
        }
    }
    return changed;
}
/** Adds a PR-files-API `patch` (hunks only, no headers) for one file. */
function addFilePatch(changed, path, patch) {
    return parseUnifiedDiff(`+++ b/${path}\n${patch}`, changed);
}
function addLine(changed, file, line) {
    const lines = changed.get(file);
    if (lines)
        lines.push(line);
    else
        changed.set(file, [line]);
}
/** git quotes a path holding unusual characters ("b/odd name"); the quotes are not part of it. */
function unquoted(path) {
    return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}


/***/ }),

/***/ 23218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareOnGitHub: () => (/* binding */ compareOnGitHub)
});

// EXTERNAL MODULE: ./src/collect/diff/unified-diff.ts
var unified_diff = __webpack_require__(88700);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/certification-schema.ts
var certification_schema = __webpack_require__(1891);
// EXTERNAL MODULE: ./src/deliver/artifact.ts
var deliver_artifact = __webpack_require__(91555);
// EXTERNAL MODULE: ./src/deliver/artifact-download.ts + 1 modules
var artifact_download = __webpack_require__(58538);
// EXTERNAL MODULE: ./src/deliver/port.ts
var deliver_port = __webpack_require__(89210);
;// CONCATENATED MODULE: ./src/deliver/base-branch-artifacts.ts





/**
 * Runs looked at beyond the ones wanted: a recent run can lack the artifact (expired, the step
 * was skipped, another id). Bounds the requests: one listing, then one per run examined.
 */
const EXTRA_RUNS = 10;
/** Every artifact zip downloaded for the baseline and the trend together. */
const MAX_BASE_BRANCH_BYTES = 128 * 1024 * 1024;
/** Runs whose artifacts are fetched at once. */
const PARALLEL = 4;
/** Per-run problems logged; more would only repeat the same cause. */
const MAX_NOTES = 5;
/**
 * The certifications that the same workflow's successful `push` runs on the base branch
 * uploaded as `certification-<id>`, newest first. Bounded: one run listing of at most
 * `wanted + 10` runs, one artifact listing per run examined, downloads within
 * MAX_BASE_BRANCH_BYTES in total, each artifact under the same caps as publish mode. `read`
 * turns one certification.json into what the caller keeps (it may throw: that run is
 * skipped). Never throws for GitHub's answers: a 403 (no `actions: read`) or 404 becomes
 * `missing`.
 */
async function findBaseBranchCertifications(port, request, read) {
    const found = [];
    const notes = [];
    const note = (line) => {
        if (notes.length < MAX_NOTES)
            notes.push(line);
    };
    if (request.wanted <= 0)
        return { found, missing: null, notes };
    const name = (0,deliver_artifact/* artifactName */.Cs)(request.id);
    let workflow = null;
    try {
        const resolved = await workflowOf(port, request);
        if ('missing' in resolved)
            return { found, missing: resolved.missing, notes };
        workflow = resolved.workflow;
        const runs = await port.listWorkflowRuns(workflow, { branch: request.branch, event: 'push', status: 'success' }, request.wanted + EXTRA_RUNS);
        let budget = MAX_BASE_BRANCH_BYTES;
        let next = 0;
        while (found.length < request.wanted && next < runs.length) {
            // Only as many runs at once as certifications are still wanted: nothing is over-fetched.
            const batch = runs.slice(next, next + Math.min(PARALLEL, request.wanted - found.length));
            next += batch.length;
            const artifacts = await Promise.all(batch.map((run) => (0,artifact_download/* findRunArtifact */.h8)(port, run.id, name)));
            let overBudget = false;
            const reads = [];
            for (const [i, run] of batch.entries()) {
                const artifact = artifacts[i] ?? null;
                if (artifact === null)
                    continue;
                if (artifact.sizeInBytes > budget) {
                    overBudget = true;
                    note(`run ${run.id}: artifact ${name} (${artifact.sizeInBytes} bytes) is past the ${MAX_BASE_BRANCH_BYTES}-byte budget for base-branch certifications; older runs are not read`);
                    break;
                }
                budget -= artifact.sizeInBytes;
                reads.push(readOne(port, run, artifact, read, note));
            }
            for (const value of await Promise.all(reads))
                if (value !== null)
                    found.push(value);
            if (overBudget)
                break;
        }
        if (found.length > 0)
            return { found, missing: null, notes };
        const which = `workflow ${String(workflow)} on ${request.branch}`;
        return {
            found,
            missing: runs.length === 0
                ? `no successful push run of ${which}`
                : `none of the last ${next} successful push runs of ${which} has a readable artifact ${name}`,
            notes,
        };
    }
    catch (error) {
        return { found, missing: found.length > 0 ? null : explain(error, workflow), notes };
    }
}
/** One run's certification, or null (with a note) when its artifact cannot be used. */
async function readOne(port, run, artifact, read, note) {
    try {
        const files = await (0,artifact_download/* readArtifactEntries */.pg)(port, artifact, {
            [deliver_artifact/* CERTIFICATION_FILE */.uk]: certification_schema.MAX_CERTIFICATION_BYTES,
        });
        const json = files.get(deliver_artifact/* CERTIFICATION_FILE */.uk);
        if (json === undefined) {
            note(`run ${run.id}: artifact ${artifact.name} holds no ${deliver_artifact/* CERTIFICATION_FILE */.uk}`);
            return null;
        }
        return { run, value: read(json.toString('utf8'), run) };
    }
    catch (error) {
        // Without the permission every other run fails the same way: stop here.
        if (error instanceof deliver_port/* GitHubApiError */.O && error.forbidden)
            throw error;
        note(`run ${run.id}: ${(0,errors/* messageOf */.bD)(error)}`);
        return null;
    }
}
/**
 * The workflow of the current run: its file name from GITHUB_WORKFLOW_REF (the runs API takes a
 * file name as the workflow id), else the run's `workflow_id` from the API.
 */
async function workflowOf(port, request) {
    const file = workflowFileOf(request.workflowRef, request.owner, request.repo);
    if (file !== null)
        return { workflow: file };
    if (request.runId === null) {
        return {
            missing: 'cannot tell which workflow this is (no GITHUB_WORKFLOW_REF or GITHUB_RUN_ID)',
        };
    }
    const run = await port.getWorkflowRun(request.runId);
    if (run === null)
        return { missing: `run ${request.runId} of this workflow was not found (HTTP 404)` };
    return { workflow: run.workflowId };
}
/** `ci.yml` from `octo-org/widgets/.github/workflows/ci.yml@refs/pull/7/merge`, for this repository only. */
function workflowFileOf(ref, owner, repo) {
    const match = /^([^/]+)\/([^/]+)\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? '');
    if (!match)
        return null;
    const [, refOwner = '', refRepo = '', file = ''] = match;
    const same = refOwner.toLowerCase() === owner.toLowerCase() && refRepo.toLowerCase() === repo.toLowerCase();
    return same ? file : null;
}
function explain(error, workflow) {
    if (error instanceof deliver_port/* GitHubApiError */.O && error.forbidden) {
        return "the token may not read this repository's Actions runs and artifacts (HTTP 403): add `actions: read` to the workflow's permissions";
    }
    if (error instanceof deliver_port/* GitHubApiError */.O && error.status === 404) {
        return `workflow ${workflow === null ? 'of this run' : String(workflow)} or its runs were not found (HTTP 404)`;
    }
    return `the base branch's runs could not be read: ${(0,errors/* messageOf */.bD)(error)}`;
}

// EXTERNAL MODULE: ./src/deliver/context.ts
var deliver_context = __webpack_require__(92146);
// EXTERNAL MODULE: ./src/deliver/octokit-port.ts
var octokit_port = __webpack_require__(98926);
;// CONCATENATED MODULE: ./src/deliver/pull-request-files.ts
/** The pull request files API lists at most this many files. */
const MAX_PULL_REQUEST_FILES = 3000;
/** Files named in the notice about files without a patch. */
const NAMED = 5;
/**
 * Hands each changed file's patch (hunks, no headers) to `add`, page by page, so that no more
 * than one page of patches is held at a time. Files with added lines but no patch are counted
 * and named, not guessed at.
 */
async function forEachPullRequestPatch(port, pullRequest, add) {
    const result = { files: 0, withoutPatch: [], truncated: false };
    for await (const file of port.listPullRequestFiles(pullRequest)) {
        result.files++;
        if (file.patch !== null)
            add(file.path, file.patch);
        else if (file.additions > 0)
            result.withoutPatch.push(file.path);
    }
    result.truncated = result.files >= MAX_PULL_REQUEST_FILES;
    return result;
}
/** The notice for files left out of patch coverage, or null when none were. */
function patchGapsNotice(patches) {
    const parts = [];
    const missing = patches.withoutPatch;
    if (missing.length > 0) {
        const named = missing.slice(0, NAMED).join(', ');
        const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
        parts.push(`${missing.length} changed file(s) have no patch in the pull request files API (binary, or a diff too large to show) and are left out of patch coverage: ${named}${more}`);
    }
    if (patches.truncated) {
        parts.push(`the pull request files API lists only the first ${MAX_PULL_REQUEST_FILES} files; patch coverage covers those`);
    }
    return parts.length > 0 ? parts.join('; ') : null;
}

// EXTERNAL MODULE: ./src/score/baseline.ts
var baseline = __webpack_require__(35531);
;// CONCATENATED MODULE: ./src/compare-github.ts







/**
 * What the pull request is compared with, from GitHub: the newest certification the same
 * workflow uploaded on the base branch (the baseline), earlier ones for the trend, and the PR's
 * own diff from the files API for patch coverage. Nothing here fails the run: what cannot be
 * read is a notice and the report says so.
 */
async function compareOnGitHub(request, log, context = (0,deliver_context/* currentDeliveryContext */.F0)(), env = process.env) {
    let port;
    const github = () => (port ??= (0,octokit_port/* createOctokitPort */.F)({ token: request.token, context, info: log.info }));
    const wanted = Math.max(request.trendRuns, request.baseline ? 1 : 0);
    const result = { baseline: null, history: [], changes: null };
    if (wanted > 0) {
        let findings;
        try {
            findings = await findBaseBranchCertifications(await github(), {
                id: request.id,
                branch: request.branch,
                wanted,
                runId: context.runId,
                workflowRef: env['GITHUB_WORKFLOW_REF'] ?? null,
                owner: context.owner,
                repo: context.repo,
            }, (json, run) => (0,baseline/* readBaseline */.mF)(JSON.parse(json), {
                source: 'artifact',
                // GitHub's word for the commit, not the artifact's; the date is the report's own.
                sha: run.headSha,
                generatedAt: null,
                runId: run.id,
                branch: request.branch,
            }));
        }
        catch (error) {
            findings = {
                found: [],
                missing: `GitHub could not be asked: ${(0,errors/* messageOf */.bD)(error)}`,
                notes: [],
            };
        }
        for (const line of findings.notes)
            log.info(`base-branch certifications: ${line}`);
        const [newest] = findings.found;
        if (request.baseline && newest) {
            result.baseline = newest.value;
            log.info(`Baseline: certification of run ${newest.run.id} (${newest.run.headSha.slice(0, 12)}) on ${request.branch}.`);
        }
        else if (request.baseline && findings.missing !== null) {
            result.baselineNote = findings.missing;
            log.notice(`no baseline: ${findings.missing}`);
        }
        else if (findings.missing !== null) {
            log.info(`no trend: ${findings.missing}`);
        }
        // The trend needs only the headline figures: drop the per-test detail of older reports.
        result.history = findings.found
            .slice(0, request.trendRuns)
            .reverse()
            .map(({ value }) => (value === result.baseline ? value : trendFigures(value)));
    }
    const pullRequest = request.pullRequest;
    if (pullRequest !== null) {
        result.changes = async () => {
            const lines = new Map();
            try {
                const patches = await forEachPullRequestPatch(await github(), pullRequest, (path, patch) => {
                    (0,unified_diff/* addFilePatch */.q)(lines, path, patch);
                });
                const gaps = patchGapsNotice(patches);
                if (gaps !== null)
                    log.notice(`patch coverage: ${gaps}`);
                return { lines, source: 'api' };
            }
            catch (error) {
                return { note: `the pull request's files could not be read: ${(0,errors/* messageOf */.bD)(error)}` };
            }
        };
    }
    return result;
}
function trendFigures(figures) {
    const { testIndex: _index, findings: _findings, ...kept } = figures;
    return { ...kept, failingNames: {} };
}


/***/ }),

/***/ 44700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ emptyTestTotals),
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   l9: () => (/* binding */ roundMs),
/* harmony export */   qK: () => (/* binding */ addCase),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
function emptyTestTotals() {
    return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
}
/** Totals derived from cases; durations sum what the cases give. */
function totalsOf(cases) {
    const totals = emptyTestTotals();
    for (const testCase of cases)
        addCase(totals, testCase);
    totals.durationMs = roundMs(totals.durationMs);
    return totals;
}
function addCase(totals, testCase) {
    totals.total++;
    if (testCase.status === 'passed')
        totals.passed++;
    else if (testCase.status === 'failed')
        totals.failed++;
    else if (testCase.status === 'error')
        totals.errors++;
    else
        totals.skipped++;
    if (testCase.flaky)
        totals.flaky++;
    totals.durationMs += testCase.durationMs ?? 0;
}
function roundMs(ms) {
    return Math.round(ms * 1000) / 1000;
}
/** Stable identity of a test across runs and files: suite + name + file. */
function testId(testCase) {
    return [testCase.suite, testCase.name, testCase.file ?? ''].join('\u241f');
}


/***/ }),

/***/ 35531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ compareEvidence),
/* harmony export */   RS: () => (/* binding */ trendOf),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony exports displayName, benchmarkDeltas, TREND_SERIES */
/* harmony import */ var _model_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44700);
/* harmony import */ var _test_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97529);



function displayName(test) {
    const name = test.suite ? `${test.suite} › ${test.name}` : test.name;
    return test.file ? `${name} (${test.file})` : name;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v) => (typeof v === 'string' ? v : null);
const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);
/**
 * Reads the figures a comparison needs from an earlier certification.json, leniently: fields a
 * schema version lacks are simply absent from the comparison. Nothing in it is executed.
 */
function readBaseline(raw, info) {
    const report = isObject(raw) ? raw : {};
    const metrics = isObject(report['metrics']) ? report['metrics'] : {};
    const figures = {
        info: {
            ...info,
            sha: info.sha ?? (isObject(report['subject']) ? str(report['subject']['sha']) : null),
            generatedAt: info.generatedAt ?? str(report['generatedAt']),
        },
        level: str(report['level']),
        score: num(report['score']),
        failingNames: {},
    };
    const version = report['schemaVersion'];
    if (version !== 1)
        figures.info.note = `baseline schema version ${JSON.stringify(version ?? null)}: compared where its figures allow`;
    const tests = metrics['tests'];
    if (isObject(tests)) {
        const count = (key) => num(tests[key]) ?? 0;
        figures.tests = { total: count('total'), passed: count('passed'), failed: count('failed'), errors: count('errors'), skipped: count('skipped'), flaky: count('flaky') };
    }
    const coverage = metrics['coverage'];
    if (isObject(coverage)) {
        const pct = (key) => {
            const part = coverage[key];
            return isObject(part) ? num(part['pct']) : num(part);
        };
        figures.coverage = { lines: pct('lines'), branches: pct('branches'), functions: pct('functions') };
    }
    if (Array.isArray(metrics['benchmarks'])) {
        figures.benchmarks = metrics['benchmarks'].flatMap((s) => {
            if (!isObject(s))
                return [];
            const name = str(s['name']);
            const value = num(s['value']);
            if (name === null || value === null)
                return [];
            const spreadPct = isObject(s['spread']) ? num(s['spread']['pct']) : null;
            return [{
                    name,
                    measure: str(s['measure']) ?? 'value',
                    value,
                    unit: str(s['unit']) ?? '',
                    biggerIsBetter: s['biggerIsBetter'] === true,
                    ...(spreadPct !== null ? { spread: { pct: spreadPct } } : {}),
                }];
        });
    }
    const index = report['testIndex'];
    if (isObject(index))
        figures.testIndex = { passed: strings(index['passed']), failed: strings(index['failed']), skipped: strings(index['skipped']) };
    const failing = isObject(report['failingTests']) ? report['failingTests']['shown'] : undefined;
    if (Array.isArray(failing)) {
        for (const t of failing) {
            if (!isObject(t))
                continue;
            const test = { suite: str(t['suite']) ?? '', name: str(t['name']) ?? '', ...(str(t['file']) !== null ? { file: str(t['file']) ?? '' } : {}) };
            figures.failingNames[(0,_test_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashTestId */ .YJ)((0,_model_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .testId */ .ec)(test))] = displayName(test);
        }
    }
    const findings = isObject(report['findings']) ? report['findings']['shown'] : undefined;
    if (Array.isArray(findings)) {
        figures.findings = findings.filter(isObject).map((f) => ({
            ruleId: str(f['ruleId']) ?? '',
            severity: str(f['severity']) ?? '',
            ...(str(f['file']) !== null ? { file: str(f['file']) ?? '' } : {}),
            ...(num(f['line']) !== null ? { line: num(f['line']) ?? 0 } : {}),
        }));
    }
    return figures;
}
const round2 = (n) => Math.round(n * 100) / 100;
/**
 * Per-series change, direction-aware. A series got worse when its time grew or its rate fell;
 * it counts as a regression only when worse by more than `tolerancePct` AND by more than the
 * spread both runs measured (their ± percentages added), so noise is not a regression.
 */
function benchmarkDeltas(current, before, tolerancePct) {
    const earlier = new Map(before.map((s) => [`${s.name}\u0000${s.measure}`, s]));
    const deltas = [];
    for (const series of current) {
        const old = earlier.get(`${series.name}\u0000${series.measure}`);
        if (!old || old.value === 0 || old.unit !== series.unit)
            continue;
        const changePct = ((series.value - old.value) / Math.abs(old.value)) * 100;
        const worse = series.biggerIsBetter ? -changePct : changePct;
        const spread = (old.spread?.pct ?? 0) + (series.spread?.pct ?? 0);
        const threshold = Math.max(tolerancePct, spread);
        deltas.push({
            name: series.name,
            measure: series.measure,
            unit: series.unit,
            before: old.value,
            after: series.value,
            changePct: round2(changePct),
            regression: worse > threshold,
            decidedBy: spread > tolerancePct ? 'spread' : 'tolerance',
            worsePct: worse > spread ? round2(worse) : 0,
        });
    }
    return deltas;
}
/** What changed since the baseline, from the evidence (score and level are added after scoring). */
function compareEvidence(merged, metrics, baseline, tolerancePct) {
    const tests = merged.tests;
    const cases = tests?.cases ?? [];
    const delta = {
        tests: { newlyFailing: [], fixed: [], added: 0, removed: 0, byTest: Boolean(baseline.testIndex), counts: null },
        coverage: { lines: null, branches: null, functions: null },
        benchmarks: benchmarkDeltas(metrics.benchmarks ?? [], baseline.benchmarks ?? [], tolerancePct),
        security: null,
        score: null,
        level: { before: baseline.level, after: null },
    };
    if (metrics.tests && baseline.tests) {
        const now = metrics.tests;
        const was = baseline.tests;
        delta.tests.counts = {
            total: now.total - was.total,
            passed: now.passed - was.passed,
            failed: now.failed - was.failed,
            errors: now.errors - was.errors,
            skipped: now.skipped - was.skipped,
            flaky: now.flaky - was.flaky,
        };
    }
    if (baseline.testIndex) {
        const wasPassing = new Set(baseline.testIndex.passed);
        const wasFailing = new Set(baseline.testIndex.failed);
        const wasAny = new Set([...baseline.testIndex.passed, ...baseline.testIndex.failed, ...baseline.testIndex.skipped]);
        const nowAny = new Set();
        for (let i = 0; i < cases.length; i++) {
            const test = cases[i];
            if (!test || !tests)
                continue;
            const hash = tests.hashOf(i);
            nowAny.add(hash);
            const failing = test.status === 'failed' || test.status === 'error';
            if (!wasAny.has(hash))
                delta.tests.added++;
            if (failing && wasPassing.has(hash))
                delta.tests.newlyFailing.push(displayName(test));
            if (test.status === 'passed' && wasFailing.has(hash))
                delta.tests.fixed.push(displayName(test));
        }
        for (const hash of wasAny)
            if (!nowAny.has(hash))
                delta.tests.removed++;
    }
    if (metrics.coverage && baseline.coverage) {
        for (const key of ['lines', 'branches', 'functions']) {
            const now = metrics.coverage[key].pct;
            const was = baseline.coverage[key];
            delta.coverage[key] = now === null || was === null ? null : round2(now - was);
        }
    }
    if (merged.findings && baseline.findings) {
        const key = (f) => `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.line ?? ''}`;
        const before = new Set(baseline.findings.map(key));
        const after = new Set(merged.findings.map(key));
        delta.security = {
            newFindings: [...after].filter((k) => !before.has(k)).length,
            fixedFindings: [...before].filter((k) => !after.has(k)).length,
        };
    }
    return delta;
}
/** At most this many benchmark series are charted; the first ones, in report order. */
const TREND_SERIES = 3;
/** The trend over earlier runs (oldest first) and this one. */
function trendOf(history, current) {
    if (history.length === 0)
        return null;
    const runs = [
        ...history.map((h) => ({ sha: h.info.sha, generatedAt: h.info.generatedAt, score: h.score, lines: h.coverage?.lines ?? null })),
        { sha: current.sha, generatedAt: current.generatedAt, score: current.score, lines: current.lines },
    ];
    const benchmarks = current.benchmarks.slice(0, TREND_SERIES).map((series) => ({
        name: series.name,
        measure: series.measure,
        unit: series.unit,
        values: [
            ...history.map((h) => h.benchmarks?.find((b) => b.name === series.name && b.measure === series.measure && b.unit === series.unit)?.value ?? null),
            series.value,
        ],
    }));
    return { runs, benchmarks };
}


/***/ })

};
;