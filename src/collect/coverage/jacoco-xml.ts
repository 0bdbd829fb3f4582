import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import {
  FileCoverageBuilder,
  sumFiles,
  type CoverageCounter,
  type CoverageEvidence,
  type CoverageTotals,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { RecordProblems, countValue } from './record-problems.js';
import { normalizeSourcePath } from './source-path.js';

/**
 * JaCoCo XML report (`jacoco:report`, Gradle `jacocoTestReport`, `report-aggregate`):
 * `<report>` › [`<group>`…] › `<package name="com/acme">` › `<sourcefile name="A.java">` with
 * `<line nr mi ci mb cb>` and `<counter type missed covered>` children. The DOCTYPE names
 * report.dtd; `streamXml` skips a DOCTYPE and never fetches or processes it.
 *
 * Per source file (path = package name + '/' + file name): lines, branches and methods from its
 * LINE, BRANCH and METHOD counters; without counters, lines and branches from the `<line>`
 * records (a line is covered when it has covered instructions, `ci > 0`, as JaCoCo counts it;
 * branches `mb + cb`, covered `cb`). The line records are kept as line detail, hits = `ci`.
 *
 * Totals are the report-level counters (direct children of `<report>`): JaCoCo's own figure for
 * the whole report, which also counts classes compiled without source file information that
 * appear in no `<sourcefile>`. JaCoCo writes no counter whose total is 0, so a missing type is
 * 0/0. Without report-level counters the totals are the sum of the source files.
 */
export const jacocoXmlCollector: Collector<CoverageEvidence> = {
  format: 'jacoco-xml',
  kind: 'coverage',
  producers: 'JaCoCo (Maven jacoco:report / report-aggregate, Gradle jacocoTestReport), Kover XML',
  detect(head) {
    if (xmlRootElement(head) !== 'report') return false;
    return (
      /<!DOCTYPE\s+report\s+PUBLIC\s+"-\/\/JACOCO\/\/DTD/.test(head) ||
      /<sessioninfo\b/.test(head) ||
      /<counter\s+type="(?:INSTRUCTION|LINE|BRANCH|METHOD|CLASS|COMPLEXITY)"/.test(head)
    );
  },
  parse: parseJacoco,
};

type Counters = Map<string, CoverageCounter>;

interface SourceFileState {
  builder: FileCoverageBuilder;
  counters: Counters;
  lineBranches: CoverageCounter;
}

async function parseJacoco(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const problems = new RecordProblems();
  const stack: string[] = [];
  const files: FileCoverage[] = [];
  const reportCounters: Counters = new Map();
  let packageName = '';
  let current: SourceFileState | undefined;

  await streamXml(input.chunks, {
    open(name, attributes) {
      const parent = stack.at(-1);
      stack.push(name);
      switch (name) {
        case 'package':
          packageName = attributes['name'] ?? '';
          break;
        case 'sourcefile': {
          const fileName = attributes['name'] ?? '';
          if (fileName === '') problems.note('<sourcefile> without a name, read as the package path', `in package "${packageName}"`);
          const path = normalizeSourcePath(packageName === '' ? fileName : `${packageName}/${fileName}`);
          current = { builder: new FileCoverageBuilder(path), counters: new Map(), lineBranches: { covered: 0, total: 0 } };
          break;
        }
        case 'line':
          if (parent === 'sourcefile' && current) addLine(current, attributes, problems);
          break;
        case 'counter':
          if (parent === 'report') addCounter(reportCounters, attributes, problems, 'the report');
          else if (parent === 'sourcefile' && current) addCounter(current.counters, attributes, problems, current.builder.path);
          break;
      }
    },
    close(name) {
      stack.pop();
      if (name === 'package') packageName = '';
      else if (name === 'sourcefile' && current) {
        files.push(finishFile(current));
        current = undefined;
      }
    },
  });

  const diagnostics: Diagnostic[] = problems.diagnostics();
  const fileSum = sumFiles(files);
  let totals: CoverageTotals = fileSum;
  if (reportCounters.size > 0) {
    totals = {
      lines: reportCounters.get('LINE') ?? { covered: 0, total: 0 },
      branches: reportCounters.get('BRANCH') ?? { covered: 0, total: 0 },
      functions: reportCounters.get('METHOD') ?? { covered: 0, total: 0 },
    };
    const differing = (['lines', 'branches', 'functions'] as const).filter(
      (key) => totals[key].covered !== fileSum[key].covered || totals[key].total !== fileSum[key].total,
    );
    if (differing.length > 0) {
      diagnostics.push({
        severity: 'notice',
        message: `report-level counters differ from the sum of the <sourcefile> counters for ${differing.join(', ')} (${differing
          .map((key) => `${totals[key].covered}/${totals[key].total} vs ${fileSum[key].covered}/${fileSum[key].total}`)
          .join(', ')}): totals follow the report counters (classes without source information, or an edited or merged report)`,
      });
    }
  }
  const seen = new Set<string>();
  let repeated = 0;
  for (const file of files) {
    if (seen.has(file.path)) repeated++;
    seen.add(file.path);
  }
  if (repeated > 0) {
    diagnostics.push({
      severity: 'notice',
      message: `${repeated} source file(s) share a package path with another (several modules in one report); they are kept as separate entries`,
    });
  }
  return { data: { kind: 'coverage', totals, files }, diagnostics };
}

function addLine(file: SourceFileState, attributes: Record<string, string>, problems: RecordProblems) {
  const nr = countValue(attributes['nr']);
  const missed = countValue(attributes['mi']);
  const covered = countValue(attributes['ci']);
  if (nr === undefined || nr < 1 || missed === undefined || covered === undefined) {
    problems.note(
      '<line> without valid nr/mi/ci, skipped',
      `nr="${attributes['nr'] ?? ''}" mi="${attributes['mi'] ?? ''}" ci="${attributes['ci'] ?? ''}" in ${file.builder.path}`,
    );
    return;
  }
  if (missed + covered === 0) return; // no instructions: not an executable line
  file.builder.addLine(nr, covered);
  const missedBranches = countValue(attributes['mb']) ?? 0;
  const coveredBranches = countValue(attributes['cb']) ?? 0;
  file.lineBranches.covered += coveredBranches;
  file.lineBranches.total += missedBranches + coveredBranches;
}

function addCounter(counters: Counters, attributes: Record<string, string>, problems: RecordProblems, where: string) {
  const type = attributes['type'];
  const missed = countValue(attributes['missed']);
  const covered = countValue(attributes['covered']);
  if (!type || missed === undefined || covered === undefined) {
    problems.note('<counter> without valid type/missed/covered, skipped', `type="${type ?? ''}" in ${where}`);
    return;
  }
  counters.set(type, { covered, total: missed + covered });
}

function finishFile(file: SourceFileState): FileCoverage {
  const lineCounter = file.counters.get('LINE');
  if (lineCounter) file.builder.declaredLines = lineCounter;
  const branches = file.counters.get('BRANCH') ?? (file.counters.size > 0 ? { covered: 0, total: 0 } : file.lineBranches);
  const methods = file.counters.get('METHOD') ?? { covered: 0, total: 0 };
  file.builder.addBranches(branches.covered, branches.total);
  file.builder.addFunctions(methods.covered, methods.total);
  const built = file.builder.build();
  // JaCoCo's own LINE counter is the file's line figure; the records stay as line detail.
  return lineCounter ? { ...built, lines: { ...lineCounter } } : built;
}
