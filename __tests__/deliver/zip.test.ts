import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readZipEntries, ZipError } from '../../src/deliver/zip.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/zip/${name}`, import.meta.url));
const WANTED = { 'certification.json': 1_000_000, 'pr.json': 4096 };

/** Offsets of every central directory entry: where the size fields to tamper with live. */
function centralEntries(zip: Buffer): number[] {
  const found: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at++)
    if (zip.readUInt32LE(at) === 0x02014b50) found.push(at);
  return found;
}

describe('readZipEntries', () => {
  it.each(['infozip-deflate.zip', 'infozip-stored.zip'])(
    'reads only the wanted root entries of %s',
    (name) => {
      const entries = readZipEntries(fixture(name), WANTED);
      expect([...entries.keys()].sort()).toEqual(['certification.json', 'pr.json']);
      const cert = JSON.parse(entries.get('certification.json')?.toString('utf8') ?? '') as {
        hello: string;
        pad: string;
      };
      expect(cert.hello).toBe('world');
      expect(cert.pad).toHaveLength(3000);
      expect(JSON.parse(entries.get('pr.json')?.toString('utf8') ?? '')).toEqual({
        number: 7,
        headSha: 'c7a9f1e4b2d84a8f9e3b7d1c5a6f0e2b4d8c1a93',
      });
    },
  );

  it('never confuses a nested sub/certification.json with the root one', () => {
    const entries = readZipEntries(fixture('infozip-deflate.zip'), {
      'sub/certification.json': 100,
    });
    expect(entries.get('sub/certification.json')?.toString()).toBe('nested\n');
  });

  it('refuses an entry whose declared size is over its cap before inflating (50 MB of zeros in 48 KB)', () => {
    expect(() => readZipEntries(fixture('bomb-50mb.zip'), WANTED)).toThrow(
      /certification.json is 50000000 bytes; at most 1000000/,
    );
  });

  it('stops inflating at the declared size when the directory lies about it', () => {
    const zip = Buffer.from(fixture('bomb-50mb.zip'));
    const [entry = -1] = centralEntries(zip);
    zip.writeUInt32LE(1000, entry + 24); // claims 1,000 bytes; inflates to 50,000,000
    const started = process.memoryUsage().rss;
    expect(() => readZipEntries(zip, WANTED)).toThrow(/inflates past its declared 1000 bytes/);
    expect(process.memoryUsage().rss - started).toBeLessThan(40 * 1024 * 1024);
  });

  it('rejects a corrupted entry by its CRC', () => {
    const zip = Buffer.from(fixture('infozip-stored.zip'));
    const at = zip.indexOf('"hello"');
    zip[at + 1] = 'j'.charCodeAt(0);
    expect(() => readZipEntries(zip, WANTED)).toThrow(/fails its CRC check/);
  });

  it.each([
    ['empty input', Buffer.alloc(0)],
    ['not a zip', Buffer.from('{"certification": true}')],
    ['truncated to its first half', fixture('infozip-deflate.zip').subarray(0, 300)],
  ])('rejects %s with a ZipError', (_name, bytes) => {
    expect(() => readZipEntries(bytes, WANTED)).toThrow(ZipError);
  });

  it('rejects every truncation of a real archive with a ZipError, never another exception', () => {
    const zip = fixture('infozip-deflate.zip');
    let rejected = 0;
    for (let end = 0; end < zip.length; end++) {
      expect(() => readZipEntries(zip.subarray(0, end), WANTED)).toThrow(ZipError);
      rejected++;
    }
    expect(rejected).toBe(zip.length);
  });

  it('rejects a central directory pointing past the archive', () => {
    const zip = Buffer.from(fixture('infozip-deflate.zip'));
    const [entry = -1] = centralEntries(zip);
    zip.writeUInt32LE(0x7fffffff, entry + 42); // local header offset
    expect(() => readZipEntries(zip, WANTED)).toThrow(/runs past the end/);
  });
});
