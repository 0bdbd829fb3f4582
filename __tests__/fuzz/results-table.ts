/** The fuzz figures as Markdown: printed by the suite and written to results.md at CI scale. */
import type { ParserFigures } from './fuzz-harness.js';

export interface RunSettings {
  runs: number;
  huge: number;
  /** The fast-check seed of each shard that contributed. */
  seeds: number[];
  totalMs: number;
  cores: number;
  node: string;
}

const MIB = 1024 * 1024;

function mib(bytes: number): string {
  return (Math.max(0, bytes) / MIB).toFixed(1);
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function crashesOf(figures: ParserFigures): number {
  return figures.findings.filter((finding) => finding.kind === 'crash').length;
}

export function resultsMarkdown(all: readonly ParserFigures[], settings: RunSettings): string {
  const lines: string[] = [];
  const inputs = all.reduce((n, f) => n + f.inputs, 0);
  const findings = all.reduce((n, f) => n + f.findings.length, 0);
  const crashes = all.reduce((n, f) => n + crashesOf(f), 0);
  lines.push('# Fuzzing figures');
  lines.push('');
  lines.push(
    `Written by \`__tests__/fuzz/collectors-*.test.ts\` (CERTIFY_FUZZ_RUNS=${settings.runs}, oversized parts of ${mib(settings.huge)} MiB, ` +
      `seed${settings.seeds.length > 1 ? 's' : ''} ${settings.seeds.join(', ')}, Node ${settings.node}, ${settings.cores} cores). ${all.length} parsers, ${inputs.toLocaleString('en')} inputs in all, ` +
      `${crashes} crashes, ${findings} findings of any kind (crash, unpositioned error, non-finite number, wrong sha256, over the time bound); ` +
      `time spent fuzzing ${(settings.totalMs / 1000).toFixed(0)} s${settings.seeds.length > 1 ? ' (all shards added up)' : ''}.`,
  );
  lines.push('');
  lines.push(
    '"Longest" is the slowest single run of any input. The hostile columns are the large inputs each parser gets once ',
  );
  lines.push(
    '(multi-MiB attribute, name, line and unterminated string, 10,000-deep XML and JSON nesting, a record repeated to ',
  );
  lines.push(
    'several MiB, NUL and random bytes): the slowest of them, and the peak growth of RSS and of the JS heap over a ',
  );
  lines.push(
    'post-GC baseline, sampled each time the parser pulled a 64 KiB chunk. "detect" is the slowest `detect` call on',
  );
  lines.push(
    `${all[0]?.detectHeads ?? 0} pathological 64 KiB heads (a grammar character, record prefix or slice of a real file repeated).`,
  );
  lines.push('');
  lines.push(
    '| parser | seeds | inputs | of them via readEvidenceFile | results | parse errors | crashes | other findings | longest (ms) | detect on 64 KiB heads: slowest (ms) | hostile: slowest (ms) | hostile: peak RSS Δ (MiB) | hostile: peak heap Δ (MiB) |',
  );
  lines.push(
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const f of all) {
    const others = f.findings.length - crashesOf(f);
    const slowest = Math.max(0, ...f.hostile.map((h) => h.ms));
    const rss = Math.max(0, ...f.hostile.map((h) => h.rssDelta));
    const heap = Math.max(0, ...f.hostile.map((h) => h.heapDelta));
    lines.push(
      `| ${f.format} | ${f.seeds} | ${f.inputs.toLocaleString('en')} | ${f.entryRuns.toLocaleString('en')} | ${f.outcomes.ok} | ${f.outcomes['parse-error']} | ${crashesOf(f)} | ${others} | ${ms(f.longestMs)} | ${ms(f.slowestDetectMs)} | ${ms(slowest)} | ${mib(rss)} | ${mib(heap)} |`,
    );
  }
  lines.push('');
  lines.push(
    'Every input is parsed with its format forced ("results" and "parse errors" count those runs) and offered to detection; a share is also',
  );
  lines.push(
    'written to a file and read through `readEvidenceFile` (detection, parse, sha256). Findings of every path are counted.',
  );
  lines.push('');
  lines.push('## Hostile inputs: worst parser for each');
  lines.push('');
  lines.push(
    '| hostile input | bytes | slowest (ms) | parser | peak RSS Δ (MiB) | parser | outcomes |',
  );
  lines.push('| --- | ---: | ---: | --- | ---: | --- | --- |');
  const names = [...new Set(all.flatMap((f) => f.hostile.map((h) => h.name)))];
  for (const name of names) {
    const rows = all.flatMap((f) =>
      f.hostile.filter((h) => h.name === name).map((h) => ({ format: f.format, ...h })),
    );
    const slow = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
    const big = rows.reduce((a, b) => (b.rssDelta > a.rssDelta ? b : a));
    const outcomes = new Map<string, number>();
    for (const row of rows) outcomes.set(row.outcome, (outcomes.get(row.outcome) ?? 0) + 1);
    const counted = [...outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
    lines.push(
      `| ${name} | ${Math.max(...rows.map((r) => r.bytes)).toLocaleString('en')} | ${ms(slow.ms)} | ${slow.format} | ${mib(big.rssDelta)} | ${big.format} | ${counted} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
