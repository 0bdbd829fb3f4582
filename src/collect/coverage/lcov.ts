import type { Collector, ParseResult } from '../collector.js';
import { scanLineBytes } from '../read/lines.js';
import { countAboveZero, NumberStore, TypedArraySlab } from './compact-numbers.js';
import { keepHighest, mergeAscending } from './merged-lines.js';
import { CountsPacker, type KeyedCounts } from './packed-counts.js';
import { normalizeSourcePath } from './source-path.js';
import { EvidenceParseError } from '../../errors.js';
import {
  coverageOf,
  withLineDetailFrom,
  type CoverageCounter,
  type CoverageEvidence,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

/**
 * lcov tracefiles (geninfo, istanbul/nyc/jest/vitest/c8, grcov, gcovr, coverage.py, cargo-llvm-cov,
 * Dart/Flutter, …), read as lcov's own tools read them:
 * - lines from DA records (a line listed twice counts once, with its highest count; lines below 1
 *   are no source line), branches from BRDA ('-' = never taken), functions from FN/FNDA (each FN
 *   record one function, same-named ones told apart by line, FNDA matched to them in order) or
 *   lcov 2's FNL/FNA (aliases of one function counting once);
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
    const lineCount = await scanLineBytes(chunks, (bytes, start, end, lineNumber) => {
      if (!reader.fastLine(bytes, start, end)) {
        reader.line(bytes.toString('utf8', start, end), lineNumber);
      }
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
 * functions are sets merged by highest count, not sums. Branches whose ids are small integers
 * (nearly all) are kept like lines, keyed by one number, with only whether they were taken (all
 * the report counts); others by text. Rare kinds of detail get a map only when they occur.
 */
class LcovFile {
  lines: KeyedCounts | undefined;
  branches: KeyedCounts | undefined;
  namedBranches: Hits<string> | undefined;
  /** Functions by line and name (FN/FNDA) and by lcov 2 FNL start line. */
  functions: FunctionNames | undefined;
  functionLines: Hits<string> | undefined;
  /**
   * The largest LF/LH, BRF/BRH, FNF/FNH seen (the fallback for a file with no detail records):
   * without detail records the union of several records cannot be known, and a sum would count
   * the same lines twice. Plain fields, not objects: tens of thousands of files keep them.
   */
  declaredLines = 0;
  declaredLinesHit = 0;
  declaredBranches = 0;
  declaredBranchesHit = 0;
  declaredFunctions = 0;
  declaredFunctionsHit = 0;
  /** SF records seen for this file so far. */
  records = 0;

  constructor(readonly path: string) {}

  build(): FileCoverage {
    const branches =
      this.branches || this.namedBranches
        ? addCounters(keyedCounter(this.branches), countHit(this.namedBranches))
        : { covered: this.declaredBranchesHit, total: this.declaredBranches };
    const functions =
      this.functions || this.functionLines
        ? addCounters(this.functions?.counter() ?? counter(), countHit(this.functionLines))
        : { covered: this.declaredFunctionsHit, total: this.declaredFunctions };
    if (!this.lines)
      return {
        path: this.path,
        lines: { covered: this.declaredLinesHit, total: this.declaredLines },
        branches,
        functions,
      };
    return withLineDetailFrom(
      { path: this.path, lines: keyedCounter(this.lines), branches, functions },
      this.lines,
    );
  }
}

/**
 * The functions of a file once its first record is read: their names in one string (a name is
 * never a line break), their start lines, and whether each ran, which is all the report counts.
 * One string per file instead of a map entry and a string per function; a later record of the
 * same file (rare) unpacks it to merge, by key (see functionKeys), and keeps the keys.
 */
class FunctionNames {
  private constructor(
    /** Names, or keys once merged (`lines` then undefined). */
    private readonly names: string,
    private readonly lines: Float64Array | undefined,
    private readonly ran: Uint8Array,
  ) {}

  static ofRecord(functions: RecordFunctions, slab: TypedArraySlab): FunctionNames {
    const lines = slab.take(Float64Array, functions.size);
    lines.set(functions.lines);
    return new FunctionNames(
      functions.names.join('\n'),
      lines,
      ranOf(functions.hits, functions.size, slab),
    );
  }

  static ofKeys(keys: Hits<string>, slab: TypedArraySlab): FunctionNames {
    return new FunctionNames(
      [...keys.keys()].join('\n'),
      undefined,
      ranOf([...keys.values()], keys.size, slab),
    );
  }

  /** Key → 1 if it ran, else 0: the same "ran" as the highest count gives. */
  toMap(): Hits<string> {
    const names = this.names.split('\n');
    const keys = this.lines ? functionKeys(names, this.lines) : names;
    const map: Hits<string> = new Map();
    keys.forEach((key, i) => map.set(key, this.ran[i] ?? 0));
    return map;
  }

  counter(): CoverageCounter {
    return { covered: countAboveZero(this.ran), total: this.ran.length };
  }
}

function ranOf(hits: ArrayLike<number>, length: number, slab: TypedArraySlab): Uint8Array {
  const ran = slab.take(Uint8Array, length);
  for (let i = 0; i < length; i++) ran[i] = (hits[i] ?? 0) > 0 ? 1 : 0;
  return ran;
}

/**
 * The keys functions of one file are merged by across its records: `<line>\u0001<name>`
 * (`\u0001<name>` for a function no FN record placed), `\u0001<n>` added to a key that repeats
 * (same-named functions on one line).
 */
function functionKeys(names: readonly string[], lines: ArrayLike<number>): string[] {
  const taken = new Set<string>();
  // key → the last <n> given to it, so that thousands of one key stay linear
  const repeats = new Map<string, number>();
  return names.map((name, i) => {
    const line = lines[i] ?? Number.NaN;
    const key = Number.isNaN(line) ? `${LINELESS}${name}` : `${line}${LINELESS}${name}`;
    let unique = key;
    if (taken.has(unique)) {
      let n = repeats.get(key) ?? 1;
      do unique = `${key}${LINELESS}${++n}`;
      while (taken.has(unique));
      repeats.set(key, n);
    }
    taken.add(unique);
    return unique;
  });
}

/**
 * The functions of one record (FN, FNDA), each once with its highest count, in the order they
 * first came. A function is its name and start line: istanbul (nyc, jest, vitest, c8) names
 * functions as written, so two class methods called `area` in one file are two FN records with
 * one name and different lines, and istanbul counts both (FNF, its text summary). FNDA gives
 * only a name: the n-th FNDA of a name goes with the n-th FN of that name, as producers write them
 * in the same order. Names are nearly always unique in a record, so a name is looked up once per
 * record line and the rare repeated names are kept apart; records of the same file are merged by
 * line and name (functionKeys).
 */
class RecordFunctions {
  readonly names: string[] = [];
  readonly hits: number[] = [];
  /** Each function's start line (FN); NaN for one known only from an FNDA record so far. */
  readonly lines: number[] = [];
  /** Name → the first function of that name. */
  private readonly index = new Map<string, number>();
  /** Names of more than one function: those functions in FN order, and FNDA records matched so far. */
  private sameNamed: Map<string, { functions: number[]; matched: number }> | undefined;
  /** The function the next FNDA line most likely names. */
  private next = 0;

  get size(): number {
    return this.names.length;
  }

  /** FN:<line>,<name>. Each FN record is a function, as its producer counts it (FNF). */
  declare(line: number, name: string): void {
    const first = this.index.get(name);
    if (first === undefined) {
      this.index.set(name, this.push(name, line, 0));
      return;
    }
    // The function an FNDA record named before any FN record did: only the first of a name can be.
    if (Number.isNaN(this.lines[first])) {
      this.lines[first] = line;
      return;
    }
    const group = this.sameNamed?.get(name);
    const functions = group?.functions ?? [first];
    functions.push(this.push(name, line, 0));
    if (!group) (this.sameNamed ??= new Map()).set(name, { functions, matched: 0 });
  }

  /** FNDA:<count>,<name> */
  hit(name: string, hits: number): void {
    const first = this.index.get(name);
    if (first === undefined) {
      this.index.set(name, this.push(name, Number.NaN, hits));
      return;
    }
    const group = this.sameNamed?.get(name);
    const i = group ? (group.functions[group.matched++ % group.functions.length] ?? first) : first;
    if (hits > (this.hits[i] ?? 0)) this.hits[i] = hits;
    this.next = i + 1;
  }

  /**
   * Records `hits` for the function named by the ASCII bytes[start, end) when it is the next
   * expected one and the only function of that name, and true; false (nothing recorded) otherwise.
   */
  addNext(bytes: Buffer, start: number, end: number, hits: number): boolean {
    const i = this.next;
    const name = this.names[i];
    if (name?.length !== end - start) return false;
    for (let k = 0; k < name.length; k++) {
      if (name.charCodeAt(k) !== bytes[start + k]) return false;
    }
    if (this.sameNamed?.has(name)) return false;
    if (hits > (this.hits[i] ?? 0)) this.hits[i] = hits;
    this.next = i + 1;
    return true;
  }

  counter(): CoverageCounter {
    return { covered: countAboveZero(this.hits), total: this.names.length };
  }

  private push(name: string, line: number, hits: number): number {
    this.names.push(name);
    this.lines.push(line);
    this.hits.push(hits);
    return this.names.length - 1;
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
// Digits and exponent bounded so every count is a finite number (a 400-digit count or 1e999 is Infinity).
const COUNT = /^[-+]?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})(?:[eE][-+]?\d{1,2})?$/;
const FUNCTION = /^(-?\d+),(?:-?\d+,)?(.+)$/;

/**
 * Counts of one section keyed by a number (line numbers, branch ids): appended to growable
 * stores in order (tracefiles list them ascending), so they merge into the file without a map
 * or a sort; a section that repeats a key or goes back falls back to a map (highest count kept).
 * The stores are shared by all sections: they come one after another.
 */
class SectionCounts {
  private last = -1;
  /** How many of the ordered counts are above zero (counted as they come: no second pass). */
  private covered = 0;
  private unordered: Hits<number> | undefined;

  constructor(
    private readonly keys: NumberStore,
    private readonly hits: NumberStore,
    private readonly packer: CountsPacker,
  ) {
    keys.clear();
    hits.clear();
  }

  add(key: number, hits: number): void {
    if (this.unordered) {
      keepHighest(this.unordered, key, hits);
    } else if (key > this.last) {
      this.keys.push(key);
      this.hits.push(hits);
      this.last = key;
      if (hits > 0) this.covered++;
    } else {
      const unordered = new Map<number, number>();
      for (let i = 0; i < this.keys.length; i++) unordered.set(this.keys.at(i), this.hits.at(i));
      this.unordered = unordered;
      keepHighest(unordered, key, hits);
    }
  }

  get size(): number {
    return this.unordered ? this.unordered.size : this.keys.length;
  }

  counter(): CoverageCounter {
    if (this.unordered) return countHit(this.unordered);
    return { covered: this.covered, total: this.keys.length };
  }

  /**
   * The file's counts with this section's merged in (a key in both keeps the highest count).
   * `onlyWhetherHit` keeps 1 or 0 per key instead of its count (for branches).
   */
  mergeInto(into: KeyedCounts | undefined, onlyWhetherHit: boolean): KeyedCounts | undefined {
    if (this.size === 0) return into;
    let keys: ArrayLike<number> = this.keys.values;
    let hits: ArrayLike<number> = this.hits.values;
    let length = this.keys.length;
    if (this.unordered) {
      const entries = [...this.unordered].sort((a, b) => a[0] - b[0]);
      keys = entries.map(([key]) => key);
      hits = entries.map(([, count]) => count);
      length = entries.length;
    }
    if (into) {
      const before = into.unpack();
      const merged = mergeAscending(
        before.numbers,
        before.hits,
        before.numbers.length,
        keys,
        hits,
        length,
      );
      keys = merged.keys;
      hits = merged.hits;
      length = merged.keys.length;
    }
    return this.packer.pack(keys, hits, length, onlyWhetherHit);
  }
}

function keyedCounter(counts: KeyedCounts | undefined): CoverageCounter {
  if (!counts) return counter();
  return { covered: counts.covered, total: counts.length };
}

/** The growable stores the sections of a file are read into (one set for the whole tracefile). */
interface SectionStores {
  lineKeys: NumberStore;
  lineHits: NumberStore;
  branchKeys: NumberStore;
  branchHits: NumberStore;
  /** Where the files' compact arrays are carved from. */
  slab: TypedArraySlab;
  /** Packs the files' line and branch counts (into the same slab). */
  packer: CountsPacker;
}

/** One SF … end_of_record section while it is read. */
class LcovRecord {
  readonly lines: SectionCounts;
  readonly branches: SectionCounts;
  // rare kinds of detail: a map only once one occurs (a record is read per source file)
  namedBranches: Hits<string> | undefined;
  readonly functions = new RecordFunctions();
  functionLines: Hits<string> | undefined;
  /** lcov 2 FNL index → function id within this record. */
  functionIndex: Map<string, string> | undefined;
  readonly declared: Partial<Record<SummaryKey, number>> = {};

  private readonly slab: TypedArraySlab;

  constructor(
    readonly file: LcovFile,
    readonly startLine: number,
    stores: SectionStores,
  ) {
    this.slab = stores.slab;
    this.lines = new SectionCounts(stores.lineKeys, stores.lineHits, stores.packer);
    this.branches = new SectionCounts(stores.branchKeys, stores.branchHits, stores.packer);
    file.records++;
  }

  /** Moves this record into its file; returns how its own summaries disagree with its detail. */
  close(): string[] {
    const { file, declared } = this;
    const branchCount = this.branches.size + (this.namedBranches?.size ?? 0);
    const differences = [
      disagreement(
        'LF/LH',
        'DA',
        declared.LF,
        declared.LH,
        this.lines.size > 0 ? this.lines.counter() : undefined,
      ),
      disagreement(
        'BRF/BRH',
        'BRDA',
        declared.BRF,
        declared.BRH,
        branchCount > 0
          ? addCounters(this.branches.counter(), countHit(this.namedBranches))
          : undefined,
      ),
      disagreement(
        'FNF/FNH',
        'function',
        declared.FNF,
        declared.FNH,
        this.functions.size + (this.functionLines?.size ?? 0) > 0
          ? addCounters(this.functions.counter(), countHit(this.functionLines))
          : undefined,
      ),
    ].filter((text) => text !== '');
    file.lines = this.lines.mergeInto(file.lines, false);
    file.branches = this.branches.mergeInto(file.branches, true);
    file.namedBranches = mergeHits(file.namedBranches, this.namedBranches);
    file.functionLines = mergeHits(file.functionLines, this.functionLines);
    const { functions } = this;
    if (functions.size > 0 && file.functions) {
      const merged = file.functions.toMap();
      mergeFunctions(merged, functionKeys(functions.names, functions.lines), functions.hits);
      file.functions = FunctionNames.ofKeys(merged, this.slab);
    } else if (functions.size > 0) {
      file.functions = FunctionNames.ofRecord(functions, this.slab);
    }
    file.declaredLines = Math.max(file.declaredLines, declared.LF ?? 0);
    file.declaredLinesHit = Math.max(file.declaredLinesHit, declared.LH ?? 0);
    file.declaredBranches = Math.max(file.declaredBranches, declared.BRF ?? 0);
    file.declaredBranchesHit = Math.max(file.declaredBranchesHit, declared.BRH ?? 0);
    file.declaredFunctions = Math.max(file.declaredFunctions, declared.FNF ?? 0);
    file.declaredFunctionsHit = Math.max(file.declaredFunctionsHit, declared.FNH ?? 0);
    return differences;
  }
}

/**
 * A file's functions with a later record's merged in (highest count kept), by key. A function
 * known only from FNDA (key without a line) is the file's function of that name if it has one;
 * a function with a line takes the place of the file's lineless one of its name.
 */
function mergeFunctions(
  into: Hits<string>,
  keys: readonly string[],
  hits: ArrayLike<number>,
): void {
  // Name → a key of that name in `into`, made once, so that each function is a lookup.
  const byName = new Map<string, string>();
  for (const key of into.keys()) {
    const name = functionName(key);
    if (!byName.has(name)) byName.set(name, key);
  }
  keys.forEach((key, i) => {
    const count = hits[i] ?? 0;
    if (into.has(key)) {
      keepHighest(into, key, count);
      return;
    }
    const name = functionName(key);
    const known = byName.get(name);
    if (key.startsWith(LINELESS)) {
      if (known !== undefined) {
        keepHighest(into, known, count);
      } else {
        into.set(key, count);
        byName.set(name, key);
      }
      return;
    }
    const lineless = `${LINELESS}${name}`;
    const before = into.get(lineless);
    if (before !== undefined) into.delete(lineless);
    into.set(key, Math.max(count, before ?? 0));
    if (known === undefined || known === lineless) byName.set(name, key);
  });
}

/** Function keys are `<line>\u0001<name>[\u0001<n>]`; an FNDA-only function has no line. */
const LINELESS = '\u0001';

function functionName(key: string): string {
  return key.split(LINELESS, 2)[1] ?? '';
}

/** A file's map with a record's merged in (highest count kept); none while both are empty. */
function mergeHits(
  into: Hits<string> | undefined,
  from: Hits<string> | undefined,
): Hits<string> | undefined {
  if (!from || from.size === 0) return into;
  if (!into) return from;
  for (const [id, hits] of from) keepHighest(into, id, hits);
  return into;
}

/**
 * Reads the records of a tracefile. The frequent ones in their usual shape (DA, BRDA, FN, FNDA
 * and the summaries with plain numbers) are read straight from the bytes: millions of lines with
 * no decoding, string, split or regular expression per line. Every other line, and any frequent
 * one in an unusual shape, is decoded and read by `line`, which knows the whole format.
 */
class LcovReader {
  private readonly files = new Map<string, LcovFile>();
  private readonly diagnostics: Diagnostic[] = [];
  private record: LcovRecord | undefined;
  private ignoredLines = 0;
  private firstIgnored = 0;
  private disagreeingRecords = 0;
  private firstDisagreement: { text: string; line: number } | undefined;
  private readonly stores: SectionStores = LcovReader.sectionStores();

  private static sectionStores(): SectionStores {
    const slab = new TypedArraySlab();
    return {
      lineKeys: new NumberStore(),
      lineHits: new NumberStore(),
      branchKeys: new NumberStore(),
      branchHits: new NumberStore(),
      slab,
      packer: new CountsPacker(slab),
    };
  }

  /**
   * The line bytes[start, end) when it is a frequent record in its usual shape (ASCII, no
   * surrounding space, inside an SF section): read, and true. False leaves it to `line`.
   */
  fastLine(bytes: Buffer, start: number, end: number): boolean {
    const record = this.record;
    if (!record || end - start < 4 || (bytes[end - 1] ?? 0) <= 32) return false;
    // the line end is never a letter or ':', so matching a prefix needs no length check
    switch (bytes[start]) {
      case 68: // DA:
        return (
          bytes[start + 1] === 65 &&
          bytes[start + 2] === 58 &&
          daBytes(record, bytes, start + 3, end)
        );
      case 66: // BRDA:, BRF:, BRH:
        if (bytes[start + 1] !== 82) return false;
        if (bytes[start + 2] === 68 && bytes[start + 3] === 65 && bytes[start + 4] === 58)
          return brdaBytes(record, bytes, start + 5, end);
        if (bytes[start + 3] !== 58) return false;
        if (bytes[start + 2] === 70) return summaryBytes(record, 'BRF', bytes, start + 4, end);
        return bytes[start + 2] === 72 && summaryBytes(record, 'BRH', bytes, start + 4, end);
      case 70: // FN:, FNDA:, FNF:, FNH:
        if (bytes[start + 1] !== 78) return false;
        if (bytes[start + 2] === 58) return fnBytes(record, bytes, start + 3, end);
        if (bytes[start + 2] === 68 && bytes[start + 3] === 65 && bytes[start + 4] === 58)
          return fndaBytes(record, bytes, start + 5, end);
        if (bytes[start + 3] !== 58) return false;
        if (bytes[start + 2] === 70) return summaryBytes(record, 'FNF', bytes, start + 4, end);
        return bytes[start + 2] === 72 && summaryBytes(record, 'FNH', bytes, start + 4, end);
      case 76: // LF:, LH:
        if (bytes[start + 2] !== 58) return false;
        if (bytes[start + 1] === 70) return summaryBytes(record, 'LF', bytes, start + 3, end);
        return bytes[start + 1] === 72 && summaryBytes(record, 'LH', bytes, start + 3, end);
      case 101: // end_of_record
        if (end - start !== 13 || bytes.toString('latin1', start, end) !== 'end_of_record')
          return false;
        this.closeRecord();
        return true;
      default:
        return false;
    }
  }

  /** Any line, decoded: the whole format, and every message about malformed records. */
  line(raw: string, lineNumber: number): void {
    const hasOuterSpace =
      raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32);
    const line = hasOuterSpace ? raw.trim() : raw;
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
      this.record = new LcovRecord(
        this.fileFor(normalizeSourcePath(value)),
        lineNumber,
        this.stores,
      );
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
        // DA:<line>,<count>[,<checksum>]; line numbers below 1 are no source line
        const [lineText = '', countText = ''] = value.split(',', 2);
        const sourceLine = integerAt(lineText, 0, lineText.length);
        if (Number.isNaN(sourceLine) || !COUNT.test(countText)) {
          return fail('DA: record is not <line>,<count>');
        }
        if (sourceLine >= 1) record.lines.add(sourceLine, Number(countText));
        return;
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
        const hits = taken === '-' ? 0 : Number(taken);
        const branch = fields.slice(2, -1).join(',');
        const id = branchNumber(fields[0] ?? '', fields[1] ?? '', branch);
        if (id >= 0) record.branches.add(id, hits);
        else
          keepHighest(
            (record.namedBranches ??= new Map<string, number>()),
            `${fields[0] ?? ''},${fields[1] ?? ''},${branch}`,
            hits,
          );
        return;
      }
      case 'FN': {
        // FN:<start line>,[<end line>,]<name>
        const match = FUNCTION.exec(value);
        if (!match?.[1] || !match[2]) return fail('FN: record is not <line>,<name>');
        record.functions.declare(Number(match[1]), match[2]);
        return;
      }
      case 'FNDA': {
        // FNDA:<count>,<name>
        const comma = value.indexOf(',');
        const countText = value.slice(0, comma);
        if (comma <= 0 || comma === value.length - 1 || !COUNT.test(countText)) {
          fail('FNDA: record is not <count>,<name>');
        }
        record.functions.hit(value.slice(comma + 1), Number(countText));
        return;
      }
      case 'FNL': {
        // lcov 2: FNL:<index>,<start line>[,<end line>] is one function, whatever its aliases;
        // lcov 2 itself knows a function by its start line (records merged by it)
        const [index = '', start = ''] = value.split(',');
        if (!INTEGER.test(index) || !INTEGER.test(start)) fail('FNL: record is not <index>,<line>');
        const id = String(Number(start));
        (record.functionIndex ??= new Map()).set(index, id);
        keepHighest((record.functionLines ??= new Map<string, number>()), id, 0);
        return;
      }
      case 'FNA': {
        // lcov 2: FNA:<index>,<count>,<alias name>
        const [index = '', countText = ''] = value.split(',', 2);
        if (!COUNT.test(countText)) fail('FNA: record is not <index>,<count>,<name>');
        const id = record.functionIndex?.get(index);
        if (id === undefined)
          return fail(`FNA: record for function index ${index} without an FNL: record`);
        keepHighest((record.functionLines ??= new Map<string, number>()), id, Number(countText));
        return;
      }
      default: {
        if (!isSummaryKey(key)) return;
        if (!/^\d{1,15}$/.test(value)) fail(`${key}: record is not a count`);
        record.declared[key] = Number(value);
      }
    }
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

/**
 * "BRF/BRH 5/6 but BRDA 6/7" when a record's summary and detail records disagree, else ''.
 * `counted` is undefined when the record has no detail records of that kind.
 */
function disagreement(
  summary: string,
  detail: string,
  total: number | undefined,
  covered: number | undefined,
  counted: CoverageCounter | undefined,
): string {
  if (total === undefined || counted === undefined) return '';
  if (counted.total === total && (covered === undefined || counted.covered === covered)) return '';
  return `${summary} ${covered ?? '?'}/${total} but ${detail} records ${counted.covered}/${counted.total}`;
}

function countHit<K>(map: Hits<K> | undefined): CoverageCounter {
  if (!map) return counter();
  let covered = 0;
  for (const count of map.values()) if (count > 0) covered++;
  return { covered, total: map.size };
}

function counter(): CoverageCounter {
  return { covered: 0, total: 0 };
}

function addCounters(a: CoverageCounter, b: CoverageCounter): CoverageCounter {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

/**
 * The number of a branch whose line, block and branch are written plainly (digits, no sign, no
 * leading zero: equal numbers mean equal text) and small (line < 2^21, block and branch < 2^16):
 * one exact number below 2^53. -1 for any other branch, which is then keyed by its text.
 */
function branchNumber(line: string, block: string, branch: string): number {
  const l = plainInteger(line, 2_097_152);
  const b = l < 0 ? -1 : plainInteger(block, 65_536);
  const n = b < 0 ? -1 : plainInteger(branch, 65_536);
  return n < 0 ? -1 : (l * 65_536 + b) * 65_536 + n;
}

function plainInteger(text: string, limit: number): number {
  if (!/^(?:0|[1-9]\d{0,6})$/.test(text)) return -1;
  const value = Number(text);
  return value < limit ? value : -1;
}

// Byte-level readers of the frequent records in their usual shape (see LcovReader.fastLine).
// Each returns false for anything else, which the decoded path then reads or reports.

/** Where the run of ASCII digits from `start` ends (at most `end`). */
function digitsEnd(bytes: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = bytes[i] ?? 0;
    if (code < 48 || code > 57) break;
    i++;
  }
  return i;
}

/** The digits bytes[start, end) as a number (1 to 15 of them, checked by the caller). */
function digitsValue(bytes: Buffer, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (bytes[i] ?? 0) - 48;
  return value;
}

/** bytes[start, end) as a plain integer (no leading zero) below `limit`, else -1. */
function plainValue(bytes: Buffer, start: number, end: number, limit: number): number {
  if (end <= start || end - start > 7 || (end - start > 1 && bytes[start] === 48)) return -1;
  const value = digitsValue(bytes, start, end);
  return value < limit ? value : -1;
}

/** DA:<digits>,<digits>[,<checksum>] */
function daBytes(record: LcovRecord, bytes: Buffer, from: number, to: number): boolean {
  const lineEnd = digitsEnd(bytes, from, to);
  if (lineEnd === from || lineEnd - from > 15 || bytes[lineEnd] !== 44) return false;
  const countEnd = digitsEnd(bytes, lineEnd + 1, to);
  const digits = countEnd - lineEnd - 1;
  if (digits === 0 || digits > 15 || (countEnd !== to && bytes[countEnd] !== 44)) return false;
  const line = digitsValue(bytes, from, lineEnd);
  if (line >= 1) record.lines.add(line, digitsValue(bytes, lineEnd + 1, countEnd));
  return true;
}

/** BRDA:<line>,<block>,<branch>,<taken> with plain small numbers, taken digits or '-'. */
function brdaBytes(record: LcovRecord, bytes: Buffer, from: number, to: number): boolean {
  const lineEnd = digitsEnd(bytes, from, to);
  const line = plainValue(bytes, from, lineEnd, 2_097_152);
  if (line < 0 || bytes[lineEnd] !== 44) return false;
  const blockEnd = digitsEnd(bytes, lineEnd + 1, to);
  const block = plainValue(bytes, lineEnd + 1, blockEnd, 65_536);
  if (block < 0 || bytes[blockEnd] !== 44) return false;
  const branchEnd = digitsEnd(bytes, blockEnd + 1, to);
  const branch = plainValue(bytes, blockEnd + 1, branchEnd, 65_536);
  if (branch < 0 || bytes[branchEnd] !== 44) return false;
  const takenFrom = branchEnd + 1;
  let taken = 0;
  if (!(to === takenFrom + 1 && bytes[takenFrom] === 45)) {
    if (to === takenFrom || to - takenFrom > 15 || digitsEnd(bytes, takenFrom, to) !== to) {
      return false;
    }
    taken = digitsValue(bytes, takenFrom, to);
  }
  // the same number branchNumber gives the decoded path
  record.branches.add((line * 65_536 + block) * 65_536 + branch, taken);
  return true;
}

/** FN:<line>,[<end line>,]<name> as the pattern FUNCTION reads it, with an ASCII name. */
function fnBytes(record: LcovRecord, bytes: Buffer, from: number, to: number): boolean {
  const firstDigits = bytes[from] === 45 ? from + 1 : from;
  const firstEnd = digitsEnd(bytes, firstDigits, to);
  if (firstEnd === firstDigits || bytes[firstEnd] !== 44) return false;
  let nameStart = firstEnd + 1;
  const secondDigits = bytes[nameStart] === 45 ? nameStart + 1 : nameStart;
  const secondEnd = digitsEnd(bytes, secondDigits, to);
  if (secondEnd > secondDigits && bytes[secondEnd] === 44 && secondEnd + 1 < to) {
    nameStart = secondEnd + 1;
  }
  if (nameStart >= to || !isPlainAscii(bytes, nameStart, to)) return false;
  const line = digitsValue(bytes, firstDigits, firstEnd);
  record.functions.declare(
    firstDigits > from ? -line : line,
    bytes.toString('latin1', nameStart, to),
  );
  return true;
}

/** FNDA:<digits>,<name> with an ASCII name. */
function fndaBytes(record: LcovRecord, bytes: Buffer, from: number, to: number): boolean {
  const countEnd = digitsEnd(bytes, from, to);
  if (countEnd === from || countEnd - from > 15 || bytes[countEnd] !== 44) return false;
  if (countEnd + 1 >= to || !isPlainAscii(bytes, countEnd + 1, to)) return false;
  const hits = digitsValue(bytes, from, countEnd);
  if (!record.functions.addNext(bytes, countEnd + 1, to, hits)) {
    record.functions.hit(bytes.toString('latin1', countEnd + 1, to), hits);
  }
  return true;
}

/** LF, LH, BRF, BRH, FNF, FNH with 1 to 15 digits. */
function summaryBytes(
  record: LcovRecord,
  key: SummaryKey,
  bytes: Buffer,
  from: number,
  to: number,
): boolean {
  if (to === from || to - from > 15 || digitsEnd(bytes, from, to) !== to) return false;
  record.declared[key] = digitsValue(bytes, from, to);
  return true;
}

/** No byte above 127 and no carriage return (which FUNCTION's '.' does not match). */
function isPlainAscii(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = bytes[i] ?? 0;
    if (code > 127 || code === 13) return false;
  }
  return true;
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

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
