import type { Collector } from '../collector.js';
import { asvTextCollector } from './asv-text.js';
import { benchmarkdotnetJsonCollector } from './benchmarkdotnet-json.js';
import { benchmarkjsTextCollector } from './benchmarkjs-text.js';
import { benchmarkluauTextCollector } from './benchmarkluau-text.js';
import { cargoBenchTextCollector } from './cargo-bench-text.js';
import { catch2TextCollector } from './catch2-text.js';
import { consoleTimeTextCollector } from './console-time-text.js';
import { criterionTextCollector } from './criterion-text.js';
import { customJsonCollector } from './custom-json.js';
import { goBenchTextCollector } from './go-bench-text.js';
import { googlebenchJsonCollector } from './googlebench-json.js';
import { hyperfineJsonCollector } from './hyperfine-json.js';
import { iaiTextCollector } from './iai-text.js';
import { jmhJsonCollector } from './jmh-json.js';
import { juliaJsonCollector } from './julia-json.js';
import { k6SummaryJsonCollector } from './k6-summary-json.js';
import { pytestBenchmarkJsonCollector } from './pytest-benchmark-json.js';
import { rubyBenchmarkTextCollector } from './ruby-benchmark-text.js';
import { vitestBenchJsonCollector } from './vitest-bench-json.js';

/** The benchmarks formats, most specific first (detection tries them in this order). */
export const benchmarksCollectors: readonly Collector[] = [
  // JSON, each keyed on fields only its producer writes.
  pytestBenchmarkJsonCollector,
  googlebenchJsonCollector,
  benchmarkdotnetJsonCollector,
  jmhJsonCollector,
  juliaJsonCollector,
  hyperfineJsonCollector,
  vitestBenchJsonCollector,
  k6SummaryJsonCollector,
  // Last of the JSON: any array of {name, unit, value}.
  customJsonCollector,
  // Text. Criterion before cargo: a Criterion log may also hold libtest `bench:` lines.
  criterionTextCollector,
  cargoBenchTextCollector,
  goBenchTextCollector,
  benchmarkjsTextCollector,
  catch2TextCollector,
  benchmarkluauTextCollector,
  asvTextCollector,
  rubyBenchmarkTextCollector,
  consoleTimeTextCollector,
  iaiTextCollector,
];
