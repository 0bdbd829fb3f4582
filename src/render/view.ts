import type { Certification, RequirementResult, Verdict } from '../model/certification.js';
import type { EvidenceFile } from '../model/evidence.js';
import { joinMetricPath } from '../model/metric-path.js';
import { escapeMarkdown } from './escape.js';
import { formatBytes, formatDate, formatDuration, formatNumber } from './format.js';

/** What the renderer may leave out to fit a size limit (see fit.ts for the order). */
export interface ViewOptions {
  /** Rows shown per detail list; the rest become "… and N more". */
  listCap: number;
  /** Show passing requirements in the full requirements table. */
  includePassing: boolean;
  /** Leave out the detail sections and point to the job summary and artifact instead. */
  compact: boolean;
}

export const FULL_VIEW: ViewOptions = { listCap: 100, includePassing: true, compact: false };

const VERDICT_ICON: Record<Verdict, string> = {
  pass: '✅',
  partial: '🟡',
  fail: '❌',
  'no-evidence': '⚪',
};
const STATUS_TEXT: Record<RequirementResult['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  'no-evidence': '⚪ no evidence',
  'not-applicable': '➖ n/a (no baseline)',
};
const CATEGORY_NAME: Record<string, string> = {
  tests: 'Tests',
  coverage: 'Coverage',
  benchmarks: 'Performance',
  security: 'Security',
  custom: 'Custom metrics',
};

export interface Capped<T> {
  rows: T[];
  total: number;
  /** How many rows were left out ("… and N more"), 0 when all are shown. */
  more: number;
}

function cap<T>(rows: T[], limit: number, total = rows.length): Capped<T> {
  const shown = rows.slice(0, limit);
  return { rows: shown, total, more: Math.max(0, total - shown.length) };
}

const e = (text: string | null | undefined, max?: number) => escapeMarkdown(text ?? '', max);

/** Every number formatted and every decision made: templates only loop and branch. */
export function buildView(cert: Certification, options: ViewOptions = FULL_VIEW) {
  const unreadable = cert.evidence.filter((f) => f.status !== 'ok');
  const requirementRows = cert.requirements
    .filter((r) => options.includePassing || r.status !== 'pass')
    .map((r) => ({
      level: e(r.level),
      metric: e(r.metric),
      target: e(r.expression),
      actual: formatNumber(r.actual, r.unit),
      status: STATUS_TEXT[r.status],
      evidence: r.sources.length === 0 ? '–' : r.sources.map((s) => e(s, 120)).join(', '),
    }));
  const gateText = cert.required === null
    ? 'no level required'
    : cert.passed
      ? `gate ✅ passed (requires ${e(cert.required)})`
      : `gate ❌ failed (requires ${e(cert.required)})`;
  const levelText = cert.level === null ? 'Not certified' : `Certified ${e(cert.level.toUpperCase())}`;
  const score = cert.score === null ? 'no score' : `score ${formatNumber(cert.score)}/100`;
  const achievedLevel = cert.levels.find((l) => l.name === cert.level);
  return {
    headline: `${cert.passed ? '✅' : '❌'} **${levelText}** · ${score} · ${gateText}${unreadable.length > 0 ? ` · ⚠️ ${unreadable.length} evidence ${unreadable.length === 1 ? 'file' : 'files'} not read` : ''}`,
    title: `${cert.level ?? 'Not certified'} · ${cert.score === null ? 'no score' : formatNumber(cert.score)}/100`,
    unreadableWarning:
      unreadable.length === 0
        ? null
        : `⚠️ ${unreadable.length} evidence ${unreadable.length === 1 ? 'file was' : 'files were'} unreadable: the level is computed without ${unreadable.length === 1 ? 'it' : 'them'}.`,
    approves: achievedLevel?.approves ? e(achievedLevel.approves) : null,
    facts: {
      reportId: e(cert.reportId),
      commit: cert.subject.sha ? e(cert.subject.sha.slice(0, 12)) : 'working tree',
      pullRequest: cert.subject.pullRequest === null ? null : String(cert.subject.pullRequest),
      generated: formatDate(cert.generatedAt),
      validUntil: formatDate(cert.validUntil),
      evidenceCount: String(cert.evidence.length),
      unreadableCount: unreadable.length,
    },
    levels: cert.levels.map((l) => ({
      name: e(l.name),
      icon: l.met ? '✅' : '❌',
      achieved: l.name === cert.level,
      approves: l.approves ? e(l.approves) : '–',
    })),
    categories: cert.categories.map((c) => ({
      name: CATEGORY_NAME[c.id] ?? c.id,
      icon: VERDICT_ICON[c.verdict],
      verdict: c.verdict,
      score: c.score === null ? '–' : formatNumber(c.score),
      summary: e(c.summary),
    })),
    next: cert.next
      ? {
          level: e(cert.next.level),
          items: cert.next.unmet.map((r) => ({ metric: e(r.metric), gap: e(r.gap ?? `${r.metric} ${r.expression}`) })),
        }
      : null,
    topLevel: cert.next === null && cert.level !== null,
    compact: options.compact,
    requirements: { ...cap(requirementRows, options.listCap), hiddenPassing: options.includePassing ? 0 : cert.requirements.length - requirementRows.length, all: cert.requirements.length },
    failingTests: cap(
      cert.failingTests.shown.map((t) => ({
        name: e(t.suite ? `${t.suite} › ${t.name}` : t.name, 200),
        location: t.file ? e(t.line ? `${t.file}:${t.line}` : t.file, 150) : '–',
        status: t.status === 'error' ? 'error' : 'failed',
        message: t.message ? e(firstLine(t.message), 200) : '–',
      })),
      options.listCap,
      cert.failingTests.total,
    ),
    flakyTests: cap(
      cert.flakyTests.shown.map((t) => ({
        name: e(t.suite ? `${t.suite} › ${t.name}` : t.name, 200),
        location: t.file ? e(t.file, 150) : '–',
        retries: String(t.retries),
      })),
      options.listCap,
      cert.flakyTests.total,
    ),
    tests: cert.metrics.tests
      ? {
          total: String(cert.metrics.tests.total),
          passed: String(cert.metrics.tests.passed),
          failed: String(cert.metrics.tests.failed),
          errors: String(cert.metrics.tests.errors),
          skipped: String(cert.metrics.tests.skipped),
          flaky: String(cert.metrics.tests.flaky),
          passRate: formatNumber(cert.metrics.tests.passRate, '%'),
          duration: formatDuration(cert.metrics.tests.durationMs),
        }
      : null,
    coverage: coverageRows(cert),
    benchmarks: benchmarkRows(cert, options.listCap),
    security: securityView(cert, options.listCap),
    evidence: cap(cert.evidence.map(evidenceRow), options.listCap),
    unmatched: cert.unmatched.map((u) => ({ kind: u.kind, pattern: e(u.pattern) })),
    comparison: comparisonView(cert, options.listCap),
    patch: patchView(cert, options.listCap),
    trend: options.compact ? null : trendView(cert),
    version: e(cert.tool.version),
  };
}

export type ReportView = ReturnType<typeof buildView>;

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

function evidenceRow(file: EvidenceFile) {
  return {
    path: e(file.path, 200),
    kind: file.kind ?? '–',
    format: file.format ?? '–',
    size: formatBytes(file.bytes),
    sha256: file.sha256 === '' ? '–' : file.sha256,
    status: file.status === 'ok' ? '✅ ok' : `⚠️ ${file.status}`,
    error: file.error ? e(file.error, 300) : null,
  };
}

function coverageRows(cert: Certification) {
  const coverage = cert.metrics.coverage;
  const groups = Object.entries(cert.metrics.groups);
  if (!coverage && groups.length === 0) return null;
  const row = (name: string, c: NonNullable<Certification['metrics']['coverage']>) => ({
    name,
    lines: `${formatNumber(c.lines.pct, '%')} (${c.lines.covered}/${c.lines.total})`,
    branches: `${formatNumber(c.branches.pct, '%')} (${c.branches.covered}/${c.branches.total})`,
    functions: `${formatNumber(c.functions.pct, '%')} (${c.functions.covered}/${c.functions.total})`,
  });
  const rows = coverage ? [row('**All files**', coverage)] : [];
  for (const [name, group] of groups) {
    if (group.coverage) rows.push(row(`group ${e(name)}`, group.coverage));
  }
  return rows.length === 0 ? null : rows;
}

function benchmarkRows(cert: Certification, limit: number) {
  const series = cert.metrics.benchmarks;
  if (!series || series.length === 0) return null;
  const rows = series.map((s) => {
    const key = joinMetricPath(['benchmarks', s.name, s.measure]);
    const requirement = cert.requirements.find((r) => r.metric === key);
    const spread = s.spread
      ? [
          s.spread.pct !== undefined ? `±${formatNumber(s.spread.pct)}%` : null,
          s.spread.stddev !== undefined ? `σ ${formatNumber(s.spread.stddev)}` : null,
          s.spread.samples !== undefined ? `n=${s.spread.samples}` : null,
        ].filter(Boolean).join(', ') || '–'
      : '–';
    return {
      name: e(s.name, 150),
      measure: e(s.measure),
      value: formatNumber(s.value),
      unit: e(s.unit),
      direction: s.biggerIsBetter ? '↑ bigger is better' : '↓ smaller is better',
      target: requirement ? e(requirement.expression) : '–',
      status: requirement ? STATUS_TEXT[requirement.status] : '–',
      spread: e(spread),
    };
  });
  return cap(rows, limit);
}

function securityView(cert: Certification, limit: number) {
  const totals = cert.metrics.security;
  if (!totals) return null;
  return {
    critical: String(totals.critical),
    high: String(totals.high),
    medium: String(totals.medium),
    low: String(totals.low),
    total: String(totals.total),
    findings: cap(
      cert.findings.shown.map((f) => ({
        severity: f.severity,
        tool: e(f.tool),
        rule: e(f.ruleId, 120),
        location: f.file ? e(f.line ? `${f.file}:${f.line}` : f.file, 150) : f.package ? e(f.package) : '–',
        message: e(firstLine(f.message), 200),
      })),
      limit,
      cert.findings.total,
    ),
  };
}

const signed = (n: number, unit = '') => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n))}${unit}`;

function comparisonView(cert: Certification, limit: number) {
  const { baseline, delta } = cert;
  if (!delta) {
    const where = baseline.branch ? ` on ${e(baseline.branch)}` : '';
    return {
      present: false,
      line: `No baseline: nothing to compare with (first run${where}?)${baseline.note ? ` — ${e(baseline.note)}` : ''}`,
    };
  }
  const rows: { metric: string; before: string; after: string; change: string }[] = [];
  rows.push({ metric: 'Level', before: e(delta.level.before ?? 'none'), after: e(delta.level.after ?? 'none'), change: delta.level.before === delta.level.after ? '=' : '≠' });
  if (cert.score !== null && delta.score !== null) {
    rows.push({ metric: 'Score', before: formatNumber(cert.score - delta.score), after: formatNumber(cert.score), change: signed(delta.score) });
  }
  const tests = cert.metrics.tests;
  const counts = delta.tests.counts;
  if (tests && counts) {
    for (const key of ['total', 'passed', 'failed', 'errors', 'skipped', 'flaky'] as const) {
      rows.push({ metric: `Tests ${key}`, before: String(tests[key] - counts[key]), after: String(tests[key]), change: signed(counts[key]) });
    }
  }
  const coverage = cert.metrics.coverage;
  if (coverage) {
    for (const key of ['lines', 'branches', 'functions'] as const) {
      const pp = delta.coverage[key];
      const now = coverage[key].pct;
      if (pp === null || now === null) continue;
      rows.push({ metric: `Coverage ${key}`, before: formatNumber(now - pp, '%'), after: formatNumber(now, '%'), change: `${signed(pp)} pp` });
    }
  }
  if (delta.security) {
    rows.push({ metric: 'Security findings', before: '–', after: String(cert.metrics.security?.total ?? 0), change: `${delta.security.newFindings} new, ${delta.security.fixedFindings} fixed` });
  }
  const benchmarks = delta.benchmarks.map((b) => ({
    name: e(b.name, 150),
    measure: e(b.measure),
    before: `${formatNumber(b.before)} ${e(b.unit)}`,
    after: `${formatNumber(b.after)} ${e(b.unit)}`,
    change: signed(b.changePct, '%'),
    verdict: b.regression
      ? `❌ regression (${b.decidedBy} decided)`
      : b.worsePct > 0
        ? '🟡 worse, within tolerance'
        : b.changePct === 0
          ? 'unchanged'
          : '✅ better, or within the measured spread',
  }));
  const via = baseline.source === 'artifact' ? `the base branch artifact${baseline.runId !== null ? ` of run ${baseline.runId}` : ''}` : 'a baseline file';
  return {
    present: true,
    line: `Compared with ${baseline.sha ? e(baseline.sha.slice(0, 12)) : 'an earlier run'}${baseline.generatedAt ? ` (${formatDate(baseline.generatedAt)})` : ''}, from ${via}${baseline.note ? ` — ${e(baseline.note)}` : ''}`,
    rows,
    benchmarks: cap(benchmarks, limit),
    newlyFailing: cap(delta.tests.newlyFailing.map((n) => e(n, 200)), limit),
    fixed: cap(delta.tests.fixed.map((n) => e(n, 200)), limit),
    tests:
      delta.tests.byTest === false
        ? 'Tests: which tests changed is unknown (the baseline does not list its tests)'
        : `Tests: ${delta.tests.newlyFailing.length} newly failing, ${delta.tests.fixed.length} fixed, ${delta.tests.added} added, ${delta.tests.removed} removed`,
  };
}

function patchView(cert: Certification, limit: number) {
  const patch = cert.metrics.coverage?.patch;
  if (!patch) return null;
  return {
    line: patch.lines.total === 0
      ? 'Patch coverage: the change adds no executable line that the coverage report measures.'
      : `Patch coverage: ${formatNumber(patch.lines.pct, '%')} (${patch.lines.covered}/${patch.lines.total} changed executable lines covered, diff from ${e(patch.source)})`,
    uncovered: cap(patch.uncovered.map((u) => ({ path: e(u.path, 200), ranges: e(u.ranges.join(', '), 300) })), limit),
  };
}

/** Mermaid text is not markdown: keep chart labels to a safe alphabet. */
const chartLabel = (text: string) => text.replace(/[^\w .:/+-]/g, ' ').slice(0, 60).trim() || '?';
const chartValue = (n: number | null) => (n === null ? 'NaN' : String(Math.round(n * 100) / 100));

/** Mermaid `xychart-beta` charts (GitHub renders them) of score and coverage, and benchmark series. */
function trendView(cert: Certification) {
  const trend = cert.trend;
  if (!trend || trend.runs.length < 2) return null;
  const labels = trend.runs.map((r, i) => `"${r.sha ? r.sha.slice(0, 7) : i === trend.runs.length - 1 ? 'this' : `#${i + 1}`}"`).join(', ');
  const charts = [
    [
      'xychart-beta',
      `  title "Score and line coverage (%), last ${trend.runs.length} runs"`,
      `  x-axis [${labels}]`,
      '  y-axis "percent" 0 --> 100',
      `  line [${trend.runs.map((r) => chartValue(r.score)).join(', ')}]`,
      `  line [${trend.runs.map((r) => chartValue(r.lines)).join(', ')}]`,
    ].join('\n'),
  ];
  for (const series of trend.benchmarks) {
    if (series.values.filter((v) => v !== null).length < 2) continue;
    charts.push(
      [
        'xychart-beta',
        `  title "${chartLabel(series.name)} ${chartLabel(series.measure)} (${chartLabel(series.unit)})"`,
        `  x-axis [${labels}]`,
        `  line [${series.values.map(chartValue).join(', ')}]`,
      ].join('\n'),
    );
  }
  return { charts, runs: String(trend.runs.length) };
}
