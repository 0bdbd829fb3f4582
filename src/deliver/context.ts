import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Where a run delivers to, derived from the runner's environment and the event payload only.
 * Check runs go on the PR's head commit: on `pull_request` events GITHUB_SHA is the merge
 * commit, which the PR page does not show.
 */
export interface DeliveryContext {
  owner: string;
  repo: string;
  eventName: string;
  /** GITHUB_SHA as the runner gives it (the merge commit on pull_request). */
  sha: string;
  /** The commit a check run or status belongs on: the PR head, else GITHUB_SHA. */
  headSha: string;
  /** PR number when the event is about exactly one PR. */
  pullRequest: number | null;
  serverUrl: string;
  apiUrl: string;
  runId: number | null;
  /** Link to the run that produced the delivery (details_url, status target_url). */
  runUrl: string | null;
  /** Present on workflow_run events: the run a `publish` step reads its artifact from. */
  workflowRun: TriggeringRun | null;
}

/** The workflow run that triggered a workflow_run event (the `collect` run in the fork pattern). */
export interface TriggeringRun {
  id: number;
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  /** Owner login of the repository the head commit lives in (the fork for fork PRs). */
  headOwner: string | null;
  headRepository: string | null;
  htmlUrl: string | null;
  /** PRs GitHub associated with the run; empty for PRs from forks. */
  pullRequests: { number: number; headSha: string }[];
}

const login = z.object({ login: z.string() });
const repository = z.object({ full_name: z.string(), owner: login }).partial();

/**
 * Only the fields delivery reads; everything else in the payload is ignored. Each field is read
 * on its own, so one unexpected shape does not hide the others.
 */
const payloadSchema = z.object({
  pull_request: z
    .object({ number: z.number().int().positive(), head: z.object({ sha: z.string() }) })
    .optional()
    .catch(undefined),
  merge_group: z.object({ head_sha: z.string() }).optional().catch(undefined),
  workflow_run: z
    .object({
      id: z.number().int().positive(),
      event: z.string(),
      conclusion: z.string().nullable().optional(),
      head_sha: z.string(),
      head_branch: z.string().nullable().optional(),
      html_url: z.string().optional(),
      head_repository: repository.nullable().optional(),
      pull_requests: z
        .array(
          z.object({ number: z.number().int().positive(), head: z.object({ sha: z.string() }) }),
        )
        .optional(),
    })
    .optional()
    .catch(undefined),
  repository: repository.optional().catch(undefined),
});

type Env = Readonly<Record<string, string | undefined>>;

/** The delivery context of a run: a pure function of the environment and the event payload. */
export function deliveryContextOf(env: Env, payload: unknown): DeliveryContext {
  const parsed = payloadSchema.safeParse(payload);
  const event = parsed.success ? parsed.data : {};
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const [owner = '', repo = ''] = (
    env['GITHUB_REPOSITORY'] ??
    event.repository?.full_name ??
    '/'
  ).split('/');
  const serverUrl = stripSlash(env['GITHUB_SERVER_URL'] ?? 'https://github.com');
  const sha = env['GITHUB_SHA'] ?? '';
  const runId = positiveInt(env['GITHUB_RUN_ID']);
  const attempt = positiveInt(env['GITHUB_RUN_ATTEMPT']);
  const runUrl =
    runId === null || !owner
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
    workflowRun:
      eventName === 'workflow_run' && run
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
export function readEventPayload(env: Env): unknown {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return {};
  }
}

/** The context of the current process. */
export function currentDeliveryContext(env: Env = process.env): DeliveryContext {
  return deliveryContextOf(env, readEventPayload(env));
}

function positiveInt(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
