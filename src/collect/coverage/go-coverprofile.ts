import type { Collector, ParseInput, ParseResult } from '../collector.js';
import { forEachLine } from '../read/lines.js';
import { coverageOf, type CoverageEvidence, type FileCoverage } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';

/**
 * Go cover profile (`go test -coverprofile`, `go tool covdata textfmt`): a `mode: set|count|atomic`
 * line, then one block per line, `file:startLine.startCol,endLine.endCol numStmt count`.
 *
 * Blocks are read as golang.org/x/tools/cover ParseProfiles (what `go tool cover` uses) reads
 * them: identical block positions within a file are one block, their counts OR-ed in set mode
 * and summed in count/atomic mode, and a differing statement count for the same block is an
 * error. Unlike ParseProfiles, a repeated `mode:` line is accepted, so profiles of several
 * packages concatenated with `cat`/`tail` read as one.
 *
 * coverage.lines is the statement figure: covered = statements in blocks run at least once,
 * total = all statements. That is what `go test -cover` prints ("coverage: N% of statements") and
 * what `go tool cover -func` reports as its total; Go has no other line measure. Line detail for
 * patch coverage: every line a block with statements spans, hits = the highest count of those
 * blocks. Paths stay as written (import paths); there are no branch or function figures.
 */
export const goCoverprofileCollector: Collector<CoverageEvidence> = {
  format: 'go-coverprofile',
  kind: 'coverage',
  producers: 'go test -coverprofile, go tool covdata textfmt',
  detect(head) {
    return /^mode: (?:set|count|atomic)\r?(?:\n|$)/.test(head);
  },
  parse: parseGoProfile,
};

/**
 * The part after the file name, as ParseProfiles matches it. The file name itself is found with
 * lastIndexOf, not `(.+):` in one expression: on a multi-megabyte line that expression backtracks
 * once per byte, and V8 can run out of regexp stack ("Maximum call stack size exceeded").
 */
const POSITION = /^(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/** Longest block (in lines) given line detail; longer ones are hostile or broken, not Go code. */
const MAX_BLOCK_LINES = 100_000;

interface Block {
  startLine: number;
  endLine: number;
  statements: number;
  count: number;
}

async function parseGoProfile(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const reader = new GoProfileReader();
  await forEachLine(input.chunks, (line, lineNumber) => {
    reader.line(line, lineNumber);
  });
  return reader.finish();
}

class GoProfileReader {
  private readonly files = new Map<string, Map<string, Block>>();
  private mode: string | undefined;
  private mixedModes = false;

  line(line: string, lineNumber: number): void {
    if (this.mode === undefined) {
      const match = /^mode: (\S+)\s*$/.exec(line);
      if (!match?.[1]) {
        throw new EvidenceParseError(
          `expected "mode: set|count|atomic" as the first line, found ${quote(line)}`,
          {
            line: lineNumber,
            column: 1,
          },
        );
      }
      this.mode = match[1];
      return;
    }
    if (line.startsWith('mode: ')) {
      if (line.slice(6).trim() !== this.mode) this.mixedModes = true;
      return;
    }
    if (line.trim() === '') return;
    const colon = line.lastIndexOf(':');
    const match = colon > 0 ? POSITION.exec(line.slice(colon + 1)) : null;
    if (!match) {
      throw new EvidenceParseError(
        `not a cover profile block ("file:startLine.startCol,endLine.endCol numStmt count"): ${quote(line)}`,
        { line: lineNumber, column: 1 },
      );
    }
    const file = line.slice(0, colon);
    const [, startLine, startCol, endLine, endCol, statements, count] = match;
    const key = `${startLine}.${startCol},${endLine}.${endCol}`;
    let blocks = this.files.get(file);
    if (!blocks) {
      blocks = new Map();
      this.files.set(file, blocks);
    }
    const block: Block = {
      startLine: Number(startLine),
      endLine: Number(endLine),
      statements: Number(statements),
      count: Number(count),
    };
    const outOfRange = (['startLine', 'endLine', 'statements', 'count'] as const).find(
      (field) => !Number.isSafeInteger(block[field]),
    );
    if (outOfRange) {
      // hundreds of digits make Infinity: no count or line go test wrote
      throw new EvidenceParseError(`${outOfRange} is out of range: ${quote(line)}`, {
        line: lineNumber,
        column: 1,
      });
    }
    const previous = blocks.get(key);
    if (!previous) {
      blocks.set(key, block);
      return;
    }
    if (previous.statements !== block.statements) {
      throw new EvidenceParseError(
        `inconsistent statement count for ${file}:${key}: ${previous.statements} before, ${block.statements} here`,
        { line: lineNumber, column: line.lastIndexOf(' ', line.lastIndexOf(' ') - 1) + 2 },
      );
    }
    previous.count =
      this.mode === 'set' ? Math.max(previous.count, block.count) : previous.count + block.count;
  }

  finish(): ParseResult<CoverageEvidence> {
    if (this.mode === undefined) {
      throw new EvidenceParseError('empty file, expected "mode: set|count|atomic"', {
        line: 1,
        column: 1,
      });
    }
    const diagnostics: Diagnostic[] = [];
    if (this.mixedModes) {
      diagnostics.push({
        severity: 'warning',
        message: `concatenated profiles with different modes; counts were merged as "${this.mode}" (the first mode line)`,
      });
    }
    let oversized = 0;
    const built: FileCoverage[] = [];
    for (const [path, blocks] of this.files) {
      const hits = new Map<number, number>();
      let covered = 0;
      let total = 0;
      for (const block of blocks.values()) {
        total += block.statements;
        if (block.count > 0) covered += block.statements;
        if (block.statements === 0 || block.endLine < block.startLine) continue;
        if (block.endLine - block.startLine >= MAX_BLOCK_LINES) {
          oversized++;
          continue;
        }
        for (let line = block.startLine; line <= block.endLine; line++) {
          const previous = hits.get(line);
          if (previous === undefined || block.count > previous) hits.set(line, block.count);
        }
      }
      const lineNumbers = [...hits.keys()].sort((a, b) => a - b);
      built.push({
        path,
        lines: { covered, total },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        lineNumbers,
        lineHits: lineNumbers.map((line) => hits.get(line) ?? 0),
      });
    }
    if (oversized > 0) {
      diagnostics.push({
        severity: 'warning',
        message: `${oversized} block(s) span ${MAX_BLOCK_LINES} lines or more; their statements are counted but they give no line detail`,
      });
    }
    return { data: coverageOf(built), diagnostics };
  }
}

function quote(line: string): string {
  return JSON.stringify(line.length > 120 ? `${line.slice(0, 120)}…` : line);
}
