import { describe, expect, it } from '@jest/globals';
import { forEachLine } from '../../../src/collect/read/lines.js';

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('forEachLine', () => {
  it.each([1, 2, 3, 7, 1024])('splits LF and CRLF lines the same at chunk size %i', async (size) => {
    const text = '\ufeffSF:a.ts\r\nDA:1,1\nDA:2,0\r\nend_of_record\nÄ→𝄞 last';
    const lines: string[] = [];
    const count = await forEachLine(chunked(text, size), (line) => lines.push(line));
    expect(lines).toEqual(['SF:a.ts', 'DA:1,1', 'DA:2,0', 'end_of_record', 'Ä→𝄞 last']);
    expect(count).toBe(5);
  });

  it('reports no line for an empty stream', async () => {
    const lines: string[] = [];
    await forEachLine(chunked('', 4), (line) => lines.push(line));
    expect(lines).toEqual([]);
  });
});
