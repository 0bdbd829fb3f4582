/**
 * End to end: the bundled action (`node dist/index.js`) run as the runner runs it — INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against the
 * fake GitHub in ../support/fake-github.ts on 127.0.0.1. Every request the action makes is
 * recorded there and asserted on. Needs a current `dist/` (npm run build).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentMarker } from '../../src/deliver/comment.js';
import { ACTIONS_BOT, FakeGitHub, SOMEONE } from '../support/fake-github.js';
import {
  HEAD_SHA,
  MERGE_SHA,
  OWNER,
  REPO,
  pullRequestEvent,
  pushEvent,
  workflowRunEvent,
} from '../support/events.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist', 'index.js');
const TOKEN = 'ghs_e2eWriteToken';
const READ_ONLY = 'ghs_e2eForkReadOnly';
const RUN_ID = 1658821493;
const MARKER = commentMarker('default');
/** A single action run never takes this long here; a hang fails the test instead of the suite. */
const RUN_TIMEOUT_MS = 45_000;

/** The runtime token the runner gives a job: a JWT whose scp names the run and job backend ids. */
function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp =
    'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, exp: 4_102_444_800 })}.sig`;
}

interface JUnitCase {
  name: string;
  file?: string;
  line?: number;
  failure?: string;
}

function junit(cases: JUnitCase[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const body = cases
    .map((c) => {
      const where = `${c.file ? ` file="${esc(c.file)}"` : ''}${c.line ? ` line="${c.line}"` : ''}`;
      const open = `    <testcase classname="widgets.parser" name="${esc(c.name)}"${where} time="0.012"`;
      return c.failure === undefined
        ? `${open}/>`
        : `${open}>\n      <failure message="${esc(c.failure.slice(0, 80))}" type="AssertionError">${esc(c.failure)}</failure>\n    </testcase>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${cases.length}" failures="${failures}">\n  <testsuite name="widgets.parser" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="1.5">\n${body}\n  </testsuite>\n</testsuites>\n`;
}

/** 19 passing, 1 failing with file and line: 95 % pass rate, Bronze under the default policy. */
const SMALL_SUITE = junit([
  ...Array.from({ length: 19 }, (_, i) => ({ name: `parses sample ${i + 1}` })),
  {
    name: 'rejects truncated input',
    file: 'src/parser.test.ts',
    line: 42,
    failure: 'expected EvidenceParseError, got undefined',
  },
]);

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  ms: number;
}

interface RunOptions {
  event: 'pull_request' | 'push' | 'workflow_run';
  payload: object;
  inputs?: Record<string, string>;
  token?: string;
  sha?: string;
  evidence?: string;
  /** More evidence files, by path relative to the workspace. */
  files?: Record<string, string>;
}

/** GITHUB_OUTPUT in @actions/core's heredoc format: name<<delimiter / value / delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

describe('bundled action against a fake GitHub on 127.0.0.1', () => {
  const github = new FakeGitHub(OWNER, REPO);
  let scratch: string | undefined;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
    await github.start();
    expect(new URL(github.url).hostname).toBe('127.0.0.1');
    scratch = await mkdtemp(join(tmpdir(), 'certify-e2e-'));
  });
  afterAll(async () => {
    await github.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.comments.length = 0;
    github.checkRuns.length = 0;
    github.statuses.length = 0;
    github.artifacts.length = 0;
    github.pulls.length = 0;
    github.tokens.clear();
    github.token(TOKEN, ACTIONS_BOT);
    github.token(READ_ONLY, ACTIONS_BOT, true);
    github.graphqlViewer = true;
    github.uploadRunId = RUN_ID;
  });
  afterEach(() => {
    // Loopback only: nothing the action asked for went anywhere but the fake.
    for (const request of github.requests) expect(request.status).not.toBe(0);
  });

  let runs = 0;
  async function runAction(options: RunOptions): Promise<RunResult> {
    if (scratch === undefined) throw new Error('no scratch directory');
    const dir = join(scratch, `run-${++runs}`);
    const workspace = join(dir, 'workspace');
    await mkdir(join(workspace, 'reports'), { recursive: true });
    await writeFile(join(workspace, 'reports', 'junit.xml'), options.evidence ?? SMALL_SUITE);
    for (const [path, content] of Object.entries(options.files ?? {})) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(options.payload));
    const outputPath = join(dir, 'output.txt');
    const summaryPath = join(dir, 'summary.md');
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const inputs: Record<string, string> = {
      // The runner passes every input, defaults included (action.yml).
      config: '',
      'require-level': '',
      'working-directory': '.',
      'output-dir': 'certification',
      id: '',
      mode: 'certify',
      comment: 'update',
      'check-run': 'true',
      artifact: 'true',
      'retention-days': '',
      'fail-on-delivery-error': 'false',
      'github-token': options.token ?? TOKEN,
      ...options.inputs,
    };
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_SHA: options.sha ?? MERGE_SHA,
      GITHUB_REF: options.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_RUN_NUMBER: '562',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'certify',
      GITHUB_ACTION: 'certify',
      RUNNER_TEMP: join(dir, 'tmp'),
      RUNNER_OS: 'Linux',
      ACTIONS_RESULTS_URL: `${github.url}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

    const started = Date.now();
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      workspace,
      ms: Date.now() - started,
    };
  }

  const prEvent = () => ({
    event: 'pull_request' as const,
    payload: pullRequestEvent({ number: 7 }),
  });
  const warnings = (result: RunResult) =>
    result.stdout.split('\n').filter((l) => l.startsWith('::warning'));
  const commentPosts = () => github.matching('POST', /\/issues\/7\/comments$/);

  it('first run: creates the comment, a check run on the PR head, the artifact; sets outputs', async () => {
    const result = await runAction({ ...prEvent(), inputs: { 'retention-days': '7' } });
    expect(result.code).toBe(0);
    const comments = github.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user).toEqual(ACTIONS_BOT);
    expect(comments[0]?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comments[0]?.body).toMatch(/bronze/i);

    expect(github.checkRuns).toHaveLength(1);
    const [check] = github.checkRuns;
    expect(check).toMatchObject({
      name: 'Certification',
      head_sha: HEAD_SHA, // not MERGE_SHA from GITHUB_SHA
      status: 'completed',
      conclusion: 'success',
      details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}`,
    });
    expect(check?.output.title).toMatch(/^bronze · score /i);
    expect(check?.annotations).toEqual([
      expect.objectContaining({
        path: 'src/parser.test.ts',
        start_line: 42,
        annotation_level: 'failure',
      }),
    ]);

    expect(github.artifacts).toHaveLength(1);
    expect(github.artifacts[0]?.name).toBe('certification-default');
    expect(github.artifacts[0]?.retentionDays).toBe(7);
    expect(github.matching('POST', /CreateArtifact$/)).toHaveLength(1);
    expect(github.matching('PUT', /^\/blob\/upload\//).length).toBeGreaterThanOrEqual(2); // block + blocklist
    expect(github.matching('POST', /FinalizeArtifact$/)).toHaveLength(1);

    const artifactId = String(github.artifacts[0]?.id);
    expect(result.outputs).toMatchObject({
      level: 'bronze',
      passed: 'true',
      'artifact-id': artifactId,
      'artifact-url': `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}/artifacts/${artifactId}`,
      'comment-url': `https://github.com/${OWNER}/${REPO}/pull/7#issuecomment-${comments[0]?.id}`,
    });
    expect(result.summary).toMatch(/bronze/i);
    expect(warnings(result)).toEqual([]);
    // Identity from GraphQL viewer; REST calls authenticated with the input token.
    expect(github.matching('POST', /^\/graphql$/)).toHaveLength(1);
    for (const r of github.requests.filter((r) => r.path.startsWith('/repos/')))
      expect(r.authorization).toBe(`token ${TOKEN}`);
  });

  it('second run: updates the same comment in place', async () => {
    await runAction(prEvent());
    const [first] = github.commentsOn(7);
    const second = await runAction({ ...prEvent(), evidence: junit([{ name: 'only test' }]) });
    expect(second.code).toBe(0);
    const comments = github.commentsOn(7);
    expect(comments.map((c) => c.id)).toEqual([first?.id]);
    expect(commentPosts()).toHaveLength(1);
    expect(github.matching('PATCH', new RegExp(`/issues/comments/${first?.id}$`))).toHaveLength(1);
    expect(second.outputs['comment-url']).toContain(`issuecomment-${first?.id}`);
  });

  it('finds our comment among 250 others, on page 3 of the listing', async () => {
    for (let i = 0; i < 240; i++) github.seedComment(7, `review comment ${i}`, SOMEONE);
    const ours = github.seedComment(7, `${MARKER}\nold report`, ACTIONS_BOT);
    for (let i = 0; i < 9; i++) github.seedComment(7, `late comment ${i}`, SOMEONE);
    const result = await runAction(prEvent());
    expect(result.code).toBe(0);
    const pages = github
      .matching('GET', /\/issues\/7\/comments$/)
      .map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(commentPosts()).toHaveLength(0);
    expect(github.comments.find((c) => c.id === ours.id)?.body).toMatch(/bronze/i);
    expect(github.commentsOn(7)).toHaveLength(250);
  });

  it("leaves another user's comment carrying our marker alone", async () => {
    const planted = github.seedComment(7, `${MARKER}\nI copied your marker`, SOMEONE);
    const result = await runAction(prEvent());
    expect(result.code).toBe(0);
    expect(github.comments.find((c) => c.id === planted.id)?.body).toBe(
      `${MARKER}\nI copied your marker`,
    );
    expect(github.matching('PATCH', new RegExp(`/${planted.id}$`))).toHaveLength(0);
    expect(github.matching('DELETE', new RegExp(`/${planted.id}$`))).toHaveLength(0);
    const ours = github.commentsOn(7).filter((c) => c.user.id === ACTIONS_BOT.id);
    expect(ours).toHaveLength(1);
  });

  it('retries a 502 and succeeds', async () => {
    github.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 502,
      body: { message: 'Server Error' },
      times: 1,
    });
    const result = await runAction(prEvent());
    expect(result.code).toBe(0);
    expect(commentPosts().map((r) => r.status)).toEqual([502, 201]);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(warnings(result)).toEqual([]);
  });

  it('403 on a fork PR: one warning with the fix; summary, outputs, files and artifact still produced', async () => {
    const result = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 7, forkOwner: 'contributor' }),
      token: READ_ONLY,
    });
    expect(result.code).toBe(0); // the gate passed; delivery problems do not fail the step by default
    expect(github.commentsOn(7)).toHaveLength(0);
    expect(commentPosts().map((r) => r.status)).toEqual([403]); // never retried
    expect(github.matching('POST', /\/check-runs$/).map((r) => r.status)).toEqual([403]);
    expect(github.matching('POST', /\/statuses\//).map((r) => r.status)).toEqual([403]);
    const lines = warnings(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not post the comment and check run.*workflow_run/);
    expect(result.summary).toMatch(/bronze/i);
    expect(result.outputs).toMatchObject({
      level: 'bronze',
      passed: 'true',
      'artifact-id': String(github.artifacts[0]?.id),
    });
    expect(github.artifacts).toHaveLength(1);
    const json = JSON.parse(
      await readFile(join(result.workspace, 'certification', 'certification.json'), 'utf8'),
    ) as { level: string };
    expect(json.level).toBe('bronze');
  });

  it('fail-on-delivery-error: true makes the same 403 fail the step', async () => {
    const result = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 7, forkOwner: 'contributor' }),
      token: READ_ONLY,
      inputs: { 'fail-on-delivery-error': 'true' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::.*delivery failed/);
    expect(result.outputs['artifact-id']).toBeDefined();
  });

  it('honours retry-after on a secondary rate limit and x-ratelimit-reset on a primary one', async () => {
    github.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 429,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
      times: 1,
    });
    github.inject({
      method: 'POST',
      path: /\/check-runs$/,
      status: 403,
      headers: {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
      body: { message: 'API rate limit exceeded for installation ID 123.' },
      times: 1,
    });
    const result = await runAction(prEvent());
    expect(result.code).toBe(0);
    const posts = commentPosts();
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const checks = github.matching('POST', /\/check-runs$/);
    expect(checks.map((r) => r.status)).toEqual([403, 201]);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    expect(warnings(result)).toEqual([]);
  });

  it('two runs at once leave exactly one comment', async () => {
    github.barrierOnCommentListing(2); // both runs list (and find nothing) before either creates
    const [a, b] = await Promise.all([runAction(prEvent()), runAction(prEvent())]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(commentPosts()).toHaveLength(2);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.matching('DELETE', /\/issues\/comments\/\d+$/).length).toBeGreaterThanOrEqual(1);
    const kept = github.commentsOn(7)[0];
    expect(a.outputs['comment-url']).toContain(`issuecomment-${kept?.id}`);
    expect(b.outputs['comment-url']).toContain(`issuecomment-${kept?.id}`);
  });

  it('posts a report longer than 65,536 characters shortened, within the limits', async () => {
    // 300 evidence files, each with one failing test (file + line) and one passing test.
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`reports/module-${i}/very/deeply/nested/package/directory/junit-${i}.xml`] = junit([
        {
          name: `renders page ${i} ${'with every optional column enabled '.repeat(4)}`,
          file: `src/m${i}.test.ts`,
          line: i + 1,
          failure: `expected thing ${i} to equal other thing`,
        },
        { name: 'ok' },
      ]);
    }
    const result = await runAction({ ...prEvent(), evidence: junit([{ name: 'root ok' }]), files });
    const full = await readFile(
      join(result.workspace, 'certification', 'certification.md'),
      'utf8',
    );
    expect(full.length).toBeGreaterThan(65_536);
    const [comment] = github.commentsOn(7);
    expect(comment?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body.length).toBeGreaterThan(1000);
    expect(commentPosts().map((r) => r.status)).toEqual([201]);
    const [check] = github.checkRuns;
    expect(check?.conclusion).toBe('failure');
    expect(check?.output.summary.length).toBeLessThanOrEqual(65_535);
    // Batched: 50 with the create, the rest in updates of at most 50 (the fake rejects more).
    expect(check?.annotations.length).toBeGreaterThan(50);
    expect(github.matching('PATCH', /\/check-runs\/\d+$/).length).toBe(
      Math.ceil((check?.annotations.length ?? 0) / 50) - 1,
    );
    expect(result.code).toBe(1); // the gate failed (50 % pass rate): the verdict decides the exit code
  });

  it('push: a check run on GITHUB_SHA and no comment', async () => {
    const result = await runAction({ event: 'push', payload: pushEvent(HEAD_SHA), sha: HEAD_SHA });
    expect(result.code).toBe(0);
    expect(github.checkRuns.map((r) => r.head_sha)).toEqual([HEAD_SHA]);
    expect(github.requests.filter((r) => r.path.includes('/issues/'))).toEqual([]);
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(github.artifacts).toHaveLength(1);
  });

  it('collect on a fork PR, then publish from workflow_run: comment and check on the fork PR', async () => {
    const collect = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 31, forkOwner: 'contributor', branch: 'patch-1' }),
      token: READ_ONLY,
      inputs: { mode: 'collect' },
    });
    expect(collect.code).toBe(0);
    expect(github.requests.filter((r) => r.path.startsWith('/repos/'))).toEqual([]); // no API use in collect
    expect(github.artifacts.map((a) => a.name)).toEqual(['certification-default']);

    github.requests.length = 0;
    github.pulls.push({
      number: 31,
      headSha: HEAD_SHA,
      headRef: 'patch-1',
      headOwner: 'contributor',
      state: 'open',
    });
    const publish = await runAction({
      event: 'workflow_run',
      // GitHub lists no pull_requests for runs from forks.
      payload: workflowRunEvent({ runId: RUN_ID, forkOwner: 'contributor', branch: 'patch-1' }),
      sha: 'e'.repeat(40),
      inputs: { mode: 'publish' },
      evidence: '<not evidence/>',
    });
    expect(publish.code).toBe(0);
    const [comment] = github.commentsOn(31);
    expect(comment?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment?.body).toMatch(/bronze/i);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({
      head_sha: HEAD_SHA,
      details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}`,
      conclusion: 'success',
    });
    // The signed blob URL is fetched without the token.
    const blob = github.matching('GET', /^\/blob\/download\//);
    expect(blob).toHaveLength(1);
    expect(blob[0]?.authorization).toBeUndefined();
    // The PR number in pr.json was used only after GitHub confirmed PR 31's head is that commit.
    expect(github.matching('GET', /\/pulls\/31$/)).toHaveLength(1);
    expect(github.artifacts).toHaveLength(1); // publish uploads nothing
  });
});
