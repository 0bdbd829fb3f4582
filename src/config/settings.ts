import type { Expression } from '../model/expression.js';
import type { EvidenceKind } from '../model/evidence.js';
import type { MetricRef } from '../model/metric-path.js';

export interface LevelRequirement {
  metric: string;
  ref: MetricRef;
  expression: Expression;
}

export interface LevelSpec {
  name: string;
  approves?: string;
  requirements: LevelRequirement[];
}

export interface GroupSpec {
  name: string;
  paths: string[];
  tests: string[];
}

/** Everything a run needs to know, from the config file (or the default policy) and inputs. */
export interface Settings {
  /** Where the config came from: a path, or 'default policy'. */
  source: string;
  evidence: Partial<Record<EvidenceKind, string[]>>;
  /** True when the globs are the built-in defaults: globs matching nothing are then not reported. */
  defaultEvidence: boolean;
  levels: LevelSpec[];
  required: string | null;
  groups: GroupSpec[];
  validDays: number;
  template?: string;
  maxEvidenceBytes: number;
  allowOutside: string[];
}
