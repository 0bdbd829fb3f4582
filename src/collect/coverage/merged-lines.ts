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
    if (this.numbers.length === 0) {
      this.numbers = entries.map(([line]) => line);
      this.hits = entries.map(([, hits]) => hits);
      return;
    }
    const numbers: number[] = [];
    const hits: number[] = [];
    let i = 0;
    const keep = () => {
      numbers.push(this.numbers[i] ?? 0);
      hits.push(this.hits[i] ?? 0);
      i++;
    };
    for (const [line, count] of entries) {
      while (i < this.numbers.length && (this.numbers[i] ?? 0) < line) keep();
      if (this.numbers[i] === line) {
        numbers.push(line);
        hits.push(Math.max(count, this.hits[i] ?? 0));
        i++;
      } else {
        numbers.push(line);
        hits.push(count);
      }
    }
    while (i < this.numbers.length) keep();
    this.numbers = numbers;
    this.hits = hits;
  }

  /**
   * Merges a section's lines given as ascending line numbers (each once) with their hits: the
   * common case, with no map and no sort. The arrays are taken over, not copied.
   */
  mergeSorted(numbers: number[], hits: number[]): void {
    if (numbers.length === 0) return;
    if (this.numbers.length === 0) {
      this.numbers = numbers;
      this.hits = hits;
      return;
    }
    const mergedNumbers: number[] = [];
    const mergedHits: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.numbers.length || j < numbers.length) {
      const mine = this.numbers[i] ?? Number.POSITIVE_INFINITY;
      const theirs = numbers[j] ?? Number.POSITIVE_INFINITY;
      if (mine < theirs) {
        mergedNumbers.push(mine);
        mergedHits.push(this.hits[i++] ?? 0);
      } else if (theirs < mine) {
        mergedNumbers.push(theirs);
        mergedHits.push(hits[j++] ?? 0);
      } else {
        mergedNumbers.push(mine);
        mergedHits.push(Math.max(this.hits[i++] ?? 0, hits[j++] ?? 0));
      }
    }
    this.numbers = mergedNumbers;
    this.hits = mergedHits;
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
