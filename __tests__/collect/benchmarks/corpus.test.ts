/**
 * Acceptance: every benchmark file of the shared corpus, read as the action reads it (no format
 * hint), is detected as its format and gives the series its manifest entry records. Each
 * difference is named.
 *
 * Two peers made the expected figures:
 * - github-action-benchmark (`expected_by` benchmark-action/…): `{name, value, unit, range?,
 *   extra?}` exactly as its extractor returns them. Values and units compare as they are; `range`
 *   is text that maps to our spread (`±0.74%` → pct, `± 24` → stddev or value ∓ 24 as bounds,
 *   `stddev: x` → the stddev of the benchmark's `time` series); `extra` compares as text.
 * - bencher (`expected_by` bencherdev/…): latency in nanoseconds with `lower`/`upper` bounds;
 *   ours is converted to ns and the bounds are value ∓ spreadMargin (the model's ± figure).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CORPUS_DIR,
  CORPUS_FORMATS,
  collectCorpusFile,
  loadManifest,
  type ManifestEntry,
} from '../corpus/corpus-support.js';
import { benchmarksCollectors } from '../../../src/collect/benchmarks/index.js';
import { DETECT_HEAD_BYTES } from '../../../src/collect/collector.js';
import { spreadMargin, type BenchmarkSeries } from '../../../src/model/benchmarks.js';
import { convertUnit } from '../../../src/model/units.js';

const entries = loadManifest().filter((entry) => entry.kind === 'benchmarks');

/**
 * Series Certify reads beyond what the peer keeps, by format: measures the peer drops
 * (github-action-benchmark keeps one figure per benchmark; bencher only latency).
 */
const EXTRA_MEASURES: Record<string, string[]> = {
  'pytest-benchmark-json': ['time'], // the mean in seconds beside ops
  'googlebench-json': ['cpuTime'],
  'julia-json': ['memory', 'allocs'],
  'hyperfine-json': ['p50'],
  'vitest-bench-json': ['p50', 'p75', 'p99', 'p995', 'p999'],
  'asv-text': ['memory'], // mem_ benchmarks bencher skips
  'ruby-benchmark-text': ['cpuTime'], // the "total" column
};

/**
 * Where Certify deliberately differs from the peer, by file and series name: what Certify has
 * instead, checked as strictly as the peer figure would be.
 */
const DEVIATIONS: Record<string, Record<string, { reason: string; stddev: number }>> = {
  'github-action-benchmark__catch2_output_v2.txt': {
    'Fibonacci-15_bench': {
      reason:
        "github-action-benchmark shows the std dev figure as printed (362, in ns) beside the mean's unit (us); Certify converts it to the mean's unit",
      stddev: 0.362,
    },
  },
};

interface PeerEntry {
  name: string;
  value: number;
  unit: string;
  range?: string;
  extra?: string;
}

interface BencherEntry {
  name: string;
  value?: number;
  unit?: string;
  lower?: number;
  upper?: number;
  throughput?: { value: number; lower: number; upper: number; unit: string };
  [counter: string]: unknown;
}

const IAI_COUNTERS: Record<string, string> = {
  instructions: 'instructions',
  l1_accesses: 'l1Accesses',
  l2_accesses: 'l2Accesses',
  ram_accesses: 'ramAccesses',
  estimated_cycles: 'estimatedCycles',
};

function close(actual: number | undefined, expected: number): boolean {
  return (
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
  );
}

/** github-action-benchmark's "X - unit" entries are X's series in that unit. */
function findPeerSeries(
  series: readonly BenchmarkSeries[],
  item: PeerEntry,
): BenchmarkSeries | undefined {
  const direct = series.find((s) => s.name === item.name && s.unit === item.unit);
  if (direct) return direct;
  const split = / - (\S+)$/.exec(item.name);
  if (split?.[1] !== item.unit) return undefined;
  const name = item.name.slice(0, split.index);
  return series.find((s) => s.name === name && s.unit === item.unit);
}

function rangeProblem(
  range: string,
  ours: BenchmarkSeries,
  all: readonly BenchmarkSeries[],
): string | undefined {
  const stddev = /^stddev: (\S+)$/.exec(range);
  if (stddev) {
    const time = all.find((s) => s.name === ours.name && s.measure === 'time');
    return close(time?.spread?.stddev, Number(stddev[1]))
      ? undefined
      : `stddev ${time?.spread?.stddev} ≠ ${stddev[1]}`;
  }
  const percent = /^±?\s*(\S+)%$/.exec(range);
  if (percent)
    return close(ours.spread?.pct, Number(percent[1]))
      ? undefined
      : `pct ${ours.spread?.pct} ≠ ${percent[1]}`;
  const plain = /^(?:±\s*)?(\S+)$/.exec(range);
  if (plain) {
    const margin = Number(plain[1]);
    const bounds = ours.spread?.lower !== undefined && ours.spread.upper !== undefined;
    const asBounds =
      bounds &&
      close(ours.value - (ours.spread?.lower ?? NaN), margin) &&
      close((ours.spread?.upper ?? NaN) - ours.value, margin);
    return close(ours.spread?.stddev, margin) || asBounds
      ? undefined
      : `spread ${JSON.stringify(ours.spread)} ≠ ± ${margin}`;
  }
  return `range '${range}' not understood by this test`;
}

function peerProblems(
  entry: ManifestEntry,
  series: readonly BenchmarkSeries[],
  matched: Set<BenchmarkSeries>,
): string[] {
  const problems: string[] = [];
  const deviations = DEVIATIONS[path.basename(entry.path)] ?? {};
  for (const item of entry.expected as PeerEntry[]) {
    const label = `${item.name} [${item.unit.replace(/\s+/g, ' ')}]`;
    if (/\s/.test(item.unit)) {
      // The peer's legacy combined entry for a go line with several metrics ("ns/op\t 3 aux"):
      // Certify has one series per metric; the first is this entry's value.
      const first = item.unit.split(/\s+/)[0] ?? '';
      const ours = series.find((s) => s.name === item.name && s.unit === first);
      if (ours?.value !== item.value)
        problems.push(`${label}: no ${first} series with value ${item.value}`);
      continue;
    }
    const ours = findPeerSeries(series, item);
    if (!ours) {
      problems.push(`${label}: missing`);
      continue;
    }
    matched.add(ours);
    if (ours.value !== item.value) problems.push(`${label}: value ${ours.value} ≠ ${item.value}`);
    if (item.extra !== undefined && ours.extra !== item.extra) {
      problems.push(
        `${label}: extra ${JSON.stringify(ours.extra)} ≠ ${JSON.stringify(item.extra)}`,
      );
    }
    const deviation = deviations[item.name];
    if (deviation) {
      if (!close(ours.spread?.stddev, deviation.stddev))
        problems.push(
          `${label}: stddev ${ours.spread?.stddev} ≠ ${deviation.stddev} (${deviation.reason})`,
        );
    } else if (item.range !== undefined) {
      const problem = rangeProblem(item.range, ours, series);
      if (problem) problems.push(`${label}: ${problem}`);
    }
  }
  return problems;
}

function inNs(value: number | undefined, unit: string): number | undefined {
  return value === undefined ? undefined : convertUnit(value, unit, 'ns');
}

function bencherProblems(
  entry: ManifestEntry,
  series: readonly BenchmarkSeries[],
  matched: Set<BenchmarkSeries>,
): string[] {
  const problems: string[] = [];
  for (const item of entry.expected as BencherEntry[]) {
    const counters = Object.keys(IAI_COUNTERS).filter((key) => key in item);
    for (const key of counters) {
      const ours = series.find((s) => s.name === item.name && s.measure === IAI_COUNTERS[key]);
      if (ours) matched.add(ours);
      if (ours?.value !== item[key])
        problems.push(`${item.name} ${key}: ${ours?.value} ≠ ${String(item[key])}`);
    }
    if (counters.length > 0 || item.value === undefined) continue;
    const ours = series.find((s) => s.name === item.name && s.measure === 'time');
    if (!ours) {
      problems.push(`${item.name}: no time series`);
      continue;
    }
    matched.add(ours);
    const value = inNs(ours.value, ours.unit);
    if (!close(value, item.value)) problems.push(`${item.name}: ${value} ns ≠ ${item.value} ns`);
    const margin = inNs(spreadMargin(ours), ours.unit);
    if (
      item.lower !== undefined &&
      (value === undefined || margin === undefined || !close(value - margin, item.lower))
    ) {
      problems.push(
        `${item.name}: lower ${value !== undefined && margin !== undefined ? value - margin : 'none'} ≠ ${item.lower}`,
      );
    }
    if (
      item.upper !== undefined &&
      (value === undefined || margin === undefined || !close(value + margin, item.upper))
    ) {
      problems.push(
        `${item.name}: upper ${value !== undefined && margin !== undefined ? value + margin : 'none'} ≠ ${item.upper}`,
      );
    }
    if (item.throughput) {
      const rate = series.find((s) => s.name === item.name && s.measure === 'opsPerSec');
      if (rate) matched.add(rate);
      const perSecond = rate ? convertUnit(rate.value, rate.unit, item.throughput.unit) : undefined;
      const rateMargin = rate ? spreadMargin(rate) : undefined;
      if (!close(perSecond, item.throughput.value))
        problems.push(`${item.name}: throughput ${perSecond} ≠ ${item.throughput.value}`);
      if (
        perSecond === undefined ||
        rateMargin === undefined ||
        !close(perSecond - rateMargin, item.throughput.lower) ||
        !close(perSecond + rateMargin, item.throughput.upper)
      ) {
        problems.push(
          `${item.name}: throughput bounds ± ${rateMargin} ≠ ${item.throughput.lower}..${item.throughput.upper}`,
        );
      }
    }
  }
  return problems;
}

describe('benchmark corpus', () => {
  it('has the 27 benchmark files of the manifest, each format mapped', () => {
    expect(entries).toHaveLength(27);
    expect(
      entries
        .filter((entry) => CORPUS_FORMATS[entry.format] === undefined)
        .map((entry) => entry.format),
    ).toEqual([]);
  });

  it.each(entries.map((entry) => [path.basename(entry.path), entry] as const))(
    '%s: detected without hints, series equal the manifest',
    async (_name, entry) => {
      const file = await collectCorpusFile(entry);
      expect({ status: file.status, error: file.error, format: file.format }).toEqual({
        status: 'ok',
        error: undefined,
        format: CORPUS_FORMATS[entry.format],
      });
      const series = file.data?.kind === 'benchmarks' ? file.data.series : [];
      const matched = new Set<BenchmarkSeries>();
      const problems = entry.expected_by.startsWith('bencherdev/')
        ? bencherProblems(entry, series, matched)
        : peerProblems(entry, series, matched);
      const allowed = EXTRA_MEASURES[file.format ?? ''] ?? [];
      for (const ours of series) {
        if (!matched.has(ours) && !allowed.includes(ours.measure)) {
          problems.push(
            `unexpected series ${ours.name} ${ours.measure} = ${ours.value} ${ours.unit}`,
          );
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('takes no test, coverage or security file of the corpus for a benchmark format', () => {
    const taken: string[] = [];
    for (const entry of loadManifest().filter((other) => other.kind !== 'benchmarks')) {
      const bytes = readFileSync(path.join(CORPUS_DIR, entry.path)).subarray(0, DETECT_HEAD_BYTES);
      const head = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
      for (const collector of benchmarksCollectors) {
        if (collector.detect(head)) taken.push(`${entry.path} as ${collector.format}`);
      }
    }
    expect(taken).toEqual([]);
  });

  it('says when custom JSON leaves the direction to the unit', async () => {
    const [bigger] = entries.filter((entry) => entry.format === 'customBiggerIsBetter');
    if (!bigger) throw new Error('corpus has no customBiggerIsBetter file');
    const file = await collectCorpusFile(bigger);
    const series = file.data?.kind === 'benchmarks' ? file.data.series : [];
    // req/s is per second: bigger is better. "Free Memory" in Megabytes cannot be told from
    // "Memory Used" by its unit: smaller is assumed, and a notice asks for "biggerIsBetter".
    expect(series.map((s) => [s.unit, s.biggerIsBetter])).toEqual([
      ['req/s', true],
      ['Megabytes', false],
    ]);
    expect(file.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('biggerIsBetter'),
    );
  });
});
