/**
 * Acceptance: every security file of the shared corpus, read as the action reads it (no format
 * hint), gives the figures its manifest entry records. Each difference is named.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  CORPUS_FORMATS,
  collectCorpusFile,
  manifestEntries,
  type ManifestEntry,
} from '../corpus/corpus-support.js';
import type { CollectedFile } from '../../../src/model/evidence.js';
import type { SecurityEvidence, Severity } from '../../../src/model/security.js';

const sarifEntries = manifestEntries('security', 'sarif');
const npmEntries = manifestEntries('security', 'npm-audit-json');

/** SARIF level → severity when no security-severity is given (src/collect/security/sarif-json.ts). */
const SEVERITY_OF_LEVEL: Record<string, Severity> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
};
/** npm severity → severity (src/collect/security/npm-audit-json.ts). */
const SEVERITY_OF_NPM: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
  info: 'low',
};
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * Where the manifest's hand count reads levels more simply than SARIF does. Its rule is
 * "count by level, default warning when absent"; SARIF §3.27.10 (and GitHub code scanning,
 * which shows these CodeQL rules as Note) take an absent result level from the rule's
 * defaultConfiguration.level first. In both files every result's rule (ruleIndex 0 or 1 of its
 * run) declares "defaultConfiguration": { "level": "note" }, so each "warning" is a "note".
 */
const LEVEL_CORRECTIONS: Record<string, { byLevel: Record<string, number>; reason: string }> = {
  'codeql-action__valid-sarif.sarif': {
    byLevel: { note: 3 },
    reason: '3 results without a level; their rules default to note',
  },
  'codeql-action__valid-sarif-diff-filtered.sarif': {
    byLevel: { note: 2 },
    reason: '2 results without a level; their rules default to note',
  },
};

interface SarifHandCount {
  tools?: (string | null)[];
  results?: number;
  by_level?: Record<string, number>;
  by_rule?: Record<string, number>;
}

function security(file: CollectedFile): SecurityEvidence | undefined {
  return file.data?.kind === 'security' ? file.data : undefined;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function differ(mismatches: string[], what: string, ours: unknown, manifest: unknown): void {
  const a = JSON.stringify(ours);
  const b = JSON.stringify(manifest);
  if (a !== b) mismatches.push(`${what}: Certify ${a}, manifest ${b}`);
}

function sarifMismatches(entry: ManifestEntry, file: CollectedFile): string[] {
  const mismatches: string[] = [];
  const expected = entry.expected as Record<string, unknown>;
  if (expected['schema_valid'] === false) {
    if (file.status !== 'unreadable') mismatches.push(`schema-invalid file read as ${file.status}`);
    if (!/:\d+:\d+: runs\[0\]\.results must be an array/.test(file.error ?? '')) {
      mismatches.push(
        `error does not name the position and the problem: ${file.error ?? '(none)'}`,
      );
    }
    return mismatches;
  }
  const data = security(file);
  if (file.status !== 'ok' || !data) return [`not read: ${file.status} ${file.error ?? ''}`];
  const hand = (entry.hand_count ?? entry.expected) as SarifHandCount;
  const toolNames = (expected['tool_names'] as string[] | undefined) ?? [
    ...new Set(
      (hand.tools ?? []).filter((name): name is string => typeof name === 'string' && name !== ''),
    ),
  ];
  differ(mismatches, 'tools', Object.keys(data.byTool).sort(), [...toolNames].sort());
  differ(mismatches, 'results', data.totals.total, hand.results);
  differ(
    mismatches,
    'results by rule',
    sorted(countBy(data.findings, (f) => f.ruleId)),
    sorted(hand.by_rule ?? {}),
  );
  const byLevel = LEVEL_CORRECTIONS[path.basename(entry.path)]?.byLevel ?? hand.by_level ?? {};
  const expectedSeverities: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const [level, count] of Object.entries(byLevel)) {
    const severity = SEVERITY_OF_LEVEL[level];
    if (severity) expectedSeverities[severity] += count;
  }
  const { critical, high, medium, low } = data.totals;
  differ(mismatches, 'severities', { critical, high, medium, low }, expectedSeverities);
  const perTool = Object.values(data.byTool).reduce((sum, t) => sum + t.total, 0);
  differ(mismatches, 'sum over tools', perTool, data.totals.total);
  return mismatches;
}

interface NpmHandCount {
  severity_counts: Record<string, number>;
  npm_audit_format: string;
  distinct_advisories?: number;
  advisories?: number;
  advisory_urls: string[];
  vulnerable_packages?: number;
}

/** Advisory ids a finding carries (npm 7 packages can carry several; "via x" carries none). */
function advisoryIds(ruleId: string): string[] {
  return ruleId.startsWith('via ') || ruleId === '' ? [] : ruleId.split(', ');
}

function npmMismatches(entry: ManifestEntry, file: CollectedFile): string[] {
  const data = security(file);
  if (file.status !== 'ok' || !data) return [`not read: ${file.status} ${file.error ?? ''}`];
  const mismatches: string[] = [];
  const hand = entry.hand_count as unknown as NpmHandCount;
  const expectedTotals: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const [severity, count] of Object.entries(hand.severity_counts)) {
    const ours = SEVERITY_OF_NPM[severity];
    if (ours) expectedTotals[ours] += count;
  }
  const { total, ...ours } = data.totals;
  differ(mismatches, 'severity counts (metadata.vulnerabilities)', ours, expectedTotals);
  differ(
    mismatches,
    'total',
    total,
    hand.severity_counts['total'] ?? Object.values(expectedTotals).reduce((a, b) => a + b, 0),
  );
  if (hand.vulnerable_packages !== undefined) {
    differ(
      mismatches,
      'vulnerable packages',
      new Set(data.findings.map((f) => f.package)).size,
      hand.vulnerable_packages,
    );
  }
  const ids = new Set(data.findings.flatMap((f) => advisoryIds(f.ruleId)));
  differ(mismatches, 'distinct advisories', ids.size, hand.distinct_advisories ?? hand.advisories);
  const fromUrls = hand.advisory_urls.map((url) => url.replace(/^.*\/advisories\//, ''));
  differ(mismatches, 'advisory ids', [...ids].sort(), [...fromUrls].sort());

  // audit-ci's advisoriesFound: advisories at or above the level its test configured.
  const expected = entry.expected as {
    level: string;
    advisoriesFound: string[];
    _with_allowlist?: string[];
  };
  const threshold = RANK[SEVERITY_OF_NPM[expected.level] ?? 'low'];
  const atLevel = new Set(
    data.findings
      .filter((f) => RANK[f.severity] >= threshold)
      .flatMap((f) => advisoryIds(f.ruleId)),
  );
  if (expected._with_allowlist) {
    // audit-ci removed allowlisted paths first: what it found must be among ours.
    const missing = expected.advisoriesFound.filter((id) => !atLevel.has(id));
    if (missing.length > 0) mismatches.push(`audit-ci advisories not found: ${missing.join(', ')}`);
  } else {
    differ(
      mismatches,
      `advisories at level ${expected.level} (audit-ci)`,
      [...atLevel].sort(),
      [...expected.advisoriesFound].sort(),
    );
  }
  const warnings = file.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0)
    mismatches.push(`warnings: ${warnings.map((w) => w.message).join('; ')}`);
  return mismatches;
}

function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

describe('security corpus (manifest.json)', () => {
  it('has the 11 security files, each with a Certify format', () => {
    expect(sarifEntries.length + npmEntries.length).toBe(11);
    expect(CORPUS_FORMATS['sarif']).toBe('sarif-json');
    expect(CORPUS_FORMATS['npm-audit-json']).toBe('npm-audit-json');
  });

  it.each(
    [...sarifEntries, ...npmEntries].map((entry) => [path.basename(entry.path), entry] as const),
  )('%s: detected without hints, figures as in the manifest', async (_name, entry) => {
    const file = await collectCorpusFile(entry);
    const mismatches = [
      ...(file.format === CORPUS_FORMATS[entry.format]
        ? []
        : [`detected as ${String(file.format)}`]),
      ...(entry.format === 'sarif' ? sarifMismatches(entry, file) : npmMismatches(entry, file)),
    ];
    expect(mismatches).toEqual([]);
  });

  it('documents why two hand counts are read differently', () => {
    for (const [name, correction] of Object.entries(LEVEL_CORRECTIONS)) {
      const entry = sarifEntries.find((e) => path.basename(e.path) === name);
      const hand = entry?.hand_count as SarifHandCount | undefined;
      // Same number of results, only the level differs.
      expect(Object.values(correction.byLevel).reduce((a, b) => a + b, 0)).toBe(hand?.results);
      expect(correction.reason).not.toBe('');
    }
  });
});
