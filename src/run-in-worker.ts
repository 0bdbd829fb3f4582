import { discoveredBytes } from './collect/discover.js';
import type { PreparedRun } from './pipeline.js';

/**
 * Large evidence is read in a worker thread whose young generation is capped.
 *
 * Why: Node's main thread lets V8 grow the young generation as objects survive, and a parse keeps
 * one object and one name string per test, all of which survive. On Node 24 (the action's
 * runtime) it grows to tens of MB: a 100 MB JUnit file then peaked at 161 MB RSS, over the
 * bench's 150 MB target, and allocating through that much memory runs out of the CPU's caches.
 * The same parse in a thread with `maxYoungGenerationSizeMb: 8` peaked at 126 MB and took 886 ms
 * instead of 1,048 (medians of 5 interleaved runs of `bench/worker.mjs certify` on 100 MB JUnit);
 * lcov and Cobertura peaked 27–34 MB lower. On Node 20 the same parse is about as fast either way
 * and peaks lower in the thread too (105–118 against 123 MB). Node has no way to set this for the
 * main thread from inside the process (V8 reads its heap flags once, at start), and an action
 * cannot pass flags to `node`.
 *
 * Starting the thread and loading the bundle again in it costs 50–80 ms, so runs with less
 * evidence than LARGE_EVIDENCE_BYTES stay on the main thread: on 36 MB of JUnit the whole action
 * took 20–60 ms longer in the thread and saved 6–12 MB, on 100 MB it was as fast or faster and
 * peaked 16–40 MB lower (whole-action runs, interleaved, 2026-12-07).
 */
export const LARGE_EVIDENCE_BYTES = 64 * 1024 * 1024;

/** The worker's young generation, in MB (V8 splits it into semi-spaces of a third each). */
export const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The threshold in effect: CERTIFY_LARGE_EVIDENCE_BYTES overrides it (0: every run with evidence;
 * the tests use it to run the worker path on small files), else LARGE_EVIDENCE_BYTES.
 */
export function largeEvidenceBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = env['CERTIFY_LARGE_EVIDENCE_BYTES'];
  if (value === undefined || !/^\d+$/.test(value.trim())) return LARGE_EVIDENCE_BYTES;
  return Number(value);
}

/** Whether this code runs on the process's main thread (not in the thread continueInWorker starts). */
async function onMainThread(): Promise<boolean> {
  // loaded only for large evidence: the module costs start-up time a small run need not spend
  const { isMainThread } = await import('node:worker_threads');
  return isMainThread;
}

/**
 * With large evidence, on the main thread: says so through `say`, runs `entry` (the bundle's own
 * entry file, dist/index.js or dist/cli/index.js) with `argv` in a worker thread with the capped
 * young generation, and resolves with the thread's exit code. Else undefined: the caller goes on
 * itself. The thread runs the whole step or command again from the top and shares the process:
 * its output reaches the same stdout and stderr (each in order; Node pipes the two separately, so
 * lines of one may pass lines of the other), its writes to GITHUB_OUTPUT and the job summary are
 * the same file appends, and it sees the same environment and working directory. A file counts
 * by its size even when the run will refuse it later (a link out of the working directory).
 */
export async function continueInWorker(
  prepared: PreparedRun,
  entry: string,
  say: (line: string) => void,
  argv: readonly string[] = [],
): Promise<number | undefined> {
  const bytes = await discoveredBytes(prepared.discovered, prepared.settings.maxEvidenceBytes);
  if (bytes === 0 || bytes < largeEvidenceBytes() || !(await onMainThread())) return undefined;
  say(
    `Evidence to read: ${(bytes / 2 ** 20).toFixed(1)} MiB; the run goes on in a worker thread with a small young generation, for a lower memory peak.`,
  );
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      argv: [...argv],
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.once('error', reject);
    worker.once('exit', resolve);
  });
}
