import { describe, expect, it } from '@jest/globals';
import {
  annotationsOf,
  checkRunName,
  publishCheck,
  repositoryPath,
  verdictLine,
} from '../../src/deliver/check-run.js';
import type { CheckRequest } from '../../src/deliver/check-run.js';
import { CHECK_SUMMARY_MAX_CHARS } from '../../src/deliver/fit.js';
import { GitHubApiError } from '../../src/deliver/port.js';
import type { FailingTest } from '../../src/model/certification.js';
import { FakePort } from '../support/fake-port.js';
import { sampleCertification } from '../support/sample-certification.js';

const SHA = 'c7a9f1e4b2d84a8f9e3b7d1c5a6f0e2b4d8c1a93';

function request(overrides: Partial<CheckRequest> = {}): CheckRequest {
  return {
    id: 'default',
    headSha: SHA,
    detailsUrl: 'https://github.com/o/r/actions/runs/1',
    certification: sampleCertification(),
    renderBody: (limit) => `report within ${limit}`,
    workspace: '/home/runner/work/r/r',
    info: () => undefined,
    ...overrides,
  };
}

function failing(count: number): FailingTest[] {
  return Array.from({ length: count }, (_, i) => ({
    suite: 'suite',
    name: `test ${i}`,
    file: `src/t${i}.test.ts`,
    line: i + 1,
    status: 'failed' as const,
    message: `boom ${i}`,
    evidence: 'junit.xml',
  }));
}

describe('names and titles', () => {
  it('names the check after the id only when it is not the default one', () => {
    expect(checkRunName('default')).toBe('Certification');
    expect(checkRunName('packages-api')).toBe('Certification (packages-api)');
  });

  it('says the level, what was required when not met, and the score', () => {
    expect(verdictLine(sampleCertification())).toBe('Bronze (required: Silver) · score 61.5');
    expect(verdictLine(sampleCertification({ passed: true, level: 'Gold', score: 87 }))).toBe(
      'Gold · score 87',
    );
    expect(verdictLine(sampleCertification({ level: null, score: null, required: null }))).toBe(
      'No level reached · no score',
    );
  });
});

describe('annotationsOf', () => {
  it('annotates failing tests that have a file and a line, and only those', () => {
    const annotations = annotationsOf(sampleCertification(), '/w');
    expect(annotations).toEqual([
      {
        path: 'src/parser.test.ts',
        start_line: 42,
        end_line: 42,
        annotation_level: 'failure',
        title: 'parser › rejects truncated input',
        message: 'expected EvidenceParseError',
      },
    ]);
  });

  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['./src/a.ts', 'src/a.ts'],
    ['src\\win\\a.ts', 'src/win/a.ts'],
    ['/home/runner/work/r/r/pkg/a.ts', 'pkg/a.ts'],
    ['/etc/passwd', null],
    ['../outside.ts', null],
    ['src/../../outside.ts', null],
  ])('path %s → %s', (file, expected) => {
    expect(repositoryPath(file, '/home/runner/work/r/r')).toBe(expected);
  });
});

describe('publishCheck', () => {
  it('creates a completed check run on the head commit following the gate', async () => {
    const port = new FakePort();
    const outcome = await publishCheck(port, request());
    expect(outcome).toMatchObject({ kind: 'check-run', annotations: 1 });
    const [run] = port.checkRuns;
    expect(run).toMatchObject({
      name: 'Certification',
      headSha: SHA,
      conclusion: 'failure',
      detailsUrl: 'https://github.com/o/r/actions/runs/1',
      externalId: 'default',
      output: {
        title: 'Bronze (required: Silver) · score 61.5',
        summary: `report within ${CHECK_SUMMARY_MAX_CHARS}`,
      },
    });
    expect(run?.updates).toEqual([]);
  });

  it('succeeds when the certification passed', async () => {
    const port = new FakePort();
    await publishCheck(port, request({ certification: sampleCertification({ passed: true }) }));
    expect(port.checkRuns[0]?.conclusion).toBe('success');
  });

  it('sends 120 annotations in batches of 50: one create and two updates', async () => {
    const port = new FakePort();
    const certification = sampleCertification({
      failingTests: { shown: failing(120), total: 120 },
    });
    const outcome = await publishCheck(port, request({ certification }));
    expect(outcome.annotations).toBe(120);
    const [run] = port.checkRuns;
    const sizes = [
      run?.output.annotations?.length,
      ...(run?.updates.map((u) => u.annotations?.length) ?? []),
    ];
    expect(sizes).toEqual([50, 50, 20]);
    const lines = [run?.output.annotations, ...(run?.updates.map((u) => u.annotations) ?? [])]
      .flat()
      .map((a) => a?.start_line);
    expect(lines).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('caps annotations at 500 (10 requests) however many tests fail', async () => {
    const port = new FakePort();
    const certification = sampleCertification({
      failingTests: { shown: failing(800), total: 800 },
    });
    const outcome = await publishCheck(port, request({ certification }));
    expect(outcome.annotations).toBe(500);
    expect(port.count('updateCheckRun')).toBe(9);
  });

  it('falls back to a commit status certification/<id> when check runs are forbidden', async () => {
    const port = new FakePort();
    port.fail('createCheckRun', FakePort.forbidden());
    const outcome = await publishCheck(port, request({ id: 'api' }));
    expect(outcome).toEqual({
      kind: 'status',
      url: 'https://github.com/o/r/actions/runs/1',
      annotations: 0,
    });
    expect(port.statuses).toEqual([
      {
        sha: SHA,
        state: 'failure',
        context: 'certification/api',
        description: 'Bronze (required: Silver) · score 61.5',
        targetUrl: 'https://github.com/o/r/actions/runs/1',
      },
    ]);
  });

  it('does not fall back on other errors, and reports a 403 on the status too', async () => {
    const port = new FakePort();
    port.fail('createCheckRun', new GitHubApiError('Server Error', 500));
    await expect(publishCheck(port, request())).rejects.toMatchObject({ status: 500 });
    expect(port.count('createStatus')).toBe(0);

    const readOnly = new FakePort();
    readOnly.fail('createCheckRun', FakePort.forbidden());
    readOnly.fail('createStatus', FakePort.forbidden());
    await expect(publishCheck(readOnly, request())).rejects.toMatchObject({ forbidden: true });
  });

  it('keeps the summary within the check-run limit even if the renderer overshoots', async () => {
    const port = new FakePort();
    await publishCheck(port, request({ renderBody: () => 'line\n'.repeat(20_000) }));
    expect(port.checkRuns[0]?.output.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_MAX_CHARS);
  });
});
