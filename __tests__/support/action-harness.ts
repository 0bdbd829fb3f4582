/**
 * Runs the bundled action (`node dist/index.js`) the way the runner does — INPUT_* variables, an
 * event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files — against the fake GitHub in
 * ./fake-github.ts on 127.0.0.1, for the end-to-end suites. Needs a current `dist/`
 * (npm run build).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS_BOT, FakeGitHub } from './fake-github.js';
import { MERGE_SHA, OWNER, REPO } from './events.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');
export const TOKEN = 'ghs_e2eWriteToken';
export const READ_ONLY = 'ghs_e2eForkReadOnly';
export const RUN_ID = 1658821493;
/** A single action run never takes this long here; a hang fails the test instead of the suite. */
const RUN_TIMEOUT_MS = 45_000;

/** The runtime token the runner gives a job: a JWT whose scp names the run and job backend ids. */
function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp =
    'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, exp: 4_102_444_800 })}.sig`;
}

export interface JUnitCase {
  name: string;
  file?: string;
  line?: number;
  failure?: string;
}

/** A JUnit XML report of one suite `widgets.parser`, as JUnit-style reporters write it. */
export function junit(cases: JUnitCase[]): string {
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
export const SMALL_SUITE = junit([
  ...Array.from({ length: 19 }, (_, i) => ({ name: `parses sample ${i + 1}` })),
  {
    name: 'rejects truncated input',
    file: 'src/parser.test.ts',
    line: 42,
    failure: 'expected EvidenceParseError, got undefined',
  },
]);

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  ms: number;
}

export interface RunOptions {
  event: 'pull_request' | 'push' | 'workflow_run';
  payload: object;
  inputs?: Record<string, string>;
  token?: string;
  sha?: string;
  evidence?: string;
  /** More evidence files, by path relative to the workspace. */
  files?: Record<string, string>;
  /** Runner variables to add or replace (GITHUB_WORKFLOW_REF, GITHUB_RUN_ID, …). */
  env?: Record<string, string>;
  /** Runs in the workspace once the files are written, before the action (e.g. git history). */
  prepare?: (workspace: string) => Promise<void>;
}

/** GITHUB_OUTPUT entries as src/deliver/runner.ts writes them: name<<delimiter / value / delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/** Lines the action logged as `::warning`. */
export const warnings = (result: RunResult): string[] =>
  result.stdout.split('\n').filter((l) => l.startsWith('::warning'));

/** A fake GitHub, a scratch directory, and runs of the bundled action against them. */
export class ActionHarness {
  readonly github = new FakeGitHub(OWNER, REPO);
  private scratch: string | undefined;
  private runs = 0;

  async start(): Promise<void> {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
    await this.github.start();
    this.scratch = await mkdtemp(join(tmpdir(), 'certify-e2e-'));
  }

  async stop(): Promise<void> {
    await this.github.stop();
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true });
  }

  /** Empties the fake and sets up the two tokens the suites use. */
  reset(): void {
    const { github } = this;
    github.reset();
    github.token(TOKEN, ACTIONS_BOT);
    github.token(READ_ONLY, ACTIONS_BOT, true);
    github.uploadRunId = RUN_ID;
  }

  async run(options: RunOptions): Promise<RunResult> {
    if (this.scratch === undefined) throw new Error('no scratch directory');
    const dir = join(this.scratch, `run-${++this.runs}`);
    const workspace = join(dir, 'workspace');
    await mkdir(join(workspace, 'reports'), { recursive: true });
    await writeFile(join(workspace, 'reports', 'junit.xml'), options.evidence ?? SMALL_SUITE);
    for (const [path, content] of Object.entries(options.files ?? {})) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
    await options.prepare?.(workspace);
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
      baseline: '',
      diff: '',
      'trend-runs': '10',
      'github-token': options.token ?? TOKEN,
      ...options.inputs,
    };
    const github = this.github;
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
      ...options.env,
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
}
