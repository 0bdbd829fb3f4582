import { z } from 'zod';
import type { ParseResult } from '../collector.js';
import { forEachJsonEntry } from '../read/json-entries.js';
import { normalizeSourcePath } from './source-path.js';
import { EvidenceParseError, type SourcePosition } from '../../errors.js';
import {
  coverageOf,
  FileCoverageBuilder,
  type CoverageEvidence,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

/**
 * Reads an istanbul coverage map (file path → file coverage) found at `path` inside a JSON
 * document, one file at a time. `missing` is the message when there is no object at `path`.
 */
export async function readIstanbulCoverageMap(
  chunks: AsyncIterable<Buffer>,
  path: readonly string[],
  missing: string,
): Promise<ParseResult<CoverageEvidence>> {
  const files = new Map<string, FileCoverage>();
  const found = await forEachJsonEntry(chunks, path, (key, value, position) => {
    const file = istanbulFileCoverage(key, value, position);
    files.set(file.path, file); // a repeated key replaces the earlier one, as JSON.parse would
  });
  if (!found) throw new EvidenceParseError(missing, { line: 1, column: 1 });
  const diagnostics: Diagnostic[] = [];
  if (files.size === 0)
    diagnostics.push({ severity: 'warning', message: 'the coverage map lists no files' });
  return { data: coverageOf([...files.values()]), diagnostics };
}

/**
 * One file of an istanbul coverage map (coverage-final.json, jest's `coverageMap`, nyc output):
 * hit counts per statement (`s`), function (`f`) and branch path (`b`), and the statement
 * locations needed to derive lines. Only what the figures need is checked; the rest passes.
 */
const istanbulFileSchema = z.looseObject({
  path: z.string().optional(),
  statementMap: z.record(z.string(), z.looseObject({ start: z.looseObject({ line: z.number() }) })),
  fnMap: z.record(z.string(), z.unknown()),
  branchMap: z.record(z.string(), z.unknown()),
  s: z.record(z.string(), z.number()),
  f: z.record(z.string(), z.number()),
  b: z.record(z.string(), z.array(z.number())),
});

/** Some jest versions serialise the map's FileCoverage objects as `{ data: {...} }`. */
const wrappedSchema = z.looseObject({ data: z.looseObject({ statementMap: z.unknown() }) });

/**
 * The figures istanbul itself reports for one file (istanbul-lib-coverage FileCoverage.toSummary):
 * lines from getLineCoverage() — each statement counts on its start line, a line's count is the
 * highest of its statements; functions from `f`; branches are every path of every `b` entry.
 */
export function istanbulFileCoverage(
  key: string,
  raw: unknown,
  position: SourcePosition,
): FileCoverage {
  const wrapped = wrappedSchema.safeParse(raw);
  const parsed = istanbulFileSchema.safeParse(wrapped.success ? wrapped.data.data : raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new EvidenceParseError(
      `coverage of "${key}" is not an istanbul file coverage object${where}: ${issue?.message ?? 'invalid'}`,
      position,
    );
  }
  const data = parsed.data;
  const builder = new FileCoverageBuilder(normalizeSourcePath(key));
  for (const [id, count] of Object.entries(data.s)) {
    const location = data.statementMap[id];
    // istanbul skips a count with no statement location too
    if (location) builder.addLine(location.start.line, count);
  }
  const functionCounts = Object.values(data.f);
  builder.addFunctions(functionCounts.filter((count) => count !== 0).length, functionCounts.length);
  for (const paths of Object.values(data.b)) {
    builder.addBranches(paths.filter((count) => count > 0).length, paths.length);
  }
  return builder.build();
}
