import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { forEachJsonEntry } from '../../../src/collect/read/json-entries.js';
import { EvidenceParseError } from '../../../src/errors.js';

function chunked(text: string, size: number): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts) as AsyncIterable<Buffer>;
}

async function entries(text: string, path: string[], size = 3) {
  const seen: [string, unknown, unknown][] = [];
  const found = await forEachJsonEntry(chunked(text, size), path, (key, value, position) => {
    seen.push([key, value, position]);
  });
  return { found, seen };
}

const SAMPLE =
  '\ufeff{\n  "a\\u00e9\\"\\\\": {"s": {"0": 1, "1": 0}, "list": [1, -2.5e3, true, false, null, "x\\n]}"]},\n' +
  '  "b": [],\n  "c": "Ä→𝄞",\n  "d": 0\n}\n';

describe('forEachJsonEntry', () => {
  it.each([1, 2, 3, 7, 4096])(
    'gives the members of the root exactly as JSON.parse at chunk size %i',
    async (size) => {
      const { found, seen } = await entries(SAMPLE, [], size);
      expect(found).toBe(true);
      const parsed = JSON.parse(SAMPLE.slice(1)) as Record<string, unknown>;
      expect(seen.map(([key, value]) => [key, value])).toEqual(Object.entries(parsed));
      expect(seen.map(([, , position]) => position)).toEqual([
        { line: 2, column: 18 },
        { line: 3, column: 8 },
        { line: 4, column: 8 },
        { line: 5, column: 8 },
      ]);
    },
  );

  it('gives the members of a nested object and only scans the rest', async () => {
    const text =
      '{"numTotalTests": 3, "testResults": [{"coverageMap": {"no": 1}}], "coverageMap": {"x.js": {"s": {}}, "y.js": 1}}';
    const { found, seen } = await entries(text, ['coverageMap'], 5);
    expect(found).toBe(true);
    expect(seen.map(([key, value]) => [key, value])).toEqual([
      ['x.js', { s: {} }],
      ['y.js', 1],
    ]);
  });

  it('reports whether the object at the path exists', async () => {
    expect((await entries('{"coverageMap": null}', ['coverageMap'])).found).toBe(false);
    expect((await entries('{"other": {"a": 1}}', ['coverageMap'])).found).toBe(false);
    expect((await entries('[{"a": 1}]', [])).found).toBe(false);
    expect((await entries('{}', [])).found).toBe(true);
  });

  it('fails on broken JSON with a position, also in parts it only scans', async () => {
    for (const text of ['{"a": 1', '{"testResults": [1, }], "coverageMap": {}}']) {
      const error = await entries(text, ['coverageMap'], 2).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EvidenceParseError);
      expect((error as EvidenceParseError).position.line).toBe(1);
    }
  });

  it('passes errors thrown by the caller through', async () => {
    const thrown = new EvidenceParseError('bad member', { line: 9 });
    const error = await forEachJsonEntry(chunked('{"a": 1}', 4), [], () => {
      throw thrown;
    }).catch((e: unknown) => e);
    expect(error).toBe(thrown);
  });
});
