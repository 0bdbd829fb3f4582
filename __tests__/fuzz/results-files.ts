/**
 * The fuzz figures on disk. Each shard writes its own figures as JSON (results/shard-<i>.json);
 * whichever shard finishes last finds all of them and composes results.md in registry order,
 * so the committed table covers every parser without the shards waiting for each other.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTORS } from '../../src/collect/registry.js';
import type { ParserFigures } from './fuzz-harness.js';
import { fuzzDir } from './fuzz-settings.js';
import { resultsMarkdown, type RunSettings } from './results-table.js';

interface ShardFile {
  shard: number;
  of: number;
  settings: RunSettings;
  /** Findings keep only their kind: the table counts them (and a run with any fails anyway). */
  figures: ParserFigures[];
}

const resultsDir = path.join(fuzzDir, 'results');

export function writeShardResults(
  shard: number,
  of: number,
  figures: readonly ParserFigures[],
  settings: RunSettings,
): void {
  mkdirSync(resultsDir, { recursive: true });
  const file: ShardFile = {
    shard,
    of,
    settings,
    figures: figures.map((figure) => ({
      ...figure,
      findings: figure.findings.map((finding) => ({ kind: finding.kind, input: '', detail: '' })),
    })),
  };
  writeAtomically(
    path.join(resultsDir, `shard-${shard}.json`),
    `${JSON.stringify(file, null, 1)}\n`,
  );
  const shards = readShards(of);
  if (shards) writeAtomically(path.join(fuzzDir, 'results.md'), composeResults(shards));
}

/** Every shard's file of a run split `of` ways, or undefined while one is missing. */
function readShards(of: number): ShardFile[] | undefined {
  const shards: ShardFile[] = [];
  for (let shard = 1; shard <= of; shard++) {
    const file = path.join(resultsDir, `shard-${shard}.json`);
    if (!existsSync(file)) return undefined;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as ShardFile;
    if (parsed.of !== of) return undefined;
    shards.push(parsed);
  }
  return shards;
}

function composeResults(shards: readonly ShardFile[]): string {
  const order = new Map(COLLECTORS.map((collector, index) => [collector.format, index]));
  const figures = shards
    .flatMap((shard) => shard.figures)
    .sort((a, b) => (order.get(a.format) ?? 0) - (order.get(b.format) ?? 0));
  const first = shards[0]?.settings;
  return resultsMarkdown(figures, {
    runs: Math.min(...shards.map((shard) => shard.settings.runs)),
    huge: Math.min(...shards.map((shard) => shard.settings.huge)),
    seeds: shards.flatMap((shard) => shard.settings.seeds),
    totalMs: shards.reduce((sum, shard) => sum + shard.settings.totalMs, 0),
    cores: first?.cores ?? 0,
    node: first?.node ?? process.version,
  });
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
