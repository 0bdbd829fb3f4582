import { describe, expect, it } from '@jest/globals';
import { streamXml, type XmlHandlers } from '../../../src/collect/read/xml.js';
import { EvidenceParseError } from '../../../src/errors.js';
import { chunksOf } from '../stream-support.js';

const ignore: XmlHandlers = { open: () => undefined, close: () => undefined };

async function failure(
  xml: string | Buffer,
  handlers: XmlHandlers = ignore,
): Promise<EvidenceParseError> {
  const text = typeof xml === 'string' ? xml : xml.toString('latin1');
  const error = await streamXml(chunksOf(text, 64 * 1024), handlers).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof EvidenceParseError))
    throw new Error(`expected an EvidenceParseError, got ${String(error)}`);
  return error;
}

describe('streamXml errors', () => {
  it('are positioned with 1-based columns, also at the start of a line', async () => {
    const error = await failure('<a>\n<b>\n');
    expect(error.position.line).toBe(3);
    expect(error.position.column).toBe(1);
    expect((await failure('')).position).toEqual({ line: 1, column: 1 });
  });

  it('give a handler error without a position the position of the element being read', async () => {
    const error = await failure('<r>\n  <x/>\n  <bad/>\n</r>', {
      open: (name) => {
        if (name === 'bad') throw new EvidenceParseError('no <bad> here');
      },
      close: () => undefined,
    });
    expect(error.reason).toBe('no <bad> here');
    expect(error.position).toEqual({ line: 3, column: 8 });
  });

  it('keep a position a handler gave', async () => {
    const error = await failure('<r><bad/></r>', {
      open: (name) => {
        if (name === 'bad') throw new EvidenceParseError('no <bad> here', { line: 7, column: 2 });
      },
      close: () => undefined,
    });
    expect(error.position).toEqual({ line: 7, column: 2 });
  });

  it('stop at the first error: 4 MiB of NUL bytes after the root fail at once', async () => {
    const start = performance.now();
    const error = await failure(Buffer.concat([Buffer.from('<r>'), Buffer.alloc(4 * 1024 * 1024)]));
    expect(error.position).toEqual({ line: 1, column: 4 });
    // going on (as saxes did) would build an Error per byte (seconds); stopping takes milliseconds
    expect(performance.now() - start).toBeLessThan(500);
  });
});
