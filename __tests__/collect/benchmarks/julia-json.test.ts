import { describe, expect, it } from '@jest/globals';
import { juliaJsonCollector as collector } from '../../../src/collect/benchmarks/julia-json.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  table,
} from './bench-test-support.js';

describe('julia-json', () => {
  it('walks nested groups into time, memory and allocs series', async () => {
    const result = await parseFixture(collector, 'nested-groups.json');
    expect(table(result)).toEqual([
      ['parse/json/small', 'time', 1834.5, 'ns'],
      ['parse/json/small', 'memory', 1040, 'B'],
      ['parse/json/small', 'allocs', 12, 'allocs'],
      ['alloc', 'time', 2500000, 'ns'],
      ['alloc', 'memory', 8388672, 'B'],
      ['alloc', 'allocs', 1, 'allocs'],
    ]);
    expect(result.data.series[3]?.extra).toBe(
      'gctime=120000\nmemory=8388672\nallocs=1\nparams={"gctrial":true,"samples":10000,"evals":1,"seconds":5}',
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'parse/raw: a raw Trial; save an estimate (minimum, median or mean of the results) to have a figure',
    ]);
    expect(detectedFormat(fixtureBytes('julia-json', 'nested-groups.json'))).toBe('julia-json');
  });

  it('rejects a file that is not a BenchmarkTools pair', async () => {
    const error = await parseBenchmarks(collector, '[{"Julia": "1.10"}]').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvidenceParseError);
    expect((error as EvidenceParseError).reason).toMatch(/^not BenchmarkTools\.jl JSON/);
  });

  it('stops at hostile nesting instead of overflowing the stack', async () => {
    let node: unknown = [
      'TrialEstimate',
      { time: 1, gctime: 0, memory: 0, allocs: 0, params: ['Parameters', {}] },
    ];
    for (let i = 0; i < 100; i++) node = ['BenchmarkGroup', { data: { g: node } }];
    const text = JSON.stringify([
      { BenchmarkTools: '1' },
      [
        node,
        [
          'BenchmarkGroup',
          {
            data: {
              ok: [
                'TrialEstimate',
                { time: 5, gctime: 0, memory: 0, allocs: 0, params: ['Parameters', {}] },
              ],
            },
          },
        ],
      ],
    ]);
    const result = await parseBenchmarks(collector, text);
    expect(table(result).map(([name]) => name)).toEqual(['ok', 'ok', 'ok']);
    expect(result.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('nested deeper than 64'),
    );
  });
});
