import type { CoverageCounter } from '../../model/coverage.js';

/**
 * One source file's executable lines with their hit counts, kept as two sorted arrays (the line
 * detail FileCoverage carries) and merged one report section at a time: a line reported again
 * (another lcov record, another Cobertura class of the same file) counts once, with its highest
 * count. Two flat arrays per file stay far smaller than a map per file for large reports.
 */
export class MergedLines {
  numbers: number[] = [];
  hits: number[] = [];

  get size(): number {
    return this.numbers.length;
  }

  /** Merges a section's lines (line number → hits, each line once). */
  merge(lines: ReadonlyMap<number, number>): void {
    if (lines.size === 0) return;
    const entries = [...lines].sort((a, b) => a[0] - b[0]);
    this.mergeSorted(
      entries.map(([line]) => line),
      entries.map(([, count]) => count),
    );
  }

  /**
   * Merges a section's lines given as ascending line numbers (each once) and their hits; the
   * arrays are taken over, not copied.
   */
  mergeSorted(numbers: number[], hits: number[]): void {
    if (numbers.length === 0) return;
    if (this.numbers.length === 0) {
      this.numbers = numbers;
      this.hits = hits;
      return;
    }
    const merged = mergeAscending(
      this.numbers,
      this.hits,
      this.numbers.length,
      numbers,
      hits,
      numbers.length,
    );
    this.numbers = merged.keys;
    this.hits = merged.hits;
  }

  counter(): CoverageCounter {
    let covered = 0;
    for (const hits of this.hits) if (hits > 0) covered++;
    return { covered, total: this.numbers.length };
  }
}

/** Records a hit count (of a line, branch or function), keeping the highest of a repeated key. */
export function keepHighest<K>(counts: Map<K, number>, key: K, hits: number): void {
  const previous = counts.get(key);
  if (previous === undefined || hits > previous) counts.set(key, hits);
}

/**
 * Two sequences of ascending keys (each key once) with their counts, as one: a key in both keeps
 * its highest count. Only the first `length` entries of each are read.
 */
export function mergeAscending(
  keys: ArrayLike<number>,
  hits: ArrayLike<number>,
  length: number,
  otherKeys: ArrayLike<number>,
  otherHits: ArrayLike<number>,
  otherLength: number,
): { keys: number[]; hits: number[] } {
  const merged: { keys: number[]; hits: number[] } = { keys: [], hits: [] };
  let i = 0;
  let j = 0;
  while (i < length || j < otherLength) {
    const ours = i < length ? (keys[i] ?? 0) : Number.POSITIVE_INFINITY;
    const theirs = j < otherLength ? (otherKeys[j] ?? 0) : Number.POSITIVE_INFINITY;
    if (ours < theirs) {
      merged.keys.push(ours);
      merged.hits.push(hits[i++] ?? 0);
    } else if (theirs < ours) {
      merged.keys.push(theirs);
      merged.hits.push(otherHits[j++] ?? 0);
    } else {
      merged.keys.push(ours);
      merged.hits.push(Math.max(hits[i++] ?? 0, otherHits[j++] ?? 0));
    }
  }
  return merged;
}
