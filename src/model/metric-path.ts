/**
 * Metric names: dotted paths whose segments may be double-quoted to hold dots or spaces,
 * e.g. `benchmarks."render 1k rows".opsPerSec`. Pure parsing, shared by config and scoring.
 */
export function splitMetricPath(metric: string): string[] | undefined {
  const segments: string[] = [];
  let i = 0;
  while (i < metric.length) {
    if (metric[i] === '"') {
      const end = metric.indexOf('"', i + 1);
      if (end === -1) return undefined;
      segments.push(metric.slice(i + 1, end));
      i = end + 1;
    } else {
      let end = metric.indexOf('.', i);
      if (end === -1) end = metric.length;
      const segment = metric.slice(i, end);
      if (segment === '') return undefined;
      segments.push(segment);
      i = end;
    }
    if (i < metric.length) {
      if (metric[i] !== '.') return undefined;
      i++;
      if (i === metric.length) return undefined;
    }
  }
  return segments.length > 0 ? segments : undefined;
}

/** Writes segments back, quoting those that need it. */
export function joinMetricPath(segments: readonly string[]): string {
  return segments.map((s) => (/^[\w*-]+$/.test(s) ? s : `"${s}"`)).join('.');
}

export const TEST_FIELDS = [
  'total',
  'passed',
  'failed',
  'errors',
  'skipped',
  'flaky',
  'passRate',
  'durationMs',
] as const;
export const COVERAGE_FIELDS = ['lines', 'branches', 'functions'] as const;
export const SECURITY_FIELDS = ['critical', 'high', 'medium', 'low', 'total'] as const;

export type TestField = (typeof TEST_FIELDS)[number];
export type CoverageField = (typeof COVERAGE_FIELDS)[number];
export type SecurityField = (typeof SECURITY_FIELDS)[number];

/** A metric name understood by Certify, parsed. */
export type MetricRef =
  | { kind: 'tests'; group?: string; field: TestField }
  | { kind: 'coverage'; group?: string; field: CoverageField }
  | { kind: 'security'; field: SecurityField }
  | { kind: 'benchmarks'; series: string; measure?: string }
  | { kind: 'custom'; name: string }
  /** Coverage of the changed lines (needs a diff). */
  | { kind: 'patch'; group?: string }
  /** Change since the baseline: tests counts and score in units, coverage in percentage points. */
  | { kind: 'delta'; area: 'tests'; field: Exclude<TestField, 'passRate' | 'durationMs'> }
  | { kind: 'delta'; area: 'coverage'; field: CoverageField }
  | { kind: 'delta'; area: 'score' }
  /** How much worse a benchmark got since the baseline, in %, beyond its measured spread. */
  | { kind: 'regression'; series: string; measure?: string };

/** Every simple metric name, for suggestions. */
export const KNOWN_METRICS: readonly string[] = [
  ...TEST_FIELDS.map((f) => `tests.${f}`),
  'coverage.patch.lines',
  'delta.score',
  ...TEST_FIELDS.filter((f) => f !== 'passRate' && f !== 'durationMs').map((f) => `delta.tests.${f}`),
  ...COVERAGE_FIELDS.map((f) => `delta.coverage.${f}`),
  ...COVERAGE_FIELDS.map((f) => `coverage.${f}`),
  ...SECURITY_FIELDS.map((f) => `security.${f}`),
];

/** Parses a metric name, or returns why it is not one. */
export function parseMetric(metric: string): MetricRef | { error: string } {
  const segments = splitMetricPath(metric);
  if (!segments) return { error: `'${metric}' is not a metric name (unbalanced quotes or empty segment)` };
  const [head, ...rest] = segments;
  if (head === 'groups') {
    if (rest.length === 4 && rest[1] === 'coverage' && rest[2] === 'patch' && rest[3] === 'lines' && rest[0]) {
      return { kind: 'patch', group: rest[0] };
    }
    const [group, kind, field, ...extra] = rest;
    if (!group || !kind || !field || extra.length > 0) {
      return { error: `'${metric}': group metrics look like groups.<name>.tests.failed or groups.<name>.coverage.lines` };
    }
    const inner = parseMetric(`${kind}.${field}`);
    if ('error' in inner) return inner;
    if (inner.kind !== 'tests' && inner.kind !== 'coverage') {
      return { error: `'${metric}': groups have tests.* and coverage.* metrics only` };
    }
    return { ...inner, group };
  }
  if (head === 'tests' && rest.length === 1) {
    const field = rest[0] as TestField;
    if ((TEST_FIELDS as readonly string[]).includes(field)) return { kind: 'tests', field };
  }
  if (head === 'coverage' && rest.length === 2 && rest[0] === 'patch' && rest[1] === 'lines') return { kind: 'patch' };
  if (head === 'delta') {
    const [area, field, ...extra] = rest;
    if (area === 'score' && field === undefined) return { kind: 'delta', area: 'score' };
    if (area === 'tests' && field && extra.length === 0 && (TEST_FIELDS as readonly string[]).includes(field) && field !== 'passRate' && field !== 'durationMs') {
      return { kind: 'delta', area: 'tests', field: field as Exclude<TestField, 'passRate' | 'durationMs'> };
    }
    if (area === 'coverage' && field && extra.length === 0 && (COVERAGE_FIELDS as readonly string[]).includes(field)) {
      return { kind: 'delta', area: 'coverage', field: field as CoverageField };
    }
    return { error: `unknown metric '${metric}': delta metrics are delta.tests.<count>, delta.coverage.<lines|branches|functions>, delta.score` };
  }
  if (head === 'regression') {
    if (rest[0] === 'benchmarks' && rest[1] && rest.length <= 3) {
      return rest[2] === undefined ? { kind: 'regression', series: rest[1] } : { kind: 'regression', series: rest[1], measure: rest[2] };
    }
    return { error: `unknown metric '${metric}': regression metrics are regression.benchmarks.<series>[.<measure>]` };
  }
  if (head === 'coverage' && rest.length === 1) {
    const field = rest[0] as CoverageField;
    if ((COVERAGE_FIELDS as readonly string[]).includes(field)) return { kind: 'coverage', field };
  }
  if (head === 'security' && rest.length === 1) {
    const field = rest[0] as SecurityField;
    if ((SECURITY_FIELDS as readonly string[]).includes(field)) return { kind: 'security', field };
  }
  if (head === 'benchmarks' && (rest.length === 1 || rest.length === 2) && rest[0]) {
    return rest[1] === undefined ? { kind: 'benchmarks', series: rest[0] } : { kind: 'benchmarks', series: rest[0], measure: rest[1] };
  }
  if (head === 'custom' && rest.length >= 1) return { kind: 'custom', name: rest.join('.') };
  return { error: `unknown metric '${metric}'` };
}
