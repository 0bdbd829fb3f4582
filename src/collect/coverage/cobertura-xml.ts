import type { Collector } from '../collector.js';
import { detach } from '../read/detach.js';
import { streamXml, xmlRootElement } from '../read/xml.js';
import { keepHighest, MergedLines } from './merged-lines.js';
import { normalizeSourcePath } from './source-path.js';
import { EvidenceParseError } from '../../errors.js';
import {
  coverageOf,
  emptyCounter,
  type CoverageCounter,
  type CoverageEvidence,
  type FileCoverage,
} from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';

/** One source file, over every <class> that names it (several classes can share a file). */
class CoberturaFile {
  readonly lines = new MergedLines();
  /** Source line → its condition-coverage figures; the first report of a line is kept. */
  readonly branchLines = new Map<number, CoverageCounter>();
  /** class + method + signature + first line → covered. */
  readonly methods = new Map<string, boolean>();

  constructor(readonly path: string) {}

  build(): FileCoverage {
    const branches = emptyCounter();
    for (const line of this.branchLines.values()) {
      branches.covered += line.covered;
      branches.total += line.total;
    }
    let covered = 0;
    for (const hit of this.methods.values()) if (hit) covered++;
    const file: FileCoverage = {
      path: this.path,
      lines: this.lines.counter(),
      branches,
      functions: { covered, total: this.methods.size },
    };
    if (this.lines.size > 0) {
      file.lineNumbers = this.lines.numbers;
      file.lineHits = this.lines.hits;
    }
    return file;
  }
}

/**
 * One class's lines (line → highest hits), merged into its file when the class ends: ascending
 * arrays while the lines come in order, as producers write them (no map entry or sort per
 * line), a map once a line repeats or goes back.
 */
class ClassLines {
  private numbers: number[] = [];
  private hits: number[] = [];
  private unordered: Map<number, number> | undefined;

  add(number: number, hits: number): void {
    if (this.unordered) {
      keepHighest(this.unordered, number, hits);
      return;
    }
    const count = this.numbers.length;
    if (count === 0 || number > (this.numbers[count - 1] ?? 0)) {
      this.numbers.push(number);
      this.hits.push(hits);
      return;
    }
    const unordered = new Map<number, number>();
    for (let i = 0; i < count; i++) unordered.set(this.numbers[i] ?? 0, this.hits[i] ?? 0);
    keepHighest(unordered, number, hits);
    this.unordered = unordered;
  }

  mergeInto(lines: MergedLines): void {
    if (this.unordered) lines.merge(this.unordered);
    else lines.mergeSorted(this.numbers, this.hits);
  }
}

/** Lines listed under a class's methods, as three parallel lists (no object per line). */
interface MethodLines {
  numbers: number[];
  hits: number[];
  branches: (CoverageCounter | undefined)[];
}

interface OpenClass {
  file: CoberturaFile;
  name: string;
  lines: ClassLines;
  /** <line> elements directly under the class's <lines>. */
  ownLines: number;
  /** Lines listed under its methods: used only when the class lists none of its own. */
  methodLines: MethodLines;
}

interface OpenMethod {
  /** class + method + signature; the method's first line is added when it closes. */
  id: string;
  /**
   * The first line listed under the method: istanbul names methods as written and gives every
   * one the signature "()V", so two `area` methods of two classes in one file differ only there.
   */
  firstLine: number | undefined;
  /** istanbul's cobertura reporter writes the function's hit count on <method hits="…">. */
  hits: number | undefined;
  anyLineHit: boolean;
  lines: number;
}

/**
 * Cobertura XML as written by Cobertura, coverage.py, istanbul/nyc/jest, coverlet, gcovr,
 * simplecov-cobertura, scoverage, php-code-coverage, MATLAB and others.
 *
 * Paths are the classes' `filename` attributes as reported (relative to one of the `<sources>`
 * in nearly every producer); they are not joined with `<source>`, which is usually an absolute
 * path on the machine that ran the tests. Lines: each (file, line number) once, hits merged by
 * highest, line numbers below 1 ignored; a class's own `<lines>` are used, or its methods' lines
 * when it lists none. Branches: `condition-coverage="NN% (covered/total)"` on lines with
 * branch="true" (any case), once per (file, line). Functions: `<method>` elements with lines (one
 * function per class, name, signature and first line), covered when the method's `hits`
 * attribute (istanbul) or any of its lines is above 0; with no <method> elements at all, the
 * root's functions-valid/functions-covered (gcovr) give the totals.
 * The root's lines-valid/lines-covered/branches-valid/branches-covered are only compared, and a
 * difference is reported as a notice (istanbul's writer, for one, lists branches only on lines where
 * a statement starts, so its root can count branches that no <line> carries).
 */
export const coberturaXmlCollector: Collector<CoverageEvidence> = {
  format: 'cobertura-xml',
  kind: 'coverage',
  producers:
    'Cobertura, coverage.py `xml`, istanbul/nyc/jest/vitest `cobertura`, coverlet, ReportGenerator, gcovr `--xml`, simplecov-cobertura, scoverage, PHPUnit `--coverage-cobertura`, MATLAB',
  detect: detectCobertura,
  async parse({ chunks }) {
    const reader = new CoberturaReader();
    await streamXml(chunks, reader);
    return reader.finish();
  },
};

class CoberturaReader {
  private readonly files = new Map<string, CoberturaFile>();
  private readonly diagnostics: Diagnostic[] = [];
  private root: Record<string, string> | undefined;
  private depth = 0;
  private openClass: OpenClass | undefined;
  private openMethod: OpenMethod | undefined;
  private ignoredLines = 0;

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.depth === 1) {
      if (name !== 'coverage')
        throw new EvidenceParseError(`root element is <${name}>, not Cobertura's <coverage>`);
      this.root = attributes;
      return;
    }
    if (name === 'class') this.openClassElement(attributes);
    else if (name === 'method' && this.openClass) this.openMethodElement(attributes);
    else if (name === 'line' && this.openClass) this.lineElement(attributes, this.openClass);
  }

  close(name: string): void {
    this.depth--;
    if (name === 'method' && this.openMethod && this.openClass) {
      const method = this.openMethod;
      this.openMethod = undefined;
      if (method.lines === 0 && method.hits === undefined) return; // nothing executable to count
      const covered = method.hits !== undefined ? method.hits > 0 : method.anyLineHit;
      const file = this.openClass.file;
      const id = `${method.id}\u0000${method.firstLine ?? ''}`;
      file.methods.set(id, (file.methods.get(id) ?? false) || covered);
    } else if (name === 'class' && this.openClass) {
      const open = this.openClass;
      this.openClass = undefined;
      if (open.ownLines === 0) {
        const { numbers, hits, branches } = open.methodLines;
        for (let i = 0; i < numbers.length; i++)
          addLine(open, numbers[i] ?? 0, hits[i] ?? 0, branches[i]);
      }
      open.lines.mergeInto(open.file.lines);
    }
  }

  finish(): { data: CoverageEvidence; diagnostics: Diagnostic[] } {
    const data = coverageOf([...this.files.values()].map((file) => file.build()));
    if (this.ignoredLines > 0) {
      this.diagnostics.push({
        severity: 'notice',
        message: `${this.ignoredLines} <line> element(s) with a line number below 1 were ignored`,
      });
    }
    this.compareDeclared('lines', 'lines-covered', 'lines-valid', data.totals.lines);
    this.compareDeclared('branches', 'branches-covered', 'branches-valid', data.totals.branches);
    this.declaredFunctions(data);
    if (this.files.size === 0)
      this.diagnostics.push({ severity: 'warning', message: 'no <class> elements: no files' });
    return { data, diagnostics: this.diagnostics };
  }

  private openClassElement(attributes: Record<string, string>): void {
    const raw = attributes['filename'] ?? attributes['name'];
    if (raw === undefined || raw === '') {
      throw new EvidenceParseError('a <class> element has neither a filename nor a name attribute');
    }
    const path = normalizeSourcePath(raw);
    let file = this.files.get(path);
    if (!file) {
      file = new CoberturaFile(path);
      this.files.set(path, file);
    }
    this.openClass = {
      file,
      name: attributes['name'] ?? '',
      lines: new ClassLines(),
      ownLines: 0,
      methodLines: noMethodLines(),
    };
    this.openMethod = undefined;
  }

  private openMethodElement(attributes: Record<string, string>): void {
    const className = this.openClass?.name ?? '';
    const hits = attributes['hits'];
    this.openMethod = {
      // detached: a key built from attribute values would keep the decoded text they came from
      id: detach(
        `${className}\u0000${attributes['name'] ?? ''}\u0000${attributes['signature'] ?? ''}`,
      ),
      hits: hits === undefined ? undefined : this.number(hits, 'hits', '<method>'),
      firstLine: undefined,
      anyLineHit: false,
      lines: 0,
    };
  }

  /** Runs once per <line> (millions in big reports): no object or string built unless it fails. */
  private lineElement(attributes: Record<string, string>, open: OpenClass): void {
    const numberText = attributes['number'] ?? '';
    let number = plainDigitsValue(numberText);
    if (number === undefined) {
      number = Number(numberText);
      // (hundreds of digits pass the pattern and make Infinity)
      if (!/^\s*[-+]?\d+\s*$/.test(numberText) || !Number.isSafeInteger(number)) {
        throw new EvidenceParseError(
          `<line number="${numberText}"> in ${open.file.path}: line number is not an integer`,
        );
      }
    }
    const hitsText = attributes['hits'] ?? '';
    const hits =
      plainDigitsValue(hitsText) ??
      this.number(hitsText, 'hits', `<line number="${numberText}"> in ${open.file.path}`);
    if (number < 1) {
      this.ignoredLines++;
      return;
    }
    const branches = branchesOf(attributes);
    if (this.openMethod) {
      this.openMethod.lines++;
      this.openMethod.firstLine ??= number;
      if (hits > 0) this.openMethod.anyLineHit = true;
      // The class's own <lines> normally repeat these; keep them only until we know.
      if (open.ownLines === 0) {
        const methodLines = open.methodLines;
        methodLines.numbers.push(number);
        methodLines.hits.push(hits);
        methodLines.branches.push(branches);
      }
    } else {
      if (open.ownLines === 0) open.methodLines = noMethodLines();
      open.ownLines++;
      addLine(open, number, hits, branches);
    }
  }

  private number(text: string, attribute: string, element: string): number {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      throw new EvidenceParseError(`${element}: ${attribute}="${text}" is not a number`);
    }
    return value;
  }

  /**
   * gcovr writes no <method> elements but counts functions on the root (functions-valid,
   * functions-covered): with no methods anywhere, those are the report's function totals.
   */
  private declaredFunctions(data: CoverageEvidence): void {
    if ([...this.files.values()].some((file) => file.methods.size > 0)) return;
    const covered = Number(this.root?.['functions-covered']);
    const total = Number(this.root?.['functions-valid']);
    if (!Number.isInteger(covered) || !Number.isInteger(total) || total < 0) return;
    data.totals.functions = { covered, total };
    this.diagnostics.push({
      severity: 'notice',
      message: `functions ${covered}/${total} are the root's functions-covered/functions-valid (no <method> elements, so no per-file function figures)`,
    });
  }

  private compareDeclared(
    metric: string,
    coveredKey: string,
    totalKey: string,
    counted: CoverageCounter,
  ): void {
    const covered = Number(this.root?.[coveredKey]);
    const total = Number(this.root?.[totalKey]);
    if (!Number.isFinite(covered) || !Number.isFinite(total)) return;
    if (covered === counted.covered && total === counted.total) return;
    this.diagnostics.push({
      severity: 'notice',
      message: `the root element declares ${metric} ${covered}/${total} (${coveredKey}/${totalKey}); the <line> elements give ${counted.covered}/${counted.total}, which Certify reports`,
    });
  }
}

function addLine(
  open: OpenClass,
  number: number,
  hits: number,
  branches: CoverageCounter | undefined,
): void {
  open.lines.add(number, hits);
  const { branchLines } = open.file;
  if (branches && !branchLines.has(number)) branchLines.set(number, branches);
}

function noMethodLines(): MethodLines {
  return { numbers: [], hits: [], branches: [] };
}

/**
 * The value of a number written as 1 to 15 plain digits (what producers write), undefined for
 * anything else: callers then read it the general way. Saves a regular expression per <line>.
 */
function plainDigitsValue(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 15) return undefined;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

const CONDITION_COVERAGE = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;

function branchesOf(attributes: Record<string, string>): CoverageCounter | undefined {
  const branch = attributes['branch'];
  if (branch === undefined || branch === 'false' || branch === 'False') return undefined;
  if (branch.trim().toLowerCase() !== 'true') return undefined;
  const match = CONDITION_COVERAGE.exec(attributes['condition-coverage'] ?? '');
  if (!match) return undefined;
  const covered = Number(match[1]);
  const total = Number(match[2]);
  return Number.isSafeInteger(covered) && Number.isSafeInteger(total) ? { covered, total } : undefined;
}

/**
 * Cobertura's root is <coverage>, as is Clover's: Clover has a `clover` attribute and a
 * <project> child; Cobertura has rate attributes and <packages>/<sources>.
 */
function detectCobertura(head: string): boolean {
  if (xmlRootElement(head) !== 'coverage') return false;
  const rootTag = /<(?:[\w.-]+:)?coverage\b[^>]*>/.exec(head)?.[0] ?? '';
  if (/\sclover\s*=/.test(rootTag) || /<(?:[\w.-]+:)?project[\s>/]/.test(head)) return false;
  return (
    /\s(?:line-rate|lines-valid|branch-rate)\s*=/.test(rootTag) ||
    /<(?:[\w.-]+:)?(?:packages|sources)[\s>/]/.test(head)
  );
}
