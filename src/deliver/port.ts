/**
 * The narrow GitHub surface delivery needs. The sticky-comment, check-run and publish logic sit
 * above it and are tested against a recording fake; octokit-port.ts is the only implementation
 * that talks HTTP.
 */

/** The account the token acts as; comments by anyone else are never ours. */
export interface Identity {
  login: string;
  /** Numeric user id (REST `user.id`, GraphQL `databaseId`) when known: logins can be renamed. */
  id: number | null;
}

export interface IssueComment {
  id: number;
  body: string;
  author: Identity | null;
  url: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  detailsUrl: string | null;
  externalId: string;
  output: CheckOutput;
}

export interface NewStatus {
  sha: string;
  state: 'success' | 'failure' | 'error' | 'pending';
  context: string;
  description: string;
  targetUrl: string | null;
}

export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** Branch name of the head, and the login owning the repository it lives in. */
  headRef: string;
  headOwner: string | null;
  state: string;
}

/** A workflow run, as the runs API lists it. */
export interface WorkflowRunInfo {
  id: number;
  workflowId: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  conclusion: string | null;
  createdAt: string | null;
}

/** Which runs of a workflow to list (the runs API's own filters). */
export interface WorkflowRunFilter {
  branch: string;
  event: string;
  /** `success`: completed and concluded successfully. */
  status: 'success' | 'completed';
}

/** One file of a pull request's diff. */
export interface PullRequestFile {
  path: string;
  status: string;
  additions: number;
  /** The file's hunks; GitHub leaves it out for binary files and diffs too large to show. */
  patch: string | null;
}

export interface GitHubPort {
  /** Who the token acts as, or null when no endpoint the token may call says so. */
  identity(): Promise<Identity | null>;
  /** Every comment of an issue or PR, oldest first, page by page. */
  listComments(issue: number): AsyncIterable<IssueComment>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
  createCheckRun(run: NewCheckRun): Promise<{ id: number; url: string }>;
  /** Adds output (e.g. the next batch of annotations) to an existing check run. */
  updateCheckRun(id: number, output: CheckOutput): Promise<void>;
  createStatus(status: NewStatus): Promise<void>;
  listRunArtifacts(runId: number, name: string): Promise<RunArtifact[]>;
  /** The artifact's zip, refusing to read more than maxBytes. */
  downloadArtifact(artifactId: number, maxBytes: number): Promise<Uint8Array>;
  getPullRequest(number: number): Promise<PullRequestInfo | null>;
  /** Open PRs whose head is `owner:branch`. */
  listPullRequestsByHead(owner: string, branch: string): Promise<PullRequestInfo[]>;
  listPullRequestsForCommit(sha: string): Promise<PullRequestInfo[]>;
  /** A run of this repository, or null when there is none with that id. */
  getWorkflowRun(runId: number): Promise<WorkflowRunInfo | null>;
  /**
   * Runs of a workflow (its id or file name) matching the filter, newest first, at most
   * `limit` of them (a page of up to 100 per request).
   */
  listWorkflowRuns(
    workflow: number | string,
    filter: WorkflowRunFilter,
    limit: number,
  ): Promise<WorkflowRunInfo[]>;
  /** The files a pull request changes, page by page (GitHub lists at most 3,000). */
  listPullRequestFiles(number: number): AsyncIterable<PullRequestFile>;
}

export interface ArtifactPort {
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    retentionDays: number | undefined,
  ): Promise<{ id: number; size: number | null }>;
}

/** A failed API call, with the HTTP status when there was a response. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | null,
    /** A rate limit that outlasted the retries: a 403 that is not about permissions. */
    readonly rateLimited = false,
  ) {
    super(message);
  }

  /** The token lacks a permission (fork PRs, read-only GITHUB_TOKEN). */
  get forbidden(): boolean {
    return this.status === 403 && !this.rateLimited;
  }
}

/** The HTTP status of an error thrown by a port, or null. */
export function statusOf(error: unknown): number | null {
  return error instanceof GitHubApiError ? error.status : null;
}
