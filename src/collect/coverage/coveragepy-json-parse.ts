import { z } from 'zod';
import type { ParseInput, ParseResult } from '../collector.js';
import { describeKind, jsonPathText } from '../read/json-issues.js';
import { walkJson, type JsonChoice, type JsonKind, type JsonPath, type JsonPosition } from '../read/json-walk.js';
import { FileCoverageBuilder, coverageOf, type CoverageEvidence, type FileCoverage } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import { checkJson, requireJsonObject } from './json-values.js';
import { normalizeSourcePath } from './source-path.js';

// The parser behind coveragepy-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

const count = z.number().int().nonnegative();
const lineList = z.array(z.number().int());
const summarySchema = z
  .object({
    covered_lines: count,
    num_statements: count,
    covered_branches: count.optional(),
    num_branches: count.optional(),
  })
  .loose();
type Summary = z.infer<typeof summarySchema>;

/** The members of a file entry that carry figures; everything else is skipped. */
const FILE_MEMBERS = new Set(['executed_lines', 'missing_lines', 'excluded_lines', 'summary']);

interface FileEntry {
  path: string;
  at: JsonPosition;
  executed?: number[];
  missing?: number[];
  excluded?: number[];
  summary?: Summary;
}

class CoveragePyReader {
  readonly files: FileCoverage[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private totals: Summary | undefined;
  private sawFiles = false;
  private current: FileEntry | undefined;
  private readonly inconsistent: string[] = [];

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [top, file, member] = path;
    if (path.length === 0) {
      if (kind !== 'object') throw new EvidenceParseError(`a coverage.py JSON report is an object, found ${describeKind(kind)}`, at);
      return 'descend';
    }
    if (path.length === 1) {
      if (top === 'totals') return 'collect';
      if (top !== 'files') return 'skip';
      requireJsonObject(path, kind, at);
      this.sawFiles = true;
      return 'descend';
    }
    if (path.length === 2) {
      requireJsonObject(path, kind, at);
      this.current = { path: normalizeSourcePath(String(file)), at };
      return 'descend';
    }
    return path.length === 3 && typeof member === 'string' && FILE_MEMBERS.has(member) ? 'collect' : 'skip';
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    if (path.length === 1) {
      this.totals = checkJson(summarySchema, value, path, at);
      return;
    }
    const entry = this.current;
    if (!entry) return;
    if (path[2] === 'summary') entry.summary = checkJson(summarySchema, value, path, at);
    else if (path[2] === 'executed_lines') entry.executed = checkJson(lineList, value, path, at);
    else if (path[2] === 'missing_lines') entry.missing = checkJson(lineList, value, path, at);
    else entry.excluded = checkJson(lineList, value, path, at);
  }

  leave(path: JsonPath): void {
    if (path.length !== 2 || !this.current) return;
    this.files.push(this.finishFile(this.current));
    this.current = undefined;
  }

  private finishFile(entry: FileEntry): FileCoverage {
    const { summary, executed, missing } = entry;
    if (!summary || !executed || !missing) {
      const absent = [summary ? '' : 'summary', executed ? '' : 'executed_lines', missing ? '' : 'missing_lines'].filter(Boolean);
      throw new EvidenceParseError(`${jsonPathText('files', [entry.path])}: no ${absent.join(', ')}`, entry.at);
    }
    const builder = new FileCoverageBuilder(entry.path);
    for (const line of missing) builder.addLine(line, 0);
    // coverage.py lists excluded lines that ran among executed_lines too; they are not executable.
    const excluded = new Set(entry.excluded ?? []);
    for (const line of executed) if (!excluded.has(line)) builder.addLine(line, 1);
    builder.addBranches(summary.covered_branches ?? 0, summary.num_branches ?? 0);
    const built = builder.build();
    if (built.lines.total !== summary.num_statements || built.lines.covered !== summary.covered_lines) {
      this.inconsistent.push(
        `${entry.path}: summary ${summary.covered_lines}/${summary.num_statements}, lists ${built.lines.covered}/${built.lines.total}`,
      );
    }
    // The summary is coverage.py's own figure; the lists stay as line detail.
    return { ...built, lines: { covered: summary.covered_lines, total: summary.num_statements } };
  }

  finish(): ParseResult<CoverageEvidence> {
    if (!this.sawFiles) throw new EvidenceParseError('no "files" object: not a coverage.py JSON report', { line: 1, column: 1 });
    const data = coverageOf(this.files);
    if (this.inconsistent.length > 0) {
      this.diagnostics.push({
        severity: 'warning',
        message: `${this.inconsistent.length} file(s) whose executed/missing line lists disagree with their summary; figures follow the summary (first: ${this.inconsistent[0] ?? ''})`,
      });
    }
    const totals = this.totals;
    if (totals) {
      const declared = {
        lines: { covered: totals.covered_lines, total: totals.num_statements },
        branches: { covered: totals.covered_branches ?? 0, total: totals.num_branches ?? 0 },
      };
      for (const key of ['lines', 'branches'] as const) {
        if (declared[key].covered !== data.totals[key].covered || declared[key].total !== data.totals[key].total) {
          this.diagnostics.push({
            severity: 'warning',
            message: `"totals" declare ${key} ${declared[key].covered}/${declared[key].total} but the files add up to ${data.totals[key].covered}/${data.totals[key].total}; totals follow the files`,
          });
        }
      }
    }
    return { data, diagnostics: this.diagnostics };
  }
}

export async function parseCoveragePy(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const reader = new CoveragePyReader();
  await walkJson(input.chunks, reader);
  return reader.finish();
}
