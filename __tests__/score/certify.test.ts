import { describe, expect, it } from '@jest/globals';
import { parseSettings } from '../../src/config/load.js';
import { FileCoverageBuilder, coverageOf } from '../../src/model/coverage.js';
import type { CollectedFile, EvidenceData } from '../../src/model/evidence.js';
import { totalsOf, type TestCase } from '../../src/model/tests.js';
import { certify } from '../../src/score/certify.js';
import { countToReach } from '../../src/score/gaps.js';

const POLICY = `
levels:
  bronze: { tests.passRate: '>= 90%' }
  silver: { tests.passRate: '>= 98%', coverage.lines: '>= 70%' }
  gold:   { tests.failed: '== 0', tests.errors: '== 0', coverage.lines: '>= 85%', coverage.branches: '>= 75%' }
require: silver
groups:
  core: { paths: ['src/core/**'], tests: ['*critical*'] }
`;

function file(pathName: string, data: EvidenceData): CollectedFile {
  return { path: pathName, kind: data.kind, format: 'test', bytes: 1, sha256: 'ab'.repeat(32), status: 'ok', diagnostics: [], data };
}

function tests(cases: TestCase[]): CollectedFile {
  return file('reports/junit.xml', { kind: 'tests', totals: totalsOf(cases), cases });
}

/** `covered` of `total` lines covered in one file, plus branch figures. */
function coverage(filePath: string, covered: number, total: number, branches: [number, number] = [0, 0]): CollectedFile {
  const builder = new FileCoverageBuilder(filePath);
  for (let line = 1; line <= total; line++) builder.addLine(line, line <= covered ? 1 : 0);
  builder.addBranches(branches[0], branches[1]);
  return file('coverage/lcov.info', coverageOf([builder.build()]));
}

const passing = (n: number, suite = 's'): TestCase[] => Array.from({ length: n }, (_, i) => ({ suite, name: `t${i}`, status: 'passed' }));

function run(files: CollectedFile[], policy = POLICY) {
  return certify({
    settings: parseSettings(policy, 'certify.yml', false),
    files,
    unmatched: [],
    subject: { repository: 'o/r', sha: 'abcdef1234567', ref: 'refs/heads/main', pullRequest: null },
    now: new Date('2026-11-22T00:00:00Z'),
    version: 'test',
  });
}

describe('certify', () => {
  it('reaches silver and explains the gold gap in lines to cover', () => {
    // 99 of 100 tests pass (99%): silver; 821 of 1000 lines (82.1%) misses gold's 85% by 29 lines.
    const cases = [...passing(99), { suite: 's', name: 'broken', status: 'failed', message: 'boom' } as TestCase];
    const cert = run([tests(cases), coverage('src/a.ts', 821, 1000, [80, 100])]);
    expect(cert.level).toBe('silver');
    expect(cert.passed).toBe(true);
    expect(cert.metrics.tests).toMatchObject({ total: 100, passed: 99, failed: 1, passRate: 99 });
    expect(cert.metrics.coverage?.lines).toEqual({ covered: 821, total: 1000, pct: 82.1 });
    expect(cert.next?.level).toBe('gold');
    const unmet = Object.fromEntries((cert.next?.unmet ?? []).map((r) => [r.metric, r]));
    expect(Object.keys(unmet).sort()).toEqual(['coverage.lines', 'tests.failed']);
    expect(unmet['coverage.lines']?.gap).toBe('82.1% → >= 85%: cover 29 more lines (821/1000 now)');
    expect(unmet['tests.failed']?.gap).toBe('1 → == 0: fix 1 failing test: s › broken');
    expect(cert.failingTests.shown[0]).toMatchObject({ name: 'broken', message: 'boom', evidence: 'reports/junit.xml' });
  });

  it('treats a metric without evidence as unmet, never as a pass', () => {
    const cert = run([tests(passing(10))]);
    const lines = cert.requirements.find((r) => r.level === 'silver' && r.metric === 'coverage.lines');
    expect(lines).toMatchObject({ status: 'no-evidence', actual: null, sources: [] });
    expect(cert.level).toBe('bronze');
    expect(cert.passed).toBe(false);
    expect(cert.categories.find((c) => c.id === 'coverage')).toEqual({ id: 'coverage', verdict: 'no-evidence', score: null, summary: 'no evidence' });
  });

  it('certifies no level at all without any evidence', () => {
    const cert = run([]);
    expect(cert.level).toBeNull();
    expect(cert.passed).toBe(false);
    expect(cert.score).toBeNull();
    expect(cert.next?.level).toBe('bronze');
    expect(cert.requirements.every((r) => r.status === 'no-evidence')).toBe(true);
  });

  it.each([
    // passed, failed, skipped → passRate = passed / (total - skipped)
    [90, 10, 0, 'bronze'],
    [89, 11, 0, null],
    [98, 2, 5, 'bronze'], // 98% pass rate; coverage 0 lines → silver unmet by coverage
  ])('boundary: %i passed, %i failed, %i skipped → %s', (p, f, s, level) => {
    const cases: TestCase[] = [
      ...passing(p),
      ...Array.from({ length: f }, (_, i): TestCase => ({ suite: 's', name: `f${i}`, status: 'failed' })),
      ...Array.from({ length: s }, (_, i): TestCase => ({ suite: 's', name: `k${i}`, status: 'skipped' })),
    ];
    expect(run([tests(cases)]).level).toBe(level);
  });

  it('counts a test seen in two files once, flaky when it failed then passed', () => {
    const first = tests([{ suite: 's', name: 'retry me', status: 'failed' }, ...passing(3)]);
    const second = { ...tests([{ suite: 's', name: 'retry me', status: 'passed' }]), path: 'reports/rerun.xml' };
    const cert = run([first, second]);
    expect(cert.metrics.tests).toMatchObject({ total: 4, passed: 4, failed: 0, flaky: 1 });
    expect(cert.flakyTests.shown).toEqual([{ suite: 's', name: 'retry me', retries: 1, evidence: 'reports/rerun.xml' }]);
  });

  it('computes group metrics from paths and test name patterns', () => {
    const cases: TestCase[] = [
      { suite: 'payments', name: 'critical refund', status: 'failed' },
      { suite: 'payments', name: 'ui', status: 'passed' },
      { suite: 'core', name: 'x', file: 'src/core/x.test.ts', status: 'passed' },
    ];
    const cert = run([
      tests(cases),
      coverage('/home/runner/work/r/r/src/core/a.ts', 9, 10),
      { ...coverage('src/ui/b.ts', 1, 10), path: 'coverage/ui.info' },
    ]);
    expect(cert.metrics.groups['core']?.coverage?.lines).toEqual({ covered: 9, total: 10, pct: 90 });
    expect(cert.metrics.groups['core']?.tests).toMatchObject({ total: 2, failed: 1, passed: 1 });
  });

  it('keeps unreadable evidence in the report without its data', () => {
    const broken: CollectedFile = { path: 'reports/bad.xml', kind: 'tests', format: 'junit-xml', bytes: 3, sha256: 'ff', status: 'unreadable', error: 'reports/bad.xml:1:3: bad', diagnostics: [] };
    const cert = run([broken, tests(passing(10))]);
    expect(cert.evidence).toEqual([
      expect.objectContaining({ path: 'reports/bad.xml', status: 'unreadable', error: 'reports/bad.xml:1:3: bad' }),
      expect.objectContaining({ path: 'reports/junit.xml', status: 'ok' }),
    ]);
    expect(cert.evidence[0]).not.toHaveProperty('data');
    expect(cert.metrics.tests?.total).toBe(10);
  });
});

describe('countToReach', () => {
  it.each([
    [821, 1000, 85, false, 29],
    [849, 1000, 85, false, 1],
    [850, 1000, 85, false, 0],
    [850, 1000, 85, true, 1],
    [1, 3, 100, false, 2],
  ])('%i/%i to %i%% (strict %s) needs %i', (covered, total, target, strict, expected) => {
    expect(countToReach(covered, total, target, strict)).toBe(expected);
    // Verify by definition: `expected` more reaches the target and one fewer does not.
    const reaches = (n: number) => (strict ? ((covered + n) / total) * 100 > target : ((covered + n) / total) * 100 >= target - 1e-9);
    expect(reaches(expected)).toBe(true);
    if (expected > 0) expect(reaches(expected - 1)).toBe(false);
  });
});
