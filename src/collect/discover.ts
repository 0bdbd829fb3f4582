import { createHash } from 'node:crypto';
import { stat as statPath, type PathLike, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { glob, type FileSystemAdapter } from 'tinyglobby';
import { DETECT_HEAD_BYTES, type Collector } from './collector.js';
import { collectorForLoading, detectFormatLoading } from './detect.js';
import { EvidenceParseError, messageOf } from '../errors.js';
import type { CollectedFile, EvidenceKind, UnmatchedGlob } from '../model/evidence.js';
import { stripBom } from './read/text.js';

export interface CollectOptions {
  /** Working directory: globs are relative to it and files must stay inside it. */
  cwd: string;
  /** Files larger than this are reported, not read. */
  maxBytes: number;
  /** Absolute paths or globs outside the working directory that the config explicitly allows. */
  allowOutside?: readonly string[];
}

export const DEFAULT_MAX_EVIDENCE_BYTES = 512 * 1024 * 1024;

export interface CollectedEvidence {
  files: CollectedFile[];
  unmatched: UnmatchedGlob[];
}

/** Finds the files of every configured glob and reads each once (parse and sha256 in one pass). */
export async function collectEvidence(
  globs: Partial<Record<EvidenceKind, readonly string[]>>,
  options: CollectOptions,
): Promise<CollectedEvidence> {
  return readDiscovered(await discoverEvidence(globs, options), options);
}

/** A file a glob matched, not read yet. */
export interface DiscoveredFile {
  absolute: string;
  kind: EvidenceKind;
  /** The 'allow-outside' list that applies to this file (its glob may be an allowed entry). */
  allowOutside?: readonly string[];
}

/** What the globs matched, in config order, each real file once: what collectEvidence reads. */
export interface DiscoveredEvidence {
  /** The working directory with links resolved. */
  root: string;
  files: DiscoveredFile[];
  unmatched: UnmatchedGlob[];
}

/** Expands every configured glob; reads nothing but directory listings. */
export async function discoverEvidence(
  globs: Partial<Record<EvidenceKind, readonly string[]>>,
  options: CollectOptions,
): Promise<DiscoveredEvidence> {
  const files: DiscoveredFile[] = [];
  const unmatched: UnmatchedGlob[] = [];
  const seen = new Set<string>();
  const root = await realpath(options.cwd);
  for (const [kind, patterns] of Object.entries(globs) as [EvidenceKind, readonly string[]][]) {
    for (const pattern of patterns) {
      const matches = await expandPattern(pattern, root, options);
      if (matches.length === 0) unmatched.push({ kind, pattern });
      // An 'allow-outside' entry may be the glob itself: the files it matched are allowed too.
      const allowedGlob = isOutsidePattern(pattern) && isAllowedOutside(pattern, options);
      for (const absolute of matches) {
        // One file reached by two paths (a link to a directory, a loop) is read once, not counted twice.
        const real = await realpath(absolute).catch(() => absolute);
        if (seen.has(real)) continue;
        seen.add(real);
        const allowOutside = allowedGlob
          ? [...(options.allowOutside ?? []), absolute]
          : options.allowOutside;
        files.push({ absolute, kind, ...(allowOutside ? { allowOutside } : {}) });
      }
    }
  }
  return { root, files, unmatched };
}

/** Reads the discovered files in order; never throws for a file (its status says what went wrong). */
export async function readDiscovered(
  discovered: DiscoveredEvidence,
  options: CollectOptions,
): Promise<CollectedEvidence> {
  const files: CollectedFile[] = [];
  for (const { absolute, kind, allowOutside } of discovered.files) {
    files.push(
      await readEvidenceFile(
        absolute,
        { ...options, cwd: discovered.root, ...(allowOutside ? { allowOutside } : {}) },
        kind,
      ),
    );
  }
  return { files, unmatched: discovered.unmatched };
}

/**
 * Bytes the discovered files would have read: their sizes as they stand, files over `maxBytes`
 * (which are not read) and files that cannot be looked at counted as nothing.
 */
export async function discoveredBytes(
  discovered: DiscoveredEvidence,
  maxBytes: number,
): Promise<number> {
  let bytes = 0;
  for (const { absolute } of discovered.files) {
    const size = await stat(absolute).then(
      (info) => (info.isFile() ? info.size : 0),
      () => 0,
    );
    if (size <= maxBytes) bytes += size;
  }
  return bytes;
}

async function expandPattern(
  pattern: string,
  root: string,
  options: CollectOptions,
): Promise<string[]> {
  const outside = isOutsidePattern(pattern);
  if (outside && !isAllowedOutside(pattern, options)) return [];
  const matches = await glob(pattern, {
    cwd: root,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: true, // a link pointing out is refused per file (realpath check)
    fs: outside ? undefined : walkerFs(root, options),
    expandDirectories: false,
    ignore: outside ? [] : ['**/node_modules/**', '**/.git/**'],
  });
  return matches.map((match) => path.resolve(match)).sort();
}

type StatCallback = (error: NodeJS.ErrnoException | null, stats: Stats) => void;

function isStatCallback(value: unknown): value is StatCallback {
  return typeof value === 'function';
}

/**
 * The glob walker's `stat`, which it calls on the targets of symbolic links: a directory that a
 * link leads to outside the working directory (and outside 'allow-outside') is reported missing,
 * so `**` does not walk the runner's disk and list its files in the report. A link to a file is
 * still listed, and refused by readEvidenceFile like any path that resolves outside.
 */
function walkerFs(root: string, options: CollectOptions): FileSystemAdapter {
  const guarded = (target: PathLike, optionsOrCallback: unknown, maybeCallback?: unknown): void => {
    const callback = isStatCallback(optionsOrCallback) ? optionsOrCallback : maybeCallback;
    if (!isStatCallback(callback)) return;
    statPath(target, (error, stats) => {
      const where = path.resolve(String(target));
      if (
        !error &&
        stats.isDirectory() &&
        !isInside(where, root) &&
        !isAllowedOutside(where, options)
      ) {
        const hidden: NodeJS.ErrnoException = new Error(`${where}: outside the working directory`);
        hidden.code = 'ENOENT';
        callback(hidden, stats);
        return;
      }
      callback(error, stats);
    });
  };
  return { stat: Object.assign(guarded, { __promisify__: statPath.__promisify__ }) };
}

function isInside(target: string, root: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

function isOutsidePattern(pattern: string): boolean {
  return path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..');
}

function isAllowedOutside(target: string, options: CollectOptions): boolean {
  const allowed = options.allowOutside ?? [];
  const resolved = path.resolve(options.cwd, target);
  return allowed.some((entry) => {
    const base = path.resolve(options.cwd, entry);
    return target === entry || resolved === base || resolved.startsWith(base + path.sep);
  });
}

function displayPath(absolute: string, root: string): string {
  const relative = path.relative(root, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? absolute
    : relative.split(path.sep).join('/');
}

/**
 * Reads one evidence file: checks containment and size, detects the format from the head,
 * parses the stream and hashes the same bytes as they pass. Never throws: problems become
 * the file's status and message.
 */
export async function readEvidenceFile(
  absolute: string,
  options: CollectOptions,
  kindHint?: EvidenceKind,
  forcedFormat?: string,
): Promise<CollectedFile> {
  const root = options.cwd;
  const shown = displayPath(absolute, root);
  const record: CollectedFile = {
    path: shown,
    kind: kindHint ?? null,
    format: null,
    bytes: 0,
    sha256: '',
    status: 'ok',
    diagnostics: [],
  };
  let real: string;
  try {
    real = await realpath(absolute);
    const info = await stat(real);
    record.bytes = info.size;
    if (!info.isFile()) return unreadable(record, `${shown}: not a regular file`);
  } catch (error) {
    return unreadable(record, `${shown}: cannot open: ${messageOf(error)}`);
  }
  const inside = real === root || real.startsWith(root + path.sep);
  if (!inside && !isAllowedOutside(absolute, options) && !isAllowedOutside(real, options)) {
    record.status = 'outside-workspace';
    record.error = `${shown}: resolves outside the working directory (${real}); not read. List it under 'allow-outside' in the config to read it.`;
    return record;
  }
  if (record.bytes > options.maxBytes) {
    record.status = 'too-large';
    record.error = `${shown}: ${record.bytes} bytes is over the evidence size limit of ${options.maxBytes} bytes; not read (raise 'max-evidence-bytes' to read it).`;
    return record;
  }
  const source = new HashedSource(real, options.maxBytes);
  try {
    const head = await source.head();
    const collector: Collector | undefined = forcedFormat
      ? await collectorForLoading(forcedFormat)
      : await detectFormatLoading(stripBom(head), kindHint);
    if (!collector) {
      record.status = 'unrecognised';
      record.error =
        head.trim() === ''
          ? `${shown}: empty file, no evidence in it`
          : `${shown}: not a format Certify reads (run 'certify formats' for the list)`;
      return record;
    }
    record.kind = collector.kind;
    record.format = collector.format;
    const result = await collector.parse({
      path: shown,
      chunks: source.chunks(),
      bytes: record.bytes,
    });
    record.data = result.data;
    if (result.extra && result.extra.length > 0) record.extra = result.extra;
    record.diagnostics = result.diagnostics;
    return record;
  } catch (error) {
    if (error instanceof GrewPastLimit) {
      unreadable(
        record,
        `${shown}: grew past the evidence size limit of ${options.maxBytes} bytes while being read; not read (raise 'max-evidence-bytes' to read it).`,
      );
      record.status = 'too-large';
      return record;
    }
    if (error instanceof EvidenceParseError)
      return unreadable(record, error.withPath(shown).message);
    return unreadable(record, `${shown}: could not be read: ${messageOf(error)}`);
  } finally {
    record.sha256 = await source.finish().catch(() => '');
  }
}

function unreadable(record: CollectedFile, message: string): CollectedFile {
  record.status = 'unreadable';
  record.error = message;
  delete record.data;
  delete record.extra;
  return record;
}

/** A file that had more bytes than the size limit when read (it grew after stat, or stat lies as in /proc). */
class GrewPastLimit extends Error {}

/** One read of a file: the head for detection, then the whole stream, all of it hashed once. */
/**
 * Bytes per read. Chosen when each chunk was a new buffer that waited off-heap for the next
 * garbage collection once spent: at 1 MiB that was 5–20 MB of a 100 MB parse's peak memory
 * (measured: 100 MB Cobertura 130–134 → 113 MB peak RSS, lcov 142–147 → 134–139, JUnit 153–157 →
 * 148–152 at 256 KiB, no slower); smaller (64 KiB) saved little more and cost time. Chunks are now
 * read into two reused buffers (see HashedSource), the head's excepted.
 */
const READ_CHUNK_BYTES = 256 * 1024;

class HashedSource {
  private readonly hash = createHash('sha256');
  private handle: FileHandle | undefined;
  private readonly buffered: Buffer[] = [];
  /**
   * Two buffers every chunk after the head is read into, in turn: the next chunk is read into one
   * while the reader works on the other (as a read stream reads ahead). Fresh memory is what
   * reading costs most in a short-lived process: each new 256 KiB buffer is new pages for the
   * kernel to map (measured: a 10 MB file read in 256 KiB chunks took 36–60 ms into new buffers,
   * 6–8 ms into one reused buffer). The readers use a chunk before they ask for the next one and
   * copy what they keep (decoded text, the start of an unfinished line), so reuse is safe for
   * them: a chunk is valid until the next one is asked for.
   */
  private readonly spares: Buffer[] = [];
  private spareTurn = 0;
  /** The read of the next chunk, started when the last one was handed out. */
  private ahead: Promise<Buffer | undefined> | undefined;
  private done = false;
  private read = 0;

  /** Reads at most `limit` + 1 bytes: one byte more than the limit is enough to know it is over. */
  constructor(
    private readonly file: string,
    private readonly limit: number,
  ) {}

  /** The next chunk: in a buffer of its own when `kept` (the head), else in a spare one. */
  private async next(kept = false): Promise<Buffer | undefined> {
    if (this.done) return undefined;
    const handle = (this.handle ??= await open(this.file, 'r'));
    const pending =
      this.ahead ??
      this.readInto(handle, kept ? Buffer.allocUnsafe(READ_CHUNK_BYTES) : this.spare());
    this.ahead = undefined;
    const chunk = await pending;
    if (!chunk) {
      this.done = true;
      return undefined;
    }
    this.read += chunk.length;
    if (this.read > this.limit) {
      this.done = true;
      throw new GrewPastLimit();
    }
    this.hash.update(chunk);
    if (!kept) {
      this.ahead = this.readInto(handle, this.spare());
      // a failed read is reported when its chunk is asked for; until then it is not unhandled
      this.ahead.catch(() => undefined);
    }
    return chunk;
  }

  /** Reads the next bytes of the file into `buffer`: undefined at the end of the file. */
  private async readInto(handle: FileHandle, buffer: Buffer): Promise<Buffer | undefined> {
    const wanted = Math.min(buffer.length, this.limit + 1 - this.read);
    const { bytesRead } = await handle.read(buffer, 0, wanted, null);
    return bytesRead === 0 ? undefined : buffer.subarray(0, bytesRead);
  }

  /** The spare buffer not holding the chunk handed out last. */
  private spare(): Buffer {
    const turn = this.spareTurn;
    this.spareTurn = 1 - turn;
    return (this.spares[turn] ??= Buffer.allocUnsafe(READ_CHUNK_BYTES));
  }

  async head(): Promise<string> {
    let size = 0;
    while (size < DETECT_HEAD_BYTES) {
      const chunk = await this.next(true);
      if (!chunk) break;
      this.buffered.push(chunk);
      size += chunk.length;
    }
    const bytes = Buffer.concat(this.buffered).subarray(0, DETECT_HEAD_BYTES);
    return new TextDecoder('utf-8').decode(bytes);
  }

  async *chunks(): AsyncGenerator<Buffer> {
    while (this.buffered.length > 0) {
      const chunk = this.buffered.shift();
      if (chunk) yield chunk;
    }
    for (;;) {
      const chunk = await this.next();
      if (!chunk) return;
      yield chunk;
    }
  }

  /** Hashes whatever the parser did not read, so the sha256 always covers the whole file. */
  async finish(): Promise<string> {
    try {
      while (await this.next()) {
        /* drain */
      }
    } finally {
      await this.handle?.close();
    }
    // a file over the limit was not read whole: no sha256 stands for it
    if (this.read > this.limit) throw new GrewPastLimit();
    return this.hash.digest('hex');
  }
}
