import type { BenchmarkSeries } from './benchmarks.js';

/** Where the baseline certification came from. */
export interface BaselineInfo {
  source: 'file' | 'artifact' | 'none';
  sha: string | null;
  generatedAt: string | null;
  runId: number | null;
  /** The branch it was looked for on (shown when none was found). */
  branch: string | null;
  /** Why there is no baseline, or what was unusable in it. */
  note?: string;
}

/**
 * The parts of an earlier certification a comparison needs. Read leniently: a baseline from an
 * older or newer schema still gives whatever figures it has.
 */
export interface BaselineFigures {
  info: BaselineInfo;
  level: string | null;
  score: number | null;
  tests?: { total: number; passed: number; failed: number; errors: number; skipped: number; flaky: number };
  coverage?: { lines: number | null; branches: number | null; functions: number | null };
  benchmarks?: BenchmarkSeries[];
  /** Hashed test identities by final state (absent in reports written before it existed). */
  testIndex?: TestIndex;
  /** Names of failing tests the baseline listed, by hashed id. */
  failingNames: Record<string, string>;
  findings?: { ruleId: string; file?: string; line?: number; severity: string }[];
}

/** Hashed ids of every test by its final state: lets a later run tell added, removed, fixed. */
export interface TestIndex {
  passed: string[];
  failed: string[];
  skipped: string[];
}

export interface BenchmarkDelta {
  name: string;
  measure: string;
  unit: string;
  before: number;
  after: number;
  changePct: number;
  /** Worse by more than the tolerance and more than the measured spread. */
  regression: boolean;
  /** Which threshold was the deciding (larger) one. */
  decidedBy: 'tolerance' | 'spread';
  /** How much worse, in %, beyond noise (0 when within spread or better). */
  worsePct: number;
}

export interface Delta {
  tests: {
    newlyFailing: string[];
    fixed: string[];
    added: number;
    removed: number;
    /**
     * Whether the baseline listed its tests, so newly failing, fixed, added and removed could be
     * told (false: those four are unknown, not zero). Absent in reports of earlier versions.
     */
    byTest?: boolean;
    /** Change in each count, after − before. */
    counts: Record<'total' | 'passed' | 'failed' | 'errors' | 'skipped' | 'flaky', number> | null;
  };
  coverage: { lines: number | null; branches: number | null; functions: number | null };
  benchmarks: BenchmarkDelta[];
  security: { newFindings: number; fixedFindings: number } | null;
  score: number | null;
  level: { before: string | null; after: string | null };
}

/** Coverage of the lines a change adds or modifies. */
export interface PatchCoverage {
  lines: { covered: number; total: number; pct: number | null };
  /** Changed executable lines not covered, by file, as line ranges. */
  uncovered: { path: string; ranges: string[] }[];
  /** Where the diff came from: 'git', 'api', 'file'. */
  source: string;
}

/** Lines a change adds or modifies, by path (new-file line numbers, ascending). */
export type ChangedLines = Map<string, number[]>;

/** Score, line coverage and benchmark values over earlier base-branch runs, oldest first, then this run. */
export interface Trend {
  runs: { sha: string | null; generatedAt: string | null; score: number | null; lines: number | null }[];
  benchmarks: { name: string; measure: string; unit: string; values: (number | null)[] }[];
}
