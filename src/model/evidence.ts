import type { BenchmarkEvidence } from './benchmarks.js';
import type { CoverageEvidence } from './coverage.js';
import type { CustomEvidence } from './custom.js';
import type { SecurityEvidence } from './security.js';
import type { TestEvidence } from './tests.js';
import type { SourcePosition } from '../errors.js';

export type EvidenceKind = 'tests' | 'coverage' | 'benchmarks' | 'security' | 'custom';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'tests',
  'coverage',
  'benchmarks',
  'security',
  'custom',
];

export type EvidenceData =
  | TestEvidence
  | CoverageEvidence
  | BenchmarkEvidence
  | SecurityEvidence
  | CustomEvidence;

export type EvidenceStatus = 'ok' | 'unreadable' | 'unrecognised' | 'too-large' | 'outside-workspace';

/** A problem worth telling the user about that did not stop the file from being read. */
export interface Diagnostic {
  severity: 'warning' | 'notice';
  message: string;
  position?: SourcePosition;
}

/** One evidence file as recorded in the report: every figure names its source. */
export interface EvidenceFile {
  path: string;
  kind: EvidenceKind | null;
  format: string | null;
  bytes: number;
  sha256: string;
  status: EvidenceStatus;
  /** Why the file could not be used, with file and position. */
  error?: string;
  diagnostics: Diagnostic[];
}

/** A file that was read, with its normalized data. */
export interface CollectedFile extends EvidenceFile {
  data?: EvidenceData;
  /** Evidence of another kind from the same file. */
  extra?: EvidenceData[];
}

/** A configured glob that matched no file. */
export interface UnmatchedGlob {
  kind: EvidenceKind;
  pattern: string;
}
