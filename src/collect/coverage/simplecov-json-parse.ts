import { z } from 'zod';
import type { ParseInput, ParseResult } from '../collector.js';
import { describeKind } from '../read/json-issues.js';
import { walkJson, type JsonChoice, type JsonKind, type JsonPath, type JsonPosition } from '../read/json-walk.js';
import { FileCoverageBuilder, coverageOf, type CoverageEvidence, type FileCoverage } from '../../model/coverage.js';
import type { Diagnostic } from '../../model/evidence.js';
import { EvidenceParseError } from '../../errors.js';
import { checkJson, requireJsonObject } from './json-values.js';
import { normalizeSourcePath } from './source-path.js';

// The parser behind simplecov-json.ts (which documents the format); a module of its own so that zod,
// which its schemas need, loads only when such a report is parsed.

const hits = z.number().int().nonnegative();
const lineEntry = z.union([hits, z.null(), z.literal('ignored')]);
const lineArray = z.array(lineEntry);
type LineEntry = z.infer<typeof lineEntry>;

/** A resultset file entry: `{lines, branches, methods}`, or in the legacy format the lines array. */
const resultsetFileSchema = z
  .object({
    lines: lineArray.optional(),
    branches: z.record(z.string(), z.record(z.string(), hits)).optional(),
    methods: z.record(z.string(), hits).optional(),
  })
  .loose();
type ResultsetFile = z.infer<typeof resultsetFileSchema>;
const coverageEntries = z.array(z.object({ coverage: z.union([hits, z.literal('ignored')]) }).loose());
const metaSchema = z.object({ simplecov_version: z.string() }).loose();
const figureSchema = z.object({ covered: hits, total: hits }).loose();
const totalSchema = z
  .object({ lines: figureSchema.optional(), branches: figureSchema.optional(), methods: figureSchema.optional() })
  .loose();

interface MergedFile {
  lines: LineEntry[];
  /** Branch hits by source identity (condition span + branch span, ignoring Ruby's ids). */
  branches: Map<string, number>;
  /** Method hits by source location (ignoring class and method names). */
  methods: Map<string, number>;
}

interface FormatterFile {
  path: string;
  lines: readonly LineEntry[];
  branches: readonly (number | 'ignored')[];
  methods: readonly (number | 'ignored')[];
}

class SimplecovReader {
  private shape: 'resultset' | 'formatter' | undefined;
  private readonly commands: string[] = [];
  private readonly merged = new Map<string, MergedFile>();
  private readonly files: FileCoverage[] = [];
  private current: FormatterFile | undefined;
  private total: z.infer<typeof totalSchema> | undefined;
  private sawCoverage = false;

  enter(path: JsonPath, kind: JsonKind, at: JsonPosition): JsonChoice {
    const [top, second, third] = path;
    if (path.length === 0) {
      if (kind !== 'object') throw new EvidenceParseError(`a SimpleCov JSON report is an object, found ${describeKind(kind)}`, at);
      return 'descend';
    }
    // coverage.json starts with "meta"; a resultset starts with a command name.
    this.shape ??= top === 'meta' ? 'formatter' : 'resultset';
    if (this.shape === 'formatter') {
      if (path.length === 1) {
        if (top === 'meta' || top === 'total') return 'collect';
        if (top !== 'coverage') return 'skip';
        requireJsonObject(path, kind, at);
        this.sawCoverage = true;
        return 'descend';
      }
      if (path.length === 2) {
        requireJsonObject(path, kind, at);
        this.current = { path: normalizeSourcePath(String(second)), lines: [], branches: [], methods: [] };
        return 'descend';
      }
      return third === 'lines' || third === 'branches' || third === 'methods' ? 'collect' : 'skip';
    }
    if (path.length === 1) {
      requireJsonObject(path, kind, at);
      this.commands.push(String(top));
      return 'descend';
    }
    if (path.length === 2) {
      if (second !== 'coverage') return 'skip';
      requireJsonObject(path, kind, at);
      this.sawCoverage = true;
      return 'descend';
    }
    return 'collect';
  }

  value(path: JsonPath, value: unknown, at: JsonPosition): void {
    if (this.shape === 'formatter') {
      if (path.length === 1) {
        if (path[0] === 'meta') checkJson(metaSchema, value, path, at);
        else this.total = checkJson(totalSchema, value, path, at);
        return;
      }
      const file = this.current;
      if (!file) return;
      if (path[2] === 'lines') file.lines = checkJson(lineArray, value, path, at);
      else if (path[2] === 'branches') file.branches = checkJson(coverageEntries, value, path, at).map((entry) => entry.coverage);
      else file.methods = checkJson(coverageEntries, value, path, at).map((entry) => entry.coverage);
      return;
    }
    if (path.length === 3) {
      // Checked against the schema of its shape, so a bad entry is named precisely (not "matches neither").
      const entry = Array.isArray(value) ? { lines: checkJson(lineArray, value, path, at) } : checkJson(resultsetFileSchema, value, path, at);
      this.mergeResultsetFile(normalizeSourcePath(String(path[2])), entry);
    }
  }

  leave(path: JsonPath): void {
    if (this.shape !== 'formatter' || path.length !== 2 || !this.current) return;
    const file = this.current;
    this.files.push(buildFile(file.path, file.lines, file.branches, file.methods));
    this.current = undefined;
  }

  private mergeResultsetFile(path: string, entry: ResultsetFile): void {
    const lines = entry.lines ?? [];
    let file = this.merged.get(path);
    if (!file) {
      file = { lines: [...lines], branches: new Map(), methods: new Map() };
      this.merged.set(path, file);
    } else {
      const previous = file.lines;
      file.lines = previous.map((hitsA, index) => mergeLine(hitsA, lines[index]));
    }
    addBranches(file.branches, entry.branches);
    addMethods(file.methods, entry.methods);
  }

  finish(): ParseResult<CoverageEvidence> {
    if (!this.sawCoverage) throw new EvidenceParseError('no "coverage" object: not a SimpleCov JSON report', { line: 1, column: 1 });
    const diagnostics: Diagnostic[] = [];
    if (this.shape === 'resultset') {
      for (const [path, file] of this.merged) {
        this.files.push(buildFile(path, file.lines, [...file.branches.values()], [...file.methods.values()]));
      }
      if (this.commands.length > 1) {
        diagnostics.push({
          severity: 'notice',
          message: `${this.commands.length} command names merged (${this.commands.join(', ')}), hits added as SimpleCov merges them; SimpleCov itself also drops results older than its merge_timeout, which the file alone does not show`,
        });
      }
    }
    const data = coverageOf(this.files);
    const checks = [
      ['lines', this.total?.lines],
      ['branches', this.total?.branches],
      ['functions', this.total?.methods],
    ] as const;
    for (const [key, figure] of checks) {
      if (figure && (figure.covered !== data.totals[key].covered || figure.total !== data.totals[key].total)) {
        diagnostics.push({
          severity: 'warning',
          message: `"total" declares ${key} ${figure.covered}/${figure.total} but the files add up to ${data.totals[key].covered}/${data.totals[key].total}; totals follow the files`,
        });
      }
    }
    return { data, diagnostics };
  }
}

export async function parseSimplecov(input: ParseInput): Promise<ParseResult<CoverageEvidence>> {
  const reader = new SimplecovReader();
  await walkJson(input.chunks, reader);
  return reader.finish();
}

function buildFile(
  path: string,
  lines: readonly LineEntry[],
  branches: readonly (number | 'ignored')[],
  methods: readonly (number | 'ignored')[],
): FileCoverage {
  const builder = new FileCoverageBuilder(path);
  lines.forEach((entry, index) => {
    if (typeof entry === 'number') builder.addLine(index + 1, entry);
  });
  for (const branch of branches) if (branch !== 'ignored') builder.addBranches(branch > 0 ? 1 : 0, 1);
  for (const method of methods) if (method !== 'ignored') builder.addFunctions(method > 0 ? 1 : 0, 1);
  return builder.build();
}

/** SimpleCov LinesCombiner: both counts → their sum; one count alone → itself unless 0 (then nil). */
function mergeLine(a: LineEntry | undefined, b: LineEntry | undefined): LineEntry {
  const first = typeof a === 'number' ? a : null;
  const second = typeof b === 'number' ? b : null;
  if (first !== null && second !== null) return first + second;
  if (first !== null) return first === 0 ? null : first;
  if (second !== null) return second === 0 ? null : second;
  return null;
}

function addBranches(target: Map<string, number>, branches: Record<string, Record<string, number>> | undefined) {
  if (!branches) return;
  for (const [condition, leaves] of Object.entries(branches)) {
    const conditionId = branchIdentity(condition);
    for (const [leaf, count] of Object.entries(leaves)) {
      const key = `${conditionId} ${branchIdentity(leaf)}`;
      target.set(key, (target.get(key) ?? 0) + count);
    }
  }
}

function addMethods(target: Map<string, number>, methods: Record<string, number> | undefined) {
  if (!methods) return;
  for (const [method, count] of Object.entries(methods)) {
    const key = methodIdentity(method);
    target.set(key, (target.get(key) ?? 0) + count);
  }
}

/**
 * Ruby coverage keys, reduced to what identifies them in the source, as SimpleCov's combiners
 * match them: a branch `[:then, 4, 8, 6, 8, 12]` (type, id, span) by type and span (ids differ
 * between processes), a method `[Foo, :bar, 1, 2, 3, 4]` by its span alone.
 */
function branchIdentity(key: string): string {
  const parts = rubyTuple(key);
  return parts.length >= 6 ? `${parts[0] ?? ''}:${parts.slice(-4).join(',')}` : key;
}

function methodIdentity(key: string): string {
  const parts = rubyTuple(key);
  return parts.length >= 6 ? parts.slice(-4).join(',') : key;
}

function rubyTuple(key: string): string[] {
  return key.replace(/^\[|\]$/g, '').split(', ');
}
