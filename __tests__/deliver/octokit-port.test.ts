import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createOctokitPort } from '../../src/deliver/octokit-port.js';
import { GitHubApiError } from '../../src/deliver/port.js';
import type { GitHubPort } from '../../src/deliver/port.js';
import { ACTIONS_BOT, FakeGitHub, SOMEONE } from '../support/fake-github.js';
import { OWNER, REPO } from '../support/events.js';
import { zipOf } from '../support/zip-writer.js';

/** The real Octokit port (retry + throttling plugins) against the fake GitHub, in process. */
describe('createOctokitPort', () => {
  const github = new FakeGitHub(OWNER, REPO);
  const lines: string[] = [];
  let port: GitHubPort;

  beforeAll(async () => {
    // @actions/github reads GITHUB_API_URL when it is first imported, which the port does lazily.
    process.env['GITHUB_API_URL'] = await github.start();
    github.token('ghs_bot', ACTIONS_BOT);
    github.token('ghp_user', SOMEONE);
    port = await createOctokitPort({
      token: 'ghs_bot',
      context: { owner: OWNER, repo: REPO },
      info: (m) => lines.push(m),
    });
  });
  afterAll(async () => {
    await github.stop();
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.comments.length = 0;
    github.graphqlViewer = true;
    lines.length = 0;
  });

  it('asks GraphQL viewer who the token is (REST /user is 403 for GITHUB_TOKEN)', async () => {
    expect(await port.identity()).toEqual({ login: 'github-actions[bot]', id: 41898282 });
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
  });

  it('falls back to GET /user when GraphQL has no viewer, and to null when neither answers', async () => {
    github.graphqlViewer = false;
    const user = await createOctokitPort({
      token: 'ghp_user',
      context: { owner: OWNER, repo: REPO },
      info: () => undefined,
    });
    expect(await user.identity()).toEqual({ login: 'mallory', id: 9001 });
    const bot = await createOctokitPort({
      token: 'ghs_bot',
      context: { owner: OWNER, repo: REPO },
      info: () => undefined,
    });
    expect(await bot.identity()).toBeNull();
  });

  it('lists every comment of a PR across pages of 100', async () => {
    for (let i = 0; i < 250; i++) github.seedComment(7, `c${i}`, SOMEONE);
    const bodies: string[] = [];
    for await (const comment of port.listComments(7)) bodies.push(comment.body);
    expect(bodies).toHaveLength(250);
    expect(bodies[249]).toBe('c249');
    expect(github.requests.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
  });

  it('turns a permission 403 into a forbidden GitHubApiError without retrying it', async () => {
    github.token('ghs_ro', ACTIONS_BOT, true);
    const readOnly = await createOctokitPort({
      token: 'ghs_ro',
      context: { owner: OWNER, repo: REPO },
      info: () => undefined,
    });
    const error = await readOnly.createComment(7, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, forbidden: true });
    expect(github.requests).toHaveLength(1);
  });

  it('gives up on a rate limit that asks for more than 60 s, and does not call it a permission problem', async () => {
    github.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '3600' },
      body: { message: 'You have exceeded a secondary rate limit.' },
      times: 1,
    });
    const error = await port.createComment(7, 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, rateLimited: true, forbidden: false });
    expect(lines.join('\n')).toMatch(/secondary rate limit .* giving up/);
  });

  it('returns null for a PR that does not exist', async () => {
    expect(await port.getPullRequest(404)).toBeNull();
  });

  it('downloads an artifact through the signed redirect without the token, within the cap', async () => {
    const zip = zipOf({ 'certification.json': '{}' });
    const artifact = github.seedArtifact('certification-default', 5, zip);
    expect(Buffer.from(await port.downloadArtifact(artifact.id, 1000))).toEqual(zip);
    const [api, blob] = github.requests;
    expect(api?.authorization).toBe('token ghs_bot');
    expect(blob?.path).toBe(`/blob/download/${artifact.id}`);
    expect(blob?.authorization).toBeUndefined();
    await expect(port.downloadArtifact(artifact.id, zip.length - 1)).rejects.toThrow(
      /artifact is larger than \d+ bytes/,
    );
  });

  it("lists a workflow's runs newest first with the API's filters, no further than the limit", async () => {
    github.workflowRuns.length = 0;
    for (let i = 0; i < 150; i++) {
      const createdAt = new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString();
      github.seedWorkflowRun({ id: 1000 + i, headSha: String(i % 10).repeat(40), createdAt });
      github.seedWorkflowRun({ id: 5000 + i, event: 'pull_request', createdAt });
    }
    const filter = { branch: 'main', event: 'push', status: 'success' } as const;
    const runs = await port.listWorkflowRuns('ci.yml', filter, 120);
    expect(runs.map((r) => r.id)).toEqual(Array.from({ length: 120 }, (_, i) => 1149 - i));
    expect(runs[0]).toEqual({
      id: 1149,
      workflowId: 159038,
      headSha: '9'.repeat(40),
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
      createdAt: '2026-11-01T02:29:00.000Z',
    });
    const pages = github.matching('GET', /\/actions\/workflows\/ci\.yml\/runs$/);
    expect(pages.map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(pages[0]?.query.get('exclude_pull_requests')).toBe('true');
    github.requests.length = 0;
    expect(await port.listWorkflowRuns(159038, filter, 11)).toHaveLength(11);
    expect(github.requests.map((r) => r.query.get('per_page'))).toEqual(['11']);
    expect((await port.getWorkflowRun(5003))?.workflowId).toBe(159038);
    expect(await port.getWorkflowRun(1)).toBeNull();
  });

  it('lists every file of a PR across pages of 100, with no patch where GitHub gives none', async () => {
    github.pullFiles.set(7, [
      ...Array.from({ length: 230 }, (_, i) => ({
        filename: `src/f${i}.ts`,
        status: 'modified' as const,
        additions: 1,
        deletions: 0,
        patch: '@@ -1,0 +1 @@\n+x',
      })),
      { filename: 'assets/logo.png', status: 'added' as const, additions: 0, deletions: 0 },
    ]);
    const files = [];
    for await (const file of port.listPullRequestFiles(7)) files.push(file);
    expect(files).toHaveLength(231);
    expect(files[0]).toEqual({
      path: 'src/f0.ts',
      status: 'modified',
      additions: 1,
      patch: '@@ -1,0 +1 @@\n+x',
    });
    expect(files[230]).toEqual({
      path: 'assets/logo.png',
      status: 'added',
      additions: 0,
      patch: null,
    });
    expect(
      github.matching('GET', /\/pulls\/7\/files$/).map((r) => r.query.get('page') ?? '1'),
    ).toEqual(['1', '2', '3']);
  });
});
