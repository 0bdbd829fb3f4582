import type { Collector } from '../collector.js';
import { npmAuditJson } from './npm-audit-json.js';
import { sarifJson } from './sarif-json.js';

/** The security formats, most specific first (detection tries them in this order). */
export const securityCollectors: readonly Collector[] = [sarifJson, npmAuditJson];
