import type { EvidenceFile, EvidenceKind, UnmatchedGlob } from './evidence.js';
import type { CoverageCounter } from './coverage.js';
import type { TestTotals } from './tests.js';
import type { SecurityTotals } from './security.js';
import type { BenchmarkSeries } from './benchmarks.js';
import type { BaselineInfo, Delta, PatchCoverage, TestIndex, Trend } from './baseline.js';

export type Operator = '>=' | '>' | '<=' | '<' | '==' | '!=';

/**
 * Unmet because false, or because nothing measured the metric. `not-applicable`: a requirement
 * on change (delta., regression.) when there is no baseline to compare with: neither met nor failed.
 */
export type RequirementStatus = 'pass' | 'fail' | 'no-evidence' | 'not-applicable';

export interface RequirementResult {
  level: string;
  /** Canonical metric name, e.g. `coverage.lines`, `groups.core.tests.failed`, `benchmarks.parse.time`. */
  metric: string;
  op: Operator;
  target: number;
  /** Unit of target and actual: '%', 'count', 'ms', … */
  unit: string;
  /** The requirement as the user wrote it, e.g. `>= 85%`. */
  expression: string;
  actual: number | null;
  status: RequirementStatus;
  /** What it takes to meet it, in units a person acts on. Absent when met. */
  gap?: string;
  /** Paths of the evidence files the actual figure came from. */
  sources: string[];
}

export type Verdict = 'pass' | 'partial' | 'fail' | 'no-evidence';

export interface CategoryResult {
  id: EvidenceKind;
  verdict: Verdict;
  /** 0–100, or null when the category has no evidence. */
  score: number | null;
  /** One-line summary of the figures behind the score. */
  summary: string;
}

export interface CoverageMetric extends CoverageCounter {
  pct: number | null;
}

export interface CoverageMetrics {
  lines: CoverageMetric;
  branches: CoverageMetric;
  functions: CoverageMetric;
  /** Coverage of the changed lines, when a diff is known. */
  patch?: PatchCoverage;
}

export interface GroupMetrics {
  tests?: TestTotals & { passRate: number | null };
  coverage?: CoverageMetrics;
}

export interface Metrics {
  tests?: TestTotals & { passRate: number | null };
  coverage?: CoverageMetrics;
  benchmarks?: BenchmarkSeries[];
  security?: SecurityTotals;
  custom?: Record<string, { value: number; unit: string; biggerIsBetter: boolean }>;
  groups: Record<string, GroupMetrics>;
}

export interface FailingTest {
  suite: string;
  name: string;
  file?: string;
  line?: number;
  status: 'failed' | 'error';
  message?: string;
  evidence: string;
}

export interface FlakyTest {
  suite: string;
  name: string;
  file?: string;
  retries: number;
  evidence: string;
}

export interface Subject {
  repository: string | null;
  sha: string | null;
  ref: string | null;
  pullRequest: number | null;
}

export interface LevelInfo {
  name: string;
  approves?: string;
  met: boolean;
}

/** The policy the certification was computed with, so `certify verify` can recompute it. */
export interface Policy {
  source: string;
  levels: { name: string; approves?: string; requirements: { metric: string; expression: string }[] }[];
  groups: { name: string; paths: string[]; tests: string[] }[];
  validDays: number;
}

/** The certification: the contract of certification.json (schemaVersion 1). */
export interface Certification {
  schemaVersion: 1;
  reportId: string;
  generatedAt: string;
  validUntil: string;
  tool: { name: 'certify'; version: string };
  subject: Subject;
  level: string | null;
  required: string | null;
  passed: boolean;
  score: number | null;
  levels: LevelInfo[];
  metrics: Metrics;
  requirements: RequirementResult[];
  categories: CategoryResult[];
  evidence: EvidenceFile[];
  unmatched: UnmatchedGlob[];
  failingTests: { shown: FailingTest[]; total: number };
  flakyTests: { shown: FlakyTest[]; total: number };
  findings: { shown: import('./security.js').SecurityFinding[]; total: number };
  next: { level: string; unmet: RequirementResult[] } | null;
  policy: Policy;
  baseline: BaselineInfo;
  delta: Delta | null;
  /** Hashed ids of every test by final state, so a later run can compare with this one. */
  testIndex: TestIndex;
  /** Earlier base-branch certifications and this one, when they could be fetched. */
  trend: Trend | null;
}
