// Shard 2 of 4 of the fuzz suite over every parser (see fuzz-collectors.ts).
import { fuzzShard } from './fuzz-collectors.js';

fuzzShard(2, 4);
