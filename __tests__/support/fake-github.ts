import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of the GitHub REST/GraphQL API and of the Actions artifact service, on 127.0.0.1 only,
 * for running the bundled action end to end. It keeps state the way GitHub does (comment ids
 * grow, pages of 100 with Link headers, 65,536-character bodies, 50 annotations per request,
 * redirects to signed blob URLs) and records every request. Faults are injected per route.
 */

export interface Account {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const SOMEONE: Account = { login: 'mallory', id: 9001, type: 'User' };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: string;
  status: number;
  at: number;
}

export interface Fault {
  method: string;
  /** Matched against the path without query string. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get the fault (then it is spent). */
  times: number;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: Account;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  details_url?: string;
  external_id?: string;
  output: { title: string; summary: string; annotations?: unknown[] };
  annotations: unknown[];
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  retentionDays: number | null;
}

export interface PullRequest {
  number: number;
  headSha: string;
  headRef: string;
  headOwner: string;
  state: 'open' | 'closed';
}

/** A workflow run as the runs API describes it (fields Certify reads plus a few neighbours). */
export interface StoredWorkflowRun {
  id: number;
  workflowId: number;
  /** `.github/workflows/ci.yml`: the runs API also takes the file name as the workflow id. */
  workflowPath: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: string;
}

/** One file of a pull request, as the files API lists it; no `patch` for binary or huge diffs. */
export interface PullRequestFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  additions: number;
  deletions: number;
  patch?: string;
}

type Reply = (status: number, body?: unknown, headers?: Record<string, string>) => true;

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

const API_LIMIT_COMMENT = 65_536;
const API_LIMIT_SUMMARY = 65_535;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  readonly statuses: {
    sha: string;
    state: string;
    context: string;
    description?: string;
    target_url?: string;
  }[] = [];
  readonly artifacts: StoredArtifact[] = [];
  readonly pulls: PullRequest[] = [];
  readonly workflowRuns: StoredWorkflowRun[] = [];
  /** Files of each pull request, in the order the files API lists them. */
  readonly pullFiles = new Map<number, PullRequestFile[]>();
  /** Tokens the fake knows; unknown tokens get 401. */
  readonly tokens = new Map<string, { account: Account; readOnly: boolean }>();
  /** Run id that uploads land in (what ACTIONS_RUNTIME_TOKEN names in real life). */
  uploadRunId = 1;
  /** GraphQL viewer answers; when false it errors as an old GHES might. */
  graphqlViewer = true;
  private faults: Fault[] = [];
  private nextId = 5_000_000;
  private readonly blocks = new Map<string, Buffer>();
  private readonly blobs = new Map<string, Buffer>();
  private listBarrier: { count: number; waiting: (() => void)[] } | undefined;
  private server: Server | undefined;
  url = '';

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => {
      this.server?.listen(0, '127.0.0.1', resolve);
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }

  /** Forgets everything stored and recorded (between tests; the server keeps running). */
  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.checkRuns.length = 0;
    this.statuses.length = 0;
    this.artifacts.length = 0;
    this.pulls.length = 0;
    this.workflowRuns.length = 0;
    this.pullFiles.clear();
    this.tokens.clear();
    this.faults = [];
    this.graphqlViewer = true;
    this.uploadRunId = 1;
  }

  token(token: string, account: Account, readOnly = false): void {
    this.tokens.set(token, { account, readOnly });
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Holds comment listings until `count` of them are waiting: forces two runs to race. */
  barrierOnCommentListing(count: number): void {
    this.listBarrier = { count, waiting: [] };
  }

  seedComment(issue: number, body: string, user: Account): StoredComment {
    const comment = { id: this.nextId++, issue, body, user };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** A run of workflow 159038 (`.github/workflows/ci.yml`) unless said otherwise. */
  seedWorkflowRun(
    run: Partial<StoredWorkflowRun> & Pick<StoredWorkflowRun, 'id'>,
  ): StoredWorkflowRun {
    const stored: StoredWorkflowRun = {
      workflowId: 159038,
      workflowPath: '.github/workflows/ci.yml',
      headBranch: 'main',
      headSha: 'f'.repeat(40),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      createdAt: '2026-11-20T10:00:00Z',
      ...run,
    };
    this.workflowRuns.push(stored);
    return stored;
  }

  seedArtifact(name: string, runId: number, zip: Buffer): StoredArtifact {
    const artifact = { id: this.nextId++, name, runId, zip, retentionDays: null };
    this.artifacts.push(artifact);
    return artifact;
  }

  matching(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: url.pathname.startsWith('/blob/') ? `<${raw.length} bytes>` : raw.toString('utf8'),
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const reply: Reply = (status, body, headers = {}) => {
      record.status = status;
      const payload = body === undefined ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const type = Buffer.isBuffer(body) ? 'application/zip' : 'application/json; charset=utf-8';
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(payload);
      return true;
    };

    const fault = this.faults.find(
      (f) => f.method === record.method && f.path.test(url.pathname) && f.times > 0,
    );
    if (fault) {
      fault.times--;
      reply(
        fault.status,
        fault.body ?? { message: `injected ${fault.status}` },
        fault.headers ?? {},
      );
      return;
    }
    try {
      await this.route(record, url, raw, reply);
    } catch (error) {
      reply(500, {
        message: `fake-github: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  private async route(record: RecordedRequest, url: URL, raw: Buffer, reply: Reply): Promise<true> {
    const { method, path } = record;
    // Artifact service (twirp, bearer ACTIONS_RUNTIME_TOKEN) and blob storage (signed URLs).
    if (path.startsWith('/twirp/')) return this.twirp(path, raw, reply);
    if (path.startsWith('/blob/')) return this.blob(method, url, raw, reply);

    const caller = this.tokens.get((record.authorization ?? '').replace(/^(token|bearer) /i, ''));
    if (!caller) return reply(401, { message: 'Bad credentials' });
    const forbidden = () =>
      reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    let m: RegExpExecArray | null;

    if (method === 'POST' && path === '/graphql') {
      if (!this.graphqlViewer)
        return reply(200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'viewer is not available' }],
        });
      return reply(200, {
        data: { viewer: { login: caller.account.login, databaseId: caller.account.id } },
      });
    }
    if (method === 'GET' && path === '/user') {
      if (caller.account.type === 'Bot') return forbidden();
      return reply(200, {
        login: caller.account.login,
        id: caller.account.id,
        type: caller.account.type,
      });
    }
    if (!path.startsWith(repoPrefix)) return reply(404, { message: 'Not Found' });
    const rest = path.slice(repoPrefix.length);

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        if (this.listBarrier) await this.waitAtBarrier();
        const { slice, headers } = this.page(url, this.commentsOn(issue));
        return reply(
          200,
          slice.map((c) => this.commentJson(c)),
          headers,
        );
      }
      if (method === 'POST') {
        if (caller.readOnly) return forbidden();
        const text = stringOf(body['body']);
        if (text.length > API_LIMIT_COMMENT) {
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
          });
        }
        return reply(201, this.commentJson(this.seedComment(issue, text, caller.account)));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return reply(404, { message: 'Not Found' });
      if (caller.readOnly || comment.user.id !== caller.account.id) return forbidden();
      if (method === 'PATCH') {
        const text = stringOf(body['body']);
        if (text.length > API_LIMIT_COMMENT) return reply(422, { message: 'Validation Failed' });
        comment.body = text;
        return reply(200, this.commentJson(comment));
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1);
        return reply(204);
      }
    }
    if (method === 'POST' && rest === '/check-runs') {
      if (caller.readOnly) return forbidden();
      const output = body['output'] as StoredCheckRun['output'];
      const invalid = this.invalidOutput(output);
      if (invalid) return reply(422, { message: `Validation Failed: ${invalid}` });
      const run: StoredCheckRun = {
        id: this.nextId++,
        name: String(body['name']),
        head_sha: String(body['head_sha']),
        status: String(body['status']),
        conclusion: String(body['conclusion']),
        ...(typeof body['details_url'] === 'string' ? { details_url: body['details_url'] } : {}),
        ...(typeof body['external_id'] === 'string' ? { external_id: body['external_id'] } : {}),
        output,
        annotations: [...(output.annotations ?? [])],
      };
      this.checkRuns.push(run);
      return reply(201, {
        id: run.id,
        html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
        url: `${this.url}${path}/${run.id}`,
      });
    }
    if ((m = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) return reply(404, { message: 'Not Found' });
      const output = body['output'] as StoredCheckRun['output'];
      const invalid = this.invalidOutput(output);
      if (invalid) return reply(422, { message: `Validation Failed: ${invalid}` });
      run.output = output;
      run.annotations.push(...(output.annotations ?? []));
      return reply(200, { id: run.id });
    }
    if ((m = /^\/statuses\/([0-9a-f]{40})$/.exec(rest)) && method === 'POST') {
      if (caller.readOnly) return forbidden();
      const status = {
        sha: m[1] ?? '',
        state: String(body['state']),
        context: String(body['context']),
      };
      this.statuses.push({
        ...status,
        ...(typeof body['description'] === 'string' ? { description: body['description'] } : {}),
        ...(typeof body['target_url'] === 'string' ? { target_url: body['target_url'] } : {}),
      });
      return reply(201, { id: this.nextId++, ...status });
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && method === 'GET') {
      const name = url.searchParams.get('name');
      const found = this.artifacts.filter(
        (a) => a.runId === Number(m?.[1]) && (name === null || a.name === name),
      );
      return reply(200, {
        total_count: found.length,
        artifacts: found.map((a) => ({
          id: a.id,
          node_id: `MDg6QXJ0aWZhY3Qx${a.id}`,
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `${this.url}${repoPrefix}/actions/artifacts/${a.id}`,
          archive_download_url: `${this.url}${repoPrefix}/actions/artifacts/${a.id}/zip`,
          expired: false,
          created_at: '2026-11-22T10:00:00Z',
          expires_at: '2027-02-20T10:00:00Z',
          updated_at: '2026-11-22T10:00:00Z',
          workflow_run: { id: a.runId, head_sha: null },
        })),
      });
    }
    if ((m = /^\/actions\/runs\/(\d+)$/.exec(rest)) && method === 'GET') {
      const run = this.workflowRuns.find((r) => r.id === Number(m?.[1]));
      return run ? reply(200, this.runJson(run)) : reply(404, { message: 'Not Found' });
    }
    if ((m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)) && method === 'GET') {
      // The workflow's numeric id or its file name, as GitHub accepts both.
      const workflow = decodeURIComponent(m[1] ?? '');
      const query = url.searchParams;
      const status = query.get('status');
      const found = this.workflowRuns
        .filter(
          (r) =>
            (String(r.workflowId) === workflow || r.workflowPath.split('/').pop() === workflow) &&
            (query.get('branch') === null || r.headBranch === query.get('branch')) &&
            (query.get('event') === null || r.event === query.get('event')) &&
            (status === null || r.status === status || r.conclusion === status),
        )
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      if (
        found.length === 0 &&
        !this.workflowRuns.some(
          (r) => String(r.workflowId) === workflow || r.workflowPath.endsWith(`/${workflow}`),
        )
      )
        return reply(404, { message: 'Not Found' });
      const { slice, headers } = this.page(url, found);
      return reply(
        200,
        { total_count: found.length, workflow_runs: slice.map((r) => this.runJson(r)) },
        headers,
      );
    }
    if ((m = /^\/pulls\/(\d+)\/files$/.exec(rest)) && method === 'GET') {
      const number = Number(m[1]);
      if (!this.pulls.some((p) => p.number === number) && !this.pullFiles.has(number))
        return reply(404, { message: 'Not Found' });
      // GitHub lists at most 3,000 files of a pull request.
      const all = (this.pullFiles.get(number) ?? []).slice(0, 3000);
      const { slice, headers } = this.page(url, all);
      return reply(
        200,
        slice.map((f) => ({
          sha: 'bbcd538c8e72b8c175046e27cc8f907076331401',
          filename: f.filename,
          status: f.status,
          additions: f.additions,
          deletions: f.deletions,
          changes: f.additions + f.deletions,
          blob_url: `https://github.com/${this.owner}/${this.repo}/blob/${'c'.repeat(40)}/${f.filename}`,
          raw_url: `https://github.com/${this.owner}/${this.repo}/raw/${'c'.repeat(40)}/${f.filename}`,
          contents_url: `${this.url}${repoPrefix}/contents/${f.filename}?ref=${'c'.repeat(40)}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
        })),
        headers,
      );
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m?.[1]));
      if (!artifact) return reply(404, { message: 'Not Found' });
      return reply(302, undefined, {
        location: `${this.url}/blob/download/${artifact.id}?sig=signed-${artifact.id}`,
      });
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.pulls.find((p) => p.number === Number(m?.[1]));
      return pull ? reply(200, this.pullJson(pull)) : reply(404, { message: 'Not Found' });
    }
    if (rest === '/pulls' && method === 'GET') {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const found = this.pulls.filter(
        (p) =>
          (head === null || `${p.headOwner}:${p.headRef}` === head) &&
          (state === 'all' || p.state === state),
      );
      return reply(
        200,
        found.map((p) => this.pullJson(p)),
      );
    }
    if ((m = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest)) && method === 'GET') {
      return reply(
        200,
        this.pulls.filter((p) => p.headSha === m?.[1]).map((p) => this.pullJson(p)),
      );
    }
    return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** One page of a listing (`per_page` up to 100, `page` from 1) with GitHub's Link header. */
  private page<T>(url: URL, all: readonly T[]): { slice: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const query = new URLSearchParams(url.searchParams);
    const link = (p: number) => {
      query.set('per_page', String(perPage));
      query.set('page', String(p));
      return `<${this.url}${url.pathname}?${query.toString()}>`;
    };
    const links = [
      ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
      ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
    ];
    return {
      slice: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private runJson(r: StoredWorkflowRun) {
    return {
      id: r.id,
      name: 'CI',
      node_id: `WFR_${r.id}`,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.workflowPath,
      run_number: r.id % 1000,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: r.workflowId,
      url: `${this.url}/repos/${this.owner}/${this.repo}/actions/runs/${r.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${r.id}`,
      pull_requests: [],
      created_at: r.createdAt,
      updated_at: r.createdAt,
      run_attempt: 1,
      artifacts_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/runs/${r.id}/artifacts`,
      head_commit: { id: r.headSha, message: 'Merge pull request', timestamp: r.createdAt },
    };
  }

  private invalidOutput(output: StoredCheckRun['output'] | undefined): string | null {
    if (!output || typeof output.title !== 'string' || typeof output.summary !== 'string')
      return 'output.title and output.summary are required';
    if (output.summary.length > API_LIMIT_SUMMARY) return 'output.summary is too long';
    if ((output.annotations?.length ?? 0) > 50) return 'more than 50 annotations';
    return null;
  }

  private async waitAtBarrier(): Promise<void> {
    const barrier = this.listBarrier;
    if (!barrier) return;
    await new Promise<void>((resolve) => {
      barrier.waiting.push(resolve);
      const release = () => {
        this.listBarrier = undefined;
        for (const go of barrier.waiting) go();
      };
      if (barrier.waiting.length >= barrier.count) release();
      else setTimeout(release, 10_000).unref();
    });
  }

  private commentJson(c: StoredComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.id, type: c.user.type },
      created_at: '2026-11-22T10:00:00Z',
      updated_at: '2026-11-22T10:00:00Z',
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private pullJson(p: PullRequest) {
    const owner = { login: p.headOwner, id: 1, type: 'User' };
    return {
      number: p.number,
      state: p.state,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${p.number}`,
      head: {
        ref: p.headRef,
        sha: p.headSha,
        user: owner,
        repo: { name: this.repo, full_name: `${p.headOwner}/${this.repo}`, owner },
      },
      base: { ref: 'main', sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' },
    };
  }

  private twirp(path: string, raw: Buffer, reply: Reply): true {
    const request = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    const name = String(request['name']);
    if (path.endsWith('/CreateArtifact')) {
      const key = `${name}-${this.nextId++}`;
      const expiresAt = typeof request['expires_at'] === 'string' ? request['expires_at'] : null;
      this.pendingRetention.set(name, expiresAt);
      return reply(200, {
        ok: true,
        signed_upload_url: `${this.url}/blob/upload/devstoreaccount1/actions-results/${key}.zip?sig=upload-sig`,
      });
    }
    if (path.endsWith('/FinalizeArtifact')) {
      const blob = [...this.blobs.entries()].reverse().find(([key]) => key.includes(`/${name}-`));
      if (!blob) return reply(404, { code: 'not_found', msg: 'no upload for artifact' });
      const expiresAt = this.pendingRetention.get(name) ?? null;
      const artifact: StoredArtifact = {
        id: this.nextId++,
        name,
        runId: this.uploadRunId,
        zip: blob[1],
        retentionDays:
          expiresAt === null ? null : Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000),
      };
      this.artifacts.push(artifact);
      return reply(200, { ok: true, artifact_id: String(artifact.id) });
    }
    return reply(404, { code: 'bad_route', msg: `no handler for ${path}` });
  }

  private readonly pendingRetention = new Map<string, string | null>();

  private blob(method: string, url: URL, raw: Buffer, reply: Reply): true {
    const key = url.pathname;
    if (method === 'PUT' && url.searchParams.get('comp') === 'block') {
      this.blocks.set(`${key}#${url.searchParams.get('blockid') ?? ''}`, raw);
      return reply(201, undefined, { 'x-ms-request-id': 'fake', 'x-ms-version': '2025-05-05' });
    }
    if (method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
      const ids = [
        ...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
      ].map((x) => x[1] ?? '');
      this.blobs.set(
        key,
        Buffer.concat(ids.map((id) => this.blocks.get(`${key}#${id}`) ?? Buffer.alloc(0))),
      );
      return reply(201, undefined, {
        'x-ms-request-id': 'fake',
        'x-ms-version': '2025-05-05',
        etag: '"0x1"',
      });
    }
    if (method === 'PUT') {
      this.blobs.set(key, raw);
      return reply(201, undefined, { 'x-ms-request-id': 'fake', etag: '"0x1"' });
    }
    const download = /^\/blob\/download\/(\d+)$/.exec(url.pathname);
    if (method === 'GET' && download) {
      const artifact = this.artifacts.find((a) => a.id === Number(download[1]));
      if (!artifact || url.searchParams.get('sig') !== `signed-${artifact.id}`)
        return reply(403, { message: 'AuthenticationFailed' });
      return reply(200, artifact.zip);
    }
    return reply(404, { message: 'no such blob' });
  }
}
