import type { Collector } from '../collector.js';

/** The benchmarks formats, most specific first (detection tries them in this order). */
export const benchmarksCollectors: readonly Collector[] = [];
