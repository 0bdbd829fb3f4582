import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  findBaseBranchCertifications,
  MAX_BASE_BRANCH_BYTES,
  workflowFileOf,
} from '../../src/deliver/base-branch-artifacts.js';
import type { BaseBranchRequest } from '../../src/deliver/base-branch-artifacts.js';
import { GitHubApiError } from '../../src/deliver/port.js';
import type { WorkflowRunInfo } from '../../src/deliver/port.js';
import { OWNER, REPO } from '../support/events.js';
import { FakePort } from '../support/fake-port.js';
import { zipOf } from '../support/zip-writer.js';

const NAME = 'certification-default';
const CURRENT_RUN = 7000;

const request = (overrides: Partial<BaseBranchRequest> = {}): BaseBranchRequest => ({
  id: 'default',
  branch: 'main',
  wanted: 1,
  runId: CURRENT_RUN,
  workflowRef: null,
  owner: OWNER,
  repo: REPO,
  ...overrides,
});

/** Reads only the score: enough to tell which run's certification came back. */
const readScore = (json: string, run: WorkflowRunInfo) => ({
  run: run.id,
  score: (JSON.parse(json) as { score: number }).score,
});

describe('findBaseBranchCertifications', () => {
  let port: FakePort;
  /** A successful push run on main of workflow 42 (ci.yml), created in id order. */
  const mainRun = (id: number, overrides: Partial<WorkflowRunInfo> = {}) => {
    port.runs.push({
      id,
      workflowId: 42,
      workflowFile: 'ci.yml',
      headSha: String(id % 10).repeat(40),
      headBranch: 'main',
      event: 'push',
      conclusion: 'success',
      createdAt: null,
      ...overrides,
    });
  };
  const upload = (runId: number, files: Record<string, string>, sizeInBytes?: number) => {
    const zip = zipOf(files);
    const id = runId * 10;
    port.artifacts.push({
      id,
      name: NAME,
      sizeInBytes: sizeInBytes ?? zip.length,
      expired: false,
      createdAt: null,
    });
    port.artifactRuns.set(id, runId);
    port.zips.set(id, zip);
  };
  const certified = (runId: number, score: number, sizeInBytes?: number) => {
    mainRun(runId);
    upload(
      runId,
      { 'certification.json': JSON.stringify({ schemaVersion: 1, score }) },
      sizeInBytes,
    );
  };

  beforeEach(() => {
    port = new FakePort();
    mainRun(CURRENT_RUN, { event: 'pull_request', headBranch: 'feature', conclusion: null });
  });

  it('asks nothing when nothing is wanted', async () => {
    const found = await findBaseBranchCertifications(port, request({ wanted: 0 }), readScore);
    expect(found).toEqual({ found: [], missing: null, notes: [] });
    expect(port.calls).toEqual([]);
  });

  it('takes the newest successful push runs with the artifact, newest first, and no more', async () => {
    certified(101, 70);
    certified(102, 72);
    mainRun(103); // its artifact expired or was never uploaded
    mainRun(104, { conclusion: 'failure' });
    upload(104, { 'certification.json': '{"score": 1}' });
    certified(105, 75);
    const result = await findBaseBranchCertifications(port, request({ wanted: 2 }), readScore);
    expect(result.found.map((f) => f.value)).toEqual([
      { run: 105, score: 75 },
      { run: 102, score: 72 },
    ]);
    expect(result.missing).toBeNull();
    // The run's workflow came from the API; its failed run was never listed.
    expect(port.calls.find((c) => c.method === 'getWorkflowRun')?.args).toEqual([CURRENT_RUN]);
    expect(port.calls.find((c) => c.method === 'listWorkflowRuns')?.args).toEqual([
      42,
      { branch: 'main', event: 'push', status: 'success' },
      12,
    ]);
    // 105 and 103 first (two wanted), then 102 (one still wanted): 101 is never looked at.
    expect(port.calls.filter((c) => c.method === 'listRunArtifacts').map((c) => c.args[0])).toEqual(
      [105, 103, 102],
    );
    expect(port.count('downloadArtifact')).toBe(2);
  });

  it('names the workflow by the file in GITHUB_WORKFLOW_REF, for this repository only', async () => {
    certified(101, 70);
    const ref = `${OWNER}/${REPO}/.github/workflows/ci.yml@refs/pull/7/merge`;
    const result = await findBaseBranchCertifications(
      port,
      request({ workflowRef: ref }),
      readScore,
    );
    expect(result.found.map((f) => f.run.id)).toEqual([101]);
    expect(port.count('getWorkflowRun')).toBe(0);
    expect(port.calls.find((c) => c.method === 'listWorkflowRuns')?.args[0]).toBe('ci.yml');
    expect(workflowFileOf(ref, OWNER.toUpperCase(), REPO)).toBe('ci.yml');
    expect(
      workflowFileOf('other/repo/.github/workflows/ci.yml@refs/heads/main', OWNER, REPO),
    ).toBeNull();
    expect(workflowFileOf('garbage', OWNER, REPO)).toBeNull();
  });

  it('skips a run whose artifact is unreadable and uses the next older one', async () => {
    certified(101, 70);
    mainRun(102);
    upload(102, { 'certification.json': '{"score": ' });
    mainRun(103);
    upload(103, { 'report.md': 'no json here' });
    const result = await findBaseBranchCertifications(port, request(), readScore);
    expect(result.found.map((f) => f.value)).toEqual([{ run: 101, score: 70 }]);
    expect(result.notes).toEqual([
      `run 103: artifact ${NAME} holds no certification.json`,
      expect.stringMatching(/^run 102: .*JSON/),
    ]);
  });

  it('says why when there is nothing: no run, or no run with a readable artifact', async () => {
    expect((await findBaseBranchCertifications(port, request(), readScore)).missing).toBe(
      'no successful push run of workflow 42 on main',
    );
    mainRun(101);
    expect((await findBaseBranchCertifications(port, request(), readScore)).missing).toBe(
      `none of the last 1 successful push runs of workflow 42 on main has a readable artifact ${NAME}`,
    );
    expect(
      (await findBaseBranchCertifications(port, request({ runId: null }), readScore)).missing,
    ).toMatch(/cannot tell which workflow/);
    expect(
      (await findBaseBranchCertifications(port, request({ runId: 1 }), readScore)).missing,
    ).toBe('run 1 of this workflow was not found (HTTP 404)');
  });

  it('turns a 403 into the permission to add, and stops at the first forbidden download', async () => {
    certified(101, 70);
    certified(102, 72);
    port.fail('listWorkflowRuns', FakePort.forbidden(), 1);
    const listing = await findBaseBranchCertifications(port, request({ wanted: 2 }), readScore);
    expect(listing.missing).toMatch(/HTTP 403.*`actions: read`/);
    port.fail('downloadArtifact', FakePort.forbidden());
    const downloads = await findBaseBranchCertifications(port, request({ wanted: 2 }), readScore);
    expect(downloads.missing).toMatch(/actions: read/);
    expect(downloads.found).toEqual([]);
  });

  it('keeps going past a run whose download failed for another reason', async () => {
    certified(101, 70);
    certified(102, 72);
    port.fail('downloadArtifact', new GitHubApiError('artifact storage answered HTTP 500', 500), 1);
    const result = await findBaseBranchCertifications(port, request(), readScore);
    expect(result.found.map((f) => f.run.id)).toEqual([101]);
    expect(result.notes).toEqual(['run 102: artifact storage answered HTTP 500']);
  });

  it('downloads no more than the byte budget for baseline and trend together', async () => {
    const size = 50 * 1024 * 1024; // as the listing declares it
    for (const id of [101, 102, 103, 104]) certified(id, id - 30, size);
    const result = await findBaseBranchCertifications(port, request({ wanted: 4 }), readScore);
    expect(Math.floor(MAX_BASE_BRANCH_BYTES / size)).toBe(2);
    expect(result.found.map((f) => f.run.id)).toEqual([104, 103]);
    expect(port.count('downloadArtifact')).toBe(2);
    expect(result.notes).toEqual([
      expect.stringMatching(/^run 102: .*budget.*older runs are not read$/),
    ]);
  });
});
