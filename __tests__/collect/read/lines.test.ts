import { describe, expect, it } from '@jest/globals';
import { forEachLine, scanLineBytes, scanLines } from '../../../src/collect/read/lines.js';

// A stream of fixed-size chunks, as a file read would give; nothing to await.
// eslint-disable-next-line @typescript-eslint/require-await
async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('forEachLine', () => {
  it.each([1, 2, 3, 7, 1024])(
    'splits LF and CRLF lines the same at chunk size %i',
    async (size) => {
      const text = '\ufeffSF:a.ts\r\nDA:1,1\nDA:2,0\r\nend_of_record\nÄ→𝄞 last';
      const lines: string[] = [];
      const count = await forEachLine(chunked(text, size), (line) => lines.push(line));
      expect(lines).toEqual(['SF:a.ts', 'DA:1,1', 'DA:2,0', 'end_of_record', 'Ä→𝄞 last']);
      expect(count).toBe(5);
    },
  );

  it('reports no line for an empty stream', async () => {
    const lines: string[] = [];
    await forEachLine(chunked('', 4), (line) => lines.push(line));
    expect(lines).toEqual([]);
  });
});

describe('scanLines and scanLineBytes', () => {
  // a line longer than a decoded piece (64 KiB) and lines across every chunk boundary
  const long = 'x'.repeat(70_000);
  const text = `\ufeffSF:a.ts\r\n${long}\r\n\nÄ→𝄞 middle\n\r\nlast\r`;
  const expected = ['SF:a.ts', long, '', 'Ä→𝄞 middle', '', 'last'];

  it.each([1, 3, 1000, 70_000, 1 << 20])('give the same lines at chunk size %i', async (size) => {
    const viaText: string[] = [];
    const viaBytes: string[] = [];
    const textCount = await scanLines(chunked(text, size), (line, start, end) => {
      viaText.push(line.slice(start, end));
    });
    const byteCount = await scanLineBytes(chunked(text, size), (bytes, start, end) => {
      viaBytes.push(bytes.toString('utf8', start, end));
    });
    expect(viaText).toEqual(expected);
    expect(viaBytes).toEqual(expected);
    expect([textCount, byteCount]).toEqual([6, 6]);
  });

  it('number the lines from 1', async () => {
    const numbers: number[] = [];
    await scanLineBytes(chunked('a\nb\nc', 2), (_bytes, _start, _end, lineNumber) => {
      numbers.push(lineNumber);
    });
    expect(numbers).toEqual([1, 2, 3]);
  });
});

describe('scanLines decoding', () => {
  // two BOMs, a cut character, a lone continuation, invalid bytes, a surrogate's encoding
  const bytes = Buffer.from([
    0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41, 0x0a, 0xc3, 0x0a, 0xe2, 0x86, 0x41, 0xff, 0x80, 0x0a,
    0xf0, 0x9d, 0x84, 0x9e, 0xed, 0xa0, 0x80, 0xc3, 0xa4,
  ]);
  // what a whole-file TextDecoder gives (it drops the BOM), with the next U+FEFF skipped too
  const expected = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').split('\n');

  // eslint-disable-next-line @typescript-eslint/require-await
  async function* byteChunks(size: number): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }

  it.each([1, 2, 3, 4, 5, 64])(
    'turns invalid UTF-8 into U+FFFD as TextDecoder does, at chunk size %i',
    async (size) => {
      const lines: string[] = [];
      await forEachLine(byteChunks(size), (line) => lines.push(line));
      expect(lines).toEqual(expected);
      expect(lines[0]).toBe('A');
    },
  );
});

describe('a line handler that hits an engine limit', () => {
  const overflow = (lineNumber: number) => {
    if (lineNumber === 3) throw new RangeError('Maximum call stack size exceeded');
  };

  it('fails as a parse error naming the line, from either scanner', async () => {
    const text = 'a\nb\nc\nd\n';
    const expected = {
      name: 'EvidenceParseError',
      position: { line: 3, column: 1 },
      reason: 'line too long or too complex to read (Maximum call stack size exceeded)',
    };
    await expect(scanLines(chunked(text, 3), (_t, _s, _e, n) => overflow(n))).rejects.toMatchObject(
      expected,
    );
    await expect(
      scanLineBytes(chunked(text, 3), (_b, _s, _e, n) => overflow(n)),
    ).rejects.toMatchObject(expected);
  });

  it('lets other errors through unchanged', async () => {
    const failure = new TypeError('not an engine limit');
    await expect(
      forEachLine(chunked('a\nb\n', 2), () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});
