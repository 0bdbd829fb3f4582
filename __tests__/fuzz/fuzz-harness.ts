/**
 * Runs one input through a parser the two ways the action can reach it: the collector's own
 * `parse` with its format forced (streamed in chunks of a chosen size), and the real entry point
 * `readEvidenceFile` on a file (size check, detection by content, parse, sha256). Classifies what
 * came back and keeps the figures: inputs, outcomes, findings, longest time, peak memory.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DETECT_HEAD_BYTES, type Collector } from '../../src/collect/collector.js';
import { stripBom } from '../../src/collect/read/text.js';
import { detectFormat } from '../../src/collect/registry.js';
import { DEFAULT_MAX_EVIDENCE_BYTES, readEvidenceFile } from '../../src/collect/discover.js';
import { EvidenceParseError, messageOf } from '../../src/errors.js';

/** What one run of a parser came to. `crash` and the rest below it are findings. */
export type OutcomeKind =
  | 'ok'
  | 'parse-error'
  | 'unrecognised'
  | 'crash'
  | 'unpositioned'
  | 'non-finite'
  | 'bad-hash'
  | 'too-slow'
  | 'too-much-memory';

export const FINDING_KINDS: readonly OutcomeKind[] = [
  'crash',
  'unpositioned',
  'non-finite',
  'bad-hash',
  'too-slow',
  'too-much-memory',
];

export interface Outcome {
  kind: OutcomeKind;
  ms: number;
  detail?: string;
}

export interface Finding {
  kind: OutcomeKind;
  /** How the input was made (a replayable recipe) and through which path it went. */
  input: string;
  detail: string;
  /** Where the input's bytes were saved. */
  savedTo?: string;
}

export interface HostileFigure {
  name: string;
  bytes: number;
  outcome: OutcomeKind;
  ms: number;
  /** Growth over the baseline, sampled as the parser pulled each chunk and after it returned. */
  rssDelta: number;
  heapDelta: number;
  detail?: string;
}

export interface ParserFigures {
  format: string;
  seeds: number;
  /** Inputs given to the collector's parse (format forced). */
  inputs: number;
  /** The same inputs, written to a file and read through readEvidenceFile. */
  entryRuns: number;
  outcomes: Record<OutcomeKind, number>;
  findings: Finding[];
  longestMs: number;
  longestInput: string;
  hostile: HostileFigure[];
  /** Pathological 64 KiB heads given to this format's detect, and the slowest call. */
  detectHeads: number;
  slowestDetectMs: number;
  totalMs: number;
}

export function emptyFigures(format: string, seeds: number): ParserFigures {
  return {
    format,
    seeds,
    inputs: 0,
    entryRuns: 0,
    outcomes: {
      ok: 0,
      'parse-error': 0,
      unrecognised: 0,
      crash: 0,
      unpositioned: 0,
      'non-finite': 0,
      'bad-hash': 0,
      'too-slow': 0,
      'too-much-memory': 0,
    },
    findings: [],
    longestMs: 0,
    longestInput: '',
    hostile: [],
    detectHeads: 0,
    slowestDetectMs: 0,
    totalMs: 0,
  };
}

/** A generous bound that still catches quadratic behaviour: 2 s plus 2 s per MiB. */
export function timeBoundMs(bytes: number): number {
  return 2000 + (2000 * bytes) / (1024 * 1024);
}

/** At most this many chunks per input, so a 1-byte chunk size stays cheap on big inputs. */
const MAX_CHUNKS = 512;

function* chunksOf(bytes: Buffer, size: number, onChunk?: () => void): Generator<Buffer> {
  const step = Math.max(size, Math.ceil(bytes.length / MAX_CHUNKS), 1);
  for (let i = 0; i < bytes.length; i += step) {
    onChunk?.();
    yield bytes.subarray(i, i + step);
  }
}

/** Chunks as a file stream gives them: an async iterable (without a stream's own overhead). */
export function asAsync(chunks: Iterable<Buffer>): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]: () => {
      const iterator = chunks[Symbol.iterator]();
      return { next: () => Promise.resolve(iterator.next()) };
    },
  };
}

/** The collector's parse, format forced. Never throws: the outcome says what happened. */
export async function parseDirect(
  collector: Collector,
  bytes: Buffer,
  chunkSize: number,
  onChunk?: () => void,
): Promise<Outcome> {
  const start = performance.now();
  let kind: OutcomeKind;
  let detail: string | undefined;
  try {
    const result = await collector.parse({
      path: 'fuzz-input',
      chunks: asAsync(chunksOf(bytes, chunkSize, onChunk)),
      bytes: bytes.length,
    });
    const bad = nonFinitePath(result.data, '$', 0);
    if (!Array.isArray(result.diagnostics))
      [kind, detail] = ['crash', 'result without a diagnostics list'];
    else if (bad) [kind, detail] = ['non-finite', `${bad} is not a finite number`];
    else kind = 'ok';
  } catch (error) {
    if (error instanceof EvidenceParseError) {
      const { line, column } = error.position;
      kind =
        isPositive(line) && (column === undefined || isPositive(column))
          ? 'parse-error'
          : 'unpositioned';
      detail = error.message;
    } else {
      kind = 'crash';
      detail =
        error instanceof Error
          ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
          : messageOf(error);
    }
  }
  const ms = performance.now() - start;
  if (ms > timeBoundMs(bytes.length) && kind !== 'crash')
    [kind, detail] = ['too-slow', `${ms.toFixed(0)} ms for ${bytes.length} bytes`];
  return detail === undefined ? { kind, ms } : { kind, ms, detail };
}

function isPositive(value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 1;
}

/** The path of the first number in the result that is NaN or infinite ("never lie"). */
function nonFinitePath(value: unknown, at: string, depth: number): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : at;
  if (typeof value !== 'object' || value === null || depth > 64) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFinitePath(value[i], `${at}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, member] of Object.entries(value)) {
    const found = nonFinitePath(member, `${at}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Detection as readEvidenceFile does it, in memory: the head decoded and offered to every
 * format. Detection must never throw and must stay linear, whatever the head holds.
 */
export function detectDirect(bytes: Buffer): Outcome {
  const start = performance.now();
  let outcome: Outcome;
  try {
    const head = stripBom(new TextDecoder('utf-8').decode(bytes.subarray(0, DETECT_HEAD_BYTES)));
    outcome = { kind: detectFormat(head) ? 'ok' : 'unrecognised', ms: 0 };
  } catch (error) {
    outcome = { kind: 'crash', ms: 0, detail: `detection threw: ${messageOf(error)}` };
  }
  outcome.ms = performance.now() - start;
  if (
    outcome.ms > timeBoundMs(Math.min(bytes.length, DETECT_HEAD_BYTES)) &&
    outcome.kind !== 'crash'
  ) {
    return {
      kind: 'too-slow',
      ms: outcome.ms,
      detail: `detection took ${outcome.ms.toFixed(0)} ms`,
    };
  }
  return outcome;
}

/** Writes the input to `dir` and reads it the way the action does (detection by content). */
export async function readThroughEntryPoint(
  dir: string,
  name: string,
  bytes: Buffer,
): Promise<Outcome> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const start = performance.now();
  const record = await readEvidenceFile(file, { cwd: dir, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES });
  const ms = performance.now() - start;
  const shown = record.path;
  const message = record.error ?? '';
  let kind: OutcomeKind;
  let detail: string | undefined;
  if (record.status === 'ok') {
    const bad = nonFinitePath(record.data, '$', 0);
    if (bad)
      [kind, detail] = ['non-finite', `${record.format ?? '?'}: ${bad} is not a finite number`];
    else kind = 'ok';
  } else if (record.status === 'unrecognised') {
    kind = 'unrecognised';
  } else if (
    record.status !== 'unreadable' ||
    !message.startsWith(`${shown}:`) ||
    message.includes(': could not be read: ')
  ) {
    [kind, detail] = ['crash', `${record.status}: ${message}`];
  } else {
    kind = /^[^:]+:\d+(?::\d+)?: /.test(message) ? 'parse-error' : 'unpositioned';
    detail = message;
  }
  if (kind !== 'crash' && record.sha256 !== createHash('sha256').update(bytes).digest('hex')) {
    [kind, detail] = ['bad-hash', `sha256 ${record.sha256} does not cover the file's bytes`];
  }
  if (ms > timeBoundMs(bytes.length) && kind !== 'crash')
    [kind, detail] = ['too-slow', `${ms.toFixed(0)} ms for ${bytes.length} bytes`];
  return detail === undefined ? { kind, ms } : { kind, ms, detail };
}

/**
 * Records an outcome in the figures; returns whether it is a finding. Only the forced parse is
 * tallied in `outcomes` (the other paths add their findings and times).
 */
export function record(
  figures: ParserFigures,
  outcome: Outcome,
  input: string,
  tally: boolean,
): boolean {
  if (tally) figures.outcomes[outcome.kind]++;
  if (outcome.ms > figures.longestMs) {
    figures.longestMs = outcome.ms;
    figures.longestInput = input;
  }
  const finding = FINDING_KINDS.includes(outcome.kind);
  if (finding) figures.findings.push({ kind: outcome.kind, input, detail: outcome.detail ?? '' });
  return finding;
}

let collectGarbage: (() => void) | undefined;

/** A full GC between hostile inputs, so memory deltas measure the parser, not leftovers. */
export function fullGc(): void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
}

/**
 * One large hostile input through the forced parse, sampling memory as each 64 KiB chunk is
 * pulled, then through readEvidenceFile. Reports the slower time and the peak growth.
 */
export async function runHostile(
  collector: Collector,
  dir: string,
  name: string,
  bytes: Buffer,
): Promise<{ figure: HostileFigure; outcomes: Outcome[] }> {
  fullGc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    if (now.rss > peakRss) peakRss = now.rss;
    if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
  };
  const direct = await parseDirect(collector, bytes, 64 * 1024, sample);
  sample();
  fullGc();
  const entry = await readThroughEntryPoint(dir, `${collector.format}.hostile`, bytes);
  const worst = [direct, entry].find((o) => FINDING_KINDS.includes(o.kind)) ?? direct;
  const figure: HostileFigure = {
    name,
    bytes: bytes.length,
    outcome: worst.kind,
    ms: Math.max(direct.ms, entry.ms),
    rssDelta: peakRss - base.rss,
    heapDelta: peakHeap - base.heapUsed,
  };
  if (worst.detail !== undefined) figure.detail = worst.detail;
  return { figure, outcomes: [direct, entry] };
}
