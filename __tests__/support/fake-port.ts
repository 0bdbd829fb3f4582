import { GitHubApiError } from '../../src/deliver/port.js';
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
  WorkflowRunFilter,
  WorkflowRunInfo,
} from '../../src/deliver/port.js';

export const BOT: Identity = { login: 'github-actions[bot]', id: 41898282 };
export const HUMAN: Identity = { login: 'octocat', id: 583231 };

type Method = keyof GitHubPort;

/**
 * An in-memory GitHub behind the port: comments on issues with growing ids, check runs,
 * statuses, artifacts and PRs. Records every call; `fail(method, error)` makes the next calls
 * of a method throw. Small on purpose: the logic under test sits above the port.
 */
export class FakePort implements GitHubPort {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  readonly comments = new Map<number, { issue: number; comment: IssueComment }>();
  readonly checkRuns: (NewCheckRun & { id: number; updates: CheckOutput[] })[] = [];
  readonly statuses: NewStatus[] = [];
  artifacts: RunArtifact[] = [];
  zips = new Map<number, Uint8Array>();
  pulls: PullRequestInfo[] = [];
  /** Which run an artifact belongs to; artifacts not listed here belong to every run. */
  artifactRuns = new Map<number, number>();
  /** Workflow runs, in any order (listed newest first, by id), with the workflow's file name. */
  runs: (WorkflowRunInfo & { workflowFile: string })[] = [];
  pullFiles = new Map<number, PullRequestFile[]>();
  me: Identity | null = BOT;
  /** Who createComment says wrote the comment (the token's account, even when identity() is null). */
  author: Identity = BOT;
  private nextId = 1000;
  private readonly failures = new Map<Method, { error: Error; times: number }>();
  /** Runs right after listComments finished a listing; lets a test interleave another run. */
  afterList: (() => Promise<void>) | undefined;

  fail(method: Method, error: Error, times = Infinity): void {
    this.failures.set(method, { error, times });
  }

  static forbidden(): GitHubApiError {
    return new GitHubApiError('Resource not accessible by integration', 403);
  }

  seedComment(issue: number, body: string, author: Identity | null): IssueComment {
    const comment = {
      id: this.nextId++,
      body,
      author,
      url: `https://github.test/c/${this.nextId}`,
    };
    this.comments.set(comment.id, { issue, comment });
    return comment;
  }

  commentsOn(issue: number): IssueComment[] {
    return [...this.comments.values()].filter((c) => c.issue === issue).map((c) => c.comment);
  }

  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  private record(method: Method, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      throw failure.error;
    }
  }

  identity(): Promise<Identity | null> {
    this.record('identity');
    return Promise.resolve(this.me);
  }

  async *listComments(issue: number): AsyncIterable<IssueComment> {
    this.record('listComments', issue);
    const snapshot = this.commentsOn(issue).map((c) => ({ ...c }));
    for (const comment of snapshot) yield comment;
    if (this.afterList) {
      const hook = this.afterList;
      this.afterList = undefined;
      await hook();
    }
  }

  createComment(issue: number, body: string): Promise<IssueComment> {
    this.record('createComment', issue, body);
    return Promise.resolve({ ...this.seedComment(issue, body, this.author) });
  }

  updateComment(id: number, body: string): Promise<IssueComment> {
    this.record('updateComment', id, body);
    const entry = this.comments.get(id);
    if (!entry) return Promise.reject(new GitHubApiError('Not Found', 404));
    entry.comment.body = body;
    return Promise.resolve({ ...entry.comment });
  }

  deleteComment(id: number): Promise<void> {
    this.record('deleteComment', id);
    if (!this.comments.delete(id)) return Promise.reject(new GitHubApiError('Not Found', 404));
    return Promise.resolve();
  }

  createCheckRun(run: NewCheckRun): Promise<{ id: number; url: string }> {
    this.record('createCheckRun', run);
    const id = this.nextId++;
    this.checkRuns.push({ ...run, id, updates: [] });
    return Promise.resolve({ id, url: `https://github.test/runs/${id}` });
  }

  updateCheckRun(id: number, output: CheckOutput): Promise<void> {
    this.record('updateCheckRun', id, output);
    this.checkRuns.find((r) => r.id === id)?.updates.push(output);
    return Promise.resolve();
  }

  createStatus(status: NewStatus): Promise<void> {
    this.record('createStatus', status);
    this.statuses.push(status);
    return Promise.resolve();
  }

  listRunArtifacts(runId: number, name: string): Promise<RunArtifact[]> {
    this.record('listRunArtifacts', runId, name);
    return Promise.resolve(
      this.artifacts.filter(
        (a) => a.name === name && (this.artifactRuns.get(a.id) ?? runId) === runId,
      ),
    );
  }

  downloadArtifact(artifactId: number, maxBytes: number): Promise<Uint8Array> {
    this.record('downloadArtifact', artifactId, maxBytes);
    const zip = this.zips.get(artifactId);
    if (!zip) return Promise.reject(new GitHubApiError('Not Found', 404));
    return Promise.resolve(zip);
  }

  getPullRequest(number: number): Promise<PullRequestInfo | null> {
    this.record('getPullRequest', number);
    return Promise.resolve(this.pulls.find((p) => p.number === number) ?? null);
  }

  listPullRequestsByHead(owner: string, branch: string): Promise<PullRequestInfo[]> {
    this.record('listPullRequestsByHead', owner, branch);
    return Promise.resolve(
      this.pulls.filter((p) => p.headOwner === owner && p.headRef === branch && p.state === 'open'),
    );
  }

  listPullRequestsForCommit(sha: string): Promise<PullRequestInfo[]> {
    this.record('listPullRequestsForCommit', sha);
    return Promise.resolve(this.pulls.filter((p) => p.headSha === sha));
  }

  getWorkflowRun(runId: number): Promise<WorkflowRunInfo | null> {
    this.record('getWorkflowRun', runId);
    const run = this.runs.find((r) => r.id === runId);
    if (!run) return Promise.resolve(null);
    const { workflowFile: _file, ...info } = run;
    return Promise.resolve(info);
  }

  listWorkflowRuns(
    workflow: number | string,
    filter: WorkflowRunFilter,
    limit: number,
  ): Promise<WorkflowRunInfo[]> {
    this.record('listWorkflowRuns', workflow, filter, limit);
    return Promise.resolve(
      this.runs
        .filter(
          (r) =>
            (r.workflowId === workflow || r.workflowFile === workflow) &&
            r.headBranch === filter.branch &&
            r.event === filter.event &&
            (filter.status === 'completed'
              ? r.conclusion !== null
              : r.conclusion === filter.status),
        )
        .sort((a, b) => b.id - a.id)
        .slice(0, limit)
        .map(({ workflowFile: _file, ...info }) => info),
    );
  }

  async *listPullRequestFiles(number: number): AsyncIterable<PullRequestFile> {
    this.record('listPullRequestFiles', number);
    for (const file of this.pullFiles.get(number) ?? []) yield await Promise.resolve(file);
  }
}
