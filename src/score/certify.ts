import type { Settings } from '../config/settings.js';
import type { Certification, Metrics, Subject } from '../model/certification.js';
import type { CollectedFile, EvidenceFile, UnmatchedGlob } from '../model/evidence.js';
import { scoreCategories, overallScore } from './categories.js';
import { decideLevel, meetsRequired } from './levels.js';
import { computeMetrics, failingTests, flakyTests, mergeEvidence, type MergedEvidence } from './metrics.js';
import { compareEvidence, trendOf } from './baseline.js';
import { testIndexOf } from './test-index.js';
import { patchCoverage } from './patch-coverage.js';
import { globToRegExp, pathMatches } from './glob-match.js';
import type { BaselineFigures, BaselineInfo, ChangedLines } from '../model/baseline.js';
import { evaluateLevels } from './requirements.js';

export interface CertifyInput {
  settings: Settings;
  files: readonly CollectedFile[];
  unmatched: readonly UnmatchedGlob[];
  subject: Subject;
  now: Date;
  version: string;
  /** An earlier certification to compare with, or null (the report says so plainly). */
  baseline?: BaselineFigures | null;
  /** Where a baseline was looked for, when none was found. */
  baselineBranch?: string | null;
  /** Lines the change adds or modifies, when a diff is known. */
  changes?: { lines: ChangedLines; source: string } | null;
  /** Earlier base-branch certifications, oldest first, for the trend chart. */
  history?: readonly BaselineFigures[];
  /** Worsening in % that counts as a benchmark regression when no requirement says (default 10). */
  regressionTolerancePct?: number;
}

/** Detail lists in the report are capped; totals stay exact. */
export const DETAIL_LIMIT = 100;

/** Scores the evidence against the levels: the whole certification, as a pure function. */
export function certify(input: CertifyInput): Certification {
  const { settings, files, subject, now } = input;
  const merged = mergeEvidence(files);
  const metrics = computeMetrics(merged, settings.groups);
  if (input.changes) addPatchCoverage(metrics, merged, settings, input.changes);
  const baselineInfo: BaselineInfo = input.baseline?.info ?? {
    source: 'none',
    sha: null,
    generatedAt: null,
    runId: null,
    branch: input.baselineBranch ?? null,
  };
  const delta = input.baseline ? compareEvidence(merged, metrics, input.baseline, input.regressionTolerancePct ?? 10) : null;
  const requirements = evaluateLevels(settings.levels, metrics, merged, { delta, baseline: baselineInfo });
  const outcome = decideLevel(settings.levels, requirements);
  const categories = scoreCategories(metrics, requirements);
  const score = overallScore(categories);
  if (delta && input.baseline) {
    delta.score = score === null || input.baseline.score === null ? null : Math.round((score - input.baseline.score) * 10) / 10;
    delta.level.after = outcome.achieved;
  }
  const validUntil = new Date(now.getTime() + settings.validDays * 86_400_000);
  const findings = merged.findings ?? [];
  const severityRank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
  return {
    schemaVersion: 1,
    reportId: reportIdOf(subject, now, files),
    generatedAt: now.toISOString(),
    validUntil: validUntil.toISOString(),
    tool: { name: 'certify', version: input.version },
    subject,
    level: outcome.achieved,
    required: settings.required,
    passed: meetsRequired(settings.levels, outcome.achieved, settings.required),
    score,
    levels: outcome.levels,
    metrics,
    requirements,
    categories,
    evidence: files.map(toEvidenceRecord),
    unmatched: [...input.unmatched],
    failingTests: failingTests(merged, DETAIL_LIMIT),
    flakyTests: flakyTests(merged, DETAIL_LIMIT),
    findings: {
      total: merged.securityTotals?.total ?? 0,
      shown: [...findings]
        .sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
        .slice(0, DETAIL_LIMIT)
        .map(({ evidence: _evidence, ...finding }) => finding),
    },
    next: outcome.next,
    policy: {
      source: settings.source,
      levels: settings.levels.map((level) => ({
        name: level.name,
        ...(level.approves !== undefined ? { approves: level.approves } : {}),
        requirements: level.requirements.map((r) => ({ metric: r.metric, expression: r.expression.text })),
      })),
      groups: settings.groups.map((g) => ({ name: g.name, paths: [...g.paths], tests: [...g.tests] })),
      validDays: settings.validDays,
    },
    baseline: baselineInfo,
    delta,
    testIndex: testIndexOf(merged.tests),
    trend: trendOf(input.history ?? [], {
      sha: subject.sha,
      generatedAt: now.toISOString(),
      score,
      lines: metrics.coverage?.lines.pct ?? null,
      benchmarks: metrics.benchmarks ?? [],
    }),
  };
}

function addPatchCoverage(metrics: Metrics, merged: MergedEvidence, settings: Settings, changes: { lines: ChangedLines; source: string }): void {
  if (!merged.coverage || !metrics.coverage) return;
  metrics.coverage.patch = patchCoverage(merged.coverage, changes.lines, changes.source);
  for (const group of settings.groups) {
    const coverage = metrics.groups[group.name]?.coverage;
    if (!coverage || group.paths.length === 0) continue;
    const patterns = group.paths.map(globToRegExp);
    const files = merged.coverage.filter((f) => patterns.some((p) => pathMatches(p, f.path)));
    coverage.patch = patchCoverage(files, changes.lines, changes.source);
  }
}

function toEvidenceRecord(file: CollectedFile): EvidenceFile {
  const { data: _data, extra: _extra, ...record } = file;
  return record;
}

/** A short id that names the commit and the evidence: same evidence at the same commit → same id. */
function reportIdOf(subject: Subject, now: Date, files: readonly CollectedFile[]): string {
  const date = now.toISOString().slice(0, 10).replace(/-/g, '');
  const sha = (subject.sha ?? 'local').slice(0, 7);
  let hash = 0x811c9dc5;
  for (const file of files) {
    for (let i = 0; i < file.sha256.length; i++) {
      hash ^= file.sha256.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `CERT-${date}-${sha}-${hash.toString(16).padStart(8, '0').slice(0, 6)}`;
}
