#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runCli } from './command-line.js';

// dist/ is CommonJS (scripts/build.mjs says why), so the exit code is set when the promise settles.
void runCli(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
  process.cwd(),
  // this file is the CLI's entry (dist/cli/index.js): certifying large evidence restarts it in a worker
  fileURLToPath(import.meta.url),
).then((code) => {
  process.exitCode = code;
});
