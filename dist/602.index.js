"use strict";
exports.id = 602;
exports.ids = [602];
exports.modules = {

/***/ 91555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   _d: () => (/* binding */ uploadCertification),
/* harmony export */   mn: () => (/* binding */ PR_FILE),
/* harmony export */   uk: () => (/* binding */ CERTIFICATION_FILE)
/* harmony export */ });
/* unused harmony export artifactUrl */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The file in a `collect` artifact that says which PR and commit the certification is for. */
const PR_FILE = 'pr.json';
/** The report every `certification-<id>` artifact holds; what publish and comparisons read. */
const CERTIFICATION_FILE = 'certification.json';
function artifactName(id) {
    return `certification-${id}`;
}
/** Uploads every regular file under the output dir as the artifact `certification-<id>`. */
async function uploadCertification(artifacts, context, request) {
    if (request.pullRequest) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, PR_FILE);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${path}.tmp`, `${JSON.stringify(request.pullRequest, null, 2)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${path}.tmp`, path);
    }
    const files = await regularFiles(request.outputDir);
    const uploaded = await artifacts.upload(artifactName(request.id), files, request.outputDir, request.retentionDays);
    return { id: uploaded.id, url: artifactUrl(context, uploaded.id), files: files.length };
}
/** The artifact's page, as actions/upload-artifact links it. */
function artifactUrl(context, artifactId) {
    if (context.runId === null || !context.owner)
        return null;
    return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${artifactId}`;
}
/** Regular files only: a symlink in the output dir could point anywhere. */
async function regularFiles(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name))
        .sort();
}


/***/ }),

/***/ 92146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ currentDeliveryContext)
/* harmony export */ });
/* unused harmony exports deliveryContextOf, readEventPayload */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96723);


const login = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const repository = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), owner: login }).partial();
/**
 * Only the fields delivery reads; everything else in the payload is ignored. Each field is read
 * on its own, so one unexpected shape does not hide the others.
 */
const payloadSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    pull_request: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }) })
        .optional()
        .catch(undefined),
    merge_group: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ head_sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional().catch(undefined),
    workflow_run: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
        head_sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        head_branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().optional(),
        html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        head_repository: repository.nullable().optional(),
        pull_requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }) }))
            .optional(),
    })
        .optional()
        .catch(undefined),
    repository: repository.optional().catch(undefined),
});
/** The delivery context of a run: a pure function of the environment and the event payload. */
function deliveryContextOf(env, payload) {
    const parsed = payloadSchema.safeParse(payload);
    const event = parsed.success ? parsed.data : {};
    const eventName = env['GITHUB_EVENT_NAME'] ?? '';
    const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ??
        event.repository?.full_name ??
        '/').split('/');
    const serverUrl = stripSlash(env['GITHUB_SERVER_URL'] ?? 'https://github.com');
    const sha = env['GITHUB_SHA'] ?? '';
    const runId = positiveInt(env['GITHUB_RUN_ID']);
    const attempt = positiveInt(env['GITHUB_RUN_ATTEMPT']);
    const runUrl = runId === null || !owner
        ? null
        : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` +
            (attempt !== null && attempt > 1 ? `/attempts/${attempt}` : '');
    const pr = event.pull_request;
    const headSha = pr?.head.sha ?? event.merge_group?.head_sha ?? sha;
    const run = event.workflow_run;
    return {
        owner,
        repo,
        eventName,
        sha,
        headSha,
        pullRequest: pr?.number ?? null,
        serverUrl,
        apiUrl: stripSlash(env['GITHUB_API_URL'] ?? 'https://api.github.com'),
        runId,
        runUrl,
        workflowRun: eventName === 'workflow_run' && run
            ? {
                id: run.id,
                event: run.event,
                conclusion: run.conclusion ?? null,
                headSha: run.head_sha,
                headBranch: run.head_branch ?? null,
                headOwner: run.head_repository?.owner?.login ?? null,
                headRepository: run.head_repository?.full_name ?? null,
                htmlUrl: run.html_url ?? null,
                pullRequests: (run.pull_requests ?? []).map((p) => ({
                    number: p.number,
                    headSha: p.head.sha,
                })),
            }
            : null,
    };
}
/** The event payload the runner wrote to GITHUB_EVENT_PATH, or {} when there is none. */
function readEventPayload(env) {
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The context of the current process. */
function currentDeliveryContext(env = process.env) {
    return deliveryContextOf(env, readEventPayload(env));
}
function positiveInt(value) {
    if (value === undefined || !/^\d+$/.test(value))
        return null;
    const n = Number(value);
    return Number.isSafeInteger(n) && n > 0 ? n : null;
}
function stripSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 61602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// UNUSED EXPORTS: DEFAULT_CERTIFICATION_ID, defaultCertificationId, forbiddenAdvice, parseCertificationId

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/deliver/artifact.ts
var artifact = __webpack_require__(91555);
;// CONCATENATED MODULE: ./src/deliver/artifact-client.ts
/**
 * The artifact port over @actions/artifact's DefaultArtifactClient (ACTIONS_RESULTS_URL,
 * ACTIONS_RUNTIME_TOKEN). Loaded lazily: it is the largest dependency and most runs that
 * skip the upload never need it.
 */
async function createArtifactPort() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(251), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 26536));
    const client = new DefaultArtifactClient();
    return {
        async upload(name, files, rootDirectory, retentionDays) {
            const response = await client.uploadArtifact(name, files, rootDirectory, retentionDays === undefined ? {} : { retentionDays });
            if (response.id === undefined)
                throw new Error(`upload of '${name}' returned no artifact id`);
            return { id: response.id, size: response.size ?? null };
        },
    };
}

// EXTERNAL MODULE: ./src/deliver/channels.ts
var channels = __webpack_require__(61489);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/deliver/fit.ts
/** GitHub's limit on an issue comment body, in characters. */
const COMMENT_MAX_CHARS = 65_536;
/** GitHub's limit on a check run's `output.summary`, in characters. */
const CHECK_SUMMARY_MAX_CHARS = 65_535;
const TRUNCATED_NOTE = '\n\n_… truncated to fit GitHub’s size limit: the job summary and the certification artifact hold the full report._\n';
/**
 * Last line of defence behind the renderer's own shrinking: text longer than `limit` UTF-16
 * units (never fewer than GitHub's character count) is cut at a line boundary and marked,
 * so a post never fails for length.
 */
function ensureFits(text, limit) {
    if (text.length <= limit)
        return text;
    let end = Math.max(0, limit - TRUNCATED_NOTE.length);
    const newline = text.lastIndexOf('\n', end);
    if (newline > end / 2)
        end = newline;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return text.slice(0, end) + TRUNCATED_NOTE.slice(0, limit - end);
}

// EXTERNAL MODULE: ./src/deliver/port.ts
var deliver_port = __webpack_require__(89210);
// EXTERNAL MODULE: ./src/deliver/id.ts
var deliver_id = __webpack_require__(52012);
;// CONCATENATED MODULE: ./src/deliver/check-run.ts




/** GitHub accepts at most 50 annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations sent per check run: 10 requests; the report lists the rest. */
const MAX_ANNOTATIONS = 500;
const STATUS_DESCRIPTION_MAX = 140;
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_MESSAGE_MAX = 4_000;
function checkRunName(id) {
    return id === deliver_id/* DEFAULT_CERTIFICATION_ID */.Nm ? 'Certification' : `Certification (${id})`;
}
function statusContext(id) {
    return `certification/${id}`;
}
/** One line: the level reached and the score, e.g. `Gold · score 87`. */
function verdictLine(certification) {
    const level = certification.level ?? 'No level reached';
    const score = certification.score === null ? 'no score' : `score ${formatScore(certification.score)}`;
    const required = !certification.passed && certification.required !== null
        ? ` (required: ${certification.required})`
        : '';
    return `${level}${required} · ${score}`;
}
function formatScore(score) {
    return String(Math.round(score * 10) / 10);
}
/**
 * Annotations for failing tests whose evidence names a file and a line. Paths are made
 * relative to the workspace (GitHub wants repository paths); paths outside it are skipped.
 */
function annotationsOf(certification, workspace) {
    const annotations = [];
    for (const test of certification.failingTests.shown) {
        if (annotations.length >= MAX_ANNOTATIONS)
            break;
        if (test.file === undefined || test.line === undefined || test.line < 1)
            continue;
        const path = repositoryPath(test.file, workspace);
        if (path === null)
            continue;
        annotations.push({
            path,
            start_line: test.line,
            end_line: test.line,
            annotation_level: 'failure',
            title: clip(`${test.suite} › ${test.name}`, ANNOTATION_TITLE_MAX),
            message: clip(test.message ?? `Test ${test.status === 'error' ? 'errored' : 'failed'}`, ANNOTATION_MESSAGE_MAX),
        });
    }
    return annotations;
}
function repositoryPath(file, workspace) {
    let path = file.replaceAll('\\', '/');
    if ((0,external_node_path_.isAbsolute)(path) || /^[A-Za-z]:\//.test(path)) {
        const inside = (0,external_node_path_.relative)(workspace, file).split(external_node_path_.sep).join('/');
        if (inside === '' || inside.startsWith('../') || (0,external_node_path_.isAbsolute)(inside))
            return null;
        path = inside;
    }
    path = external_node_path_.posix.normalize(path).replace(/^(\.\/)+/, '');
    if (path === '.' || path === '..' || path.startsWith('../'))
        return null;
    return path;
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * A completed check run on the head commit; where the token may not create check runs (403),
 * a commit status `certification/<id>` instead. Both follow `certification.passed`.
 */
async function publishCheck(port, request) {
    const { certification } = request;
    const title = verdictLine(certification);
    const summary = ensureFits(request.renderBody(CHECK_SUMMARY_MAX_CHARS), CHECK_SUMMARY_MAX_CHARS);
    const annotations = annotationsOf(certification, request.workspace);
    const [first = [], ...later] = batches(annotations, ANNOTATIONS_PER_REQUEST);
    let run;
    try {
        run = await port.createCheckRun({
            name: checkRunName(request.id),
            headSha: request.headSha,
            conclusion: certification.passed ? 'success' : 'failure',
            detailsUrl: request.detailsUrl,
            externalId: request.id,
            output: { title, summary, annotations: first },
        });
    }
    catch (error) {
        if (!(error instanceof deliver_port/* GitHubApiError */.O && error.forbidden))
            throw error;
        request.info(`Creating a check run is not permitted (${error.message}); setting a commit status instead.`);
        await port.createStatus({
            sha: request.headSha,
            state: certification.passed ? 'success' : 'failure',
            context: statusContext(request.id),
            description: clip(title, STATUS_DESCRIPTION_MAX),
            targetUrl: request.detailsUrl,
        });
        return { kind: 'status', url: request.detailsUrl, annotations: 0 };
    }
    for (const batch of later) {
        await port.updateCheckRun(run.id, { title, summary, annotations: batch });
    }
    return { kind: 'check-run', url: run.url, annotations: annotations.length };
}
function batches(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

// EXTERNAL MODULE: ./src/deliver/runner.ts
var runner = __webpack_require__(87595);
;// CONCATENATED MODULE: ./src/deliver/comment.ts


/**
 * The hidden first line that makes a comment ours: `<!-- certify:comment id=<id> -->`.
 * A comment counts only when its body starts with the marker of its certification id AND its
 * author is the token's own account, so a user pasting the marker cannot hijack it.
 */
function commentMarker(id) {
    return `<!-- certify:comment id=${id} -->`;
}
/** Marker + report, within GitHub's comment limit. */
function commentBody(id, renderBody) {
    const marker = commentMarker(id);
    const budget = COMMENT_MAX_CHARS - marker.length - 1;
    return `${marker}\n${ensureFits(neutraliseMarkers(renderBody(budget)), budget)}`;
}
/** A marker inside the report text (e.g. from a test name) is shown as text, never as ours. */
function neutraliseMarkers(text) {
    return text.replace(/<!--(\s*certify:)/gi, '&lt;!--$1');
}
function sameAccount(author, me) {
    if (author === null)
        return false;
    if (author.id !== null && me.id !== null)
        return author.id === me.id;
    return author.login.toLowerCase() === me.login.toLowerCase();
}
/**
 * Creates or updates the sticky comment. Two runs on the same PR at once converge on one
 * comment: after creating, a run re-lists and keeps only the oldest of ours (comment ids grow
 * with creation time, so the later creator always sees the earlier comment), moving its body
 * there when its own was the duplicate.
 */
async function upsertComment(port, request) {
    const body = commentBody(request.id, request.renderBody);
    const marker = commentMarker(request.id);
    const deleted = [];
    const remove = async (comment) => {
        await deleteIgnoringGone(port, comment.id);
        deleted.push(comment.id);
    };
    const identity = await port.identity();
    const marked = await listMarked(port, request.issue, marker);
    if (identity !== null) {
        const ours = marked.filter((c) => sameAccount(c.author, identity));
        const [oldest, ...rest] = ours;
        if (request.mode === 'update' && oldest) {
            for (const leftover of rest)
                await remove(leftover);
            const action = await writeBody(port, oldest, body);
            return { id: oldest.id, url: oldest.url, action, deleted };
        }
        if (request.mode === 'new')
            for (const old of ours)
                await remove(old);
    }
    const created = await port.createComment(request.issue, body);
    // No endpoint the token may call named its account: the comment just created does.
    const me = identity ?? created.author;
    if (me === null)
        return { id: created.id, url: created.url, action: 'created', deleted };
    if (identity === null) {
        request.info(`Comment author taken from the comment just created: ${me.login}.`);
        const previous = marked.filter((c) => sameAccount(c.author, me));
        if (request.mode === 'new')
            for (const old of previous)
                await remove(old);
    }
    const ours = (await listMarked(port, request.issue, marker)).filter((c) => sameAccount(c.author, me));
    const keep = ours[0] ?? created;
    for (const other of ours)
        if (other.id !== keep.id)
            await remove(other);
    if (keep.id === created.id)
        return { id: created.id, url: created.url, action: 'created', deleted };
    request.info(`Another run created comment ${keep.id} first; kept it and removed ${created.id}.`);
    const action = await writeBody(port, keep, body);
    return { id: keep.id, url: keep.url, action, deleted };
}
/** Comments carrying the marker as their first line, by anyone, oldest first. */
async function listMarked(port, issue, marker) {
    const found = [];
    for await (const comment of port.listComments(issue)) {
        if (comment.body.startsWith(marker))
            found.push(comment);
    }
    return found.sort((a, b) => a.id - b.id);
}
async function writeBody(port, comment, body) {
    if (comment.body === body)
        return 'unchanged';
    await port.updateComment(comment.id, body);
    return 'updated';
}
/** A concurrent run may have deleted the same duplicate first. */
async function deleteIgnoringGone(port, id) {
    try {
        await port.deleteComment(id);
    }
    catch (error) {
        if ((0,deliver_port/* statusOf */.c)(error) !== 404)
            throw error;
    }
}

// EXTERNAL MODULE: ./src/deliver/context.ts
var deliver_context = __webpack_require__(92146);
// EXTERNAL MODULE: ./src/deliver/octokit-port.ts
var octokit_port = __webpack_require__(98926);
;// CONCATENATED MODULE: ./src/deliver/deliver.ts












const runnerLog = {
    info: (message) => {
        runner/* info */.pq(message);
    },
    warning: (message) => {
        runner/* warning */.$e(message);
    },
};
/**
 * Delivers a certification on every channel asked for: sticky PR comment, check run (or commit
 * status), artifact. Channels run independently: one failing never stops another, and no
 * delivery problem is thrown (an invalid `id` is a ConfigurationError). A 403 gives one
 * warning that says how to fix it; the verdict is never changed by delivery.
 */
async function deliver(request, deps = {}) {
    const id = (0,deliver_id/* parseCertificationId */.P_)(request.id);
    const log = deps.log ?? runnerLog;
    const { options, certification } = request;
    const context = deps.context ?? (0,deliver_context/* currentDeliveryContext */.F0)();
    const target = request.target ?? {
        pullRequest: context.pullRequest,
        headSha: context.headSha,
        detailsUrl: context.runUrl,
    };
    const result = { failures: [], shouldFail: false };
    const forbidden = [];
    const others = [];
    let port;
    const github = () => {
        if (!options.token)
            return Promise.reject(new Error("no token: set the 'github-token' input"));
        port ??= (deps.github ?? defaultGitHub)(options.token, context, log);
        return port;
    };
    const running = [];
    const channel = (name, work) => {
        running.push(work().catch((error) => {
            const line = `${name}: ${(0,errors/* messageOf */.bD)(error)}`;
            result.failures.push(line);
            if (error instanceof deliver_port/* GitHubApiError */.O && error.forbidden)
                forbidden.push(name);
            else
                others.push(line);
        }));
    };
    const requested = (0,channels/* requestedChannels */.x)(options);
    if (requested.includes('comment') && options.comment !== 'off') {
        const issue = target.pullRequest;
        if (issue === null)
            log.info('No pull request for this event: no comment posted.');
        else {
            const mode = options.comment;
            channel('comment', async () => {
                const outcome = await upsertComment(await github(), {
                    issue,
                    id,
                    mode,
                    renderBody: request.renderBody,
                    info: log.info,
                });
                result.commentUrl = outcome.url;
                const removed = outcome.deleted.length
                    ? `; removed ${outcome.deleted.length} older/duplicate`
                    : '';
                log.info(`PR comment ${outcome.action}: ${outcome.url}${removed}`);
            });
        }
    }
    if (requested.includes('check run')) {
        if (!target.headSha)
            log.info('No commit for this event: no check run.');
        else {
            channel('check run', async () => {
                const outcome = await publishCheck(await github(), {
                    id,
                    headSha: target.headSha,
                    detailsUrl: target.detailsUrl,
                    certification,
                    renderBody: request.renderBody,
                    workspace: deps.workspace ?? process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
                    info: log.info,
                });
                result.check = outcome.kind;
                if (outcome.kind === 'check-run' && outcome.url !== null)
                    result.checkRunUrl = outcome.url;
                log.info(outcome.kind === 'check-run'
                    ? `Check run created with ${outcome.annotations} annotation(s): ${outcome.url ?? ''}`
                    : `Commit status set on ${target.headSha}.`);
            });
        }
    }
    if (requested.includes('artifact')) {
        channel('artifact', async () => {
            const artifacts = await (deps.artifacts ?? createArtifactPort)();
            const uploaded = await (0,artifact/* uploadCertification */._d)(artifacts, context, {
                id,
                outputDir: request.outputDir,
                retentionDays: options.retentionDays,
                ...(options.mode === 'collect'
                    ? { pullRequest: { number: target.pullRequest, headSha: target.headSha } }
                    : {}),
            });
            result.artifactId = uploaded.id;
            if (uploaded.url !== null)
                result.artifactUrl = uploaded.url;
            log.info(`Artifact uploaded: ${uploaded.files} file(s), id ${uploaded.id}.`);
        });
    }
    await Promise.all(running);
    if (forbidden.length > 0)
        log.warning(forbiddenAdvice(forbidden, result.failures));
    for (const line of others)
        log.warning(`Certification delivery failed: ${line}`);
    result.shouldFail = options.failOnDeliveryError && result.failures.length > 0;
    return result;
}
function defaultGitHub(token, context, log) {
    return (0,octokit_port/* createOctokitPort */.F)({ token, context, info: log.info });
}
/** The one warning for permission failures: what happened, and the two ways to fix it. */
function forbiddenAdvice(channels, failures) {
    const order = ['comment', 'check run', 'artifact'];
    const what = order.filter((c) => channels.includes(c)).join(' and ');
    const details = failures.filter((line) => channels.some((c) => line.startsWith(`${c}:`)));
    return [
        `Certify could not post the ${what}: the token may not write here (HTTP 403).`,
        'This is expected on pull requests from forks, where GITHUB_TOKEN is read-only. The certification itself, the job summary, the outputs and the artifact are unaffected.',
        "To fix it: for pull requests from forks, use the two-workflow pattern — 'mode: collect' in the pull_request workflow and 'mode: publish' in a workflow_run workflow with 'pull-requests: write' and 'checks: write' (README, \"Pull requests from forks\").",
        "For branches of this repository, grant the job 'permissions: { pull-requests: write, checks: write }' (statuses: write for the status fallback).",
        ...details.map((line) => `  ${line}`),
    ].join('\n');
}


/***/ }),

/***/ 98926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ createOctokitPort)
/* harmony export */ });
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89210);

/** Rate-limit waits longer than this fail the call instead of holding the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const RATE_LIMIT_RETRIES = 2;
/** Network errors and 5xx are retried this often (waits 1 s, 4 s, 9 s). */
const RETRIES = 3;
const DOWNLOAD_TIMEOUT_MS = 120_000;
/**
 * The GitHub port over the Octokit from @actions/github (proxy-aware, GITHUB_API_URL), with
 * @octokit/plugin-retry (5xx and network errors) and @octokit/plugin-throttling (primary and
 * secondary rate limits, honouring retry-after and x-ratelimit-reset; writes spaced as GitHub
 * asks). Loaded lazily so runs that deliver nothing never pay for it.
 */
async function createOctokitPort(options) {
    // One after the other: jest's ESM loader fails on concurrent imports sharing a module.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const { defaults } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 85555));
    const { retry } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735));
    const { throttling } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856));
    const { info } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return retrying;
    };
    const quiet = () => undefined;
    const octokit = getOctokit(options.token, {
        log: {
            debug: quiet,
            info: quiet,
            warn: (message) => {
                info(message);
            },
            error: quiet,
        },
        // 403 and 429 are rate limits (throttling's job) or permissions (never retried).
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: RETRIES },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, retry, throttling);
    const fetchBlob = proxyFetch(defaults.request?.fetch);
    const { owner, repo } = options.context;
    const api = async (what, call) => {
        try {
            return await call();
        }
        catch (error) {
            throw toApiError(what, error);
        }
    };
    let identity;
    return {
        identity() {
            identity ??= resolveIdentity();
            return identity;
        },
        async *listComments(issue) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100,
            });
            try {
                for await (const page of pages) {
                    for (const comment of page.data)
                        yield commentOf(comment);
                }
            }
            catch (error) {
                throw toApiError(`list comments of #${issue}`, error);
            }
        },
        createComment: (issue, body) => api(`create a comment on #${issue}`, async () => commentOf((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))
            .data)),
        updateComment: (id, body) => api(`update comment ${id}`, async () => commentOf((await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data)),
        deleteComment: (id) => api(`delete comment ${id}`, async () => {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
        }),
        createCheckRun: (run) => api(`create check run '${run.name}'`, async () => {
            const { data } = await octokit.rest.checks.create({
                owner,
                repo,
                name: run.name,
                head_sha: run.headSha,
                status: 'completed',
                conclusion: run.conclusion,
                external_id: run.externalId,
                ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
                output: run.output,
            });
            return { id: data.id, url: data.html_url ?? data.url };
        }),
        updateCheckRun: (id, output) => api(`update check run ${id}`, async () => {
            await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
        }),
        createStatus: (status) => api(`set commit status '${status.context}'`, async () => {
            await octokit.rest.repos.createCommitStatus({
                owner,
                repo,
                sha: status.sha,
                state: status.state,
                context: status.context,
                description: status.description,
                ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            });
        }),
        listRunArtifacts: (runId, name) => api(`list artifacts of run ${runId}`, async () => {
            const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
                owner,
                repo,
                run_id: runId,
                name,
                per_page: 100,
            });
            return artifacts.map((a) => ({
                id: a.id,
                name: a.name,
                sizeInBytes: a.size_in_bytes,
                expired: a.expired,
                createdAt: a.created_at ?? null,
            }));
        }),
        downloadArtifact: (artifactId, maxBytes) => api(`download artifact ${artifactId}`, async () => {
            // The API answers with a redirect to a signed blob URL; the token must not follow it there.
            const response = await octokit.rest.actions.downloadArtifact({
                owner,
                repo,
                artifact_id: artifactId,
                archive_format: 'zip',
                request: { redirect: 'manual', parseSuccessResponseBody: false },
            });
            const location = response.headers.location;
            if (!location) {
                throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O(`expected a redirect to the artifact, got HTTP ${response.status}`, response.status);
            }
            return readCapped(fetchBlob, location, maxBytes);
        }),
        getPullRequest: (number) => api(`get PR #${number}`, async () => {
            try {
                return pullOf((await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data);
            }
            catch (error) {
                if (statusOfRequest(error) === 404)
                    return null;
                throw error;
            }
        }),
        listPullRequestsByHead: (headOwner, branch) => api(`list PRs with head ${headOwner}:${branch}`, async () => {
            const { data } = await octokit.rest.pulls.list({
                owner,
                repo,
                head: `${headOwner}:${branch}`,
                state: 'open',
                per_page: 100,
            });
            return data.map(pullOf);
        }),
        listPullRequestsForCommit: (sha) => api(`list PRs of commit ${sha}`, async () => {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                owner,
                repo,
                commit_sha: sha,
                per_page: 100,
            });
            return data.map(pullOf);
        }),
        getWorkflowRun: (runId) => api(`get run ${runId}`, async () => {
            try {
                return runOf((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data);
            }
            catch (error) {
                if (statusOfRequest(error) === 404)
                    return null;
                throw error;
            }
        }),
        listWorkflowRuns: (workflow, filter, limit) => api(`list runs of workflow ${workflow} on ${filter.branch}`, async () => {
            const runs = [];
            if (limit <= 0)
                return runs;
            const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
                owner,
                repo,
                workflow_id: workflow,
                branch: filter.branch,
                event: filter.event,
                status: filter.status,
                exclude_pull_requests: true,
                per_page: Math.min(100, limit),
            });
            for await (const page of pages) {
                for (const run of page.data) {
                    runs.push(runOf(run));
                    if (runs.length >= limit)
                        return runs;
                }
            }
            return runs;
        }),
        async *listPullRequestFiles(number) {
            const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: number,
                per_page: 100,
            });
            try {
                for await (const page of pages) {
                    for (const file of page.data) {
                        yield {
                            path: file.filename,
                            status: file.status,
                            additions: file.additions,
                            patch: file.patch ?? null,
                        };
                    }
                }
            }
            catch (error) {
                throw toApiError(`list files of PR #${number}`, error);
            }
        },
    };
    /**
     * GraphQL `viewer` answers for every kind of token, including the GITHUB_TOKEN and app
     * installation tokens, for which REST `GET /user` is 403. `GET /user` is the fallback
     * (e.g. a GHES without GraphQL access); null when neither answers.
     */
    async function resolveIdentity() {
        try {
            const { viewer } = await octokit.graphql('query { viewer { login databaseId } }');
            return { login: viewer.login, id: viewer.databaseId };
        }
        catch (error) {
            info(`GraphQL viewer lookup failed (${toApiError('viewer', error).message}); trying GET /user.`);
        }
        try {
            const { data } = await octokit.rest.users.getAuthenticated();
            return { login: data.login, id: data.id };
        }
        catch (error) {
            info(`GET /user failed (${toApiError('user', error).message}).`);
            return null;
        }
    }
}
function commentOf(comment) {
    return {
        id: comment.id,
        body: comment.body ?? '',
        url: comment.html_url,
        author: comment.user ? { login: comment.user.login, id: comment.user.id } : null,
    };
}
function pullOf(pull) {
    return {
        number: pull.number,
        state: pull.state,
        headSha: pull.head.sha,
        headRef: pull.head.ref,
        headOwner: pull.head.repo?.owner.login ?? pull.head.user?.login ?? null,
    };
}
function runOf(run) {
    return {
        id: run.id,
        workflowId: run.workflow_id,
        headSha: run.head_sha,
        headBranch: run.head_branch,
        event: run.event,
        conclusion: run.conclusion,
        createdAt: run.created_at,
    };
}
function statusOfRequest(error) {
    if (typeof error === 'object' &&
        error !== null &&
        'status' in error &&
        typeof error.status === 'number') {
        return error.status;
    }
    return null;
}
function toApiError(what, error) {
    if (error instanceof _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O)
        return error;
    const status = statusOfRequest(error);
    const message = error instanceof Error ? error.message : String(error);
    const rateLimited = /rate limit/i.test(message);
    return new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O(`${what}: ${status === null ? '' : `HTTP ${status}: `}${message}`, status, rateLimited);
}
/** @actions/github's proxy-aware fetch (HTTPS_PROXY, NO_PROXY), else the global one. */
function proxyFetch(candidate) {
    if (typeof candidate === 'function') {
        return (url, init) => Promise.resolve(candidate(url, init));
    }
    return (url, init) => fetch(url, init);
}
/** The body of a GET without credentials, refusing to read past maxBytes. */
async function readCapped(fetchBlob, url, maxBytes) {
    const response = await fetchBlob(url, {
        redirect: 'follow',
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok || !response.body) {
        throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O(`artifact storage answered HTTP ${response.status}`, response.status);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
        await response.body.cancel();
        throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O(`artifact is ${declared} bytes; at most ${maxBytes} are read`, null);
    }
    const chunks = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .O(`artifact is larger than ${maxBytes} bytes`, null);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 89210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/**
 * The narrow GitHub surface delivery needs. The sticky-comment, check-run and publish logic sit
 * above it and are tested against a recording fake; octokit-port.ts is the only implementation
 * that talks HTTP.
 */
/** A failed API call, with the HTTP status when there was a response. */
class GitHubApiError extends Error {
    status;
    rateLimited;
    name = 'GitHubApiError';
    constructor(message, status, 
    /** A rate limit that outlasted the retries: a 403 that is not about permissions. */
    rateLimited = false) {
        super(message);
        this.status = status;
        this.rateLimited = rateLimited;
    }
    /** The token lacks a permission (fork PRs, read-only GITHUB_TOKEN). */
    get forbidden() {
        return this.status === 403 && !this.rateLimited;
    }
}
/** The HTTP status of an error thrown by a port, or null. */
function statusOf(error) {
    return error instanceof GitHubApiError ? error.status : null;
}


/***/ })

};
;