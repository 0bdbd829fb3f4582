import type { Collector } from '../collector.js';

/** The tests formats, most specific first (detection tries them in this order). */
export const testsCollectors: readonly Collector[] = [];
