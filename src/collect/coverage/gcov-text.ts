import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { forEachLine } from '../read/lines.js';
import { FileCoverageBuilder, coverageOf, type CoverageEvidence } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import { normalizeSourcePath } from './source-path.js';

/**
 * gcov text output (`gcov [-b] [-c] [-t] file.c` → `file.c.gcov`): every source line as
 * `count:lineno:source`, after a preamble of `-:0:Tag:value` lines (`Source:` names the file).
 *
 * Counted as gcov itself counts them (its "Lines executed", "Taken at least once" and function
 * summaries):
 * - lines: records whose count is a number (covered when > 0, a trailing `*` only marks
 *   unexecuted blocks on an executed line; `-H` suffixes like `1.2k` are read too) or `#####`/`=====`
 *   (never executed, on normal or exception-only paths); `-` lines hold no code.
 * - branches (`-b`): each `branch N taken X` line after a line record is branch N of that
 *   source line, covered when X (a count with `-c`, else a percentage that gcov only prints as
 *   0% when it is exactly 0) is > 0; `branch N never executed` is not covered. `call` and
 *   `unconditional` lines are not branches.
 * - functions (`-b`): each `function NAME called N ...` line, covered when N > 0.
 * Template instantiations (and other functions sharing a first line) are printed as sections
 * between `------------------` lines after the combined line records: their line records repeat
 * those lines per instantiation and are not counted again, and their branches are merged with
 * the same source line's branches of the other instantiations (branch N of line L is covered when
 * any instantiation took it), as gcovr counts them: a branch in the source is one branch. (gcov's
 * own stdout summary leaves instantiations' branches out entirely; the .gcov file keeps them.)
 * Each instantiation's `function` line is one function, as gcovr and gcov `-f` list them.
 * Several `Source:` preambles in one stream (`gcov -t`) give several files.
 */
export const gcovTextCollector: Collector<CoverageEvidence> = {
  format: 'gcov-text',
  kind: 'coverage',
  producers: 'gcov (GCC), llvm-cov gcov',
  detect(head) {
    return /^\s*-:\s*0:(?:Source|Colorization):/.test(head);
  },
  parse: parseGcov,
};

const RECORD = /^\s*([^\s:]+):\s*(\d+):/;
const RECORD_PREFIX = /^\s*[^\s:]+:\s*\d+/;
const COUNT = /^(\d+(?:\.\d+)?)([kMGTPEZY]?)\*?$/;
const BRANCH = /^branch\s+(\d+)\s+(?:taken\s+(\S+)|never executed)/;
// Demangled names hold spaces, so the name is not matched: the count is found after the last
// " called " (a pattern like /^function\s+.+\s+called\s+/ backtracks cubically on a long line).
const FUNCTION_CALLED = /^\s+called\s+(\S+)\s+returned\b/;
const SEPARATOR = '------------------';

async function parseGcov(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const builders = new Map<string, SourceState>();
  const diagnostics: Diagnostic[] = [];
  let current: SourceState | undefined;
  let afterSeparator = false;
  let inInstantiation = false;
  let repeatedSources = 0;
  let lines = 0;

  await forEachLine(input.chunks, (raw, lineNumber) => {
    lines = lineNumber;
    const line = raw.includes('\u001b') ? withoutColors(raw) : raw;
    if (line === SEPARATOR) {
      afterSeparator = true;
      return;
    }
    const record = RECORD.exec(line);
    if (afterSeparator) {
      // After a separator comes either an instantiation's name or the next combined line record,
      // or (`-b`) the `function … called` line of a function starting on that next line (e.g. a
      // plain function right after a template's instantiations), which also belongs to it.
      inInstantiation = !record && !functionLine(line);
      afterSeparator = false;
    }
    if (record) {
      const [prefix, field = '', number = ''] = record;
      const lineNo = Number(number);
      if (!Number.isSafeInteger(lineNo)) {
        throw new EvidenceParseError(`line number ${number.slice(0, 40)} is out of range`, { line: lineNumber, column: line.indexOf(number) + 1 });
      }
      if (lineNo === 0) {
        const tag = /^Source:(.*)$/.exec(line.slice(prefix.length));
        if (tag) {
          const path = normalizeSourcePath((tag[1] ?? '').trim());
          const existing = builders.get(path);
          if (existing) repeatedSources++;
          current = existing ?? { builder: new FileCoverageBuilder(path), branches: new Map(), line: 0 };
          builders.set(path, current);
          inInstantiation = false;
        }
        return;
      }
      if (!current) {
        throw new EvidenceParseError('line record before any "-:0:Source:" preamble line', { line: lineNumber, column: 1 });
      }
      const hits = countOf(field);
      if (hits === undefined) {
        throw new EvidenceParseError(
          `not a gcov execution count: ${JSON.stringify(field)} (expected a number, "-", "#####" or "=====")`,
          { line: lineNumber, column: line.indexOf(field) + 1 },
        );
      }
      current.line = lineNo;
      if (hits !== null && !inInstantiation) current.builder.addLine(lineNo, hits);
      return;
    }
    const branch = BRANCH.exec(line);
    if (branch) {
      const source = requireSource(current, lineNumber);
      const key = `${source.line}:${branch[1] ?? ''}`;
      const taken = branch[2] !== undefined && amountOf(branch[2]) > 0;
      source.branches.set(key, (source.branches.get(key) ?? false) || taken);
      return;
    }
    const fn = functionLine(line);
    if (fn) {
      requireSource(current, lineNumber).builder.addFunctions(amountOf(fn[1] ?? '0') > 0 ? 1 : 0, 1);
      return;
    }
    if (RECORD_PREFIX.test(line) && !/^\s*\S+:\s*\d+-block\s/.test(line)) {
      throw new EvidenceParseError('incomplete line record (truncated file?)', { line: lineNumber, column: line.length + 1 });
    }
    // Anything else (instantiation names, call/unconditional/condition/block lines) holds no figure.
  });

  if (lines === 0) throw new EvidenceParseError('empty file, expected gcov output', { line: 1, column: 1 });
  if (builders.size === 0) {
    throw new EvidenceParseError('no "-:0:Source:" preamble line: not gcov output', { line: 1, column: 1 });
  }
  if (repeatedSources > 0) {
    diagnostics.push({
      severity: 'notice',
      message: `${repeatedSources} source(s) appear more than once; their lines were merged by the highest count, their branches by line and number, their functions added`,
    });
  }
  const files = [...builders.values()].map((source) => {
    for (const taken of source.branches.values()) source.builder.addBranches(taken ? 1 : 0, 1);
    return source.builder.build();
  });
  return { data: coverageOf(files), diagnostics };
}

interface SourceState {
  builder: FileCoverageBuilder;
  /** Branch `line:index` → taken at least once. */
  branches: Map<string, boolean>;
  /** The line the last line record was for: branch lines follow it. */
  line: number;
}

/** `function NAME called N returned …`: the match of the part from " called " on, if it is one. */
function functionLine(line: string): RegExpExecArray | null {
  if (!line.startsWith('function') || !/^function\s/.test(line)) return null;
  const called = line.lastIndexOf(' called ');
  if (called <= 'function'.length) return null;
  return FUNCTION_CALLED.exec(line.slice(called));
}

function requireSource(current: SourceState | undefined, lineNumber: number): SourceState {
  if (!current) throw new EvidenceParseError('branch or function line before any "-:0:Source:" line', { line: lineNumber, column: 1 });
  return current;
}

/** Hits of a line record: a number, 0 for never executed, null for a line without code, undefined if invalid. */
function countOf(field: string): number | null | undefined {
  if (field === '-') return null;
  if (field === '#####' || field === '=====') return 0;
  if (!COUNT.test(field)) return undefined;
  const count = amountOf(field);
  // hundreds of digits overflow to Infinity: not a count anyone measured
  return Number.isFinite(count) && count <= Number.MAX_SAFE_INTEGER ? count : undefined;
}

const SCALE: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Z: 1e21, Y: 1e24 };

/** A gcov amount: a count, a `-H` count like `1.2k`, or a percentage like `67%`. */
function amountOf(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kMGTPEZY%]?)\*?$/.exec(text);
  if (!match) return 0;
  const value = Number(match[1]);
  const unit = match[2] ?? '';
  return unit === '' || unit === '%' ? value : Math.round(value * (SCALE[unit] ?? 1));
}

/** Drops the terminal control sequences `gcov -k`/`-q` writes (ESC [ params final-byte, e.g. `ESC[41;37m`, `ESC[K`). */
function withoutColors(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) === 27 && line[i + 1] === '[') {
      let end = i + 2;
      while (end < line.length && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x3f) end++;
      i = end + 1; // the final byte
      continue;
    }
    out += line.charAt(i);
    i++;
  }
  return out;
}
