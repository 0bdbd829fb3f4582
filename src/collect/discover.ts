import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { DETECT_HEAD_BYTES, type Collector } from './collector.js';
import { collectorFor, detectFormat } from './registry.js';
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
  const files: CollectedFile[] = [];
  const unmatched: UnmatchedGlob[] = [];
  const seen = new Set<string>();
  const root = await realpath(options.cwd);
  for (const [kind, patterns] of Object.entries(globs) as [EvidenceKind, readonly string[]][]) {
    for (const pattern of patterns) {
      const matches = await expandPattern(pattern, root, options);
      if (matches.length === 0) unmatched.push({ kind, pattern });
      for (const absolute of matches) {
        if (seen.has(absolute)) continue;
        seen.add(absolute);
        files.push(await readEvidenceFile(absolute, { ...options, cwd: root }, kind));
      }
    }
  }
  return { files, unmatched };
}

async function expandPattern(pattern: string, root: string, options: CollectOptions): Promise<string[]> {
  const outside = isOutsidePattern(pattern);
  if (outside && !isAllowedOutside(pattern, options)) return [];
  const matches = await glob(pattern, {
    cwd: root,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: true, // a link pointing out is refused per file (realpath check)
    expandDirectories: false,
    ignore: outside ? [] : ['**/node_modules/**', '**/.git/**'],
  });
  return matches.map((match) => path.resolve(match)).sort();
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
  const source = new HashedSource(real);
  try {
    const head = await source.head();
    const collector: Collector | undefined = forcedFormat
      ? collectorFor(forcedFormat)
      : detectFormat(stripBom(head), kindHint);
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
    const result = await collector.parse({ path: shown, chunks: source.chunks(), bytes: record.bytes });
    record.data = result.data;
    if (result.extra && result.extra.length > 0) record.extra = result.extra;
    record.diagnostics = result.diagnostics;
    return record;
  } catch (error) {
    if (error instanceof EvidenceParseError) return unreadable(record, error.withPath(shown).message);
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

/** One read of a file: the head for detection, then the whole stream, all of it hashed once. */
class HashedSource {
  private readonly hash = createHash('sha256');
  private readonly stream;
  private readonly iterator: AsyncIterator<Buffer>;
  private readonly buffered: Buffer[] = [];
  private done = false;

  constructor(file: string) {
    this.stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
    this.iterator = this.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  private async next(): Promise<Buffer | undefined> {
    if (this.done) return undefined;
    const step = await this.iterator.next();
    if (step.done) {
      this.done = true;
      return undefined;
    }
    this.hash.update(step.value);
    return step.value;
  }

  async head(): Promise<string> {
    let size = 0;
    while (size < DETECT_HEAD_BYTES) {
      const chunk = await this.next();
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
    while (await this.next()) {
      /* drain */
    }
    this.stream.destroy();
    return this.hash.digest('hex');
  }
}
