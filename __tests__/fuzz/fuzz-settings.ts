/**
 * How hard the fuzz suites push, from the environment. CI (CI=true) runs the figures the issue
 * asks for; a local `npm test` runs a small sample so it stays quick.
 *
 * - CERTIFY_FUZZ_RUNS: inputs per parser (10,000 in CI, 200 otherwise);
 * - CERTIFY_FUZZ_HUGE_BYTES: size of each oversized part of the hostile inputs (4 MiB in CI, 256 KiB otherwise; 0 skips them);
 * - CERTIFY_FUZZ_SEED: fast-check seed, to replay a run (CI_SEED in CI, random otherwise);
 * - CERTIFY_FUZZ_WRITE=1: write results.md and xml-attacks.md here (done anyway at CI scale);
 * - CERTIFY_FUZZ_TRACE=<file>: write each input there before parsing it, to catch an input that
 *   hangs or exhausts memory (the process dies before the harness can report it).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CI_RUNS = 10_000;
export const ci = process.env['CI'] === 'true';
export const runs = Number(process.env['CERTIFY_FUZZ_RUNS'] ?? (ci ? CI_RUNS : 200));
export const huge = Number(process.env['CERTIFY_FUZZ_HUGE_BYTES'] ?? (ci ? 4096 : 256) * 1024);
/**
 * CI runs one fixed seed, so a red build replays exactly; local runs explore a new seed each
 * time (a finding there is replayed with the seed the suite prints).
 */
export const CI_SEED = 20261122;
export const fuzzSeed = Number(
  process.env['CERTIFY_FUZZ_SEED'] ?? (ci ? CI_SEED : Math.floor(Math.random() * 2 ** 31)),
);
export const writeResults = process.env['CERTIFY_FUZZ_WRITE'] === '1' || runs >= CI_RUNS;
export const fuzzDir = path.dirname(fileURLToPath(import.meta.url));
export const traceFile = process.env['CERTIFY_FUZZ_TRACE'];
