import { messageOf } from '../errors.js';
import { MAX_CERTIFICATION_BYTES } from '../model/certification-schema.js';
import { artifactName, CERTIFICATION_FILE } from './artifact.js';
import { findRunArtifact, readArtifactEntries } from './artifact-download.js';
import { GitHubApiError } from './port.js';
import type { GitHubPort, RunArtifact, WorkflowRunInfo } from './port.js';

/**
 * Runs looked at beyond the ones wanted: a recent run can lack the artifact (expired, the step
 * was skipped, another id). Bounds the requests: one listing, then one per run examined.
 */
const EXTRA_RUNS = 10;
/** Every artifact zip downloaded for the baseline and the trend together. */
export const MAX_BASE_BRANCH_BYTES = 128 * 1024 * 1024;
/** Runs whose artifacts are fetched at once. */
const PARALLEL = 4;
/** Per-run problems logged; more would only repeat the same cause. */
const MAX_NOTES = 5;

export interface BaseBranchRequest {
  /** Certification id: the artifact read is `certification-<id>`. */
  id: string;
  /** The pull request's base branch. */
  branch: string;
  /** How many certifications are wanted, newest first (baseline and trend together). */
  wanted: number;
  /** Current run (GITHUB_RUN_ID), to find its workflow when GITHUB_WORKFLOW_REF is absent. */
  runId: number | null;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/<file>@<ref>`. */
  workflowRef: string | null;
  owner: string;
  repo: string;
}

export interface BaseBranchCertification<T> {
  run: WorkflowRunInfo;
  value: T;
}

export interface BaseBranchFindings<T> {
  /** Newest first; at most `wanted`. */
  found: BaseBranchCertification<T>[];
  /** When nothing was found: why, in words fit for the report ("no baseline: …"). */
  missing: string | null;
  /** Runs skipped on the way (unreadable artifact, byte budget), for the log. */
  notes: string[];
}

/**
 * The certifications that the same workflow's successful `push` runs on the base branch
 * uploaded as `certification-<id>`, newest first. Bounded: one run listing of at most
 * `wanted + 10` runs, one artifact listing per run examined, downloads within
 * MAX_BASE_BRANCH_BYTES in total, each artifact under the same caps as publish mode. `read`
 * turns one certification.json into what the caller keeps (it may throw: that run is
 * skipped). Never throws for GitHub's answers: a 403 (no `actions: read`) or 404 becomes
 * `missing`.
 */
export async function findBaseBranchCertifications<T>(
  port: GitHubPort,
  request: BaseBranchRequest,
  read: (json: string, run: WorkflowRunInfo) => T,
): Promise<BaseBranchFindings<T>> {
  const found: BaseBranchCertification<T>[] = [];
  const notes: string[] = [];
  const note = (line: string) => {
    if (notes.length < MAX_NOTES) notes.push(line);
  };
  if (request.wanted <= 0) return { found, missing: null, notes };
  const name = artifactName(request.id);
  let workflow: number | string | null = null;
  try {
    const resolved = await workflowOf(port, request);
    if ('missing' in resolved) return { found, missing: resolved.missing, notes };
    workflow = resolved.workflow;
    const runs = await port.listWorkflowRuns(
      workflow,
      { branch: request.branch, event: 'push', status: 'success' },
      request.wanted + EXTRA_RUNS,
    );
    let budget = MAX_BASE_BRANCH_BYTES;
    let next = 0;
    while (found.length < request.wanted && next < runs.length) {
      // Only as many runs at once as certifications are still wanted: nothing is over-fetched.
      const batch = runs.slice(next, next + Math.min(PARALLEL, request.wanted - found.length));
      next += batch.length;
      const artifacts = await Promise.all(batch.map((run) => findRunArtifact(port, run.id, name)));
      let overBudget = false;
      const reads: Promise<BaseBranchCertification<T> | null>[] = [];
      for (const [i, run] of batch.entries()) {
        const artifact = artifacts[i] ?? null;
        if (artifact === null) continue;
        if (artifact.sizeInBytes > budget) {
          overBudget = true;
          note(
            `run ${run.id}: artifact ${name} (${artifact.sizeInBytes} bytes) is past the ${MAX_BASE_BRANCH_BYTES}-byte budget for base-branch certifications; older runs are not read`,
          );
          break;
        }
        budget -= artifact.sizeInBytes;
        reads.push(readOne(port, run, artifact, read, note));
      }
      for (const value of await Promise.all(reads)) if (value !== null) found.push(value);
      if (overBudget) break;
    }
    if (found.length > 0) return { found, missing: null, notes };
    const which = `workflow ${String(workflow)} on ${request.branch}`;
    return {
      found,
      missing:
        runs.length === 0
          ? `no successful push run of ${which}`
          : `none of the last ${next} successful push runs of ${which} has a readable artifact ${name}`,
      notes,
    };
  } catch (error) {
    return { found, missing: found.length > 0 ? null : explain(error, workflow), notes };
  }
}

/** One run's certification, or null (with a note) when its artifact cannot be used. */
async function readOne<T>(
  port: GitHubPort,
  run: WorkflowRunInfo,
  artifact: RunArtifact,
  read: (json: string, run: WorkflowRunInfo) => T,
  note: (line: string) => void,
): Promise<BaseBranchCertification<T> | null> {
  try {
    const files = await readArtifactEntries(port, artifact, {
      [CERTIFICATION_FILE]: MAX_CERTIFICATION_BYTES,
    });
    const json = files.get(CERTIFICATION_FILE);
    if (json === undefined) {
      note(`run ${run.id}: artifact ${artifact.name} holds no ${CERTIFICATION_FILE}`);
      return null;
    }
    return { run, value: read(json.toString('utf8'), run) };
  } catch (error) {
    // Without the permission every other run fails the same way: stop here.
    if (error instanceof GitHubApiError && error.forbidden) throw error;
    note(`run ${run.id}: ${messageOf(error)}`);
    return null;
  }
}

/**
 * The workflow of the current run: its file name from GITHUB_WORKFLOW_REF (the runs API takes a
 * file name as the workflow id), else the run's `workflow_id` from the API.
 */
async function workflowOf(
  port: GitHubPort,
  request: BaseBranchRequest,
): Promise<{ workflow: number | string } | { missing: string }> {
  const file = workflowFileOf(request.workflowRef, request.owner, request.repo);
  if (file !== null) return { workflow: file };
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
export function workflowFileOf(ref: string | null, owner: string, repo: string): string | null {
  const match = /^([^/]+)\/([^/]+)\/\.github\/workflows\/([^/@]+)@/.exec(ref ?? '');
  if (!match) return null;
  const [, refOwner = '', refRepo = '', file = ''] = match;
  const same =
    refOwner.toLowerCase() === owner.toLowerCase() && refRepo.toLowerCase() === repo.toLowerCase();
  return same ? file : null;
}

function explain(error: unknown, workflow: number | string | null): string {
  if (error instanceof GitHubApiError && error.forbidden) {
    return "the token may not read this repository's Actions runs and artifacts (HTTP 403): add `actions: read` to the workflow's permissions";
  }
  if (error instanceof GitHubApiError && error.status === 404) {
    return `workflow ${workflow === null ? 'of this run' : String(workflow)} or its runs were not found (HTTP 404)`;
  }
  return `the base branch's runs could not be read: ${messageOf(error)}`;
}
