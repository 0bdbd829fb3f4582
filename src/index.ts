import { fileURLToPath } from 'node:url';
import { run } from './main.js';

// This file is the action's entry (dist/index.js): a run with large evidence restarts it in a worker.
await run({ entry: fileURLToPath(import.meta.url) });
