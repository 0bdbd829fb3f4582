import { z } from 'zod';
import type { Collector } from '../collector.js';
import type { BenchmarkEvidence } from '../../model/benchmarks.js';
import { hasJsonKey, opensWith } from '../read/json-head.js';
import { readValidDocument } from './json-input.js';
import { SeriesCollector } from './series.js';

/**
 * k6 end-of-test summary as JSON: `k6 run --summary-export=summary.json` (metric figures flat
 * under each metric, rates as `value`) and the `handleSummary(data)` object written with
 * `JSON.stringify` (figures under `values`, with `type` and `contains`).
 *
 * Each metric is a series name; each figure a measure:
 * - trends (`http_req_duration`, …): `avg`, `min`, `max`, `p50` (med), `p90`, `p95`, `p99`,
 *   `p999` (p(99.9)), `count` — smaller is better. Time trends are in ms (k6 keeps time in ms);
 *   the legacy export does not say which custom trends hold times, so those have no unit.
 * - rates (`http_req_failed`, `checks`): `rate` (fraction 0..1, unit `ratio`), `passes`,
 *   `fails`. A rate whose name says fail/error is better smaller; other rates (checks) bigger.
 * - counters (`http_reqs`, `iterations`, `data_received`): `count` and `rate` (per second).
 * - gauges: `value`, `min`, `max`; `vus` and `vus_max` are load settings, not results, and skipped.
 * Thresholds go to `extra`; a failed one is also a warning.
 */
export const k6SummaryJsonCollector: Collector<BenchmarkEvidence> = {
  format: 'k6-summary-json',
  kind: 'benchmarks',
  producers: 'k6 (--summary-export, handleSummary JSON)',
  detect: (head) =>
    opensWith(head, '{') && hasJsonKey(head, 'metrics') && hasJsonKey(head, 'root_group'),
  parse: async (input) => {
    const document = await readValidDocument(input, DOCUMENT, 'k6 summary JSON');
    const out = new SeriesCollector();
    for (const [name, raw] of Object.entries(document.metrics)) {
      const metric = normalize(name, raw);
      if (!metric) {
        out.warn(`metrics.${name}: not a k6 metric summary; skipped`);
        continue;
      }
      if (metric.type === 'gauge' && (baseName(name) === 'vus' || baseName(name) === 'vus_max'))
        continue;
      emitMetric(name, metric, out);
    }
    return out.result('no metrics in the k6 summary', { line: 1 });
  },
};

const DOCUMENT = z.object({ root_group: z.unknown(), metrics: z.record(z.string(), z.unknown()) });

const FIGURES = z.record(z.string(), z.unknown());

/** handleSummary JSON: `{type, contains, values, thresholds: {expr: {ok}}}`. */
const CURRENT = z.object({
  type: z.enum(['trend', 'rate', 'counter', 'gauge']),
  contains: z.string().optional(),
  values: FIGURES,
  thresholds: z.record(z.string(), z.object({ ok: z.boolean() })).optional(),
});

type MetricType = z.infer<typeof CURRENT>['type'];

interface Metric {
  type: MetricType;
  unit: string;
  figures: Map<string, number>;
  /** Threshold expression → passed. */
  thresholds: [string, boolean][];
}

/** Built-in k6 trends that hold times (ms); the legacy export drops `contains`. */
const TIME_TRENDS = new Set([
  'http_req_duration',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'iteration_duration',
  'group_duration',
  'ws_connecting',
  'ws_session_duration',
  'ws_ping',
  'grpc_req_duration',
  'browser_http_req_duration',
  'browser_web_vital_fcp',
  'browser_web_vital_lcp',
  'browser_web_vital_inp',
  'browser_web_vital_ttfb',
  'browser_web_vital_fid',
]);

const DATA_COUNTERS = new Set(['data_received', 'data_sent']);

/** `http_req_duration{expected_response:true}` → `http_req_duration`. */
function baseName(name: string): string {
  const brace = name.indexOf('{');
  return brace === -1 ? name : name.slice(0, brace);
}

function numbers(figures: Record<string, unknown>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, value] of Object.entries(figures))
    if (typeof value === 'number') map.set(key, value);
  return map;
}

function normalize(name: string, raw: unknown): Metric | undefined {
  const current = CURRENT.safeParse(raw);
  if (current.success) {
    const { type, contains, values, thresholds } = current.data;
    const unit = contains === 'time' ? 'ms' : contains === 'data' ? 'B' : '';
    return {
      type,
      unit,
      figures: numbers(values),
      thresholds: Object.entries(thresholds ?? {}).map(([expression, state]) => [
        expression,
        state.ok,
      ]),
    };
  }
  const legacy = FIGURES.safeParse(raw);
  if (!legacy.success) return undefined;
  const figures = numbers(legacy.data);
  const thresholds = z.record(z.string(), z.boolean()).safeParse(legacy.data['thresholds']);
  // --summary-export writes `true` for a threshold that failed.
  const passed: [string, boolean][] = thresholds.success
    ? Object.entries(thresholds.data).map(([expression, failed]) => [expression, !failed])
    : [];
  const type = legacyType(figures);
  if (!type) return undefined;
  const base = baseName(name);
  const unit =
    type === 'trend' && TIME_TRENDS.has(base) ? 'ms' : DATA_COUNTERS.has(base) ? 'B' : '';
  return { type, unit, figures, thresholds: passed };
}

function legacyType(figures: Map<string, number>): MetricType | undefined {
  if (figures.has('passes') && figures.has('fails')) return 'rate';
  if (figures.has('count') && figures.has('rate') && !figures.has('avg')) return 'counter';
  if (
    figures.has('avg') ||
    figures.has('med') ||
    [...figures.keys()].some((key) => key.startsWith('p('))
  )
    return 'trend';
  if (figures.has('value')) return 'gauge';
  return undefined;
}

/** `med` → p50, `p(95)` → p95, `p(99.9)` → p999. */
function trendMeasure(stat: string): string | undefined {
  if (stat === 'med') return 'p50';
  if (stat === 'avg' || stat === 'min' || stat === 'max' || stat === 'count') return stat;
  const percentile = /^p\((\d+(?:\.\d+)?)\)$/.exec(stat);
  return percentile?.[1] ? `p${percentile[1].replace('.', '')}` : undefined;
}

function emitMetric(name: string, metric: Metric, out: SeriesCollector): void {
  const extra = metric.thresholds
    .map(([expression, passed]) => `threshold ${expression}: ${passed ? 'passed' : 'failed'}`)
    .join('\n');
  for (const [expression, passed] of metric.thresholds) {
    if (!passed) out.warn(`k6 threshold '${expression}' on ${name} failed`);
  }
  const badWhenHigh = /fail|error/i.test(name);
  const add = (
    measure: string,
    value: number | undefined,
    unit: string,
    biggerIsBetter: boolean,
  ) => {
    if (value !== undefined) out.add({ name, measure, value, unit, biggerIsBetter, extra });
  };
  const { figures } = metric;
  switch (metric.type) {
    case 'trend': {
      const seen = new Set<string>();
      for (const [stat, value] of figures) {
        const measure = trendMeasure(stat);
        if (!measure || seen.has(measure)) continue;
        seen.add(measure);
        add(measure, value, measure === 'count' ? '' : metric.unit, measure === 'count');
      }
      break;
    }
    case 'rate':
      add('rate', figures.get('rate') ?? figures.get('value'), 'ratio', !badWhenHigh);
      add('passes', figures.get('passes'), '', !badWhenHigh);
      add('fails', figures.get('fails'), '', badWhenHigh);
      break;
    case 'counter':
      add('count', figures.get('count'), metric.unit, !badWhenHigh);
      add('rate', figures.get('rate'), `${metric.unit}/s`, !badWhenHigh);
      break;
    case 'gauge':
      add('value', figures.get('value'), metric.unit, false);
      add('min', figures.get('min'), metric.unit, false);
      add('max', figures.get('max'), metric.unit, false);
      break;
  }
}
