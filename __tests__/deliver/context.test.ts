import { describe, expect, it } from '@jest/globals';
import { deliveryContextOf } from '../../src/deliver/context.js';
import {
  HEAD_SHA,
  MERGE_SHA,
  OWNER,
  REPO,
  pullRequestEvent,
  pushEvent,
  workflowRunEvent,
} from '../support/events.js';

const env = (eventName: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  GITHUB_SHA: MERGE_SHA,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '1',
  ...extra,
});

describe('deliveryContextOf', () => {
  it('puts a pull_request delivery on the PR head commit, not the merge commit in GITHUB_SHA', () => {
    const context = deliveryContextOf(env('pull_request'), pullRequestEvent({ number: 12 }));
    expect(context).toMatchObject({
      owner: OWNER,
      repo: REPO,
      eventName: 'pull_request',
      sha: MERGE_SHA,
      headSha: HEAD_SHA,
      pullRequest: 12,
      runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/1658821493`,
      workflowRun: null,
    });
  });

  it('reads pull_request_target the same way, forks included', () => {
    const context = deliveryContextOf(
      env('pull_request_target'),
      pullRequestEvent({ number: 3, forkOwner: 'contributor' }),
    );
    expect(context).toMatchObject({ headSha: HEAD_SHA, pullRequest: 3 });
  });

  it('has no PR on push and uses GITHUB_SHA', () => {
    const context = deliveryContextOf(env('push', { GITHUB_SHA: HEAD_SHA }), pushEvent());
    expect(context).toMatchObject({ pullRequest: null, headSha: HEAD_SHA, sha: HEAD_SHA });
  });

  it('links a re-run attempt and drops trailing slashes of the server URL', () => {
    const context = deliveryContextOf(
      env('push', { GITHUB_RUN_ATTEMPT: '3', GITHUB_SERVER_URL: 'https://ghe.example.com/' }),
      pushEvent(),
    );
    expect(context.runUrl).toBe(
      `https://ghe.example.com/${OWNER}/${REPO}/actions/runs/1658821493/attempts/3`,
    );
  });

  it('describes the triggering run of a workflow_run event (fork: no pull_requests listed)', () => {
    const context = deliveryContextOf(
      env('workflow_run', { GITHUB_SHA: 'b'.repeat(40) }),
      workflowRunEvent({ runId: 99, forkOwner: 'contributor', branch: 'patch-1' }),
    );
    expect(context.pullRequest).toBeNull();
    expect(context.workflowRun).toEqual({
      id: 99,
      event: 'pull_request',
      conclusion: 'success',
      headSha: HEAD_SHA,
      headBranch: 'patch-1',
      headOwner: 'contributor',
      headRepository: `contributor/${REPO}`,
      htmlUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/99`,
      pullRequests: [],
    });
  });

  it('keeps the pull_requests GitHub lists for same-repository runs', () => {
    const context = deliveryContextOf(
      env('workflow_run'),
      workflowRunEvent({ pullRequests: [{ number: 7, headSha: HEAD_SHA }] }),
    );
    expect(context.workflowRun?.pullRequests).toEqual([{ number: 7, headSha: HEAD_SHA }]);
  });

  it('survives a payload of the wrong shape or none', () => {
    expect(deliveryContextOf(env('pull_request'), { pull_request: { number: 'x' } })).toMatchObject(
      {
        pullRequest: null,
        headSha: MERGE_SHA,
      },
    );
    expect(deliveryContextOf({}, null)).toMatchObject({
      owner: '',
      pullRequest: null,
      runUrl: null,
      apiUrl: 'https://api.github.com',
    });
  });
});
