import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads named entries out of a zip held in memory, for the artifact a `publish` run downloads.
 * The archive comes from an untrusted workflow, so: only the central directory is trusted for
 * sizes, each wanted entry has its own size cap checked before and during inflation, the
 * CRC must match, and nothing is ever written to disk or executed.
 */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

/** Wanted entry name → largest uncompressed size accepted, in bytes. */
export type WantedEntries = Readonly<Record<string, number>>;

export function readZipEntries(zip: Uint8Array, wanted: WantedEntries): Map<string, Buffer> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  const entries = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipError('zip64 archives are not accepted');
  }
  if (entries > MAX_ENTRIES) throw new ZipError(`more than ${MAX_ENTRIES} entries`);
  if (offset + size > eocd) throw new ZipError('central directory runs past its end record');

  const found = new Map<string, Buffer>();
  let at = offset;
  for (let i = 0; i < entries; i++) {
    need(buf, at, 46, 'central directory entry');
    if (buf.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipError(`bad central directory entry ${i}`);
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    need(buf, at + 46, nameLength, 'entry name');
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    const max = Object.hasOwn(wanted, name) ? wanted[name] : undefined;
    if (max === undefined) continue;
    if (found.has(name)) throw new ZipError(`${name} appears twice`);
    if (flags & 0x1) throw new ZipError(`${name} is encrypted`);
    if (uncompressed > max)
      throw new ZipError(`${name} is ${uncompressed} bytes; at most ${max} are accepted`);
    const data = entryData(buf, localOffset, compressed, name);
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) content = inflate(data, uncompressed, name);
    else throw new ZipError(`${name} uses compression method ${method}`);
    if (content.length !== uncompressed)
      throw new ZipError(`${name} is not the size its directory entry says`);
    if (crc32(content) !== crc) throw new ZipError(`${name} fails its CRC check`);
    found.set(name, content);
  }
  return found;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipError('not a zip archive (no end of central directory record)');
}

function entryData(buf: Buffer, localOffset: number, compressed: number, name: string): Buffer {
  need(buf, localOffset, 30, `local header of ${name}`);
  if (buf.readUInt32LE(localOffset) !== LOCAL_SIGNATURE)
    throw new ZipError(`bad local header for ${name}`);
  const start =
    localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
  need(buf, start, compressed, `data of ${name}`);
  return buf.subarray(start, start + compressed);
}

/** Inflates no further than the size the directory declared (already checked against the cap). */
function inflate(data: Buffer, declared: number, name: string): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, declared) });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipError(`${name} inflates past its declared ${declared} bytes`);
    throw new ZipError(`${name} does not inflate`);
  }
}

function need(buf: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || at + length > buf.length)
    throw new ZipError(`${what} runs past the end of the archive`);
}
