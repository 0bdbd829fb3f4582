import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import {
  FileCoverageBuilder,
  coverageOf,
  type CoverageCounter,
  type CoverageEvidence,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError, type SourcePosition } from '../../errors.js';
import { RecordProblems, countValue } from './record-problems.js';
import { normalizeSourcePath } from './source-path.js';

/**
 * Clover XML: `<coverage><project>[<package>]<file><metrics/><line/>…`, written by OpenClover,
 * PHPUnit (php-code-coverage) and istanbul's clover reporter (jest, nyc, vitest).
 *
 * Per file:
 * - lines come from the `stmt` and `cond` `<line>` records (one executable line each, merged by
 *   the highest count), so line detail and line figures agree; a file without such records
 *   takes the `statements`/`coveredstatements` of its own `<metrics>`.
 * - branches and functions come from the file's `<metrics>` (`conditionals`, `methods`) when it
 *   has them, because the `<line>` records describe them incompletely: istanbul writes no
 *   `method` lines at all and drops branches that sit on non-statement lines, and php-code-coverage
 *   with path coverage declares conditionals without `cond` lines. Only without metrics are they
 *   counted from the records: `method` lines (count > 0 covered) and `cond` lines.
 *
 * `cond` records mean different things per producer: in Clover/OpenClover (no `count`
 * attribute) `truecount`/`falsecount` are how often the condition was true/false, i.e. two
 * branches, each covered when its count is > 0; istanbul (which writes a `count`) puts the number
 * of covered branches of the line in `truecount` and of uncovered ones in `falsecount`.
 *
 * Totals are the sum of the files. Test sources that OpenClover lists under `<testproject>` are
 * not project coverage and are left out (they are not in the project `<metrics>` either).
 */
export const cloverXmlCollector: Collector<CoverageEvidence> = {
  format: 'clover-xml',
  kind: 'coverage',
  producers: 'OpenClover/Clover, PHPUnit --coverage-clover, istanbul clover reporter (jest, nyc, vitest)',
  detect(head) {
    if (xmlRootElement(head) !== 'coverage') return false;
    // Cobertura shares the <coverage> root; Clover's first child is always <project>.
    return /<coverage\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<project\b/.test(head);
  },
  parse: parseClover,
};

interface CloverFile {
  builder: FileCoverageBuilder;
  /** `stmt` records plus istanbul-style `cond` records (those carrying a `count`). */
  statementRecords: number;
  condBranches: CoverageCounter;
  methodRecords: CoverageCounter;
  metrics?: Record<string, string>;
}

async function parseClover(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const reader = new CloverReader();
  const end = await streamXml(input.chunks, reader);
  return reader.finish(end);
}

class CloverReader {
  private readonly files = new Map<string, CloverFile>();
  private readonly problems = new RecordProblems();
  private readonly stack: string[] = [];
  private testProjectDepth = 0;
  private current: CloverFile | undefined;
  private fileElements = 0;
  private projectMetrics: Record<string, string> | undefined;
  private sawProject = false;

  open(name: string, attributes: Record<string, string>): void {
    const parent = this.stack.at(-1);
    this.stack.push(name);
    if (name === 'testproject') this.testProjectDepth++;
    if (this.testProjectDepth > 0) return;
    switch (name) {
      case 'project':
        this.sawProject = true;
        break;
      case 'file':
        this.openFile(attributes);
        break;
      case 'metrics':
        if (parent === 'file' && this.current) this.current.metrics ??= attributes;
        else if (parent === 'project') this.projectMetrics ??= attributes;
        break;
      case 'line':
        if (parent === 'file' && this.current) addLineRecord(this.current, attributes, this.problems);
        break;
    }
  }

  close(name: string): void {
    this.stack.pop();
    if (name === 'testproject') this.testProjectDepth--;
    else if (name === 'file' && this.testProjectDepth === 0) this.current = undefined;
  }

  private openFile(attributes: Record<string, string>): void {
    const raw = attributes['path'] ?? attributes['name'];
    if (!raw) {
      this.problems.note('<file> without a path or name, skipped', `<file> #${this.fileElements + 1}`);
      this.current = undefined;
      return;
    }
    const path = normalizeSourcePath(raw);
    this.fileElements++;
    const existing = this.files.get(path);
    if (existing) {
      this.problems.note(
        '<file> repeating a path already listed, merged (highest count per line, its <metrics> ignored)',
        path,
      );
    }
    this.current = existing ?? {
      builder: new FileCoverageBuilder(path),
      statementRecords: 0,
      condBranches: { covered: 0, total: 0 },
      methodRecords: { covered: 0, total: 0 },
    };
    this.files.set(path, this.current);
  }

  finish(end: SourcePosition): ParseResult<CoverageEvidence> {
    if (!this.sawProject) throw new EvidenceParseError('not a Clover report: no <project> element under <coverage>', end);
    const diagnostics: Diagnostic[] = this.problems.diagnostics();
    const excerpts: string[] = [];
    const fromMetrics: string[] = [];
    const built = [...this.files].map(([path, file]) => {
      const statements = metricPair(file.metrics, 'coveredstatements', 'statements');
      const conditionals = metricPair(file.metrics, 'coveredconditionals', 'conditionals');
      const methods = metricPair(file.metrics, 'coveredmethods', 'methods');
      if (file.builder.lineCount === 0) {
        file.builder.declaredLines = statements;
        if (statements && statements.total > 0) fromMetrics.push(path);
      } else if (statements && statements.total !== file.statementRecords) {
        excerpts.push(`${path}: ${statements.total} declared, ${file.statementRecords} listed`);
      }
      const branches = conditionals ?? file.condBranches;
      const functions = methods ?? file.methodRecords;
      file.builder.addBranches(branches.covered, branches.total);
      file.builder.addFunctions(functions.covered, functions.total);
      return file.builder.build();
    });
    if (excerpts.length > 0) {
      diagnostics.push({
        severity: 'warning',
        message: `${excerpts.length} file(s) list a different number of statement lines than their <metrics> declare; line figures follow the listed lines (first: ${excerpts[0] ?? ''})`,
      });
    }
    if (fromMetrics.length > 0) {
      diagnostics.push({
        severity: 'notice',
        message: `${fromMetrics.length} file(s) list no statement lines; their line figures are their <metrics>, without line detail (first: ${fromMetrics[0] ?? ''})`,
      });
    }
    const project = this.projectMetrics;
    if (built.length === 0 && project) {
      // A report with project figures but no per-file records: the project <metrics> are all there is.
      diagnostics.push({
        severity: 'notice',
        message: 'no <file> elements: totals are the project <metrics>, no per-file figures',
      });
      const none = { covered: 0, total: 0 };
      return {
        data: {
          kind: 'coverage',
          totals: {
            lines: metricPair(project, 'coveredstatements', 'statements') ?? none,
            branches: metricPair(project, 'coveredconditionals', 'conditionals') ?? { ...none },
            functions: metricPair(project, 'coveredmethods', 'methods') ?? { ...none },
          },
          files: [],
        },
        diagnostics,
      };
    }
    const declaredFiles = countValue(project?.['files']);
    if (declaredFiles !== undefined && declaredFiles !== this.fileElements) {
      diagnostics.push({
        severity: 'warning',
        message: `project <metrics> declare ${declaredFiles} files but the report lists ${this.fileElements}; totals cover the listed files`,
      });
    }
    return { data: coverageOf(built), diagnostics };
  }
}

function addLineRecord(file: CloverFile, attributes: Record<string, string>, problems: RecordProblems) {
  const type = attributes['type'];
  const num = countValue(attributes['num']);
  const describe = () => `num="${attributes['num'] ?? ''}" type="${type ?? ''}" in ${file.builder.path}`;
  if (num === undefined || num < 1) {
    problems.note('<line> without a valid line number, skipped', describe());
    return;
  }
  const count = countValue(attributes['count']);
  if (type === 'method') {
    if (count === undefined) problems.note('method <line> without a valid count, skipped', describe());
    else countRecord(file.methodRecords, count > 0);
    return;
  }
  if (type === 'stmt') {
    if (count === undefined) {
      problems.note('stmt <line> without a valid count, skipped', describe());
      return;
    }
    file.statementRecords++;
    file.builder.addLine(num, count);
    return;
  }
  if (type === 'cond') {
    const whenTrue = countValue(attributes['truecount']);
    const whenFalse = countValue(attributes['falsecount']);
    if (count !== undefined) {
      // istanbul: the record is the line itself; true/false counts are covered/uncovered branches.
      file.statementRecords++;
      file.builder.addLine(num, count);
      if (whenTrue !== undefined && whenFalse !== undefined) {
        file.condBranches.covered += whenTrue;
        file.condBranches.total += whenTrue + whenFalse;
      }
      return;
    }
    if (whenTrue === undefined || whenFalse === undefined) {
      problems.note('cond <line> without valid counts, skipped', describe());
      return;
    }
    // Clover: a condition evaluated true N times and false M times; its line ran N + M times.
    file.builder.addLine(num, whenTrue + whenFalse);
    countRecord(file.condBranches, whenTrue > 0);
    countRecord(file.condBranches, whenFalse > 0);
    return;
  }
  problems.note('<line> of an unknown type, skipped', describe());
}

function countRecord(counter: CoverageCounter, covered: boolean) {
  counter.total++;
  if (covered) counter.covered++;
}

/** A covered/total pair from `<metrics>` attributes, when both are valid counts. */
function metricPair(
  metrics: Record<string, string> | undefined,
  coveredName: string,
  totalName: string,
): CoverageCounter | undefined {
  if (!metrics) return undefined;
  const covered = countValue(metrics[coveredName]);
  const total = countValue(metrics[totalName]);
  if (covered === undefined || total === undefined || covered > total) return undefined;
  return { covered, total };
}
