import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/pipeline.js';
import type { BenchmarkSeries } from '../../src/model/benchmarks.js';
import { benchmarkDeltas, hashTestId, readBaseline } from '../../src/score/baseline.js';
import { parseUnifiedDiff } from '../../src/collect/diff/unified-diff.js';
import { patchCoverage, toRanges } from '../../src/score/patch-coverage.js';
import { FileCoverageBuilder } from '../../src/model/coverage.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const examples = path.resolve(here, '../../examples');
const subject = { repository: 'o/r', sha: 'b'.repeat(40), ref: null, pullRequest: null };

const POLICY = `evidence:
  tests: ['evidence/*.xml']
  coverage: ['evidence/coverage/lcov.info']
levels:
  bronze: { tests.passRate: '>= 90%', delta.coverage.lines: '>= -50', delta.tests.failed: '<= 5' }
  silver: { delta.tests.failed: '<= 0' }
`;

function workspace(evidence: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'certify-baseline-'));
  cpSync(evidence, path.join(dir, 'evidence'), { recursive: true });
  writeFileSync(path.join(dir, 'certify.yml'), POLICY);
  return dir;
}

function testNames(xml: string): Set<string> {
  // Attribute order differs by producer (jest-junit: classname first; node --test: name first).
  return new Set(
    [...xml.matchAll(/<testcase\b([^>]*)>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? '';
      return `${attr('classname')}|${attr('name')}|${attr('file')}`;
    }),
  );
}

/** Certifies the evidence in `dir` with the test policy, against `baselinePath` if given. */
function certifyIn(dir: string, baselinePath?: string) {
  return runPipeline({
    cwd: dir,
    configPath: 'certify.yml',
    outputDir: 'out',
    subject,
    baselinePath,
  });
}

describe('comparison with a real earlier certification', () => {
  it('reports added tests, coverage change and level before → after', async () => {
    const earlierDir = workspace(path.join(here, 'fixtures/earlier-run'));
    const earlier = await certifyIn(earlierDir);
    const now = await certifyIn(workspace(path.join(examples, 'evidence')), earlier.jsonPath);
    const { delta, baseline } = now.certification;
    expect(baseline).toMatchObject({
      source: 'file',
      sha: subject.sha,
      generatedAt: earlier.certification.generatedAt,
    });
    expect(delta).not.toBeNull();
    // Derived from the two JUnit inputs: tests in this run but not the earlier one.
    const before = testNames(
      readFileSync(path.join(here, 'fixtures/earlier-run/junit.xml'), 'utf8'),
    );
    const after = new Set([
      ...testNames(readFileSync(path.join(examples, 'evidence/junit.xml'), 'utf8')),
      ...testNames(readFileSync(path.join(examples, 'evidence/node-test-junit.xml'), 'utf8')),
    ]);
    expect(delta?.tests.added).toBe([...after].filter((n) => !before.has(n)).length);
    expect(delta?.tests.removed).toBe([...before].filter((n) => !after.has(n)).length);
    const pct = (c: typeof now.certification) => c.metrics.coverage?.lines.pct ?? NaN;
    expect(delta?.coverage.lines).toBeCloseTo(
      pct(now.certification) - pct(earlier.certification),
      2,
    );
    expect(delta?.level).toEqual({
      before: earlier.certification.level,
      after: now.certification.level,
    });
    // The examples carry one failing test the earlier run did not have.
    const failedNow = now.certification.metrics.tests?.failed ?? 0;
    const failedBefore = earlier.certification.metrics.tests?.failed ?? 0;
    expect(delta?.tests.counts?.failed).toBe(failedNow - failedBefore);
    const silver = now.certification.requirements.find((r) => r.level === 'silver');
    expect(silver).toMatchObject({
      metric: 'delta.tests.failed',
      actual: failedNow - failedBefore,
      status: failedNow > failedBefore ? 'fail' : 'pass',
    });
    expect(now.markdown).toContain('### Before → After');
    expect(now.markdown).toContain(
      `Tests: ${delta?.tests.newlyFailing.length} newly failing, ${delta?.tests.fixed.length} fixed, ${delta?.tests.added} added, ${delta?.tests.removed} removed`,
    );
  });

  it('says which tests changed is unknown when the baseline does not list its tests', async () => {
    const earlierDir = workspace(path.join(here, 'fixtures/earlier-run'));
    const earlier = await certifyIn(earlierDir);
    const report = JSON.parse(readFileSync(earlier.jsonPath, 'utf8')) as Record<string, unknown>;
    delete report['testIndex'];
    const unlisted = path.join(earlierDir, 'unlisted.json');
    writeFileSync(unlisted, JSON.stringify(report));
    const now = await certifyIn(workspace(path.join(examples, 'evidence')), unlisted);
    expect(now.certification.delta?.tests.byTest).toBe(false);
    expect(now.markdown).toContain(
      'Tests: which tests changed is unknown (the baseline does not list its tests)',
    );
    expect(now.markdown).not.toMatch(/\d+ added, \d+ removed/);
    // the counts still compare
    expect(now.certification.delta?.tests.counts?.total).toBe(
      (now.certification.metrics.tests?.total ?? NaN) -
        (earlier.certification.metrics.tests?.total ?? NaN),
    );
  });

  it('says plainly when there is no baseline and fails nothing for it', async () => {
    const dir = workspace(path.join(examples, 'evidence'));
    const result = await runPipeline({
      cwd: dir,
      configPath: 'certify.yml',
      outputDir: 'out',
      subject,
      baselineBranch: 'main',
    });
    expect(result.certification.delta).toBeNull();
    expect(result.certification.baseline).toMatchObject({ source: 'none', branch: 'main' });
    const onChange = result.certification.requirements.filter((r) => r.metric.startsWith('delta.'));
    expect(onChange.map((r) => r.status)).toEqual([
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
    expect(result.certification.levels[0]?.met).toBe(true);
    expect(result.markdown).toContain('No baseline: nothing to compare with (first run on main?)');
  });

  it('compares what an older-schema baseline has', () => {
    const figures = readBaseline(
      { schemaVersion: 0, level: 'bronze', score: 70, metrics: { coverage: { lines: 61.5 } } },
      { source: 'file', sha: null, generatedAt: null, runId: null, branch: null },
    );
    expect(figures.coverage).toEqual({ lines: 61.5, branches: null, functions: null });
    expect(figures.testIndex).toBeUndefined();
    expect(figures.info.note).toMatch(/schema version 0/);
  });
});

describe('benchmarkDeltas', () => {
  const series = (value: number, pct: number): BenchmarkSeries => ({
    name: 'parse',
    measure: 'time',
    value,
    unit: 'ms',
    biggerIsBetter: false,
    spread: { pct },
  });

  it('does not call a change inside the measured spread a regression, but does with a tight spread', () => {
    // 100 → 108 ms is 8% slower; tolerance 5%.
    const noisy = benchmarkDeltas([series(108, 5)], [series(100, 5)], 5)[0];
    expect(noisy).toMatchObject({
      changePct: 8,
      regression: false,
      decidedBy: 'spread',
      worsePct: 0,
    });
    const tight = benchmarkDeltas([series(108, 1)], [series(100, 1)], 5)[0];
    expect(tight).toMatchObject({
      changePct: 8,
      regression: true,
      decidedBy: 'tolerance',
      worsePct: 8,
    });
  });

  it('knows a falling rate is worse and a falling time is better', () => {
    const ops = (value: number): BenchmarkSeries => ({
      name: 'x',
      measure: 'opsPerSec',
      value,
      unit: 'ops/sec',
      biggerIsBetter: true,
    });
    expect(benchmarkDeltas([ops(80)], [ops(100)], 10)[0]).toMatchObject({
      changePct: -20,
      regression: true,
      worsePct: 20,
    });
    expect(benchmarkDeltas([series(80, 0)], [series(100, 0)], 10)[0]).toMatchObject({
      changePct: -20,
      regression: false,
      worsePct: 0,
    });
  });
});

describe('patch coverage', () => {
  it('counts changed executable lines and lists the uncovered ones as ranges', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -1,2 +1,6 @@',
      ' keep',
      '+added 2',
      '+added 3',
      '+added 4',
      '-removed',
      '+added 5',
      ' keep 6',
      '@@ -20 +24,2 @@',
      '+added 24',
      '+added 25',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    expect(changed.get('src/a.ts')).toEqual([2, 3, 4, 5, 24, 25]);
    const builder = new FileCoverageBuilder('/ci/work/repo/src/a.ts');
    for (const [line, hits] of [
      [2, 1],
      [3, 0],
      [4, 0],
      [5, 3],
      [24, 0],
      [30, 1],
    ] as const)
      builder.addLine(line, hits);
    const patch = patchCoverage([builder.build()], changed, 'git');
    // Executable changed lines: 2,3,4,5,24 (25 is not executable); covered: 2 and 5.
    expect(patch.lines).toEqual({ covered: 2, total: 5, pct: 40 });
    expect(patch.uncovered).toEqual([{ path: 'src/a.ts', ranges: ['3-4', '24'] }]);
  });

  it('reads the path of a file git quotes (a space or unusual character in its name)', () => {
    const diff =
      'diff --git "a/src/odd name.ts" "b/src/odd name.ts"\n--- "a/src/odd name.ts"\n+++ "b/src/odd name.ts"\n@@ -1,0 +2,2 @@\n+x\n+y\n';
    expect([...parseUnifiedDiff(diff)]).toEqual([['src/odd name.ts', [2, 3]]]);
  });

  it('writes ranges', () => {
    expect(toRanges([1, 2, 3, 7, 9, 10])).toEqual(['1-3', '7', '9-10']);
  });

  it('hashes test ids stably', () => {
    expect(hashTestId('a')).toBe(hashTestId('a'));
    expect(hashTestId('a')).not.toBe(hashTestId('b'));
    expect(hashTestId('suite\u241fname\u241f')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('trend', () => {
  it('charts score and line coverage over earlier runs and this one', async () => {
    const dir = workspace(path.join(examples, 'evidence'));
    const info = (sha: string) => ({
      source: 'artifact' as const,
      sha,
      generatedAt: '2026-11-20T00:00:00Z',
      runId: 1,
      branch: 'main',
    });
    const history = [
      readBaseline(
        { schemaVersion: 1, score: 70, metrics: { coverage: { lines: { pct: 60 } } } },
        info('1111111aaaa'),
      ),
      readBaseline(
        { schemaVersion: 1, score: 75.5, metrics: { coverage: { lines: { pct: 65.25 } } } },
        info('2222222bbbb'),
      ),
    ];
    const { runPipeline: run } = await import('../../src/pipeline.js');
    const result = await run({
      cwd: dir,
      configPath: 'certify.yml',
      outputDir: 'out',
      subject,
      history,
    });
    const trend = result.certification.trend;
    expect(trend?.runs.map((r) => r.score)).toEqual([70, 75.5, result.certification.score]);
    expect(trend?.runs.map((r) => r.lines)).toEqual([
      60,
      65.25,
      result.certification.metrics.coverage?.lines.pct,
    ]);
    expect(result.markdown).toContain('```mermaid\nxychart-beta');
    expect(result.markdown).toContain(`line [70, 75.5, ${String(result.certification.score)}]`);
  });
});
