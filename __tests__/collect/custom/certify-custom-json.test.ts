import { describe, expect, it } from '@jest/globals';
import { certifyCustomJson } from '../../../src/collect/custom/certify-custom-json.js';
import { detectFormat } from '../../../src/collect/registry.js';
import {
  assertMutationsParseOrFail,
  fixtureReader,
  parseChunked,
  parseErrorOf,
} from '../stream-support.js';

const fixture = fixtureReader(import.meta.url, 'certify-custom-json');
const parse = (text: string, size = 9) =>
  parseChunked(certifyCustomJson, 'metrics.json', text, size);
const parseError = (text: string) => parseErrorOf(parse(text));

const metric = (fields: string) => `{"certifyMetrics": 1, "metrics": [{${fields}}]}`;

describe('certify-custom-json', () => {
  it('is detected by its "certifyMetrics" key, and only by it', () => {
    expect(detectFormat(fixture('basic.json'))?.format).toBe('certify-custom-json');
    expect(certifyCustomJson.detect('{"metrics": [{"name": "x", "value": 1}]}')).toBe(false);
    expect(certifyCustomJson.detect('{"message": "see \\"certifyMetrics\\": 1"}')).toBe(false);
  });

  it('reads names, values, units and directions as written', async () => {
    const { data, diagnostics } = await parse(fixture('basic.json'));
    expect(data).toEqual({
      kind: 'custom',
      metrics: [
        { name: 'memory.peak', value: 412, unit: 'MB', biggerIsBetter: false },
        { name: 'cache hit rate', value: 93.5, unit: '%', biggerIsBetter: true },
        { name: 'errors/1k requests', value: 0.25, unit: '', biggerIsBetter: false },
        { name: 'bundle.size_gzip', value: 120000, unit: 'B', biggerIsBetter: false },
        { name: 'Durchsatz.Größe', value: -3, unit: '', biggerIsBetter: true },
      ],
    });
    expect(diagnostics).toEqual([]);
  });

  it('accepts an empty list with a notice', async () => {
    const { data, diagnostics } = await parse(fixture('empty.json'));
    expect(data.metrics).toEqual([]);
    expect(diagnostics).toEqual([{ severity: 'notice', message: 'the file lists no metrics' }]);
  });

  it('refuses a name given twice, naming both places', async () => {
    const error = await parseError(fixture('duplicate-name.json'));
    expect(error.reason).toBe(
      'metrics[2].name: "memory.peak" is already used (first at line 4, column 15); metric names must be unique',
    );
    expect(error.position).toEqual({ line: 6, column: 15 });
  });

  it('refuses a value that overflows to Infinity', async () => {
    const error = await parseError(fixture('overflow.json'));
    expect(error.reason).toBe('metrics[0].value: must be a finite number (it overflows)');
    expect(error.position).toEqual({ line: 4, column: 38 });
  });

  it.each([
    [
      metric('"name": "a", "value": "12", "biggerIsBetter": true'),
      'metrics[0].value: Invalid input: expected number, received string',
      58,
    ],
    [
      metric('"name": "a", "value": 1, "biggerIsBeter": true'),
      'metrics[0].biggerIsBeter: unknown field (a metric has name, value, unit, biggerIsBetter and description)',
      78,
    ],
    [metric('"name": "a", "value": 1'), 'metrics[0]: missing "biggerIsBetter"', 35],
    [
      metric('"name": "", "value": 1, "biggerIsBetter": true'),
      'metrics[0].name: must not be empty',
      44,
    ],
    [
      metric('"name": "a\\"b", "value": 1, "biggerIsBetter": true'),
      'metrics[0].name: may hold letters, digits, spaces and . _ - / : % ( ), and must start and end with a letter or digit',
      44,
    ],
    [
      metric('"name": "a", "value": 1, "unit": "m\\u0000s", "biggerIsBetter": true'),
      'metrics[0].unit: must not hold control characters',
      69,
    ],
    [
      '{"certifyMetrics": 2, "metrics": []}',
      '"certifyMetrics" is 2; this Certify reads format version 1',
      20,
    ],
    [
      '{"metrics": [], "certifyMetrics": 1, "extra": true}',
      'unknown key "extra": the file holds "certifyMetrics" and "metrics"',
      47,
    ],
    ['{"certifyMetrics": 1}', 'missing "metrics": an array of metrics', 1],
    [
      '{"certifyMetrics": 1, "metrics": {}}',
      '"metrics" must be an array of metrics, found an object',
      34,
    ],
    [
      '{"certifyMetrics": 1, "metrics": [3]}',
      'metrics[0] must be an object with name, value, unit and biggerIsBetter, found a number',
      35,
    ],
  ])('%s is refused with a position', async (text, reason, column) => {
    const error = await parseError(text);
    expect(error.reason).toBe(reason);
    expect(error.position).toEqual({ line: 1, column });
  });

  it('refuses malformed and truncated JSON with a position', async () => {
    const text = fixture('basic.json');
    for (let cut = 0; cut < text.length - 1; cut += 37) {
      const error = await parseError(text.slice(0, cut));
      expect(error.position.line).toBeGreaterThanOrEqual(1);
    }
    const error = await parseError(
      '{"certifyMetrics": 1, "metrics": [{"name": "a", "value": 1,, }]}',
    );
    expect(error.reason).toBe("expected a property name in double quotes, found ','");
    expect(error.position).toEqual({ line: 1, column: 60 });
  });
});

describe('certify-custom-json: mutated input (property)', () => {
  it('gives a result or an EvidenceParseError, never another exception', async () => {
    const sources = ['basic.json', 'duplicate-name.json', 'overflow.json', 'empty.json'].map(
      fixture,
    );
    await assertMutationsParseOrFail(sources, parse);
  });
});
