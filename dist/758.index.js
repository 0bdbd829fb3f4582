"use strict";
exports.id = 758;
exports.ids = [758,891];
exports.modules = {

/***/ 58538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tZ: () => (/* binding */ ArtifactReadError),
  h8: () => (/* binding */ findRunArtifact),
  pg: () => (/* binding */ readArtifactEntries)
});

// UNUSED EXPORTS: MAX_ARTIFACT_ZIP_BYTES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/deliver/zip.ts

/**
 * Reads named entries out of a zip held in memory, for the artifact a `publish` run downloads.
 * The archive comes from an untrusted workflow, so: only the central directory is trusted for
 * sizes, each wanted entry has its own size cap checked before and during inflation, the
 * CRC must match, and nothing is ever written to disk or executed.
 */
class ZipError extends Error {
    name = 'ZipError';
}
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;
function readZipEntries(zip, wanted) {
    const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = findEndOfCentralDirectory(buf);
    const entries = buf.readUInt16LE(eocd + 10);
    const size = buf.readUInt32LE(eocd + 12);
    const offset = buf.readUInt32LE(eocd + 16);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        throw new ZipError('zip64 archives are not accepted');
    }
    if (entries > MAX_ENTRIES)
        throw new ZipError(`more than ${MAX_ENTRIES} entries`);
    if (offset + size > eocd)
        throw new ZipError('central directory runs past its end record');
    const found = new Map();
    let at = offset;
    for (let i = 0; i < entries; i++) {
        need(buf, at, 46, 'central directory entry');
        if (buf.readUInt32LE(at) !== CENTRAL_SIGNATURE)
            throw new ZipError(`bad central directory entry ${i}`);
        const flags = buf.readUInt16LE(at + 8);
        const method = buf.readUInt16LE(at + 10);
        const crc = buf.readUInt32LE(at + 16);
        const compressed = buf.readUInt32LE(at + 20);
        const uncompressed = buf.readUInt32LE(at + 24);
        const nameLength = buf.readUInt16LE(at + 28);
        const extraLength = buf.readUInt16LE(at + 30);
        const commentLength = buf.readUInt16LE(at + 32);
        const localOffset = buf.readUInt32LE(at + 42);
        need(buf, at + 46, nameLength, 'entry name');
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        const max = Object.hasOwn(wanted, name) ? wanted[name] : undefined;
        if (max === undefined)
            continue;
        if (found.has(name))
            throw new ZipError(`${name} appears twice`);
        if (flags & 0x1)
            throw new ZipError(`${name} is encrypted`);
        if (uncompressed > max)
            throw new ZipError(`${name} is ${uncompressed} bytes; at most ${max} are accepted`);
        const data = entryData(buf, localOffset, compressed, name);
        let content;
        if (method === 0)
            content = data;
        else if (method === 8)
            content = inflate(data, uncompressed, name);
        else
            throw new ZipError(`${name} uses compression method ${method}`);
        if (content.length !== uncompressed)
            throw new ZipError(`${name} is not the size its directory entry says`);
        if ((0,external_node_zlib_.crc32)(content) !== crc)
            throw new ZipError(`${name} fails its CRC check`);
        found.set(name, content);
    }
    return found;
}
function findEndOfCentralDirectory(buf) {
    const last = buf.length - EOCD_SIZE;
    const first = Math.max(0, last - MAX_COMMENT);
    for (let at = last; at >= first; at--) {
        if (buf.readUInt32LE(at) === EOCD_SIGNATURE)
            return at;
    }
    throw new ZipError('not a zip archive (no end of central directory record)');
}
function entryData(buf, localOffset, compressed, name) {
    need(buf, localOffset, 30, `local header of ${name}`);
    if (buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE)
        throw new ZipError(`bad local header for ${name}`);
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    need(buf, start, compressed, `data of ${name}`);
    return buf.subarray(start, start + compressed);
}
/** Inflates no further than the size the directory declared (already checked against the cap). */
function inflate(data, declared, name) {
    try {
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, declared) });
    }
    catch (error) {
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            throw new ZipError(`${name} inflates past its declared ${declared} bytes`);
        throw new ZipError(`${name} does not inflate`);
    }
}
function need(buf, at, length, what) {
    if (at < 0 || at + length > buf.length)
        throw new ZipError(`${what} runs past the end of the archive`);
}

;// CONCATENATED MODULE: ./src/deliver/artifact-download.ts


/** Largest artifact zip read from another run (publish, base-branch baseline and trend). */
const MAX_ARTIFACT_ZIP_BYTES = 64 * 1024 * 1024;
/** An artifact that cannot be read: too large, not a zip, or an entry over its cap. */
class ArtifactReadError extends Error {
    name = 'ArtifactReadError';
}
/** The newest unexpired artifact of a run with exactly this name, or null. */
async function findRunArtifact(port, runId, name) {
    const artifacts = await port.listRunArtifacts(runId, name);
    return (artifacts.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id)[0] ?? null);
}
/**
 * Downloads an artifact of another run and extracts only the wanted entries, each under its own
 * size cap. The zip is checked against `maxZipBytes` from the listing before the download and
 * again while it streams; it is held in memory only, never written to disk or executed.
 */
async function readArtifactEntries(port, artifact, wanted, maxZipBytes = MAX_ARTIFACT_ZIP_BYTES) {
    if (artifact.sizeInBytes > maxZipBytes) {
        throw new ArtifactReadError(`Artifact '${artifact.name}' is ${artifact.sizeInBytes} bytes; at most ${maxZipBytes} are read.`);
    }
    const zip = await port.downloadArtifact(artifact.id, maxZipBytes);
    try {
        return readZipEntries(zip, wanted);
    }
    catch (error) {
        throw new ArtifactReadError(`Artifact '${artifact.name}' is not a readable zip: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}


/***/ }),

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


/***/ }),

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