import type { Collector } from '../collector.js';

/** The security formats, most specific first (detection tries them in this order). */
export const securityCollectors: readonly Collector[] = [];
