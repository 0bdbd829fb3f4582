import type { ChangedLines, PatchCoverage } from '../model/baseline.js';
import { pctOf, type FileCoverage } from '../model/coverage.js';

/**
 * Coverage of the changed lines: of the added/modified lines that the coverage report counts as
 * executable, how many ran. Coverage paths are often absolute or prefixed: a diff path matches a
 * coverage path equal to it or ending with `/<diff path>`.
 */
export function patchCoverage(files: readonly FileCoverage[], changed: ChangedLines, source: string): PatchCoverage {
  let covered = 0;
  let total = 0;
  const uncovered: PatchCoverage['uncovered'] = [];
  for (const [path, lines] of changed) {
    const file = files.find((f) => samePath(f.path, path));
    if (!file?.lineNumbers || !file.lineHits) continue;
    const hits = new Map<number, number>();
    file.lineNumbers.forEach((line, i) => hits.set(line, file.lineHits?.[i] ?? 0));
    const missed: number[] = [];
    for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
      const count = hits.get(line);
      if (count === undefined) continue;
      total++;
      if (count > 0) covered++;
      else missed.push(line);
    }
    if (missed.length > 0) uncovered.push({ path, ranges: toRanges(missed) });
  }
  return { lines: { covered, total, pct: pctOf({ covered, total }) }, uncovered, source };
}

function samePath(coveragePath: string, diffPath: string): boolean {
  const a = coveragePath.replace(/\\/g, '/');
  return a === diffPath || a.endsWith(`/${diffPath}`);
}

/** [3,4,5,9] → ['3-5', '9']. */
export function toRanges(lines: readonly number[]): string[] {
  const ranges: string[] = [];
  let start = lines[0];
  let previous = start;
  for (const line of lines.slice(1).concat([Number.NaN])) {
    if (previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    if (start !== undefined && previous !== undefined) ranges.push(start === previous ? String(start) : `${start}-${previous}`);
    start = line;
    previous = line;
  }
  return ranges;
}
