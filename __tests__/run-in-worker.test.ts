/**
 * Large evidence: the bundled action goes on in a worker thread (src/run-in-worker.ts). The
 * runs here set CERTIFY_LARGE_EVIDENCE_BYTES so that small files take that path, and check that a
 * run in the thread does everything a run on the main thread does, with the same results: the
 * same outputs, job summary, report files, comment, check run and artifact, and the same exit
 * code when the gate fails; the same for the command line. Needs a current `dist/` (npm run build).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGE_EVIDENCE_BYTES, largeEvidenceBytes } from '../src/run-in-worker.js';
import {
  ActionHarness,
  SMALL_SUITE,
  warnings,
  type RunOptions,
  type RunResult,
} from './support/action-harness.js';
import { pullRequestEvent } from './support/events.js';

describe('largeEvidenceBytes', () => {
  it('is LARGE_EVIDENCE_BYTES unless CERTIFY_LARGE_EVIDENCE_BYTES gives a whole number', () => {
    expect(largeEvidenceBytes({})).toBe(LARGE_EVIDENCE_BYTES);
    expect(largeEvidenceBytes({ CERTIFY_LARGE_EVIDENCE_BYTES: '0' })).toBe(0);
    expect(largeEvidenceBytes({ CERTIFY_LARGE_EVIDENCE_BYTES: ' 1048576 ' })).toBe(1_048_576);
    for (const ignored of ['', 'lots', '-1', '1e9', '2.5'])
      expect(largeEvidenceBytes({ CERTIFY_LARGE_EVIDENCE_BYTES: ignored })).toBe(
        LARGE_EVIDENCE_BYTES,
      );
  });
});

/** What the thread's run logs first, so a test knows which path a run took. */
const HANDED_OFF = /^Evidence to read: [\d.]+ MiB; the run goes on in a worker thread.*\n/m;

/** Run-specific values (times, ids, temporary paths) replaced, so two runs' texts compare. */
function comparable(text: string, workspace: string): string {
  return text
    .replaceAll(workspace, '<workspace>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
    .replace(/(artifacts|runs)\/\d+/g, '$1/<id>')
    .replace(/issuecomment-\d+/g, 'issuecomment-<id>')
    .replace(/"artifact-id":"\d+"/g, '"artifact-id":"<id>"');
}

/** The log without the artifact client's debug lines and the zip's digest (the zip holds times). */
function logLines(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::debug::') && !line.startsWith('SHA256 digest'))
    .join('\n')
    .replace(/\b(ID|id) \d+/g, '$1 <id>')
    .trim();
}

describe('the bundled action with large evidence, in a worker thread', () => {
  const harness = new ActionHarness();
  const github = harness.github;

  beforeAll(async () => {
    await harness.start();
  });
  afterAll(async () => {
    await harness.stop();
  });
  beforeEach(() => {
    harness.reset();
  });

  const inWorker = { CERTIFY_LARGE_EVIDENCE_BYTES: '0' };
  const run = (options: Partial<RunOptions>, env: Record<string, string> = {}) =>
    harness.run({
      event: 'pull_request',
      payload: pullRequestEvent({ number: 7 }),
      ...options,
      env: { ...options.env, ...env },
    });

  /** Everything a run leaves that does not depend on which run it was. */
  async function traces(result: RunResult) {
    const report = (name: string) =>
      readFile(join(result.workspace, 'certification', name), 'utf8');
    const json = JSON.parse(await report('certification.json')) as Record<string, unknown>;
    delete json['generatedAt'];
    return {
      code: result.code,
      outputs: comparable(JSON.stringify(result.outputs), result.workspace),
      summary: comparable(result.summary, result.workspace),
      markdown: comparable(await report('certification.md'), result.workspace),
      json: comparable(JSON.stringify(json), result.workspace),
      log: comparable(logLines(result.stdout.replace(HANDED_OFF, '')), result.workspace),
      stderr: result.stderr,
    };
  }

  it('does what a run on the main thread does, with the same results', async () => {
    const files = { 'reports/broken.xml': '<testsuites><testsuite name="cut">' };
    const here = await run({ files });
    expect(here.stdout).not.toMatch(HANDED_OFF);
    const commentHere = github.commentsOn(7)[0]?.body;
    const checkHere = github.checkRuns[0];

    harness.reset();
    const thread = await run({ files }, inWorker);
    expect(thread.stdout).toMatch(HANDED_OFF);
    expect(thread.code).toBe(0);
    expect(await traces(thread)).toEqual(await traces(here));
    // the unreadable file is a warning in both, naming the file
    expect(warnings(thread).some((line) => line.includes('reports/broken.xml'))).toBe(true);
    expect(github.commentsOn(7)).toHaveLength(1);
    expect(comparable(github.commentsOn(7)[0]?.body ?? '', thread.workspace)).toBe(
      comparable(commentHere ?? '', here.workspace),
    );
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]?.conclusion).toBe(checkHere?.conclusion);
    expect(github.checkRuns[0]?.output.title).toBe(checkHere?.output.title);
    expect(github.artifacts).toHaveLength(1);
  });

  it('a failing gate fails the step from the thread: exit code 1 and the error line', async () => {
    const inputs = { 'require-level': 'gold', comment: 'off', artifact: 'false' };
    const here = await run({ inputs });
    harness.reset();
    const thread = await run({ inputs }, inWorker);
    expect(thread.stdout).toMatch(HANDED_OFF);
    expect(here.code).toBe(1);
    expect(thread.code).toBe(1);
    expect(thread.stdout).toMatch(/^::error::.*gold/m);
    expect(await traces(thread)).toEqual(await traces(here));
  });

  it('stays on the main thread below the threshold and when no evidence is found', async () => {
    const big = String(SMALL_SUITE.length + 1);
    const below = await run({ inputs: { comment: 'off' } }, { CERTIFY_LARGE_EVIDENCE_BYTES: big });
    expect(below.code).toBe(0);
    expect(below.stdout).not.toMatch(HANDED_OFF);
    const atThreshold = String(Buffer.byteLength(SMALL_SUITE));
    const at = await run(
      { inputs: { comment: 'off' } },
      { CERTIFY_LARGE_EVIDENCE_BYTES: atThreshold },
    );
    expect(at.stdout).toMatch(HANDED_OFF);
    const config = 'evidence:\n  tests: ["nothing-here/*.xml"]\n';
    const none = await run(
      { files: { '.github/certify.yml': config }, inputs: { comment: 'off' } },
      inWorker,
    );
    expect(none.stdout).not.toMatch(HANDED_OFF);
    expect(none.outputs['passed']).toBeDefined();
  });
});

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'index.js');

/**
 * The bundled CLI certifying the examples, as a user runs it from `dir` (the report goes to
 * `dir/out`, so it prints the same relative paths wherever `dir` is); resolves when it exits.
 */
async function certifyExamples(dir: string, extra: string[], env: Record<string, string>) {
  await mkdir(dir, { recursive: true });
  const out = join(dir, 'out');
  const args = ['--cwd', join(ROOT, 'examples'), '--config', 'certify.yml', '--out', out, ...extra];
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const report = await readFile(join(out, 'certification.md'), 'utf8');
  return { code, stdout, stderr, report: comparable(report, out) };
}

describe('the bundled command line with large evidence, in a worker thread', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'certify-cli-worker-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it.each([[[]], [['--require', 'gold']]])(
    'prints, writes and exits as on the main thread (%j)',
    async (extra) => {
      const tag = extra.length === 0 ? 'default' : 'gold';
      const here = await certifyExamples(join(scratch, `${tag}-here`), extra, {});
      const thread = await certifyExamples(join(scratch, `${tag}-thread`), extra, {
        CERTIFY_LARGE_EVIDENCE_BYTES: '0',
      });
      expect(here.stderr).not.toMatch(/worker thread/);
      expect(thread.stderr).toMatch(
        /^certify: Evidence to read: [\d.]+ MiB; the run goes on in a worker thread/,
      );
      expect(thread.code).toBe(here.code);
      expect(thread.stdout).toBe(here.stdout);
      expect(thread.report).toBe(here.report);
      expect(here.stdout).toMatch(/^Wrote out\/certification\.json, out\/certification\.md$/m);
      if (tag === 'gold') expect(thread.code).not.toBe(0);
    },
  );
});
