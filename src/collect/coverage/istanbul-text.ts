import type { Collector, ParseResult } from '../collector.js';
import { forEachLine } from '../read/lines.js';
import { EvidenceParseError } from '../../errors.js';
import { emptyCounter, type CoverageCounter, type CoverageEvidence } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

// eslint-disable-next-line no-control-regex -- terminal colour codes are what is being removed
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
// Blanks before "File" are spaces and tabs only: `^\s*` under /m would run across line breaks
// from every line start, quadratic on a head of blank lines.
const TABLE_HEADER = /^[ \t]*File[ \t]*\|\s*% Stmts\s*\|\s*% Branch\s*\|\s*% Funcs\s*\|\s*% Lines\b/m;
const SUMMARY_HEADER = /^=+ Coverage summary =+\s*$/m;
const SUMMARY_LINE =
  /^(Statements|Branches|Functions|Lines)\s*:\s*(?:[\d.]+|Unknown)%\s*\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;
const ALL_FILES_ROW = /^\s*All files\s*\|/;

type Metric = 'statements' | 'branches' | 'functions' | 'lines';
const METRIC_OF_LABEL: Readonly<Record<string, Metric>> = {
  Statements: 'statements',
  Branches: 'branches',
  Functions: 'functions',
  Lines: 'lines',
};

/**
 * istanbul's console reporters as jest/nyc/vitest print them (`text` table, `text-summary` block).
 *
 * Only the text-summary block carries counts ("Lines : 78.57% ( 33/42 )"), so only it yields
 * figures: overall lines, branches and functions, with no per-file detail. The `text` table has
 * rounded percentages only; counts cannot be recovered from it, so a file with just the table
 * yields no figures (with a warning), and a table whose "All files" row disagrees with the
 * summary block is reported (the two come from different runs).
 */
export const istanbulTextCollector: Collector<CoverageEvidence> = {
  format: 'istanbul-text',
  kind: 'coverage',
  producers:
    'jest/nyc/vitest console output with `--coverageReporters=text-summary` (`text` table alone gives no counts)',
  detect(head) {
    const text = head.replace(ANSI_ESCAPE, '');
    if (/^\s*[<{[]/.test(text)) return false;
    return TABLE_HEADER.test(text) || SUMMARY_HEADER.test(text);
  },
  async parse({ chunks }) {
    const reader = new TextReportReader();
    await forEachLine(chunks, (line, lineNumber) => {
      reader.line(line, lineNumber);
    });
    return reader.finish();
  },
};

class TextReportReader {
  private readonly summary = new Map<Metric, CoverageCounter>();
  private summaryAt = 0;
  private inSummary = false;
  private sawTable = false;
  private tableRow: string[] | undefined;
  private tableAt = 0;

  line(raw: string, lineNumber: number): void {
    const line = raw.replace(ANSI_ESCAPE, '');
    if (SUMMARY_HEADER.test(line)) {
      if (this.summaryAt !== 0) {
        throw new EvidenceParseError(
          `a second "Coverage summary" block (the first is at line ${this.summaryAt}): several runs in one file; Certify cannot tell which is the result, split the file`,
          { line: lineNumber, column: 1 },
        );
      }
      this.summaryAt = lineNumber;
      this.inSummary = true;
      return;
    }
    if (this.inSummary) {
      const match = SUMMARY_LINE.exec(line.trim());
      const metric = match ? METRIC_OF_LABEL[match[1] ?? ''] : undefined;
      const covered = Number(match?.[2]);
      const total = Number(match?.[3]);
      if (match && metric && Number.isSafeInteger(covered) && Number.isSafeInteger(total)) {
        this.summary.set(metric, { covered, total });
        return;
      }
      this.inSummary = false;
    }
    if (TABLE_HEADER.test(line)) this.sawTable = true;
    else if (this.sawTable && !this.tableRow && ALL_FILES_ROW.test(line)) {
      this.tableRow = line.split('|').map((cell) => cell.trim());
      this.tableAt = lineNumber;
    }
  }

  finish(): ParseResult<CoverageEvidence> {
    const diagnostics: Diagnostic[] = [];
    if (this.summaryAt === 0) {
      if (!this.sawTable) {
        throw new EvidenceParseError('no istanbul coverage table or "Coverage summary" block', {
          line: 1,
          column: 1,
        });
      }
      diagnostics.push({
        severity: 'warning',
        message:
          'the istanbul text table has rounded percentages only, no counts: no coverage figures taken from it. Add the text-summary reporter, or use json-summary or lcov',
        position: { line: this.tableAt || 1 },
      });
      return { data: emptyEvidence(), diagnostics };
    }
    const missing = (['lines', 'branches', 'functions'] as const).filter(
      (metric) => !this.summary.has(metric),
    );
    if (missing.length > 0) {
      diagnostics.push({
        severity: 'warning',
        message: `the Coverage summary block has no ${missing.join(', ')} line (truncated?)`,
        position: { line: this.summaryAt },
      });
    }
    const disagreement = this.tableRow ? compareTable(this.tableRow, this.summary) : undefined;
    if (disagreement) {
      diagnostics.push({
        severity: 'warning',
        message: `the table's "All files" row (${disagreement.table}) does not match the Coverage summary block (${disagreement.summary}): they come from different runs; the counts are taken from the summary block`,
        position: { line: this.tableAt },
      });
    }
    const data = emptyEvidence();
    data.totals = {
      lines: this.summary.get('lines') ?? emptyCounter(),
      branches: this.summary.get('branches') ?? emptyCounter(),
      functions: this.summary.get('functions') ?? emptyCounter(),
    };
    return { data, diagnostics };
  }
}

function emptyEvidence(): CoverageEvidence {
  return {
    kind: 'coverage',
    totals: { lines: emptyCounter(), branches: emptyCounter(), functions: emptyCounter() },
    files: [],
  };
}

/** istanbul-lib-coverage's percent(): floored to two decimals, 100 for 0/0. */
function istanbulPercent(counter: CoverageCounter): number {
  if (counter.total <= 0) return 100;
  return Math.floor((1000 * 100 * counter.covered) / counter.total / 10) / 100;
}

/** The table's columns after "File": % Stmts, % Branch, % Funcs, % Lines. */
const TABLE_COLUMNS: readonly Metric[] = ['statements', 'branches', 'functions', 'lines'];

function compareTable(
  row: readonly string[],
  summary: ReadonlyMap<Metric, CoverageCounter>,
): { table: string; summary: string } | undefined {
  const table: string[] = [];
  const block: string[] = [];
  let differs = false;
  for (const [index, metric] of TABLE_COLUMNS.entries()) {
    const cell = Number(row[index + 1]);
    const counter = summary.get(metric);
    if (!counter || !Number.isFinite(cell)) continue;
    const pct = istanbulPercent(counter);
    table.push(`${metric} ${cell}%`);
    block.push(`${metric} ${pct}%`);
    if (Math.abs(pct - cell) > 0.005) differs = true;
  }
  return differs ? { table: table.join(', '), summary: block.join(', ') } : undefined;
}
