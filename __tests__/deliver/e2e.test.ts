/**
 * End to end: the bundled action (`node dist/index.js`) run as the runner runs it — INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against the
 * fake GitHub in ../support/fake-github.ts on 127.0.0.1 (../support/action-harness.ts). Every
 * request the action makes is recorded there and asserted on. Needs a current `dist/`
 * (npm run build).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentMarker } from '../../src/deliver/comment.js';
import {
  ActionHarness,
  READ_ONLY,
  RUN_ID,
  TOKEN,
  junit,
  warnings,
  type RunOptions,
  type RunResult,
} from '../support/action-harness.js';
import { ACTIONS_BOT, SOMEONE } from '../support/fake-github.js';
import {
  HEAD_SHA,
  OWNER,
  REPO,
  pullRequestEvent,
  pushEvent,
  workflowRunEvent,
} from '../support/events.js';

const MARKER = commentMarker('default');

describe('bundled action against a fake GitHub on 127.0.0.1', () => {
  const harness = new ActionHarness();
  const github = harness.github;

  beforeAll(async () => {
    await harness.start();
    expect(new URL(github.url).hostname).toBe('127.0.0.1');
  });
  afterAll(async () => {
    await harness.stop();
  });
  beforeEach(() => {
    harness.reset();
  });
  afterEach(() => {
    // Loopback only: nothing the action asked for went anywhere but the fake.
    for (const request of github.requests) expect(request.status).not.toBe(0);
  });

  const runAction = (options: RunOptions): Promise<RunResult> => harness.run(options);

  const prEvent = () => ({
    event: 'pull_request' as const,
    payload: pullRequestEvent({ number: 7 }),
  });
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
      'check-run-url': `https://github.com/${OWNER}/${REPO}/runs/${check?.id}`,
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

  const writes = () => github.requests.filter((r) => r.method !== 'GET');

  it('every channel off: nothing posted (the baseline is still read); outputs and summary written', async () => {
    const inputs = { comment: 'off', 'check-run': 'false', artifact: 'false' };
    const result = await runAction({ ...prEvent(), inputs });
    expect(result.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(github.artifacts).toEqual([]);
    expect(result.outputs['level']).toBe('bronze');
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(result.outputs['check-run-url']).toBeUndefined();
    expect(result.summary).toMatch(/bronze/i);
  });

  it('an invalid id fails the run even when nothing is posted', async () => {
    const inputs = { comment: 'off', 'check-run': 'false', artifact: 'false', id: 'not valid!' };
    const result = await runAction({ ...prEvent(), inputs });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::.*id/m);
    expect(writes()).toEqual([]);
  });

  it('collect on a fork PR, then publish from workflow_run: comment and check on the fork PR', async () => {
    const collect = await runAction({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 31, forkOwner: 'contributor', branch: 'patch-1' }),
      token: READ_ONLY,
      inputs: { mode: 'collect' },
    });
    expect(collect.code).toBe(0);
    // No API writes in collect; reads (the base branch's certifications, the PR's files) are allowed.
    expect(
      github.requests.filter((r) => r.path.startsWith('/repos/') && r.method !== 'GET'),
    ).toEqual([]);
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
