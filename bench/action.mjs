/**
 * The action as the runner runs it: `node dist/index.js` with INPUT_* and GITHUB_* variables,
 * GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, delivery switched off (comment off, no check run,
 * no artifact), so the figure is collect → score → render → write with no network.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  constants,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { timeCommand } from './measure.mjs';

export function actionEnv(workspace, scratch, inputs = {}) {
  const summary = path.join(scratch, 'summary.md');
  const output = path.join(scratch, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: scratch,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    INPUT_CONFIG: 'certify.yml',
    'INPUT_REQUIRE-LEVEL': '',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_OUTPUT-DIR': path.join(scratch, 'certification'),
    INPUT_ID: '',
    INPUT_MODE: 'certify',
    INPUT_COMMENT: 'off',
    'INPUT_CHECK-RUN': 'false',
    INPUT_ARTIFACT: 'false',
    'INPUT_RETENTION-DAYS': '',
    'INPUT_FAIL-ON-DELIVERY-ERROR': 'false',
    INPUT_BASELINE: '',
    INPUT_DIFF: '',
    'INPUT_GITHUB-TOKEN': '',
    ...inputs,
  };
}

/**
 * One whole-action run on a workspace: wall time from spawn to exit, and what the action wrote
 * (exit code, `passed` output, the totals of certification.json) so a broken run is not timed as
 * a fast one.
 */
export async function runAction(bundle, workspace) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'certify-bench-'));
  try {
    const run = await timeCommand(process.execPath, [bundle], {
      cwd: workspace,
      env: actionEnv(workspace, scratch),
    });
    const outputs = readFileSync(path.join(scratch, 'output.txt'), 'utf8');
    const jsonPath = path.join(scratch, 'certification', 'certification.json');
    const certification = existsSync(jsonPath)
      ? JSON.parse(readFileSync(jsonPath, 'utf8'))
      : undefined;
    return {
      ms: run.ms,
      code: run.code,
      passed: /passed<<[^\n]*\ntrue\n/.test(outputs),
      evidence:
        certification?.evidence?.map((file) => ({
          path: file.path,
          status: file.status,
          format: file.format,
        })) ?? [],
      ...(run.code !== 0
        ? { log: (run.stdout + run.stderr).trim().split('\n').slice(-5).join('\n') }
        : {}),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Makes a FIFO (mkfifo); undefined where there is none (the start-up figures are then skipped). */
function makeFifo(file) {
  try {
    execFileSync('mkfifo', [file]);
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Spawns a command whose first read of interest is `fifo`, and resolves with the time from spawn
 * to the moment the child opened the FIFO (our open for writing completes then), and to its exit.
 * `content` is written into the FIFO once it is open.
 */
async function timeToFifoOpen(command, args, fifo, content, options = {}) {
  return timeCommand(command, args, {
    ...options,
    onSpawn(child, start) {
      let opened;
      const writer = open(fifo, 'w').then(async (handle) => {
        opened = performance.now() - start;
        await handle.writeFile(content);
        await handle.close();
      });
      child.on('exit', () => {
        // A child that ended without opening the FIFO would leave our writer blocked: unblock it.
        if (opened === undefined)
          closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
      });
      return writer.then(() => ({ firstReadMs: opened }));
    },
  });
}

/**
 * Time from process start to the first evidence read, from `strace -ttt` timestamps (the
 * process's execve to its openat of the evidence file); undefined without strace.
 */
function straceFirstOpen(command, args, target, options) {
  const log = path.join(options.scratch, `strace-${process.hrtime.bigint()}.txt`);
  try {
    execFileSync(
      'strace',
      ['-f', '-ttt', '--seccomp-bpf', '-e', 'trace=execve,openat', '-o', log, command, ...args],
      {
        cwd: options.cwd,
        env: options.env,
        stdio: 'ignore',
      },
    );
  } catch {
    if (!existsSync(log)) return undefined;
  }
  const lines = readFileSync(log, 'utf8').split('\n');
  const stamp = (line) => Number(line.split(/\s+/)[1]);
  const start = lines.find((line) => line.includes('execve('));
  const hit = lines.find(
    (line) => line.includes('openat(') && line.includes(target) && !line.includes('ENOENT'),
  );
  const exit = lines.findLast((line) => line.includes('+++ exited with'));
  rmSync(log, { force: true });
  if (!start) return undefined;
  return {
    firstReadMs: hit ? (stamp(hit) - stamp(start)) * 1000 : undefined,
    exitMs: exit ? (stamp(exit) - stamp(start)) * 1000 : undefined,
  };
}

function hasStrace() {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Start-up figures, all variants interleaved in one loop after a warm-up:
 * - `node -e 0` to exit, and bare node opening a FIFO (the floor for "first read");
 * - dist/index.js to its first read, the config, which is a FIFO (STACK-NOTES method);
 * - dist/index.js with no evidence (globs that match nothing) to exit: bundle load + run;
 * - with strace: dist/index.js from execve to opening its first evidence file, against bare
 *   node opening a file, both under the same strace.
 */
export async function measureStartup(bundle, smallEvidence, runs) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'certify-startup-'));
  try {
    const fifo = makeFifo(path.join(scratch, 'config.fifo'));
    if (!fifo) return { skipped: 'mkfifo not available' };
    const workspace = path.join(scratch, 'ws');
    mkdirSync(workspace);
    writeFileSync(path.join(workspace, 'TEST-small.xml'), readFileSync(smallEvidence));
    const config =
      "evidence:\n  tests: ['TEST-*.xml']\nlevels:\n  bronze: { tests.passRate: '>= 0%' }\nrequire: bronze\n";
    writeFileSync(path.join(workspace, 'certify.yml'), config);
    writeFileSync(
      path.join(workspace, 'none.yml'),
      "evidence:\n  tests: ['nothing-here/*.xml']\nlevels:\n  bronze: {}\nrequire: null\n",
    );
    const strace = hasStrace();
    const samples = {
      nodeExit: [],
      bareFirstRead: [],
      actionFirstRead: [],
      actionNoEvidenceExit: [],
      straceBareOpen: [],
      straceActionEvidence: [],
    };
    for (let i = 0; i <= runs; i++) {
      const keep = i > 0; // the first round warms the page cache and is dropped
      const bare = await timeCommand(process.execPath, ['-e', '0']);
      const bareFifo = await timeToFifoOpen(
        process.execPath,
        ['-e', `require('fs').readFileSync(${JSON.stringify(fifo)})`],
        fifo,
        'x',
      );
      const action = await timeToFifoOpen(process.execPath, [bundle], fifo, config, {
        cwd: workspace,
        env: actionEnv(workspace, scratch, { INPUT_CONFIG: fifo }),
      });
      const none = await timeCommand(process.execPath, [bundle], {
        cwd: workspace,
        env: actionEnv(workspace, scratch, { INPUT_CONFIG: 'none.yml' }),
      });
      if (action.code !== 0 || none.code !== 0) {
        throw new Error(
          `start-up run failed: ${(action.stdout + action.stderr + none.stdout + none.stderr).slice(-500)}`,
        );
      }
      if (keep) {
        samples.nodeExit.push(bare.ms);
        samples.bareFirstRead.push(bareFifo.firstReadMs);
        samples.actionFirstRead.push(action.firstReadMs);
        samples.actionNoEvidenceExit.push(none.ms);
      }
      if (strace) {
        const evidence = path.join(workspace, 'TEST-small.xml');
        const bareOpen = straceFirstOpen(
          process.execPath,
          ['-e', `require('fs').readFileSync(${JSON.stringify(evidence)})`],
          'TEST-small.xml',
          { cwd: workspace, env: process.env, scratch },
        );
        const actionOpen = straceFirstOpen(process.execPath, [bundle], 'TEST-small.xml', {
          cwd: workspace,
          env: actionEnv(workspace, scratch),
          scratch,
        });
        if (keep) {
          samples.straceBareOpen.push(bareOpen?.firstReadMs);
          samples.straceActionEvidence.push(actionOpen?.firstReadMs);
        }
      }
    }
    return { samples, strace };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
