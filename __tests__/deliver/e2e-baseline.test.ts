/**
 * End to end, comparing with the base branch: the bundled action certifies pushes to `main`
 * (uploading `certification-default` as a real run would), then a pull request finds those
 * certifications through the fake GitHub's runs and artifacts API, compares with the newest,
 * charts the earlier ones, and reads its own diff from the pull request files API. Same harness
 * as e2e.test.ts (../support/action-harness.ts); loopback only. Needs a current `dist/`.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  ActionHarness,
  RUN_ID,
  junit,
  warnings,
  type RunOptions,
  type RunResult,
} from '../support/action-harness.js';
import { HEAD_SHA, OWNER, REPO, pullRequestEvent, pushEvent } from '../support/events.js';
import { zipOf } from '../support/zip-writer.js';

const git = promisify(execFile);

/** What the tests read back from certification.json. */
interface Written {
  level: string | null;
  score: number | null;
  generatedAt: string;
  subject: { sha: string | null };
  metrics: {
    tests: { total: number; passed: number; failed: number };
    coverage?: {
      lines: { pct: number };
      patch?: {
        lines: { covered: number; total: number; pct: number | null };
        uncovered: { path: string; ranges: string[] }[];
        source: string;
      };
    };
  };
  baseline: {
    source: string;
    sha: string | null;
    generatedAt: string | null;
    runId: number | null;
    branch: string | null;
    note?: string;
  };
  delta: {
    tests: { newlyFailing: string[]; fixed: string[]; added: number; removed: number };
    coverage: { lines: number | null };
  } | null;
  trend: { runs: { sha: string | null; score: number | null; lines: number | null }[] } | null;
}

/** An LCOV record of src/parser.ts: one DA line per entry of `hits` (line i + 1 ran hits[i] times). */
function lcov(hits: number[]): string {
  const lines = hits.map((count, i) => `DA:${i + 1},${count}`);
  const hit = hits.filter((count) => count > 0).length;
  return `TN:\nSF:src/parser.ts\n${lines.join('\n')}\nLF:${hits.length}\nLH:${hit}\nend_of_record\n`;
}

const samples = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `parses sample ${i + 1}` }));
const TRUNCATED = {
  name: 'rejects truncated input',
  file: 'src/parser.test.ts',
  line: 42,
};
const EMPTY = { name: 'handles empty input', file: 'src/parser.test.ts', line: 57 };

/** main: 18 samples and "handles empty input" pass, "rejects truncated input" fails (19/20). */
const BASE_TESTS = junit([
  ...samples(18),
  { ...TRUNCATED, failure: 'expected EvidenceParseError' },
  EMPTY,
]);
/** main's coverage: lines 1–6 of 10 ran (60 %). */
const BASE_LCOV = lcov([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
/**
 * The PR: "sample 18" removed; "rejects truncated input" fixed; "handles empty input" newly
 * failing; two tests added: 21 tests, 20 passed, 1 failed.
 */
const PR_TESTS = junit([
  ...samples(17),
  TRUNCATED,
  { ...EMPTY, failure: 'expected [] to equal [""]' },
  { name: 'parses unicode' },
  { name: 'parses emoji' },
]);
/** The PR's coverage: lines 1–9 of 12 ran (75 %); it adds lines 9–11, of which only 9 ran. */
const PR_LCOV = lcov([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
/** The PR's change to src/parser.ts as the files API gives it: lines 9–11 added after line 8. */
const PARSER_PATCH = [
  '@@ -7,2 +7,5 @@ export function parse(text: string) {',
  '   const rows = split(text);',
  '   if (rows.length === 0) return [];',
  '+  for (const row of rows) {',
  '+    if (row === "") throw new EvidenceParseError("empty row");',
  '+  }',
].join('\n');

const WORKFLOW_REF = `${OWNER}/${REPO}/.github/workflows/ci.yml@refs/pull/7/merge`;
const sha = (digit: string) => digit.repeat(40);

describe('comparing with the base branch, bundled action against a fake GitHub', () => {
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
    // This pull request's own run, in progress: never a baseline (wrong event, not finished).
    github.seedWorkflowRun({
      id: RUN_ID,
      event: 'pull_request',
      headBranch: 'feature/faster-parser',
      headSha: HEAD_SHA,
      status: 'in_progress',
      conclusion: null,
      createdAt: '2026-11-22T10:00:00Z',
    });
    github.pulls.push({
      number: 7,
      headSha: HEAD_SHA,
      headRef: 'feature/faster-parser',
      headOwner: OWNER,
      state: 'open',
    });
  });
  afterEach(() => {
    // Loopback only: nothing the action asked for went anywhere but the fake.
    for (const request of github.requests) expect(request.status).not.toBe(0);
  });

  async function written(result: RunResult): Promise<Written> {
    const text = await readFile(
      join(result.workspace, 'certification', 'certification.json'),
      'utf8',
    );
    return JSON.parse(text) as Written;
  }

  /**
   * A push to main certified by the bundled action itself: its artifact lands on run `runId`,
   * which is then listed as a completed run of the workflow. Returns that certification.
   */
  async function certifyMain(
    runId: number,
    headSha: string,
    createdAt: string,
    files: { tests: string; lcov: string },
    conclusion: 'success' | 'failure' = 'success',
  ): Promise<Written> {
    github.uploadRunId = runId;
    const result = await harness.run({
      event: 'push',
      payload: pushEvent(headSha),
      sha: headSha,
      evidence: files.tests,
      files: { 'coverage/lcov.info': files.lcov },
    });
    expect(result.code).toBe(0);
    github.uploadRunId = RUN_ID;
    github.seedWorkflowRun({ id: runId, headSha, createdAt, conclusion });
    return written(result);
  }

  const pullRequest = (options: Partial<RunOptions> = {}) =>
    harness.run({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 7 }),
      evidence: PR_TESTS,
      files: { 'coverage/lcov.info': PR_LCOV },
      ...options,
    });
  const comment = () => github.commentsOn(7)[0]?.body ?? '';
  const notices = (result: RunResult) =>
    result.stdout.split('\n').filter((l) => l.startsWith('::notice'));
  const blobDownloads = () => github.matching('GET', /^\/blob\/download\//);

  it('(a) finds the latest successful push run on main, downloads its certification and compares', async () => {
    const before = await certifyMain(9001, sha('a'), '2026-11-21T08:00:00Z', {
      tests: BASE_TESTS,
      lcov: BASE_LCOV,
    });
    // Newer runs that must not be the baseline: a failed run (with an artifact), a successful
    // run whose artifact is gone, a run on another branch, a PR run.
    await certifyMain(
      9002,
      sha('b'),
      '2026-11-21T09:00:00Z',
      { tests: PR_TESTS, lcov: PR_LCOV },
      'failure',
    );
    github.seedWorkflowRun({ id: 9003, headSha: sha('c'), createdAt: '2026-11-21T10:00:00Z' });
    github.seedWorkflowRun({ id: 9004, headBranch: 'release', createdAt: '2026-11-21T11:00:00Z' });
    github.seedWorkflowRun({ id: 9005, event: 'pull_request', createdAt: '2026-11-21T12:00:00Z' });
    github.pullFiles.set(7, [
      {
        filename: 'src/parser.ts',
        status: 'modified',
        additions: 3,
        deletions: 0,
        patch: PARSER_PATCH,
      },
    ]);
    github.requests.length = 0;

    const result = await pullRequest({ env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF } });
    expect(result.code).toBe(0);
    const after = await written(result);

    // The runs API was asked for the workflow by its file name, on main, successful pushes only.
    const listing = github.matching('GET', /\/actions\/workflows\/[^/]+\/runs$/);
    expect(listing).toHaveLength(1);
    expect(listing[0]?.path).toBe(`/repos/${OWNER}/${REPO}/actions/workflows/ci.yml/runs`);
    expect(
      Object.fromEntries(['branch', 'event', 'status'].map((k) => [k, listing[0]?.query.get(k)])),
    ).toEqual({
      branch: 'main',
      event: 'push',
      status: 'success',
    });
    expect(github.matching('GET', /\/actions\/runs\/\d+$/)).toEqual([]); // GITHUB_WORKFLOW_REF sufficed
    // Run 9003 (no artifact) was looked at and passed over; only run 9001's artifact was downloaded.
    const looked = github
      .matching('GET', /\/actions\/runs\/\d+\/artifacts$/)
      .map((r) => r.path.split('/')[6])
      .sort();
    expect(looked).toEqual(['9001', '9003']);
    expect(blobDownloads()).toHaveLength(1);
    expect(blobDownloads()[0]?.authorization).toBeUndefined(); // the signed URL is fetched without the token

    expect(after.baseline).toEqual({
      source: 'artifact',
      sha: sha('a'),
      generatedAt: before.generatedAt,
      runId: 9001,
      branch: 'main',
    });
    // Deltas between the two certifications, by test identity (suite + name + file).
    expect(after.delta?.tests).toMatchObject({
      newlyFailing: ['widgets.parser › handles empty input (src/parser.test.ts)'],
      fixed: ['widgets.parser › rejects truncated input (src/parser.test.ts)'],
      added: 2,
      removed: 1,
    });
    expect(before.metrics.coverage?.lines.pct).toBe(60); // 6 of 10 lines
    expect(after.metrics.coverage?.lines.pct).toBe(75); // 9 of 12 lines
    expect(after.delta?.coverage.lines).toBe(15);

    const body = comment();
    expect(body).toContain('### Before → After');
    expect(body).toContain(`Compared with ${'a'.repeat(12)}`);
    expect(body).toContain('from the base branch artifact of run 9001');
    expect(body).toContain(`| Score | ${before.score} | ${after.score} |`);
    expect(body).toContain('| Tests total | 20 | 21 | +1 |');
    expect(body).toContain('| Tests passed | 19 | 20 | +1 |');
    expect(body).toContain('| Tests failed | 1 | 1 | ±0 |');
    expect(body).toContain('| Coverage lines | 60% | 75% | +15 pp |');
    expect(body).toContain('- Tests: 1 newly failing, 1 fixed, 2 added, 1 removed');
    expect(body).toContain(
      '❌ newly failing: widgets.parser › handles empty input (src/parser.test.ts)',
    );
    expect(body).toContain(
      '✅ fixed: widgets.parser › rejects truncated input (src/parser.test.ts)',
    );
    expect(warnings(result)).toEqual([]);
    expect(result.outputs['check-run-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/runs/${github.checkRuns.at(-1)?.id}`,
    );
  });

  it('(b) no successful push run on main: "No baseline" in the report, a notice, nothing fails', async () => {
    github.seedWorkflowRun({ id: 9101, conclusion: 'failure', createdAt: '2026-11-21T08:00:00Z' });
    const result = await pullRequest();
    expect(result.code).toBe(0);
    // Without GITHUB_WORKFLOW_REF the workflow is the one GitHub says this run belongs to.
    expect(github.matching('GET', new RegExp(`/actions/runs/${RUN_ID}$`))).toHaveLength(1);
    expect(github.matching('GET', /\/actions\/workflows\/159038\/runs$/)).toHaveLength(1);
    expect(github.matching('GET', /\/artifacts$/)).toEqual([]);
    const after = await written(result);
    expect(after.baseline).toMatchObject({ source: 'none', runId: null, branch: 'main' });
    expect(after.baseline.note).toContain('no successful push run of workflow 159038 on main');
    expect(after.delta).toBeNull();
    expect(comment()).toContain(
      '_No baseline: nothing to compare with (first run on main?) — no successful push run of workflow 159038 on main',
    );
    expect(comment()).not.toContain('Before → After');
    expect(notices(result).join('\n')).toContain(
      'no baseline: no successful push run of workflow 159038 on main',
    );
    expect(warnings(result)).toEqual([]);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
  });

  it('(b) a token without actions: read: a notice naming the permission, nothing fails', async () => {
    await certifyMain(9201, sha('a'), '2026-11-21T08:00:00Z', {
      tests: BASE_TESTS,
      lcov: BASE_LCOV,
    });
    github.inject({
      method: 'GET',
      path: /\/actions\/workflows\/[^/]+\/runs$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
      times: 1,
    });
    const result = await pullRequest({ env: { GITHUB_WORKFLOW_REF: WORKFLOW_REF } });
    expect(result.code).toBe(0);
    expect(
      github.matching('GET', /\/actions\/workflows\/ci\.yml\/runs$/).map((r) => r.status),
    ).toEqual([403]); // not retried
    const after = await written(result);
    expect(after.baseline.source).toBe('none');
    expect(after.baseline.note).toMatch(/HTTP 403.*actions: read/);
    expect(notices(result).join('\n')).toMatch(/no baseline: .*actions: read/);
    expect(comment()).toContain('No baseline: nothing to compare with (first run on main?)');
    expect(warnings(result)).toEqual([]);
    expect(github.commentsOn(7)).toHaveLength(1);
  });

  it('(c) a baseline from an older schema version is compared where its figures allow', async () => {
    // Schema 0 as an older Certify might have written it: no testIndex, no failing tests list,
    // coverage as bare percentages.
    const old = {
      schemaVersion: 0,
      generatedAt: '2026-10-01T12:00:00.000Z',
      subject: { repository: `${OWNER}/${REPO}`, sha: sha('d') },
      level: 'bronze',
      score: 61.5,
      metrics: {
        tests: { total: 18, passed: 16, failed: 2, errors: 0, skipped: 0 },
        coverage: { lines: 55.5, branches: null },
      },
    };
    github.seedArtifact(
      'certification-default',
      9301,
      zipOf({ 'certification.json': JSON.stringify(old) }),
    );
    github.seedWorkflowRun({ id: 9301, headSha: sha('d'), createdAt: '2026-10-01T12:00:00Z' });
    const result = await pullRequest({ inputs: { 'trend-runs': '0' } });
    expect(result.code).toBe(0);
    const after = await written(result);
    expect(after.baseline).toMatchObject({
      source: 'artifact',
      runId: 9301,
      sha: sha('d'),
      generatedAt: old.generatedAt,
    });
    expect(after.baseline.note).toContain(
      'baseline schema version 0: compared where its figures allow',
    );
    expect(after.delta?.coverage.lines).toBe(19.5); // 75 − 55.5
    expect(after.trend).toBeNull(); // trend-runs: 0
    expect(blobDownloads()).toHaveLength(1);
    const body = comment();
    expect(body).toContain('### Before → After');
    expect(body).toContain('baseline schema version 0: compared where its figures allow');
    expect(body).toContain(`| Score | 61.5 | ${after.score} |`);
    expect(body).toContain('| Tests total | 18 | 21 | +3 |');
    expect(body).toContain('| Tests failed | 2 | 1 | −1 |');
    expect(body).toContain('| Coverage lines | 55.5% | 75% | +19.5 pp |');
    expect(body).not.toContain('```mermaid');
  });

  it('(d) charts score and line coverage over the earlier base-branch runs, oldest first', async () => {
    const coverages = [
      [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], // 50 %
      [1, 1, 1, 1, 1, 1, 0, 0, 0, 0], // 60 %
      [1, 1, 1, 1, 1, 1, 1, 0, 0, 0], // 70 %
    ];
    const earlier: Written[] = [];
    for (const [i, hits] of coverages.entries()) {
      earlier.push(
        await certifyMain(9400 + i, String(i + 1).repeat(40), `2026-11-2${i}T08:00:00Z`, {
          tests: BASE_TESTS,
          lcov: lcov(hits),
        }),
      );
    }
    github.requests.length = 0;
    const result = await pullRequest();
    expect(result.code).toBe(0);
    const after = await written(result);
    expect(earlier.map((c) => c.metrics.coverage?.lines.pct)).toEqual([50, 60, 70]);
    expect(after.trend?.runs).toEqual([
      ...earlier.map((c) => ({
        sha: c.subject.sha,
        generatedAt: c.generatedAt,
        score: c.score,
        lines: c.metrics.coverage?.lines.pct,
      })),
      { sha: HEAD_SHA, generatedAt: after.generatedAt, score: after.score, lines: 75 },
    ]);
    expect(after.baseline.runId).toBe(9402); // the newest is also the baseline
    // One listing, one artifact listing and one download per earlier run: nothing more.
    expect(github.matching('GET', /\/actions\/workflows\/[^/]+\/runs$/)).toHaveLength(1);
    expect(github.matching('GET', /\/actions\/runs\/\d+\/artifacts$/)).toHaveLength(3);
    expect(blobDownloads()).toHaveLength(3);

    const body = comment();
    expect(body).toContain('<details><summary>Trend over the last 4 runs</summary>');
    expect(body).toContain('```mermaid\nxychart-beta');
    expect(body).toContain('x-axis ["1111111", "2222222", "3333333", "c7a9f1e"]');
    expect(body).toContain(`  line [${[...earlier.map((c) => c.score), after.score].join(', ')}]`);
    expect(body).toContain('  line [50, 60, 70, 75]');
  });

  it('(d) trend-runs bounds the runs read: 2 of 3', async () => {
    for (const i of [0, 1, 2]) {
      await certifyMain(9500 + i, String(i + 4).repeat(40), `2026-11-2${i}T08:00:00Z`, {
        tests: BASE_TESTS,
        lcov: BASE_LCOV,
      });
    }
    github.requests.length = 0;
    const result = await pullRequest({ inputs: { 'trend-runs': '2' } });
    expect(result.code).toBe(0);
    const after = await written(result);
    expect(after.trend?.runs.map((r) => r.sha)).toEqual([sha('5'), sha('6'), HEAD_SHA]);
    expect(blobDownloads()).toHaveLength(2);
  });

  it('(e) without git history, patch coverage comes from the pull request files API', async () => {
    // 120 other files (two pages of 100), a file whose diff is too large for the API (no patch),
    // a binary file, and the change to src/parser.ts.
    github.pullFiles.set(7, [
      ...Array.from({ length: 120 }, (_, i) => ({
        filename: `docs/page-${i}.md`,
        status: 'modified' as const,
        additions: 1,
        deletions: 1,
        patch: '@@ -1 +1 @@\n-old\n+new',
      })),
      {
        filename: 'src/generated/tables.ts',
        status: 'modified',
        additions: 40_000,
        deletions: 39_000,
      },
      { filename: 'docs/logo.png', status: 'added', additions: 0, deletions: 0 },
      {
        filename: 'src/parser.ts',
        status: 'modified',
        additions: 3,
        deletions: 0,
        patch: PARSER_PATCH,
      },
    ]);
    const result = await pullRequest();
    expect(result.code).toBe(0);
    const pages = github
      .matching('GET', /\/pulls\/7\/files$/)
      .map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
    const after = await written(result);
    // Added lines 9–11 of src/parser.ts; the PR's LCOV says 9 ran, 10 and 11 did not.
    expect(after.metrics.coverage?.patch).toEqual({
      lines: { covered: 1, total: 3, pct: 33.33 },
      uncovered: [{ path: 'src/parser.ts', ranges: ['10-11'] }],
      source: 'api',
    });
    const body = comment();
    expect(body).toContain(
      'Patch coverage: 33.33% (1/3 changed executable lines covered, diff from api)',
    );
    expect(body).toContain('| src/parser.ts | 10-11 |');
    const notice = notices(result).join('\n');
    expect(notice).toContain('1 changed file(s) have no patch');
    expect(notice).toContain('src/generated/tables.ts');
    expect(notice).not.toContain('logo.png'); // binary: nothing measurable was left out
    // The git attempt failed (no history); with the API's lines that is no longer worth saying.
    expect(after.baseline.note ?? '').not.toContain('git diff');
  });

  it('(e) with git history, patch coverage comes from git diff and the files API is not asked', async () => {
    const payload = pullRequestEvent({ number: 7 });
    github.pullFiles.set(7, [
      {
        filename: 'src/parser.ts',
        status: 'modified',
        additions: 3,
        deletions: 0,
        patch: PARSER_PATCH,
      },
    ]);
    const result = await pullRequest({
      payload,
      // A checkout with the history (fetch-depth: 0): the base commit, then the PR's change.
      prepare: async (workspace) => {
        const run = (...args: string[]) =>
          git('git', ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@github.com', ...args], {
            cwd: workspace,
          });
        const source = Array.from({ length: 8 }, (_, i) => `line ${i + 1}`);
        await run('init', '-q', '-b', 'main');
        await mkdir(join(workspace, 'src'));
        await writeFile(join(workspace, 'src', 'parser.ts'), `${source.join('\n')}\n`);
        await run('add', 'src/parser.ts');
        await run('commit', '-q', '-m', 'base');
        const { stdout } = await run('rev-parse', 'HEAD');
        payload.pull_request.base.sha = stdout.trim();
        source.push('added 9', 'added 10', 'added 11');
        await writeFile(join(workspace, 'src', 'parser.ts'), `${source.join('\n')}\n`);
        await run('commit', '-q', '-am', 'change');
      },
    });
    expect(result.code).toBe(0);
    expect(github.matching('GET', /\/pulls\/7\/files$/)).toEqual([]);
    const after = await written(result);
    expect(after.metrics.coverage?.patch).toEqual({
      lines: { covered: 1, total: 3, pct: 33.33 },
      uncovered: [{ path: 'src/parser.ts', ranges: ['10-11'] }],
      source: 'git',
    });
  });

  it('no token: no API request at all, the report says there is no baseline', async () => {
    const result = await pullRequest({
      token: '',
      inputs: { comment: 'off', 'check-run': 'false' },
    });
    expect(result.code).toBe(0);
    expect(github.requests.filter((r) => r.path.startsWith('/repos/'))).toEqual([]);
    const after = await written(result);
    expect(after.baseline).toMatchObject({ source: 'none', branch: 'main' });
  });
});
