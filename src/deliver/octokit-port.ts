import type { DeliveryContext } from './context.js';
import { GitHubApiError } from './port.js';
import type {
  CheckOutput,
  GitHubPort,
  Identity,
  IssueComment,
  NewCheckRun,
  NewStatus,
  PullRequestFile,
  PullRequestInfo,
  RunArtifact,
  WorkflowRunInfo,
} from './port.js';

/** Rate-limit waits longer than this fail the call instead of holding the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;
const RATE_LIMIT_RETRIES = 2;
/** Network errors and 5xx are retried this often (waits 1 s, 4 s, 9 s). */
const RETRIES = 3;
const DOWNLOAD_TIMEOUT_MS = 120_000;

export interface OctokitPortOptions {
  token: string;
  context: Pick<DeliveryContext, 'owner' | 'repo'>;
  /** Where retries and rate-limit waits are reported. */
  info: (message: string) => void;
}

/**
 * The GitHub port over the Octokit from @actions/github (proxy-aware, GITHUB_API_URL), with
 * @octokit/plugin-retry (5xx and network errors) and @octokit/plugin-throttling (primary and
 * secondary rate limits, honouring retry-after and x-ratelimit-reset; writes spaced as GitHub
 * asks). Loaded lazily so runs that deliver nothing never pay for it.
 */
export async function createOctokitPort(options: OctokitPortOptions): Promise<GitHubPort> {
  // One after the other: jest's ESM loader fails on concurrent imports sharing a module.
  const { getOctokit } = await import('@actions/github');
  const { defaults } = await import('@actions/github/lib/utils');
  const { retry } = await import('@octokit/plugin-retry');
  const { throttling } = await import('@octokit/plugin-throttling');
  const { info } = options;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      info(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`,
      );
      return retrying;
    };
  const quiet = () => undefined;
  const octokit = getOctokit(
    options.token,
    {
      log: {
        debug: quiet,
        info: quiet,
        warn: (message: string) => {
          info(message);
        },
        error: quiet,
      },
      // 403 and 429 are rate limits (throttling's job) or permissions (never retried).
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
  const fetchBlob = proxyFetch(defaults.request?.fetch);
  const { owner, repo } = options.context;
  const api = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toApiError(what, error);
    }
  };
  let identity: Promise<Identity | null> | undefined;

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
          for (const comment of page.data) yield commentOf(comment);
        }
      } catch (error) {
        throw toApiError(`list comments of #${issue}`, error);
      }
    },

    createComment: (issue, body) =>
      api(`create a comment on #${issue}`, async () =>
        commentOf(
          (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))
            .data,
        ),
      ),

    updateComment: (id, body) =>
      api(`update comment ${id}`, async () =>
        commentOf(
          (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
        ),
      ),

    deleteComment: (id) =>
      api(`delete comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      }),

    createCheckRun: (run: NewCheckRun) =>
      api(`create check run '${run.name}'`, async () => {
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

    updateCheckRun: (id: number, output: CheckOutput) =>
      api(`update check run ${id}`, async () => {
        await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
      }),

    createStatus: (status: NewStatus) =>
      api(`set commit status '${status.context}'`, async () => {
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

    listRunArtifacts: (runId, name) =>
      api(`list artifacts of run ${runId}`, async () => {
        const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          name,
          per_page: 100,
        });
        return artifacts.map((a): RunArtifact => ({
          id: a.id,
          name: a.name,
          sizeInBytes: a.size_in_bytes,
          expired: a.expired,
          createdAt: a.created_at ?? null,
        }));
      }),

    downloadArtifact: (artifactId, maxBytes) =>
      api(`download artifact ${artifactId}`, async () => {
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
          throw new GitHubApiError(
            `expected a redirect to the artifact, got HTTP ${response.status}`,
            response.status,
          );
        }
        return readCapped(fetchBlob, location, maxBytes);
      }),

    getPullRequest: (number) =>
      api(`get PR #${number}`, async () => {
        try {
          return pullOf((await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data);
        } catch (error) {
          if (statusOfRequest(error) === 404) return null;
          throw error;
        }
      }),

    listPullRequestsByHead: (headOwner, branch) =>
      api(`list PRs with head ${headOwner}:${branch}`, async () => {
        const { data } = await octokit.rest.pulls.list({
          owner,
          repo,
          head: `${headOwner}:${branch}`,
          state: 'open',
          per_page: 100,
        });
        return data.map(pullOf);
      }),

    listPullRequestsForCommit: (sha) =>
      api(`list PRs of commit ${sha}`, async () => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
          per_page: 100,
        });
        return data.map(pullOf);
      }),

    getWorkflowRun: (runId) =>
      api(`get run ${runId}`, async () => {
        try {
          return runOf(
            (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data,
          );
        } catch (error) {
          if (statusOfRequest(error) === 404) return null;
          throw error;
        }
      }),

    listWorkflowRuns: (workflow, filter, limit) =>
      api(`list runs of workflow ${workflow} on ${filter.branch}`, async () => {
        const runs: WorkflowRunInfo[] = [];
        if (limit <= 0) return runs;
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
            if (runs.length >= limit) return runs;
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
            } satisfies PullRequestFile;
          }
        }
      } catch (error) {
        throw toApiError(`list files of PR #${number}`, error);
      }
    },
  };

  /**
   * GraphQL `viewer` answers for every kind of token, including the GITHUB_TOKEN and app
   * installation tokens, for which REST `GET /user` is 403. `GET /user` is the fallback
   * (e.g. a GHES without GraphQL access); null when neither answers.
   */
  async function resolveIdentity(): Promise<Identity | null> {
    try {
      const { viewer } = await octokit.graphql<{
        viewer: { login: string; databaseId: number | null };
      }>('query { viewer { login databaseId } }');
      return { login: viewer.login, id: viewer.databaseId };
    } catch (error) {
      info(
        `GraphQL viewer lookup failed (${toApiError('viewer', error).message}); trying GET /user.`,
      );
    }
    try {
      const { data } = await octokit.rest.users.getAuthenticated();
      return { login: data.login, id: data.id };
    } catch (error) {
      info(`GET /user failed (${toApiError('user', error).message}).`);
      return null;
    }
  }
}

interface RestUser {
  login: string;
  id: number;
}

function commentOf(comment: {
  id: number;
  body?: string | undefined;
  html_url: string;
  user: RestUser | null;
}): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    url: comment.html_url,
    author: comment.user ? { login: comment.user.login, id: comment.user.id } : null,
  };
}

function pullOf(pull: {
  number: number;
  state: string;
  head: { sha: string; ref: string; user: RestUser | null; repo?: { owner: RestUser } | null };
}): PullRequestInfo {
  return {
    number: pull.number,
    state: pull.state,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headOwner: pull.head.repo?.owner.login ?? pull.head.user?.login ?? null,
  };
}

function runOf(run: {
  id: number;
  workflow_id: number;
  head_sha: string;
  head_branch: string | null;
  event: string;
  conclusion: string | null;
  created_at: string;
}): WorkflowRunInfo {
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

function statusOfRequest(error: unknown): number | null {
  if (
    typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
  ) {
    return error.status;
  }
  return null;
}

function toApiError(what: string, error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status = statusOfRequest(error);
  const message = error instanceof Error ? error.message : String(error);
  const rateLimited = /rate limit/i.test(message);
  return new GitHubApiError(
    `${what}: ${status === null ? '' : `HTTP ${status}: `}${message}`,
    status,
    rateLimited,
  );
}

type BlobFetch = (
  url: string,
  init: { redirect: 'follow'; signal: AbortSignal },
) => Promise<Response>;

/** @actions/github's proxy-aware fetch (HTTPS_PROXY, NO_PROXY), else the global one. */
function proxyFetch(candidate: unknown): BlobFetch {
  if (typeof candidate === 'function') {
    return (url, init) => Promise.resolve((candidate as BlobFetch)(url, init));
  }
  return (url, init) => fetch(url, init);
}

/** The body of a GET without credentials, refusing to read past maxBytes. */
async function readCapped(
  fetchBlob: BlobFetch,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const response = await fetchBlob(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (!response.ok || !response.body) {
    throw new GitHubApiError(`artifact storage answered HTTP ${response.status}`, response.status);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new GitHubApiError(`artifact is ${declared} bytes; at most ${maxBytes} are read`, null);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GitHubApiError(`artifact is larger than ${maxBytes} bytes`, null);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
