import { beforeEach, describe, expect, it } from '@jest/globals';
import { deliveryContextOf } from '../../src/deliver/context.js';
import type { DeliveryContext } from '../../src/deliver/context.js';
import { loadPublished, PublishError } from '../../src/deliver/publish.js';
import type { PullRequestInfo } from '../../src/deliver/port.js';
import { FakePort } from '../support/fake-port.js';
import { HEAD_SHA, OWNER, REPO, pushEvent, workflowRunEvent } from '../support/events.js';
import type { WorkflowRunEventOptions } from '../support/events.js';
import { sampleCertification } from '../support/sample-certification.js';
import { zipOf } from '../support/zip-writer.js';

const RUN = 30433642;
const NAME = 'certification-default';

function contextFor(options: WorkflowRunEventOptions = {}): DeliveryContext {
  return deliveryContextOf(
    {
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: 'e'.repeat(40),
    },
    workflowRunEvent({ runId: RUN, ...options }),
  );
}

function artifact(port: FakePort, files: Record<string, string | Buffer>, id = 555): void {
  const zip = zipOf(files);
  port.artifacts.push({ id, name: NAME, sizeInBytes: zip.length, expired: false, createdAt: null });
  port.zips.set(id, zip);
}

const certificationJson = JSON.stringify(sampleCertification());
const prJson = (number: number, headSha = HEAD_SHA) => JSON.stringify({ number, headSha });

/** An open PR from a fork (contributor:patch-1): the workflow_run payload does not list it. */
const FORK_PR: PullRequestInfo = {
  number: 31,
  headSha: HEAD_SHA,
  headRef: 'patch-1',
  headOwner: 'contributor',
  state: 'open',
};
const forkRunContext = () => contextFor({ forkOwner: 'contributor', branch: 'patch-1' });

describe('loadPublished', () => {
  let port: FakePort;
  beforeEach(() => {
    port = new FakePort();
  });

  it('reads the certification of the triggering run and targets its PR and head commit', async () => {
    artifact(port, { 'certification.json': certificationJson, 'pr.json': prJson(7) });
    port.pulls.push({
      number: 7,
      headSha: HEAD_SHA,
      headRef: 'feature/faster-parser',
      headOwner: OWNER,
      state: 'open',
    });
    const published = await loadPublished(
      port,
      contextFor({ pullRequests: [{ number: 7, headSha: HEAD_SHA }] }),
      'default',
    );
    expect(published.target).toEqual({
      pullRequest: 7,
      headSha: HEAD_SHA,
      detailsUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/${RUN}`,
    });
    expect(published.certification.level).toBe('Bronze');
    expect(published.certification.subject).toEqual({
      repository: `${OWNER}/${REPO}`,
      sha: HEAD_SHA,
      ref: 'refs/pull/7/merge',
      pullRequest: 7,
    });
    expect(port.calls.find((c) => c.method === 'listRunArtifacts')?.args).toEqual([RUN, NAME]);
  });

  it('finds a fork PR that the workflow_run payload does not list, by head owner and branch', async () => {
    artifact(port, { 'certification.json': certificationJson });
    port.pulls.push(FORK_PR);
    const published = await loadPublished(port, forkRunContext(), 'default');
    expect(published.target.pullRequest).toBe(31);
    expect(port.calls.find((c) => c.method === 'listPullRequestsByHead')?.args).toEqual([
      'contributor',
      'patch-1',
    ]);
  });

  it('does not trust a pr.json that names another PR', async () => {
    artifact(port, { 'certification.json': certificationJson, 'pr.json': prJson(1) });
    port.pulls.push(
      { number: 1, headSha: 'd'.repeat(40), headRef: 'release', headOwner: OWNER, state: 'open' },
      FORK_PR,
    );
    const published = await loadPublished(port, forkRunContext(), 'default');
    expect(published.target.pullRequest).toBe(31);
    expect(published.notes.join('\n')).toContain('names PR #1');
  });

  it('uses a verified pr.json hint and finds PRs by commit as a last resort', async () => {
    artifact(port, { 'certification.json': certificationJson, 'pr.json': prJson(9) });
    port.pulls.push({
      number: 9,
      headSha: HEAD_SHA,
      headRef: 'x',
      headOwner: 'someone',
      state: 'open',
    });
    expect(
      (await loadPublished(port, contextFor({ forkOwner: 'contributor' }), 'default')).target
        .pullRequest,
    ).toBe(9);

    const byCommit = new FakePort();
    artifact(byCommit, { 'certification.json': certificationJson });
    byCommit.pulls.push({
      number: 12,
      headSha: HEAD_SHA,
      headRef: 'y',
      headOwner: 'else',
      state: 'closed',
    });
    expect(
      (await loadPublished(byCommit, contextFor({ forkOwner: 'contributor' }), 'default')).target
        .pullRequest,
    ).toBe(12);
  });

  it('publishes the check only when no PR has that head', async () => {
    artifact(port, { 'certification.json': certificationJson });
    const published = await loadPublished(
      port,
      contextFor({ forkOwner: 'contributor' }),
      'default',
    );
    expect(published.target).toMatchObject({ pullRequest: null, headSha: HEAD_SHA });
    expect(published.certification.subject.pullRequest).toBeNull();
  });

  it('overrides the commit the artifact claims with the one the triggering run built', async () => {
    const forged = JSON.stringify(
      sampleCertification({
        subject: { repository: 'evil/repo', sha: 'f'.repeat(40), ref: null, pullRequest: 1 },
      }),
    );
    artifact(port, { 'certification.json': forged });
    const published = await loadPublished(
      port,
      contextFor({ forkOwner: 'contributor' }),
      'default',
    );
    expect(published.certification.subject).toMatchObject({
      repository: `${OWNER}/${REPO}`,
      sha: HEAD_SHA,
    });
    expect(published.notes.join('\n')).toContain(`names commit ${'f'.repeat(40)}`);
  });

  it('picks the newest unexpired artifact of that name', async () => {
    artifact(
      port,
      { 'certification.json': JSON.stringify(sampleCertification({ level: 'Old' })) },
      100,
    );
    artifact(port, { 'certification.json': certificationJson }, 200);
    artifact(
      port,
      { 'certification.json': JSON.stringify(sampleCertification({ level: 'Expired' })) },
      300,
    );
    const expired = port.artifacts.find((a) => a.id === 300);
    if (expired) expired.expired = true;
    const published = await loadPublished(port, contextFor(), 'default');
    expect(published.certification.level).toBe('Bronze');
  });

  it.each([
    ['no artifact', () => undefined, /has no artifact named 'certification-default'/],
    [
      'no certification.json',
      (p: FakePort) => {
        artifact(p, { 'pr.json': prJson(7) });
      },
      /holds no certification.json/,
    ],
    [
      'invalid JSON',
      (p: FakePort) => {
        artifact(p, { 'certification.json': '{"schemaVersion":' });
      },
      /not JSON/,
    ],
    [
      'a schema violation',
      (p: FakePort) => {
        artifact(p, {
          'certification.json': JSON.stringify({ ...sampleCertification(), passed: 'yes' }),
        });
      },
      /does not match the schema[\s\S]*passed/,
    ],
    [
      'not a zip',
      (p: FakePort) => {
        p.artifacts.push({ id: 1, name: NAME, sizeInBytes: 10, expired: false, createdAt: null });
        p.zips.set(1, Buffer.from('MZ\x90\x00 not a zip'));
      },
      /not a readable zip/,
    ],
    [
      'an oversized artifact',
      (p: FakePort) => {
        p.artifacts.push({
          id: 2,
          name: NAME,
          sizeInBytes: 65 * 1024 * 1024,
          expired: false,
          createdAt: null,
        });
      },
      /at most 67108864 are read/,
    ],
  ])('fails with a PublishError on %s', async (_name, setup, message) => {
    setup(port);
    const error = await loadPublished(port, contextFor(), 'default').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses to run outside a workflow_run event', async () => {
    const context = deliveryContextOf(
      { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: `${OWNER}/${REPO}` },
      pushEvent(),
    );
    await expect(loadPublished(port, context, 'default')).rejects.toThrow(/workflow_run/);
    expect(port.calls).toEqual([]);
  });
});
