import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliveryContextOf } from '../../src/deliver/context.js';
import { deliver } from '../../src/deliver/deliver.js';
import type { DeliveryDeps, DeliveryOptions, DeliveryRequest } from '../../src/deliver/deliver.js';
import { GitHubApiError } from '../../src/deliver/port.js';
import type { ArtifactPort } from '../../src/deliver/port.js';
import { ConfigurationError } from '../../src/errors.js';
import {
  HEAD_SHA,
  MERGE_SHA,
  OWNER,
  REPO,
  pullRequestEvent,
  pushEvent,
} from '../support/events.js';
import { FakePort } from '../support/fake-port.js';
import { sampleCertification } from '../support/sample-certification.js';

const ENV = {
  GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  GITHUB_SHA: MERGE_SHA,
  GITHUB_RUN_ID: '77',
  GITHUB_SERVER_URL: 'https://github.com',
};

class FakeArtifacts implements ArtifactPort {
  uploads: {
    name: string;
    files: string[];
    root: string;
    retentionDays: number | undefined;
    prJson?: string;
  }[] = [];
  failure: Error | undefined;
  async upload(name: string, files: string[], root: string, retentionDays: number | undefined) {
    if (this.failure) throw this.failure;
    const pr = files.find((f) => f.endsWith('pr.json'));
    this.uploads.push({
      name,
      files,
      root,
      retentionDays,
      ...(pr ? { prJson: await readFile(pr, 'utf8') } : {}),
    });
    return { id: 4242, size: 100 };
  }
}

describe('deliver', () => {
  let outputDir: string;
  let port: FakePort;
  let artifacts: FakeArtifacts;
  let warnings: string[];
  let deps: DeliveryDeps;

  beforeEach(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'certify-deliver-'));
    await writeFile(join(outputDir, 'certification.json'), '{}');
    await writeFile(join(outputDir, 'certification.md'), '# report');
    port = new FakePort();
    artifacts = new FakeArtifacts();
    warnings = [];
    deps = {
      context: deliveryContextOf(
        { ...ENV, GITHUB_EVENT_NAME: 'pull_request' },
        pullRequestEvent({ number: 7 }),
      ),
      github: () => Promise.resolve(port),
      artifacts: () => Promise.resolve(artifacts),
      log: { info: () => undefined, warning: (m) => warnings.push(m) },
      workspace: '/w',
    };
  });
  afterEach(async () => {
    await rm(outputDir, { recursive: true, force: true });
  });

  function request(
    options: Partial<DeliveryOptions> = {},
    extra: Partial<DeliveryRequest> = {},
  ): DeliveryRequest {
    return {
      id: 'default',
      certification: sampleCertification(),
      outputDir,
      renderBody: () => 'report',
      options: {
        mode: 'certify',
        comment: 'update',
        checkRun: true,
        artifact: true,
        retentionDays: 14,
        failOnDeliveryError: false,
        token: 'ghs_test',
        ...options,
      },
      ...extra,
    };
  }

  it('on a pull_request: comment on the PR, check run on its head commit, artifact of the output dir', async () => {
    const result = await deliver(request(), deps);
    expect(result).toEqual({
      failures: [],
      shouldFail: false,
      commentUrl: port.commentsOn(7)[0]?.url,
      check: 'check-run',
      checkRunUrl: `https://github.test/runs/${port.checkRuns[0]?.id}`,
      artifactId: 4242,
      artifactUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/77/artifacts/4242`,
    });
    expect(port.checkRuns[0]?.headSha).toBe(HEAD_SHA);
    expect(artifacts.uploads).toEqual([
      {
        name: 'certification-default',
        files: [join(outputDir, 'certification.json'), join(outputDir, 'certification.md')],
        root: outputDir,
        retentionDays: 14,
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a 403 on the comment warns once with the fix and leaves check run and artifact alone', async () => {
    port.fail('createComment', FakePort.forbidden());
    const result = await deliver(request(), deps);
    expect(result.failures).toEqual([expect.stringMatching(/^comment: Resource not accessible/)]);
    expect(result.shouldFail).toBe(false);
    expect(result.artifactId).toBe(4242);
    expect(result.check).toBe('check-run');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /could not post the comment[\s\S]*mode: collect[\s\S]*workflow_run/,
    );
  });

  it('read-only everywhere (fork PR): one warning naming both channels; the artifact still goes up', async () => {
    port.fail('createComment', FakePort.forbidden());
    port.fail('createCheckRun', FakePort.forbidden());
    port.fail('createStatus', FakePort.forbidden());
    const result = await deliver(request({ failOnDeliveryError: true }), deps);
    expect(result.failures).toHaveLength(2);
    expect(result.shouldFail).toBe(true);
    expect(result.artifactId).toBe(4242);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('comment and check run');
  });

  it('a failed upload is reported without stopping the comment or the check run', async () => {
    artifacts.failure = new Error('Failed to CreateArtifact: Received non-retryable error');
    const result = await deliver(request(), deps);
    expect(result.failures).toEqual([
      'artifact: Failed to CreateArtifact: Received non-retryable error',
    ]);
    expect(result.commentUrl).toBeDefined();
    expect(result.checkRunUrl).toBeDefined();
    expect(warnings).toEqual([
      'Certification delivery failed: artifact: Failed to CreateArtifact: Received non-retryable error',
    ]);
  });

  it('on push: check run on GITHUB_SHA, no comment', async () => {
    deps.context = deliveryContextOf(
      { ...ENV, GITHUB_SHA: HEAD_SHA, GITHUB_EVENT_NAME: 'push' },
      pushEvent(),
    );
    const result = await deliver(request(), deps);
    expect(result.commentUrl).toBeUndefined();
    expect(port.count('createComment')).toBe(0);
    expect(port.checkRuns.map((r) => r.headSha)).toEqual([HEAD_SHA]);
  });

  it('collect mode uploads the output dir with pr.json and touches no API', async () => {
    const result = await deliver(request({ mode: 'collect' }), deps);
    expect(result.failures).toEqual([]);
    expect(port.calls).toEqual([]);
    expect(JSON.parse(artifacts.uploads[0]?.prJson ?? '')).toEqual({
      number: 7,
      headSha: HEAD_SHA,
    });
    expect(artifacts.uploads[0]?.files.map((f) => f.slice(outputDir.length + 1))).toEqual([
      'certification.json',
      'certification.md',
      'pr.json',
    ]);
  });

  it('publish mode delivers to the given target and uploads nothing', async () => {
    const target = {
      pullRequest: 31,
      headSha: 'b'.repeat(40),
      detailsUrl: 'https://github.com/o/r/actions/runs/5',
    };
    const result = await deliver(request({ mode: 'publish' }, { target }), deps);
    expect(result.failures).toEqual([]);
    expect(port.commentsOn(31)).toHaveLength(1);
    expect(port.checkRuns[0]).toMatchObject({
      headSha: 'b'.repeat(40),
      detailsUrl: target.detailsUrl,
    });
    expect(artifacts.uploads).toEqual([]);
  });

  it('honours comment: off, check-run: false and artifact: false', async () => {
    const result = await deliver(
      request({ comment: 'off', checkRun: false, artifact: false }),
      deps,
    );
    expect(result).toEqual({ failures: [], shouldFail: false });
    expect(port.calls).toEqual([]);
    expect(artifacts.uploads).toEqual([]);
  });

  it('without a token, the API channels fail and the artifact is still uploaded', async () => {
    const result = await deliver(request({ token: '' }), deps);
    expect(result.failures.sort()).toEqual([
      "check run: no token: set the 'github-token' input",
      "comment: no token: set the 'github-token' input",
    ]);
    expect(result.artifactId).toBe(4242);
  });

  it('a 5xx that outlasted the retries is a plain failure, not the permissions warning', async () => {
    port.fail(
      'listComments',
      new GitHubApiError('list comments of #7: HTTP 502: Bad Gateway', 502),
    );
    const result = await deliver(request(), deps);
    expect(result.failures).toEqual(['comment: list comments of #7: HTTP 502: Bad Gateway']);
    expect(warnings).toEqual([
      'Certification delivery failed: comment: list comments of #7: HTTP 502: Bad Gateway',
    ]);
  });

  it('rejects an id that cannot be a marker or artifact name', async () => {
    await expect(deliver({ ...request(), id: 'a b' }, deps)).rejects.toThrow(ConfigurationError);
  });
});
