import { describe, expect, it } from '@jest/globals';
import { k6SummaryJsonCollector as collector } from '../../../src/collect/benchmarks/k6-summary-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  seriesOf,
} from './bench-test-support.js';

describe('k6-summary-json', () => {
  it('reads --summary-export: trends in ms, rates, counters, thresholds', async () => {
    const result = await parseFixture(collector, 'summary-export.json');
    const duration = result.data.series.filter((s) => s.name === 'http_req_duration');
    expect(duration.map((s) => [s.measure, s.value, s.unit, s.biggerIsBetter])).toEqual([
      ['avg', 144.56, 'ms', false],
      ['min', 104.11, 'ms', false],
      ['p50', 110.47, 'ms', false],
      ['max', 1140, 'ms', false],
      ['p90', 203.54, 'ms', false],
      ['p95', 215.95, 'ms', false],
    ]);
    expect(duration[0]?.extra).toBe('threshold p(95)<200: failed');
    expect(seriesOf(result, 'http_req_duration{expected_response:true}', 'p95').value).toBe(215.95);
    expect(
      result.data.series
        .filter((s) => s.name === 'http_req_failed')
        .map((s) => [s.measure, s.value, s.unit, s.biggerIsBetter]),
    ).toEqual([
      ['rate', 0, 'ratio', false],
      ['passes', 0, '', false],
      ['fails', 180, '', true],
    ]);
    expect(seriesOf(result, 'checks', 'rate')).toMatchObject({
      value: 0.5,
      unit: 'ratio',
      biggerIsBetter: true,
    });
    expect(seriesOf(result, 'http_reqs', 'rate')).toMatchObject({
      value: 4.36938,
      unit: '/s',
      biggerIsBetter: true,
    });
    expect(seriesOf(result, 'data_received', 'count')).toMatchObject({ value: 1300000, unit: 'B' });
    expect(seriesOf(result, 'iterations', 'count').value).toBe(45);
    // vus and vus_max are the load the test applied, not results
    expect(result.data.series.some((s) => s.name.startsWith('vus'))).toBe(false);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "k6 threshold 'p(95)<200' on http_req_duration failed",
    ]);
    expect(detectedFormat(fixtureBytes('k6-summary-json', 'summary-export.json'))).toBe(
      'k6-summary-json',
    );
  });

  it('reads the handleSummary data object: contains gives units, p(99.9) is p999', async () => {
    const result = await parseFixture(collector, 'handle-summary.json');
    expect(seriesOf(result, 'http_req_duration', 'p999')).toMatchObject({
      value: 80.12,
      unit: 'ms',
    });
    expect(seriesOf(result, 'http_req_failed', 'rate')).toMatchObject({
      value: 0.0125,
      unit: 'ratio',
      extra: 'threshold rate<0.01: failed',
    });
    expect(seriesOf(result, 'data_received', 'rate')).toMatchObject({
      value: 81888.3,
      unit: 'B/s',
    });
    expect(seriesOf(result, 'payload_size', 'avg')).toMatchObject({ value: 512, unit: '' });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "k6 threshold 'rate<0.01' on http_req_failed failed",
    ]);
    expect(detectedFormat(fixtureBytes('k6-summary-json', 'handle-summary.json'))).toBe(
      'k6-summary-json',
    );
  });

  it('warns about a metric it cannot read and rejects a summary without metrics', async () => {
    const result = await parseBenchmarks(
      collector,
      '{"root_group": {}, "metrics": {"odd": 3, "iterations": {"count": 2, "rate": 1}}}',
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'metrics.odd: not a k6 metric summary; skipped',
    ]);
    const error = await parseBenchmarks(collector, '{"root_group": {}, "metrics": {}}').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EvidenceParseError);
  });
});
