import type { Collector, ParseResult } from '../collector.js';
import { forEachLine } from '../read/lines.js';
import { keepHighest, MergedLines } from './merged-lines.js';
import { normalizeSourcePath } from './source-path.js';
import { EvidenceParseError } from '../../errors.js';
import {
  coverageOf,
  type CoverageCounter,
  type CoverageEvidence,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

/**
 * lcov tracefiles (geninfo, istanbul/nyc/jest/vitest/c8, grcov, gcovr, coverage.py, cargo-llvm-cov,
 * Dart/Flutter, …), read as lcov's own tools read them:
 * - lines from DA records (a line listed twice counts once, with its highest count; lines below 1
 *   are no source line), branches from BRDA ('-' = never taken), functions from FN/FNDA (or lcov 2's
 *   FNL/FNA, aliases of one function counting once);
 * - LF/LH, BRF/BRH, FNF/FNH only for a file with no DA, BRDA or function records (when a record has
 *   both and they disagree, the detail records win, as in `lcov --summary`, and a warning says so);
 * - a source file in several records (concatenated shards, several TN: test names) is one file:
 *   its records are merged, never added up.
 */
export const lcovCollector: Collector<CoverageEvidence> = {
  format: 'lcov',
  kind: 'coverage',
  producers:
    'lcov/geninfo, istanbul/nyc/jest/vitest/c8 `lcov` reporter, coverage.py `lcov`, grcov, gcovr `--lcov`, cargo-llvm-cov `--lcov`, Dart/Flutter `--coverage`',
  detect: detectLcov,
  async parse({ chunks }) {
    const reader = new LcovReader();
    const lineCount = await forEachLine(chunks, (text, lineNumber) => {
      reader.line(text, lineNumber);
    });
    return reader.finish(lineCount);
  },
};

/** A file starts (after blank lines and # comments) with a TN:, SF: or VER: record and names a source file. */
function detectLcov(head: string): boolean {
  for (const raw of head.split('\n', 50)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^(?:TN|SF|VER):/.test(line)) return false;
    return /^SF:./m.test(head);
  }
  return false;
}

/** Hit counts keyed by line number, branch id or function id; repeated keys keep the highest. */
type Hits<K> = Map<K, number>;

/**
 * Everything known about one source file, over every record naming it: lines, branches and
 * functions are sets merged by highest count, not sums.
 */
class LcovFile {
  readonly lines = new MergedLines();
  readonly branches: Hits<string> = new Map();
  readonly functions: Hits<string> = new Map();
  /** LF/LH, BRF/BRH, FNF/FNH: the fallback for a file with no detail records. */
  readonly declared = { lines: counter(), branches: counter(), functions: counter() };

  constructor(readonly path: string) {}

  build(): FileCoverage {
    const branches =
      this.branches.size > 0 ? countHit(this.branches) : { ...this.declared.branches };
    const functions =
      this.functions.size > 0 ? countHit(this.functions) : { ...this.declared.functions };
    if (this.lines.size === 0)
      return { path: this.path, lines: { ...this.declared.lines }, branches, functions };
    return {
      path: this.path,
      lines: this.lines.counter(),
      branches,
      functions,
      lineNumbers: this.lines.numbers,
      lineHits: this.lines.hits,
    };
  }
}

type SummaryKey = 'LF' | 'LH' | 'BRF' | 'BRH' | 'FNF' | 'FNH';
const SUMMARY_KEYS: readonly string[] = [
  'LF',
  'LH',
  'BRF',
  'BRH',
  'FNF',
  'FNH',
] satisfies SummaryKey[];
const isSummaryKey = (key: string): key is SummaryKey => SUMMARY_KEYS.includes(key);
const DETAIL_KEYS: ReadonlySet<string> = new Set(['DA', 'BRDA', 'FN', 'FNDA', 'FNL', 'FNA']);
/** Record types that carry nothing Certify counts (test name, version, MC/DC conditions). */
const IGNORED_KEYS: ReadonlySet<string> = new Set(['TN', 'VER', 'MCDC', 'MCF', 'MCH']);
const INTEGER = /^-?\d+$/;
const COUNT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** One SF … end_of_record section while it is read. */
class LcovRecord {
  readonly lines: Hits<number> = new Map();
  readonly branches: Hits<string> = new Map();
  readonly functions: Hits<string> = new Map();
  /** lcov 2 FNL index → function id within this record. */
  readonly functionIndex = new Map<string, string>();
  readonly declared: Partial<Record<SummaryKey, number>> = {};

  constructor(
    readonly file: LcovFile,
    readonly startLine: number,
  ) {}

  /** Moves this record into its file; returns how its own summaries disagree with its detail. */
  close(): string[] {
    const { file, declared } = this;
    file.lines.merge(this.lines);
    for (const [id, hits] of this.branches) keepHighest(file.branches, id, hits);
    for (const [id, hits] of this.functions) keepHighest(file.functions, id, hits);
    raise(file.declared.lines, declared.LF, declared.LH);
    raise(file.declared.branches, declared.BRF, declared.BRH);
    raise(file.declared.functions, declared.FNF, declared.FNH);
    return [
      disagreement('LF/LH', 'DA', declared.LF, declared.LH, this.lines),
      disagreement('BRF/BRH', 'BRDA', declared.BRF, declared.BRH, this.branches),
      disagreement('FNF/FNH', 'function', declared.FNF, declared.FNH, this.functions),
    ].filter((text) => text !== '');
  }
}

class LcovReader {
  private readonly files = new Map<string, LcovFile>();
  private readonly diagnostics: Diagnostic[] = [];
  private record: LcovRecord | undefined;
  private ignoredLines = 0;
  private firstIgnored = 0;
  private disagreeingRecords = 0;
  private firstDisagreement: { text: string; line: number } | undefined;

  line(text: string, lineNumber: number): void {
    const line = hasOuterSpace(text) ? text.trim() : text;
    // DA is most of any tracefile: read it without splitting or regular expressions.
    if (this.record && line.startsWith('DA:') && this.lineRecord(this.record, line)) return;
    if (line === '' || line.startsWith('#')) return;
    if (line === 'end_of_record') {
      this.closeRecord();
      return;
    }
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon) : '';
    const value = line.slice(colon + 1);
    const fail = (reason: string): never => {
      throw new EvidenceParseError(`${reason}: '${clip(line)}'`, { line: lineNumber, column: 1 });
    };
    if (key === 'SF') {
      if (this.record) {
        this.diagnostics.push({
          severity: 'warning',
          message: `SF:${this.record.file.path} has no end_of_record before the next SF: record; it was ended there`,
          position: { line: lineNumber },
        });
        this.closeRecord();
      }
      if (value === '') fail('SF: record without a file path');
      this.record = new LcovRecord(this.fileFor(normalizeSourcePath(value)), lineNumber);
      return;
    }
    if (IGNORED_KEYS.has(key)) return;
    if (!DETAIL_KEYS.has(key) && !isSummaryKey(key)) {
      this.ignoredLines++;
      if (this.firstIgnored === 0) this.firstIgnored = lineNumber;
      return;
    }
    const record = this.record;
    if (!record) return fail(`${key}: record outside a source file section (no SF: before it)`);
    switch (key) {
      case 'DA': {
        // the fast path above takes every well-formed DA record
        return fail('DA: record is not <line>,<count>');
      }
      case 'BRDA': {
        // BRDA:<line>,[e]<block>,<branch>,<taken>; lcov 2 branch ids may be expressions with commas
        const fields = value.split(',');
        const taken = fields[fields.length - 1] ?? '';
        if (
          fields.length < 4 ||
          !INTEGER.test(fields[0] ?? '') ||
          (taken !== '-' && !COUNT.test(taken))
        ) {
          fail('BRDA: record is not <line>,<block>,<branch>,<taken>');
        }
        const id = `${fields[0] ?? ''}\u0000${fields[1] ?? ''}\u0000${fields.slice(2, -1).join(',')}`;
        keepHighest(record.branches, id, taken === '-' ? 0 : Number(taken));
        return;
      }
      case 'FN': {
        // FN:<start line>,[<end line>,]<name>
        const match = /^-?\d+,(?:-?\d+,)?(.+)$/.exec(value);
        if (!match?.[1]) return fail('FN: record is not <line>,<name>');
        keepHighest(record.functions, `name:${match[1]}`, 0);
        return;
      }
      case 'FNDA': {
        // FNDA:<count>,<name>
        const comma = value.indexOf(',');
        const countText = value.slice(0, comma);
        if (comma <= 0 || comma === value.length - 1 || !COUNT.test(countText)) {
          fail('FNDA: record is not <count>,<name>');
        }
        keepHighest(record.functions, `name:${value.slice(comma + 1)}`, Number(countText));
        return;
      }
      case 'FNL': {
        // lcov 2: FNL:<index>,<start line>[,<end line>] is one function, whatever its aliases
        const [index = '', start = '', end = ''] = value.split(',');
        if (!INTEGER.test(index) || !INTEGER.test(start)) fail('FNL: record is not <index>,<line>');
        const id = `line:${start},${end}`;
        record.functionIndex.set(index, id);
        keepHighest(record.functions, id, 0);
        return;
      }
      case 'FNA': {
        // lcov 2: FNA:<index>,<count>,<alias name>
        const [index = '', countText = ''] = value.split(',', 2);
        if (!COUNT.test(countText)) fail('FNA: record is not <index>,<count>,<name>');
        const id = record.functionIndex.get(index);
        if (id === undefined)
          return fail(`FNA: record for function index ${index} without an FNL: record`);
        keepHighest(record.functions, id, Number(countText));
        return;
      }
      default: {
        if (!isSummaryKey(key)) return;
        if (!/^\d+$/.test(value)) fail(`${key}: record is not a count`);
        record.declared[key] = Number(value);
      }
    }
  }

  /**
   * DA:<line>,<count>[,<checksum>]: true when read, false when malformed (the caller then fails
   * with the position). Line numbers below 1 are no source line and are dropped.
   */
  private lineRecord(record: LcovRecord, line: string): boolean {
    const comma = line.indexOf(',', 3);
    if (comma === -1) return false;
    const sourceLine = integerAt(line, 3, comma);
    if (Number.isNaN(sourceLine)) return false;
    let end = line.indexOf(',', comma + 1);
    if (end === -1) end = line.length;
    let count = integerAt(line, comma + 1, end);
    if (Number.isNaN(count)) {
      const text = line.slice(comma + 1, end);
      if (!COUNT.test(text)) return false;
      count = Number(text);
    }
    if (sourceLine >= 1) keepHighest(record.lines, sourceLine, count);
    return true;
  }

  finish(lineCount: number): ParseResult<CoverageEvidence> {
    if (this.record) {
      this.diagnostics.push({
        severity: 'warning',
        message: `the file ends inside the record for SF:${this.record.file.path} (no end_of_record): truncated? What it holds was counted`,
        position: { line: lineCount },
      });
      this.closeRecord();
    }
    if (this.disagreeingRecords > 0 && this.firstDisagreement) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${this.disagreeingRecords} record(s) declare summaries that differ from their own records, which are counted (as lcov does); the first: ${this.firstDisagreement.text}`,
        position: { line: this.firstDisagreement.line },
      });
    }
    if (this.ignoredLines > 0) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${this.ignoredLines} line(s) that are not lcov records were ignored`,
        position: { line: this.firstIgnored },
      });
    }
    if (this.files.size === 0) {
      this.diagnostics.push({
        severity: 'warning',
        message: 'no source file records (SF:) in this lcov file',
      });
    }
    const files = [...this.files.values()].map((file) => file.build());
    return { data: coverageOf(files), diagnostics: this.diagnostics };
  }

  private fileFor(path: string): LcovFile {
    let file = this.files.get(path);
    if (!file) {
      file = new LcovFile(path);
      this.files.set(path, file);
    }
    return file;
  }

  private closeRecord(): void {
    const record = this.record;
    if (!record) return;
    this.record = undefined;
    const differences = record.close();
    if (differences.length === 0) return;
    this.disagreeingRecords++;
    this.firstDisagreement ??= {
      text: `SF:${record.file.path} ${differences.join('; ')}`,
      line: record.startLine,
    };
  }
}

/** "BRF/BRH 5/6 but BRDA 6/7" when a record's summary and detail records disagree, else ''. */
function disagreement<K>(
  summary: string,
  detail: string,
  total: number | undefined,
  covered: number | undefined,
  hits: Hits<K>,
): string {
  if (total === undefined || hits.size === 0) return '';
  const counted = countHit(hits);
  if (counted.total === total && (covered === undefined || counted.covered === covered)) return '';
  return `${summary} ${covered ?? '?'}/${total} but ${detail} records ${counted.covered}/${counted.total}`;
}

/**
 * Keeps the largest LF/LH (BRF/BRH, FNF/FNH) seen for a file: without detail records the union
 * of several records cannot be known, and a sum would count the same lines twice.
 */
function raise(
  into: CoverageCounter,
  total: number | undefined,
  covered: number | undefined,
): void {
  into.total = Math.max(into.total, total ?? 0);
  into.covered = Math.max(into.covered, covered ?? 0);
}

function countHit<K>(map: Hits<K>): CoverageCounter {
  let covered = 0;
  for (const count of map.values()) if (count > 0) covered++;
  return { covered, total: map.size };
}

function counter(): CoverageCounter {
  return { covered: 0, total: 0 };
}

/** The integer written in text[start, end) ('-' allowed first), or NaN if it is anything else. */
function integerAt(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  if (i >= end || end - i > 15) return Number.NaN; // longer: let Number() judge (e.g. 2^64-1)
  let value = 0;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

function hasOuterSpace(text: string): boolean {
  return text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32);
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
