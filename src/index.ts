import { fileURLToPath } from 'node:url';
import { run } from './main.js';

// This file is the action's entry (dist/index.js): a run with large evidence restarts it in a worker.
// dist/ is CommonJS (scripts/build.mjs says why), so there is no top-level await here: run() reports
// its own failures through the runner and sets the exit code.
void run({ entry: fileURLToPath(import.meta.url) });
