export const id = 218;
export const ids = [218];
export const modules = {

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


/***/ })

};
