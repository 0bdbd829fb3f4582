"use strict";
exports.id = 722;
exports.ids = [722];
exports.modules = {

/***/ 89722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPublishedCertification: () => (/* binding */ readPublishedCertification)
/* harmony export */ });
/* unused harmony exports PublishError, loadPublished, findPullRequest */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96723);
/* harmony import */ var _model_certification_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1891);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91555);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58538);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92146);
/* harmony import */ var _octokit_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98926);






const MAX_PR_FILE_BYTES = 4 * 1024;
/** Nothing can be published: no artifact, an invalid one, or the wrong kind of event. */
class PublishError extends Error {
    name = 'PublishError';
}
const prFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().nullable(),
    headSha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
});
/**
 * For main.ts in `mode: publish`: the certification of the run that triggered this
 * workflow_run event, validated, with the PR and commit to deliver it to. Pass `target` on to
 * deliver(). Throws PublishError when there is nothing to publish.
 */
async function readPublishedCertification(id, token, info, context = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .currentDeliveryContext */ .F0)()) {
    if (!token)
        throw new PublishError("mode: publish needs the 'github-token' input.");
    const port = await (0,_octokit_port_js__WEBPACK_IMPORTED_MODULE_4__/* .createOctokitPort */ .F)({ token, context, info });
    const published = await loadPublished(port, context, id);
    for (const note of published.notes)
        info(note);
    return published;
}
/**
 * Reads the certification a `collect` run uploaded, for a `publish` run in a workflow_run
 * workflow. The artifact is untrusted (a fork PR's workflow wrote it): it is size-capped,
 * schema-checked and only ever parsed as data. The PR and commit it is delivered to come from
 * GitHub (the workflow_run payload and the PR API), never from the artifact alone.
 */
async function loadPublished(port, context, id) {
    const run = context.workflowRun;
    if (run === null) {
        throw new PublishError(`mode: publish reads the artifact of the run that triggered a workflow_run event; this run was triggered by '${context.eventName || 'unknown'}'.`);
    }
    const name = (0,_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactName */ .Cs)(id);
    const artifact = await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_2__/* .findRunArtifact */ .h8)(port, run.id, name);
    if (!artifact) {
        throw new PublishError(`Run ${run.htmlUrl ?? run.id} has no artifact named '${name}'. Did its certify step run with mode: collect and id: ${id}?`);
    }
    let files;
    try {
        files = await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_2__/* .readArtifactEntries */ .pg)(port, artifact, {
            [_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .CERTIFICATION_FILE */ .uk]: _model_certification_schema_js__WEBPACK_IMPORTED_MODULE_0__.MAX_CERTIFICATION_BYTES,
            [_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_FILE */ .mn]: MAX_PR_FILE_BYTES,
        });
    }
    catch (error) {
        if (error instanceof _artifact_download_js__WEBPACK_IMPORTED_MODULE_2__/* .ArtifactReadError */ .tZ)
            throw new PublishError(error.message);
        throw error;
    }
    const json = files.get(_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .CERTIFICATION_FILE */ .uk);
    if (!json)
        throw new PublishError(`Artifact '${name}' holds no ${_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .CERTIFICATION_FILE */ .uk}.`);
    const parsed = (0,_model_certification_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCertification */ .sE)(json.toString('utf8'));
    if (!parsed.ok)
        throw new PublishError(`Artifact '${name}': ${parsed.error}`);
    const notes = [];
    const hint = readHint(files.get(_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_FILE */ .mn), notes);
    const pull = await findPullRequest(port, run, hint);
    if (pull === null)
        notes.push(`No open pull request has head ${run.headSha}; publishing the check only.`);
    if (hint?.number != null && pull !== null && hint.number !== pull.number) {
        notes.push(`${_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_FILE */ .mn} names PR #${hint.number}, but commit ${run.headSha} belongs to PR #${pull.number}; using #${pull.number}.`);
    }
    const certification = parsed.certification;
    const subject = {
        repository: `${context.owner}/${context.repo}`,
        sha: run.headSha,
        ref: certification.subject.ref,
        pullRequest: pull?.number ?? null,
    };
    if (certification.subject.sha !== null && certification.subject.sha !== run.headSha) {
        notes.push(`certification.json names commit ${certification.subject.sha}; the triggering run built ${run.headSha}.`);
    }
    return {
        certification: { ...certification, subject },
        target: { pullRequest: subject.pullRequest, headSha: run.headSha, detailsUrl: run.htmlUrl },
        notes,
    };
}
function readHint(content, notes) {
    if (content === undefined)
        return null;
    try {
        const result = prFileSchema.safeParse(JSON.parse(content.toString('utf8')));
        if (result.success)
            return result.data;
    }
    catch {
        // reported below
    }
    notes.push(`${_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .PR_FILE */ .mn} in the artifact is not valid; finding the PR from the commit instead.`);
    return null;
}
/**
 * The PR the triggering run built. A PR qualifies only when GitHub says its head is the run's
 * commit, or its head branch and owner are the run's (a later push moved it on). Sources, in
 * order: the workflow_run payload (empty for forks), the number the artifact suggests, the
 * repository's PRs with that head, the PRs GitHub associates with the commit.
 */
async function findPullRequest(port, run, hint) {
    const fromPayload = run.pullRequests.find((p) => p.headSha === run.headSha) ?? run.pullRequests[0];
    if (fromPayload) {
        const pull = await port.getPullRequest(fromPayload.number);
        if (pull && belongsToRun(pull, run))
            return pull;
    }
    if (hint?.number != null) {
        const pull = await port.getPullRequest(hint.number);
        if (pull && belongsToRun(pull, run))
            return pull;
    }
    if (run.headOwner !== null && run.headBranch !== null) {
        const pulls = await port.listPullRequestsByHead(run.headOwner, run.headBranch);
        const pull = pick(pulls, run);
        if (pull)
            return pull;
    }
    return pick(await port.listPullRequestsForCommit(run.headSha), run) ?? null;
}
function pick(pulls, run) {
    return pulls.find((p) => p.headSha === run.headSha) ?? pulls.find((p) => belongsToRun(p, run));
}
function belongsToRun(pull, run) {
    if (pull.headSha === run.headSha)
        return true;
    return (run.headBranch !== null &&
        run.headOwner !== null &&
        pull.headRef === run.headBranch &&
        pull.headOwner?.toLowerCase() === run.headOwner.toLowerCase());
}


/***/ })

};
;