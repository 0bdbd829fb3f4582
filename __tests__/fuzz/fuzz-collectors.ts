/**
 * Property test over every collector in the registry: random bytes, random text, and hostile
 * edits of real files (the shared corpus and each format's fixtures, its own and other formats').
 * Each input goes through the collector's parse (format forced) and through readEvidenceFile
 * (detection, parse, hashing). Every input must give a result or a typed EvidenceParseError with
 * a position, in bounded time, with finite numbers and a sha256 of the whole file. Then the large
 * hostile inputs (multi-MiB attributes and lines, 10,000-deep nesting, …) run once per parser
 * with their time and peak memory recorded.
 *
 * The registry is split into shards (collectors-<i>.test.ts), one test file each, so jest's
 * workers run them side by side. Scale and replay: see fuzz-settings.ts (10,000 inputs per parser
 * when CI=true). At CI scale each shard writes its figures to results/shard-<i>.json and
 * results.md is composed from the shards' files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { Collector } from '../../src/collect/collector.js';
import { COLLECTORS } from '../../src/collect/registry.js';
import {
  FINDING_KINDS,
  emptyFigures,
  detectDirect,
  parseDirect,
  readThroughEntryPoint,
  record,
  runHostile,
  type Finding,
  type ParserFigures,
} from './fuzz-harness.js';
import { detectionHeads, slowestDetect, type DetectionHead } from './detection-heads.js';
import { hostileInputs } from './hostile-inputs.js';
import { applyMutations, mutationArbitrary, type Mutation } from './mutations.js';
import { loadSeeds, type Seed } from './fuzz-seeds.js';
import { ci, fuzzSeed, huge, runs, traceFile, writeResults } from './fuzz-settings.js';
import { writeShardResults } from './results-files.js';
import { resultsMarkdown } from './results-table.js';

/**
 * Every input is parsed with its format forced and run through detection; one in this many is
 * also written to a file and read through readEvidenceFile (a file read costs more than most
 * parses: the real entry point runs on a share that still reaches thousands per parser in CI).
 */
const ENTRY_EVERY = Number(process.env['CERTIFY_FUZZ_ENTRY_EVERY'] ?? 16);
/**
 * Peak memory growth allowed for one hostile input of a few MiB. Streaming parsers stay near
 * nothing; formats read whole (benchmark JSON) take tens of times the file; an explosion (a
 * parser keeping per-byte state) goes far past this.
 */
const HOSTILE_RSS_BOUND = 512 * 1024 * 1024;

/** A `detect` over a 64 KiB head must stay far below this (a linear scan takes a few ms). */
const DETECT_BOUND_MS = 1000;
/** Detection heads made of a repeated slice of a real file, besides the fixed ones. */
const DETECT_RANDOM_HEADS = Number(process.env['CERTIFY_FUZZ_DETECT_HEADS'] ?? (ci ? 400 : 40));

/** Seeds above this size are used by a small share of inputs only, to keep each input cheap. */
const SMALL_SEED_BYTES = 64 * 1024;
/** The largest seed up to this size is the base of the hostile inputs. */
const HOSTILE_BASE_BYTES = 16 * 1024;

type FuzzCase =
  | { from: 'random-bytes'; bytes: Uint8Array; chunk: number }
  | { from: 'random-text'; text: string; chunk: number }
  | {
      from: 'seed' | 'big-seed' | 'other-format';
      seed: number;
      mutations: Mutation[];
      chunk: number;
    }
  | {
      from: 'repeated-slice';
      seed: number;
      at: number;
      length: number;
      size: number;
      chunk: number;
    };

const chunkSize = fc.oneof(
  { weight: 12, arbitrary: fc.constant(64 * 1024) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 16 }) },
  { weight: 4, arbitrary: fc.integer({ min: 17, max: 8192 }) },
);
const mutations = fc.array(mutationArbitrary, { minLength: 0, maxLength: 4 });

// Weights out of 100: mostly edits of the format's own small files; 1 in 100 uses any of its
// files whole, however big (the corpus has files of 600 KB).
const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      from: fc.constant('random-bytes' as const),
      bytes: fc.uint8Array({ maxLength: 512 }),
      chunk: chunkSize,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      from: fc.constant('random-text' as const),
      text: fc.string({ unit: 'binary', maxLength: 256 }),
      chunk: chunkSize,
    }),
  },
  {
    weight: 77,
    arbitrary: fc.record({
      from: fc.constant('seed' as const),
      seed: fc.nat(),
      mutations,
      chunk: chunkSize,
    }),
  },
  {
    // A piece of a real file repeated to 64 KiB, inside that file: the input regular expressions
    // backtrack on (catastrophic patterns show up as a time far over the bound).
    weight: 3,
    arbitrary: fc.record({
      from: fc.constant('repeated-slice' as const),
      seed: fc.nat(),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 48 }),
      size: fc.integer({ min: 1024, max: 64 * 1024 }),
      chunk: chunkSize,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      from: fc.constant('big-seed' as const),
      seed: fc.nat(),
      mutations,
      chunk: chunkSize,
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      from: fc.constant('other-format' as const),
      seed: fc.nat(),
      mutations,
      chunk: chunkSize,
    }),
  },
);

const seedsByFormat = loadSeeds();
const allSeeds = [...seedsByFormat.values()]
  .flat()
  .filter((seed) => seed.bytes.length <= SMALL_SEED_BYTES);
const figures: ParserFigures[] = [];
let heads: DetectionHead[] = [];
let workDir: string;
let findingsDir: string;
const started = performance.now();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

function materialize(
  input: FuzzCase,
  own: readonly Seed[],
  ownSmall: readonly Seed[],
): { bytes: Buffer; recipe: string } {
  switch (input.from) {
    case 'random-bytes':
      return {
        bytes: Buffer.from(input.bytes),
        recipe: `random bytes ${Buffer.from(input.bytes).toString('base64')}`,
      };
    case 'random-text':
      return {
        bytes: Buffer.from(input.text, 'utf8'),
        recipe: `random text ${JSON.stringify(input.text)}`,
      };
    case 'repeated-slice': {
      const seed = ownSmall[input.seed % ownSmall.length] ?? own[0];
      if (!seed || seed.bytes.length === 0)
        return { bytes: Buffer.alloc(0), recipe: 'empty (no seed)' };
      const at = input.at % seed.bytes.length;
      const slice = seed.bytes.subarray(at, at + input.length);
      const repeated = Buffer.alloc(input.size, slice);
      return {
        bytes: Buffer.concat([seed.bytes.subarray(0, at), repeated, seed.bytes.subarray(at)]),
        recipe: `${seed.name}: bytes ${at}..${at + slice.length} (${JSON.stringify(slice.toString('latin1'))}) repeated to ${input.size} bytes at ${at}`,
      };
    }
    default: {
      const pool =
        input.from === 'other-format'
          ? allSeeds
          : input.from === 'big-seed' || ownSmall.length === 0
            ? own
            : ownSmall;
      const seed = pool[input.seed % pool.length];
      if (!seed) return { bytes: Buffer.alloc(0), recipe: 'empty (no seed)' };
      const steps = input.mutations.map((m) =>
        JSON.stringify(m, (_k, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v,
        ),
      );
      return {
        bytes: applyMutations(seed.bytes, input.mutations),
        recipe: `${seed.name} ${steps.join(' ')}`.trim(),
      };
    }
  }
}

/** The collectors of shard `shard` (1-based) of `of`: every `of`-th one, so kinds mix evenly. */
export function shardOf(shard: number, of: number): Collector[] {
  return COLLECTORS.filter((_collector, index) => index % of === shard - 1);
}

/** Registers the fuzz tests for one shard of the registry. */
export function fuzzShard(shard: number, of: number): void {
  const shardCollectors = shardOf(shard, of);
  beforeAll(() => {
    // memory-backed where there is one: thousands of small writes and reads
    workDir = mkdtempSync(
      path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'certify-fuzz-'),
    );
    findingsDir = path.join(workDir, 'findings');
    mkdirSync(findingsDir);
    heads = detectionHeads([...seedsByFormat.values()].flat(), DETECT_RANDOM_HEADS);
    process.on('unhandledRejection', onUnhandled);
    process.stdout.write(
      `fuzz: ${runs} inputs per parser, ${COLLECTORS.length} parsers, oversized parts of ${huge} bytes, seed ${fuzzSeed} (replay: CERTIFY_FUZZ_SEED=${fuzzSeed})\n`,
    );
  });

  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    const totalMs = performance.now() - started;
    const settings = {
      runs,
      huge,
      seeds: [fuzzSeed],
      totalMs,
      cores: availableParallelism(),
      node: process.version,
    };
    const table = resultsMarkdown(figures, settings);
    process.stdout.write(`\n${table}\n`);
    if (writeResults && figures.length === shardCollectors.length)
      writeShardResults(shard, of, figures, settings);
    const hasFindings = figures.some((f) => f.findings.length > 0);
    if (!hasFindings) rmSync(workDir, { recursive: true, force: true });
  });

  describe.each(shardCollectors.map((collector) => [collector.format, collector] as const))(
    'fuzz %s',
    (format, collector) => {
      const own = [...(seedsByFormat.get(format) ?? [])].sort(
        (a, b) => a.bytes.length - b.bytes.length,
      );
      const ownSmall = own.filter((seed) => seed.bytes.length <= SMALL_SEED_BYTES);

      it(
        `${format}: every input gives a result or a positioned parse error, in bounded time and memory`,
        async () => {
          expect(own.length).toBeGreaterThan(0); // every format has real files to mutate
          const figure = emptyFigures(format, own.length);
          figures.push(figure);
          const start = performance.now();
          let saved = 0;
          const save = (bytes: Buffer, finding: Finding | undefined) => {
            if (!finding || saved >= 20) return;
            finding.savedTo = path.join(findingsDir, `${format}-${++saved}.bin`);
            writeFileSync(finding.savedTo, bytes);
          };
          await fc.assert(
            fc.asyncProperty(fuzzCase, async (input) => {
              const { bytes, recipe } = materialize(input, own, ownSmall);
              figure.inputs++;
              if (traceFile) writeFileSync(traceFile, bytes);
              const direct = await parseDirect(collector, bytes, input.chunk);
              if (record(figure, direct, `parse, chunks of ${input.chunk}: ${recipe}`, true))
                save(bytes, figure.findings.at(-1));
              const detection = detectDirect(bytes);
              if (record(figure, detection, `detection: ${recipe}`, false))
                save(bytes, figure.findings.at(-1));
              if (figure.inputs % ENTRY_EVERY !== 0) return;
              figure.entryRuns++;
              const entry = await readThroughEntryPoint(workDir, `${format}.in`, bytes);
              if (record(figure, entry, `readEvidenceFile: ${recipe}`, false))
                save(bytes, figure.findings.at(-1));
            }),
            { numRuns: runs, seed: fuzzSeed, endOnFailure: true },
          );
          // The hostile inputs are built from a real file with records in it, not an empty one.
          const base =
            ownSmall.filter((seed) => seed.bytes.length <= HOSTILE_BASE_BYTES).at(-1) ?? own[0];
          if (base && huge > 0) {
            for (const hostile of hostileInputs(base.bytes, huge)) {
              const { figure: hostileFigure, outcomes } = await runHostile(
                collector,
                workDir,
                hostile.name,
                hostile.bytes,
              );
              figure.hostile.push(hostileFigure);
              if (hostileFigure.rssDelta > HOSTILE_RSS_BOUND) {
                figure.findings.push({
                  kind: 'too-much-memory',
                  input: `hostile: ${hostile.name} (from ${base.name})`,
                  detail: `RSS grew ${(hostileFigure.rssDelta / 2 ** 20).toFixed(0)} MiB for ${hostile.bytes.length} bytes`,
                });
              }
              for (const outcome of outcomes) {
                if (record(figure, outcome, `hostile: ${hostile.name} (from ${base.name})`, false))
                  save(hostile.bytes, figure.findings.at(-1));
              }
            }
          }
          const detection = slowestDetect((head) => collector.detect(head), heads);
          figure.detectHeads = heads.length;
          figure.slowestDetectMs = detection.ms;
          if (detection.threw !== undefined || detection.ms > DETECT_BOUND_MS) {
            figure.findings.push({
              kind: detection.threw === undefined ? 'too-slow' : 'crash',
              input: `detect() on a 64 KiB head: ${detection.name}`,
              detail: detection.threw ?? `${detection.ms.toFixed(0)} ms`,
            });
          }
          figure.totalMs = performance.now() - start;
          process.stdout.write(
            `fuzz ${format}: ${figure.inputs} inputs (${figure.entryRuns} through readEvidenceFile), ${figure.hostile.length} hostile, ` +
              `${figure.findings.length} findings, ${(figure.totalMs / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB\n`,
          );
          expect(unhandled).toEqual([]);
          expect(summarize(figure.findings)).toEqual([]);
        },
        60 * 60 * 1000,
      );
    },
  );
}

/** The first findings of each kind, readable in a failure message. */
function summarize(findings: readonly Finding[]): string[] {
  return FINDING_KINDS.flatMap((kind) => {
    const of = findings.filter((f) => f.kind === kind);
    const shown = of
      .slice(0, 3)
      .map(
        (f) =>
          `${kind}: ${f.detail.split('\n').slice(0, 4).join(' | ')}\n    input: ${f.input.slice(0, 400)}${f.savedTo ? `\n    saved: ${f.savedTo}` : ''}`,
      );
    return of.length > 3 ? [...shown, `… ${of.length - 3} more ${kind}`] : shown;
  });
}
