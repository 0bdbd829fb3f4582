import type { Certification } from './model/certification.js';

/** Strips control characters (ANSI escapes, bidi overrides) from evidence-derived text for a terminal. */
export function safeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

const VERDICT: Record<string, string> = { pass: 'pass', partial: 'partial', fail: 'FAIL', 'no-evidence': 'no evidence' };

/** The compact summary `certify` prints. */
export function terminalSummary(cert: Certification, written: string[]): string {
  const lines: string[] = [];
  const level = cert.level ?? 'none';
  const gate = cert.required === null ? 'no level required' : cert.passed ? `PASSED (requires ${cert.required})` : `FAILED (requires ${cert.required})`;
  const score = cert.score === null ? 'no score' : `score ${cert.score}/100`;
  lines.push(safeForTerminal(`Certify ${cert.tool.version}: level ${level} · ${score} · gate ${gate}`));
  for (const category of cert.categories) {
    lines.push(
      safeForTerminal(
        `  ${category.id.padEnd(10)} ${(VERDICT[category.verdict] ?? category.verdict).padEnd(11)} ${(category.score === null ? '–' : String(category.score)).padStart(5)}  ${category.summary}`,
      ),
    );
  }
  if (cert.next) {
    lines.push(safeForTerminal(`To reach ${cert.next.level}:`));
    // metric first, as the markdown report has it: the gap alone does not say which figure it is
    for (const unmet of cert.next.unmet) lines.push(safeForTerminal(`  - ${unmet.metric} ${unmet.gap ?? unmet.expression}`));
  }
  const problems = cert.evidence.filter((f) => f.status !== 'ok');
  lines.push(`Evidence: ${cert.evidence.length} file(s)${problems.length > 0 ? `, ${problems.length} not usable` : ''}`);
  for (const problem of problems) lines.push(safeForTerminal(`  ! ${problem.error ?? `${problem.path}: ${problem.status}`}`));
  for (const glob of cert.unmatched) lines.push(safeForTerminal(`  ! ${glob.kind} glob '${glob.pattern}' matched no file`));
  if (cert.failingTests.total > 0) {
    lines.push(`Failing tests (${cert.failingTests.total}):`);
    for (const test of cert.failingTests.shown.slice(0, 10)) {
      lines.push(safeForTerminal(`  x ${test.suite ? `${test.suite} > ` : ''}${test.name}${test.file ? ` (${test.file}${test.line ? `:${test.line}` : ''})` : ''}`));
    }
    if (cert.failingTests.total > 10) lines.push(`  … and ${cert.failingTests.total - 10} more`);
  }
  if (written.length > 0) lines.push(`Wrote ${written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
