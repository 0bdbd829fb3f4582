export interface CoverageCounter {
  covered: number;
  total: number;
}

/** Coverage of one source file. Line detail is kept so groups and patch coverage work. */
export interface FileCoverage {
  path: string;
  lines: CoverageCounter;
  branches: CoverageCounter;
  functions: CoverageCounter;
  /** Executable line numbers, ascending, with hit counts (same length). Absent when the format gives no line detail. */
  lineNumbers?: number[];
  lineHits?: number[];
}

export interface CoverageTotals {
  lines: CoverageCounter;
  branches: CoverageCounter;
  functions: CoverageCounter;
}

export interface CoverageEvidence {
  kind: 'coverage';
  totals: CoverageTotals;
  files: FileCoverage[];
}

export function emptyCounter(): CoverageCounter {
  return { covered: 0, total: 0 };
}

/** Percent with two decimals, or null when nothing is measurable (0/0 is not 100%). */
export function pctOf(counter: CoverageCounter): number | null {
  if (counter.total === 0) return null;
  return Math.floor((counter.covered / counter.total) * 10000) / 100;
}

export function sumFiles(files: readonly FileCoverage[]): CoverageTotals {
  const totals: CoverageTotals = {
    lines: emptyCounter(),
    branches: emptyCounter(),
    functions: emptyCounter(),
  };
  for (const file of files) {
    for (const key of ['lines', 'branches', 'functions'] as const) {
      totals[key].covered += file[key].covered;
      totals[key].total += file[key].total;
    }
  }
  return totals;
}

/**
 * Collects one file's figures while a parser streams through it. Duplicate line records
 * (same line reported twice) are merged by their highest hit count, as lcov and gcov tools do.
 */
export class FileCoverageBuilder {
  private readonly hits = new Map<number, number>();
  readonly branches = emptyCounter();
  readonly functions = emptyCounter();
  /** Line figures declared by the format (e.g. lcov LF/LH), used when no line records exist. */
  declaredLines: CoverageCounter | undefined;

  constructor(readonly path: string) {}

  addLine(line: number, hits: number): void {
    const previous = this.hits.get(line);
    if (previous === undefined || hits > previous) this.hits.set(line, hits);
  }

  addBranches(covered: number, total: number): void {
    this.branches.covered += covered;
    this.branches.total += total;
  }

  addFunctions(covered: number, total: number): void {
    this.functions.covered += covered;
    this.functions.total += total;
  }

  get lineCount(): number {
    return this.hits.size;
  }

  build(): FileCoverage {
    if (this.hits.size === 0) {
      return {
        path: this.path,
        lines: this.declaredLines ? { ...this.declaredLines } : emptyCounter(),
        branches: { ...this.branches },
        functions: { ...this.functions },
      };
    }
    const lineNumbers = [...this.hits.keys()].sort((a, b) => a - b);
    const lineHits = lineNumbers.map((line) => this.hits.get(line) ?? 0);
    const covered = lineHits.reduce((count, hits) => count + (hits > 0 ? 1 : 0), 0);
    return {
      path: this.path,
      lines: { covered, total: lineNumbers.length },
      branches: { ...this.branches },
      functions: { ...this.functions },
      lineNumbers,
      lineHits,
    };
  }
}

/**
 * Line detail kept in some compact form (typed arrays, packed bytes) until a consumer reads it:
 * `unpack` gives the line numbers (ascending) and their hit counts as plain arrays.
 */
export interface LineDetailSource {
  unpack(): { numbers: number[]; hits: number[] };
}

/**
 * `file` with line detail unpacked from `source` when first read: `lineNumbers` and `lineHits`
 * are plain arrays, as every consumer reads them, but each is made only when first read. A large
 * report keeps millions of lines in compact storage instead of a boxed array slot per number
 * (the memory a 100 MB lcov file needs), and consumers that read one file's lines pay for that
 * file only. Both are own enumerable properties, so spreading, JSON and deep equality see them as
 * if they were plain; assigning replaces the value.
 */
export function withLineDetailFrom(file: FileCoverage, source: LineDetailSource): FileCoverage {
  const detail: CompactLineDetail = { source };
  Object.defineProperty(file, COMPACT_LINE_DETAIL, { value: detail });
  return Object.defineProperties(file, LINE_DETAIL_ACCESSORS);
}

/** Where a file keeps its compact line detail: not enumerable, so no consumer ever sees it. */
const COMPACT_LINE_DETAIL = Symbol('compact line detail');

/** The source until first read; then the arrays (both made at once) and no source. */
interface CompactLineDetail {
  source?: LineDetailSource;
  lineNumbers?: number[];
  lineHits?: number[];
}

interface WithCompactLineDetail {
  [COMPACT_LINE_DETAIL]: CompactLineDetail;
}

/**
 * The same accessor functions for every file (no closure per file): files built alike then
 * share one hidden class, which matters with tens of thousands of them.
 */
const LINE_DETAIL_ACCESSORS: PropertyDescriptorMap = {
  lineNumbers: lineDetailAccessor('lineNumbers'),
  lineHits: lineDetailAccessor('lineHits'),
};

function lineDetailAccessor(key: 'lineNumbers' | 'lineHits'): PropertyDescriptor {
  return {
    configurable: true,
    enumerable: true,
    get(this: WithCompactLineDetail): number[] | undefined {
      const detail = this[COMPACT_LINE_DETAIL];
      if (detail.source) {
        const { numbers, hits } = detail.source.unpack();
        detail.lineNumbers = numbers;
        detail.lineHits = hits;
        detail.source = undefined;
      }
      return detail[key];
    },
    set(this: WithCompactLineDetail, value: number[] | undefined): void {
      Object.defineProperty(this, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value,
      });
    },
  };
}

export function coverageOf(files: FileCoverage[]): CoverageEvidence {
  return { kind: 'coverage', totals: sumFiles(files), files };
}
