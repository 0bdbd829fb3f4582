import type { Collector } from './collector.js';
import type { EvidenceKind } from '../model/evidence.js';

/**
 * Each kind's formats, loaded the first time a file listed under that kind is detected: a run
 * compiles the parsers of the kinds it has evidence for, and start-up none of them before the
 * first evidence read. registry.ts, which loads them all, stays the one list and order.
 */
const FORMATS_OF_KIND: Record<EvidenceKind, () => Promise<readonly Collector[]>> = {
  tests: async () => (await import('./tests/index.js')).testsCollectors,
  coverage: async () => (await import('./coverage/index.js')).coverageCollectors,
  benchmarks: async () => (await import('./benchmarks/index.js')).benchmarksCollectors,
  security: async () => (await import('./security/index.js')).securityCollectors,
  custom: async () => (await import('./custom/index.js')).customCollectors,
};

/** The formats listed under `kind`, in detection order (loads them). */
export function formatsOfKind(kind: EvidenceKind): Promise<readonly Collector[]> {
  return FORMATS_OF_KIND[kind]();
}

/**
 * registry.ts's `detectFormat`, loading only what it needs: the formats of the kind the file was
 * listed under are tried first, and all of them only when none of those matches.
 */
export async function detectFormatLoading(head: string, kind?: EvidenceKind): Promise<Collector | undefined> {
  if (kind) {
    const preferred = (await formatsOfKind(kind)).find((c) => c.kind === kind && c.detect(head));
    if (preferred) return preferred;
  }
  const { detectFormat } = await import('./registry.js');
  return detectFormat(head);
}

/** registry.ts's `collectorFor` (a format named on the command line), loading the registry then. */
export async function collectorForLoading(format: string): Promise<Collector | undefined> {
  const { collectorFor } = await import('./registry.js');
  return collectorFor(format);
}
