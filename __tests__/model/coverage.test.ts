import { describe, expect, it } from '@jest/globals';
import { withLineDetailFrom, type FileCoverage } from '../../src/model/coverage.js';

function compactFile(): FileCoverage {
  const numbers = new Uint16Array([3, 7, 900]);
  const hits = new Float64Array([1, 0, 2.5]);
  return withLineDetailFrom(
    {
      path: 'src/a.ts',
      lines: { covered: 2, total: 3 },
      branches: { covered: 0, total: 0 },
      functions: { covered: 0, total: 0 },
    },
    { unpack: () => ({ numbers: Array.from(numbers), hits: Array.from(hits) }) },
  );
}

const plain: FileCoverage = {
  path: 'src/a.ts',
  lines: { covered: 2, total: 3 },
  branches: { covered: 0, total: 0 },
  functions: { covered: 0, total: 0 },
  lineNumbers: [3, 7, 900],
  lineHits: [1, 0, 2.5],
};

describe('withLineDetailFrom', () => {
  it('reads like a file with plain line arrays: equality, JSON, spread, keys', () => {
    const file = compactFile();
    expect(file).toStrictEqual(plain);
    expect(JSON.stringify(file)).toBe(JSON.stringify(plain));
    expect({ ...file }).toStrictEqual(plain);
    expect(Object.keys(file)).toEqual(Object.keys(plain));
    expect(Array.isArray(file.lineNumbers)).toBe(true);
  });

  it('makes each array once, on first read', () => {
    const file = compactFile();
    expect(file.lineHits).toBe(file.lineHits);
    expect(file.lineNumbers).toBe(file.lineNumbers);
  });

  it('lets a consumer replace or drop the detail', () => {
    const file = compactFile();
    file.lineNumbers = [1];
    file.lineHits = undefined;
    expect(file.lineNumbers).toEqual([1]);
    expect(file.lineHits).toBeUndefined();
    expect(JSON.parse(JSON.stringify(file))).toEqual({
      ...plain,
      lineNumbers: [1],
      lineHits: undefined,
    });
  });
});
