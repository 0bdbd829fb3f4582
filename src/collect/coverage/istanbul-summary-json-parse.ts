import { z } from 'zod';
import type { ParseResult } from '../collector.js';
import { forEachJsonEntry } from '../read/json-entries.js';
import { normalizeSourcePath } from './source-path.js';
import { EvidenceParseError } from '../../errors.js';
import {
  emptyCounter,
  sumFiles,
  type CoverageCounter,
  type CoverageEvidence,
  type CoverageTotals,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

// The parser behind istanbul-summary-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

/** `pct` is "Unknown" for 0/0 in older istanbul versions; only the counts are used. */
const metricSchema = z.looseObject({ total: z.number(), covered: z.number() });
const summarySchema = z.looseObject({
  lines: metricSchema,
  statements: metricSchema.optional(),
  functions: metricSchema.optional(),
  branches: metricSchema.optional(),
});
type Summary = z.infer<typeof summarySchema>;

/** Reads coverage-summary.json (see istanbul-summary-json.ts for what its members mean here). */
export async function parseIstanbulSummary(
  chunks: AsyncIterable<Buffer>,
): Promise<ParseResult<CoverageEvidence>> {
  const files: FileCoverage[] = [];
  let total: CoverageTotals | undefined;
  const found = await forEachJsonEntry(chunks, [], (key, value, position) => {
    const parsed = summarySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new EvidenceParseError(
        `"${key}" is not an istanbul coverage summary${where}: ${issue?.message ?? 'invalid'}`,
        position,
      );
    }
    const figures = totalsOf(parsed.data);
    if (key === 'total') total = figures;
    else files.push({ path: normalizeSourcePath(key), ...figures });
  });
  if (!found) {
    throw new EvidenceParseError('expected a JSON object with a "total" coverage summary', {
      line: 1,
      column: 1,
    });
  }
  const diagnostics: Diagnostic[] = [];
  const summed = sumFiles(files);
  if (!total) {
    diagnostics.push({
      severity: 'warning',
      message: 'no "total" member: totals are the sum of the files',
    });
  } else if (files.length > 0 && !sameTotals(total, summed)) {
    diagnostics.push({
      severity: 'warning',
      message: `the "total" member (lines ${show(total.lines)}, branches ${show(total.branches)}, functions ${show(total.functions)}) does not equal the sum of the files (lines ${show(summed.lines)}, branches ${show(summed.branches)}, functions ${show(summed.functions)}); totals are taken from "total"`,
    });
  }
  return { data: { kind: 'coverage', totals: total ?? summed, files }, diagnostics };
}

function totalsOf(summary: Summary): CoverageTotals {
  return {
    lines: counterOf(summary.lines),
    branches: counterOf(summary.branches),
    functions: counterOf(summary.functions),
  };
}

function counterOf(metric: { covered: number; total: number } | undefined): CoverageCounter {
  return metric ? { covered: metric.covered, total: metric.total } : emptyCounter();
}

function sameTotals(a: CoverageTotals, b: CoverageTotals): boolean {
  return (['lines', 'branches', 'functions'] as const).every(
    (key) => a[key].covered === b[key].covered && a[key].total === b[key].total,
  );
}

function show(counter: CoverageCounter): string {
  return `${counter.covered}/${counter.total}`;
}
