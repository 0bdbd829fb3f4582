import { z } from 'zod';
import type { Certification } from './certification.js';
import { messageOf } from '../errors.js';

/**
 * certification.json as read back from somewhere we do not trust (the `publish` mode downloads
 * it from an artifact a fork PR's workflow uploaded). Every string and list is capped so a
 * hostile file cannot make the renderer or the API calls do unbounded work; numbers must be
 * finite. Unknown keys are dropped, so a newer certify's extra fields are tolerated.
 */

/** Longest string accepted anywhere in the file (messages are clipped to 1,000 when written). */
export const MAX_STRING_CHARS = 20_000;
/** Longest list accepted anywhere in the file. */
export const MAX_LIST_ITEMS = 50_000;
/** Test ids in `testIndex` (one per test of the suite: large suites exceed MAX_LIST_ITEMS). */
export const MAX_TEST_INDEX_ITEMS = 2_000_000;
/** Largest certification.json accepted, in bytes, before it is parsed at all. */
export const MAX_CERTIFICATION_BYTES = 32 * 1024 * 1024;

const text = z.string().max(MAX_STRING_CHARS);
const count = z.number().int().nonnegative();
const finite = z.number();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS);
const record = <T extends z.ZodType>(value: T) =>
  z
    .record(text, value)
    .refine((entries) => Object.keys(entries).length <= MAX_LIST_ITEMS, 'too many keys');

const evidenceKind = z.enum(['tests', 'coverage', 'benchmarks', 'security', 'custom']);
const operator = z.enum(['>=', '>', '<=', '<', '==', '!=']);

const testTotals = z.object({
  total: count,
  passed: count,
  failed: count,
  errors: count,
  skipped: count,
  flaky: count,
  durationMs: finite,
});
const testMetrics = testTotals.extend({ passRate: finite.nullable() });

const coverageMetric = z.object({ covered: count, total: count, pct: finite.nullable() });
const patchCoverage = z.object({
  lines: coverageMetric,
  uncovered: list(z.object({ path: text, ranges: list(text) })),
  source: text,
});
const coverageMetrics = z.object({
  lines: coverageMetric,
  branches: coverageMetric,
  functions: coverageMetric,
  patch: patchCoverage.optional(),
});

const securityTotals = z.object({
  critical: count,
  high: count,
  medium: count,
  low: count,
  total: count,
});

const benchmarkSeries = z.object({
  name: text,
  measure: text,
  value: finite,
  unit: text,
  biggerIsBetter: z.boolean(),
  spread: z
    .object({
      pct: finite.optional(),
      stddev: finite.optional(),
      samples: finite.optional(),
      min: finite.optional(),
      max: finite.optional(),
    })
    .optional(),
  extra: text.optional(),
});

const requirement = z.object({
  level: text,
  metric: text,
  op: operator,
  target: finite,
  unit: text,
  expression: text,
  actual: finite.nullable(),
  status: z.enum(['pass', 'fail', 'no-evidence', 'not-applicable']),
  gap: text.optional(),
  sources: list(text),
});

const position = z.object({ line: count.optional(), column: count.optional() });

const evidenceFile = z.object({
  path: text,
  kind: evidenceKind.nullable(),
  format: text.nullable(),
  bytes: count,
  sha256: text,
  status: z.enum(['ok', 'unreadable', 'unrecognised', 'too-large', 'outside-workspace']),
  error: text.optional(),
  diagnostics: list(
    z.object({
      severity: z.enum(['warning', 'notice']),
      message: text,
      position: position.optional(),
    }),
  ),
});

const failingTest = z.object({
  suite: text,
  name: text,
  file: text.optional(),
  line: count.optional(),
  status: z.enum(['failed', 'error']),
  message: text.optional(),
  evidence: text,
});

const flakyTest = z.object({
  suite: text,
  name: text,
  file: text.optional(),
  retries: count,
  evidence: text,
});

const securityFinding = z.object({
  tool: text,
  ruleId: text,
  severity: z.enum(['critical', 'high', 'medium', 'low']),
  message: text,
  file: text.optional(),
  line: count.optional(),
  package: text.optional(),
});

const shown = <T extends z.ZodType>(item: T) => z.object({ shown: list(item), total: count });
const hashedIds = z.array(z.string().max(256)).max(MAX_TEST_INDEX_ITEMS);

export const certificationSchema = z.object({
  schemaVersion: z.literal(1),
  reportId: text,
  generatedAt: text,
  validUntil: text,
  tool: z.object({ name: z.literal('certify'), version: text }),
  subject: z.object({
    repository: text.nullable(),
    sha: text.nullable(),
    ref: text.nullable(),
    pullRequest: count.nullable(),
  }),
  level: text.nullable(),
  required: text.nullable(),
  passed: z.boolean(),
  score: finite.nullable(),
  levels: list(z.object({ name: text, approves: text.optional(), met: z.boolean() })),
  metrics: z.object({
    tests: testMetrics.optional(),
    coverage: coverageMetrics.optional(),
    benchmarks: list(benchmarkSeries).optional(),
    security: securityTotals.optional(),
    custom: record(z.object({ value: finite, unit: text, biggerIsBetter: z.boolean() })).optional(),
    groups: record(
      z.object({ tests: testMetrics.optional(), coverage: coverageMetrics.optional() }),
    ),
  }),
  requirements: list(requirement),
  categories: list(
    z.object({
      id: evidenceKind,
      verdict: z.enum(['pass', 'partial', 'fail', 'no-evidence']),
      score: finite.nullable(),
      summary: text,
    }),
  ),
  evidence: list(evidenceFile),
  unmatched: list(z.object({ kind: evidenceKind, pattern: text })),
  failingTests: shown(failingTest),
  flakyTests: shown(flakyTest),
  findings: shown(securityFinding),
  next: z.object({ level: text, unmet: list(requirement) }).nullable(),
  policy: z.object({
    source: text,
    levels: list(
      z.object({
        name: text,
        approves: text.optional(),
        requirements: list(z.object({ metric: text, expression: text })),
      }),
    ),
    groups: list(z.object({ name: text, paths: list(text), tests: list(text) })),
    validDays: count,
  }),
  baseline: z.object({
    source: z.enum(['file', 'artifact', 'none']),
    sha: text.nullable(),
    generatedAt: text.nullable(),
    runId: count.nullable(),
    branch: text.nullable(),
    note: text.optional(),
  }),
  delta: z
    .object({
      tests: z.object({
        newlyFailing: list(text),
        fixed: list(text),
        added: count,
        removed: count,
        byTest: z.boolean().optional(),
        counts: z
          .object({
            total: finite,
            passed: finite,
            failed: finite,
            errors: finite,
            skipped: finite,
            flaky: finite,
          })
          .nullable(),
      }),
      coverage: z.object({
        lines: finite.nullable(),
        branches: finite.nullable(),
        functions: finite.nullable(),
      }),
      benchmarks: list(
        z.object({
          name: text,
          measure: text,
          unit: text,
          before: finite,
          after: finite,
          changePct: finite,
          regression: z.boolean(),
          decidedBy: z.enum(['tolerance', 'spread']),
          worsePct: finite,
        }),
      ),
      security: z.object({ newFindings: count, fixedFindings: count }).nullable(),
      score: finite.nullable(),
      level: z.object({ before: text.nullable(), after: text.nullable() }),
    })
    .nullable(),
  testIndex: z.object({ passed: hashedIds, failed: hashedIds, skipped: hashedIds }),
  trend: z
    .object({
      runs: list(
        z.object({
          sha: text.nullable(),
          generatedAt: text.nullable(),
          score: finite.nullable(),
          lines: finite.nullable(),
        }),
      ),
      benchmarks: list(
        z.object({ name: text, measure: text, unit: text, values: list(finite.nullable()) }),
      ),
    })
    .nullable(),
});

// Compile-time proof that the schema and the hand-written type describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesCertification = Assert<
  Same<z.infer<typeof certificationSchema>, Certification>
>;

/** Validated certification from untrusted JSON text: the parsed value, or the reasons it is not one. */
export function parseCertification(
  json: string,
): { ok: true; certification: Certification } | { ok: false; error: string } {
  if (json.length > MAX_CERTIFICATION_BYTES) {
    return {
      ok: false,
      error: `certification.json is larger than ${MAX_CERTIFICATION_BYTES} bytes`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `certification.json is not JSON: ${messageOf(error)}` };
  }
  const result = certificationSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      error: `certification.json does not match the schema:\n${z.prettifyError(result.error)}`,
    };
  }
  return { ok: true, certification: result.data };
}
