import type { Certification, FailingTest } from '../../src/model/certification.js';

/**
 * A small, complete certification as score/ produces it: 12 tests, 2 failed; enough for the
 * delivery layer, which only reads level, score, passed and the failing tests.
 */
export function sampleCertification(overrides: Partial<Certification> = {}): Certification {
  const failing: FailingTest[] = [
    {
      suite: 'parser',
      name: 'rejects truncated input',
      file: 'src/parser.test.ts',
      line: 42,
      status: 'failed',
      message: 'expected EvidenceParseError',
      evidence: 'reports/junit.xml',
    },
    {
      suite: 'api',
      name: 'times out',
      status: 'error',
      message: 'Timeout of 5000ms exceeded',
      evidence: 'reports/junit.xml',
    },
  ];
  return {
    schemaVersion: 1,
    reportId: 'b7c1e2d0-0000-4000-8000-000000000001',
    generatedAt: '2026-11-22T10:00:00.000Z',
    validUntil: '2026-12-22T10:00:00.000Z',
    tool: { name: 'certify', version: '0.1.0' },
    subject: {
      repository: 'octo-org/widgets',
      sha: 'a'.repeat(40),
      ref: 'refs/pull/7/merge',
      pullRequest: 7,
    },
    level: 'Bronze',
    required: 'Silver',
    passed: false,
    score: 61.5,
    levels: [
      { name: 'Bronze', met: true },
      { name: 'Silver', met: false },
    ],
    metrics: {
      tests: {
        total: 12,
        passed: 10,
        failed: 1,
        errors: 1,
        skipped: 0,
        flaky: 0,
        durationMs: 1234,
        passRate: 83.33,
      },
      groups: {},
    },
    requirements: [
      {
        level: 'Silver',
        metric: 'tests.failed',
        op: '==',
        target: 0,
        unit: 'count',
        expression: '== 0',
        actual: 1,
        status: 'fail',
        gap: 'fix 1 failing test',
        sources: ['reports/junit.xml'],
      },
    ],
    categories: [{ id: 'tests', verdict: 'partial', score: 83, summary: '10 of 12 passed' }],
    evidence: [
      {
        path: 'reports/junit.xml',
        kind: 'tests',
        format: 'junit-xml',
        bytes: 2048,
        sha256: 'f'.repeat(64),
        status: 'ok',
        diagnostics: [],
      },
    ],
    unmatched: [],
    failingTests: { shown: failing, total: 2 },
    flakyTests: { shown: [], total: 0 },
    findings: { shown: [], total: 0 },
    next: null,
    policy: {
      source: 'built-in default policy',
      levels: [
        { name: 'Bronze', requirements: [{ metric: 'tests.passRate', expression: '>= 80%' }] },
        { name: 'Silver', requirements: [{ metric: 'tests.failed', expression: '== 0' }] },
      ],
      groups: [],
      validDays: 30,
    },
    baseline: { source: 'none', sha: null, generatedAt: null, runId: null, branch: 'main' },
    delta: null,
    testIndex: { passed: [], failed: [], skipped: [] },
    trend: null,
    ...overrides,
  };
}
