import type { Collector } from './collector.js';
import { benchmarksCollectors } from './benchmarks/index.js';
import { coverageCollectors } from './coverage/index.js';
import { customCollectors } from './custom/index.js';
import { securityCollectors } from './security/index.js';
import { testsCollectors } from './tests/index.js';
import type { EvidenceKind } from '../model/evidence.js';

/** The one list of formats. Detection tries them in this order and takes the first match. */
export const COLLECTORS: readonly Collector[] = [
  ...testsCollectors,
  ...coverageCollectors,
  ...benchmarksCollectors,
  ...securityCollectors,
  ...customCollectors,
];

export function collectorFor(format: string): Collector | undefined {
  return COLLECTORS.find((collector) => collector.format === format);
}

/**
 * The format of a file by its content. With `kind` (the config section the glob was listed
 * under) formats of that kind are preferred, so a file is read as what the user said it is.
 */
export function detectFormat(head: string, kind?: EvidenceKind): Collector | undefined {
  if (kind) {
    const preferred = COLLECTORS.find((c) => c.kind === kind && c.detect(head));
    if (preferred) return preferred;
  }
  return COLLECTORS.find((collector) => collector.detect(head));
}
