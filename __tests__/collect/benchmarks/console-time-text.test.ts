import { describe, expect, it } from '@jest/globals';
import { consoleTimeTextCollector as collector } from '../../../src/collect/benchmarks/console-time-text.js';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  detectedFormat,
  fixtureBytes,
  parseBenchmarks,
  parseFixture,
  table,
} from './bench-test-support.js';

describe('console-time-text', () => {
  it('reads "label: time - timer ended" lines only', async () => {
    const result = await parseFixture(collector, 'deno-run.txt');
    expect(table(result)).toEqual([
      ['startup', 'time', 12, 'ms'],
      ['parse 10k rows', 'time', 1843, 'ms'],
      ['render', 'time', 0.75, 's'],
      ['total', 'time', 2051, 'ms'],
    ]);
    expect(detectedFormat(fixtureBytes('console-time-text', 'deno-run.txt'))).toBe(
      'console-time-text',
    );
  });

  it('does not read Node.js-style lines, which look like any log line', async () => {
    const text = 'render: 3.2ms\ncache: 5 entries\n';
    expect(detectedFormat(text)).toBeUndefined();
    await expect(parseBenchmarks(collector, text)).rejects.toBeInstanceOf(EvidenceParseError);
  });

  it('detects a one-line file without a final newline', () => {
    expect(detectedFormat('build: 812ms - timer ended')).toBe('console-time-text');
  });
});
