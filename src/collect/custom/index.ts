import type { Collector } from '../collector.js';
import { certifyCustomJson } from './certify-custom-json.js';

/** The custom formats, most specific first (detection tries them in this order). */
export const customCollectors: readonly Collector[] = [certifyCustomJson];
