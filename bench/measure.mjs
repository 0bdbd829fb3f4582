/** Process-level measuring: run a worker or a command in a child process and time it. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORKER = path.join(HERE, 'worker.mjs');

/** Longest a single worker may take before it is stopped and recorded as timed out. */
const WORKER_TIMEOUT_MS = 240_000;

export function median(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `node bench/worker.mjs <what> <file> [kind]`: { ms, rssMB, result } or { error }. */
export function runWorker(what, file, kind) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WORKER, what, file, ...(kind ? [kind] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), WORKER_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) {
        resolve(JSON.parse(line));
        return;
      }
      const why =
        signal === 'SIGKILL'
          ? `stopped after ${WORKER_TIMEOUT_MS / 1000} s`
          : /heap out of memory/i.test(stderr)
            ? 'out of memory'
            : `exit ${code ?? signal}: ${stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? ''}`;
      resolve({ error: why });
    });
  });
}

/**
 * Spawns a command and resolves with the wall time from spawn to exit, its exit code and output.
 * `onSpawn` may start watching the child (e.g. a FIFO) and returns a promise of extra fields.
 */
export function timeCommand(command, args, options = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const extra = options.onSpawn ? options.onSpawn(child, start) : Promise.resolve({});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
    });
    child.on('close', (code) => {
      const ms = performance.now() - start;
      void extra.then((fields) => resolve({ ms, code, stdout, stderr, ...fields }));
    });
  });
}
