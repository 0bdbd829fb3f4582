import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readEvidenceFile, DEFAULT_MAX_EVIDENCE_BYTES } from './collect/discover.js';
import type { LevelSpec, Settings } from './config/settings.js';
import { ConfigurationError, messageOf } from './errors.js';
import type { Certification } from './model/certification.js';
import { parseCertification } from './model/certification-schema.js';
import type { CollectedFile } from './model/evidence.js';
import { parseExpression } from './model/expression.js';
import { parseMetric } from './model/metric-path.js';
import { certify } from './score/certify.js';

export interface VerifyResult {
  /** Every difference between the report and what its evidence says now; empty when it holds. */
  differences: string[];
  checkedFiles: number;
}

/**
 * Re-verifies a certification.json: re-reads every evidence file it lists (relative to `cwd`,
 * as the original run saw them), checks each sha256, recomputes every figure with the policy
 * recorded in the report, and lists whatever differs.
 */
export async function verifyCertification(reportPath: string, cwd: string): Promise<VerifyResult> {
  let text: string;
  try {
    text = await readFile(reportPath, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`${reportPath}: cannot read: ${messageOf(error)}`);
  }
  const parsed = parseCertification(text);
  if (!parsed.ok) throw new ConfigurationError(`${reportPath}: ${parsed.error}`);
  const report = parsed.certification;
  const differences: string[] = [];
  const root = path.resolve(cwd);
  const files: CollectedFile[] = [];
  for (const recorded of report.evidence) {
    const absolute = path.resolve(root, recorded.path);
    const current = await readEvidenceFile(absolute, { cwd: root, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES }, recorded.kind ?? undefined, recorded.format ?? undefined);
    files.push(current);
    if (current.sha256 !== recorded.sha256) {
      differences.push(
        current.sha256 === ''
          ? `${recorded.path}: cannot be read now (${current.error ?? current.status})`
          : `${recorded.path}: sha256 ${short(current.sha256)} differs from the report's ${short(recorded.sha256)}`,
      );
    } else if (current.status !== recorded.status) {
      differences.push(`${recorded.path}: status ${current.status} differs from the report's ${recorded.status}`);
    }
  }
  const recomputed = certify({
    settings: settingsOf(report),
    files,
    unmatched: report.unmatched,
    subject: report.subject,
    now: new Date(report.generatedAt),
    version: report.tool.version,
  });
  compare('level', report.level, recomputed.level, differences);
  compare('passed', report.passed, recomputed.passed, differences);
  compare('score', report.score, recomputed.score, differences);
  compareMetrics(report, recomputed, differences);
  recomputed.requirements.forEach((requirement, i) => {
    const original = report.requirements[i];
    if (original?.metric !== requirement.metric || original.actual !== requirement.actual || original.status !== requirement.status) {
      differences.push(
        `requirement ${requirement.level} ${requirement.metric}: report says ${original ? `${String(original.actual)} (${original.status})` : 'nothing'}, evidence gives ${String(requirement.actual)} (${requirement.status})`,
      );
    }
  });
  return { differences, checkedFiles: report.evidence.length };
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

function compare(name: string, reported: unknown, actual: unknown, differences: string[]): void {
  const a = canonical(reported);
  const b = canonical(actual);
  if (a !== b) differences.push(`${name}: report says ${a}, evidence gives ${b}`);
}

/** JSON with sorted keys: the report's key order is not part of its meaning. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}

function compareMetrics(report: Certification, recomputed: Certification, differences: string[]): void {
  for (const key of ['tests', 'coverage', 'security', 'benchmarks', 'custom', 'groups'] as const) {
    compare(`metrics.${key}`, report.metrics[key] ?? null, recomputed.metrics[key] ?? null, differences);
  }
}

/** The settings the report was computed with, rebuilt from its recorded policy. */
function settingsOf(report: Certification): Settings {
  const levels: LevelSpec[] = report.policy.levels.map((level) => ({
    name: level.name,
    ...(level.approves !== undefined ? { approves: level.approves } : {}),
    requirements: level.requirements.flatMap((r) => {
      const ref = parseMetric(r.metric);
      const expression = parseExpression(r.expression);
      return 'error' in ref || 'error' in expression ? [] : [{ metric: r.metric, ref, expression }];
    }),
  }));
  return {
    source: report.policy.source,
    evidence: {},
    defaultEvidence: false,
    levels,
    required: report.required,
    groups: report.policy.groups,
    validDays: report.policy.validDays,
    maxEvidenceBytes: DEFAULT_MAX_EVIDENCE_BYTES,
    allowOutside: [],
  };
}
