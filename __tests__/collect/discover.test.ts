import { describe, expect, it, beforeAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReadStream } from 'node:fs';
import {
  collectEvidence,
  DEFAULT_MAX_EVIDENCE_BYTES,
  discoveredBytes,
  discoverEvidence,
  readDiscovered,
} from '../../src/collect/discover.js';
import { collectorFor } from '../../src/collect/registry.js';

const examples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/evidence',
);
let workspace: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'certify-discover-'));
  workspace = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  mkdirSync(path.join(workspace, 'reports'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(
    path.join(workspace, 'reports/junit.xml'),
    readFileSync(path.join(examples, 'junit.xml')),
  );
  writeFileSync(
    path.join(workspace, 'reports/broken.xml'),
    '<testsuite name="x">\n  <testcase name="a">\n',
  );
  writeFileSync(path.join(workspace, 'reports/empty.xml'), '');
  writeFileSync(path.join(workspace, 'reports/notes.xml'), 'just some words\n');
  writeFileSync(path.join(outside, 'secret.xml'), readFileSync(path.join(examples, 'junit.xml')));
  symlinkSync(path.join(outside, 'secret.xml'), path.join(workspace, 'reports/link.xml'));
});

const options = () => ({ cwd: workspace, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES });

describe('collectEvidence', () => {
  it('reads each matched file once: detected format, size and the sha256 of its bytes', async () => {
    const { files } = await collectEvidence({ tests: ['reports/junit.xml'] }, options());
    const bytes = readFileSync(path.join(workspace, 'reports/junit.xml'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      path: 'reports/junit.xml',
      kind: 'tests',
      format: 'junit-xml',
      status: 'ok',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('marks broken, empty and unknown files and still hashes them', async () => {
    const { files } = await collectEvidence(
      { tests: ['reports/{broken,empty,notes}.xml'] },
      options(),
    );
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(byPath['reports/broken.xml']).toMatchObject({ status: 'unreadable' });
    expect(byPath['reports/broken.xml']?.error).toMatch(/^reports\/broken\.xml:\d+:\d+: /);
    expect(byPath['reports/empty.xml']).toMatchObject({
      status: 'unrecognised',
      error: 'reports/empty.xml: empty file, no evidence in it',
    });
    expect(byPath['reports/notes.xml']?.status).toBe('unrecognised');
    expect(byPath['reports/broken.xml']?.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(workspace, 'reports/broken.xml')))
        .digest('hex'),
    );
  });

  it('reports globs that match nothing', async () => {
    const { files, unmatched } = await collectEvidence(
      { coverage: ['coverage/lcov.info'] },
      options(),
    );
    expect(files).toEqual([]);
    expect(unmatched).toEqual([{ kind: 'coverage', pattern: 'coverage/lcov.info' }]);
  });

  it('never reads outside the working directory unless allowed', async () => {
    const escaping = await collectEvidence(
      { tests: ['../outside/*.xml', path.join(outside, 'secret.xml')] },
      options(),
    );
    expect(escaping.files).toEqual([]);
    const linked = await collectEvidence({ tests: ['reports/link.xml'] }, options());
    expect(linked.files[0]).toMatchObject({ status: 'outside-workspace' });
    expect(linked.files[0]).not.toHaveProperty('data');
    const allowed = await collectEvidence(
      { tests: ['../outside/*.xml'] },
      { ...options(), allowOutside: ['../outside'] },
    );
    expect(allowed.files[0]).toMatchObject({ status: 'ok', format: 'junit-xml' });
  });

  it('reports a file over the size limit without reading it (2 GB sparse file)', async () => {
    const huge = path.join(workspace, 'reports/huge.xml');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const { files } = await collectEvidence({ tests: ['reports/huge.xml'] }, options());
    expect(files[0]).toMatchObject({ status: 'too-large', bytes: 2 * 1024 ** 3, sha256: '' });
    expect(files[0]?.error).toMatch(/over the evidence size limit/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('discoverEvidence, readDiscovered and discoveredBytes', () => {
  it('list what collectEvidence reads, in its order, and sum the bytes it would read', async () => {
    const dir = path.join(workspace, 'sized');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.xml'), 'a'.repeat(100));
    writeFileSync(path.join(dir, 'b.xml'), 'b'.repeat(250));
    writeFileSync(path.join(dir, 'big.xml'), 'c'.repeat(5000));
    const globs = { tests: ['sized/*.xml', 'sized/a.xml'], coverage: ['sized/none.info'] };
    const limited = { cwd: workspace, maxBytes: 1000 };
    const discovered = await discoverEvidence(globs, limited);
    // a.xml matched twice is listed once; nothing is read yet
    expect(discovered.files.map((f) => [path.basename(f.absolute), f.kind])).toEqual([
      ['a.xml', 'tests'],
      ['b.xml', 'tests'],
      ['big.xml', 'tests'],
    ]);
    expect(discovered.unmatched).toEqual([{ kind: 'coverage', pattern: 'sized/none.info' }]);
    const read = await readDiscovered(discovered, limited);
    expect(read.files.map((f) => [f.path, f.kind, f.status, f.bytes])).toEqual([
      ['sized/a.xml', 'tests', 'unrecognised', 100],
      ['sized/b.xml', 'tests', 'unrecognised', 250],
      ['sized/big.xml', 'tests', 'too-large', 5000],
    ]);
    expect(read.unmatched).toBe(discovered.unmatched);
    // a file over the limit is not read, so it counts nothing
    expect(await discoveredBytes(discovered, limited.maxBytes)).toBe(100 + 250);
    expect(await discoveredBytes(discovered, 5000)).toBe(100 + 250 + 5000);
    rmSync(path.join(dir, 'b.xml'));
    expect(await discoveredBytes(discovered, limited.maxBytes)).toBe(100); // gone since: nothing
  });
});

describe('collectEvidence on files of many chunks', () => {
  /** Names with 2-, 3- and 4-byte characters, so chunk ends fall inside characters too. */
  const names = ['caf\u00e9', '\u65e5\u672c\u8a9e', 'emoji \u{1f600}', 'plain'];

  function manyChunkFiles(): { junit: string; lcov: string } {
    const cases: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const name = `${names[i % names.length]} case ${i}`;
      const child = i % 7 === 0 ? `<failure message="expected ${i} &amp; got ${i + 1}"/>` : '';
      cases.push(
        `  <testcase classname="suite.S${i % 13}" name="${name}" time="${(i % 997) / 100}">${child}</testcase>`,
      );
    }
    const junit = path.join(workspace, 'reports/many-chunks.xml');
    writeFileSync(junit, `<testsuite name="many">\n${cases.join('\n')}\n</testsuite>\n`);
    const records: string[] = [];
    for (let file = 0; file < 700; file++) {
      records.push(`SF:src/${names[file % names.length]}/file-${file}.ts`);
      for (let line = 1; line <= 200; line++) records.push(`DA:${line},${(line * file) % 5}`);
      records.push('end_of_record');
    }
    const lcov = path.join(workspace, 'coverage-many-chunks.info');
    writeFileSync(lcov, `${records.join('\n')}\n`);
    return { junit, lcov };
  }

  it('parses and hashes them as a stream of separate chunks would', async () => {
    const { junit, lcov } = manyChunkFiles();
    for (const file of [junit, lcov])
      expect(readFileSync(file).length).toBeGreaterThan(1024 * 1024);
    const { files } = await collectEvidence(
      { tests: ['reports/many-chunks.xml'], coverage: ['coverage-many-chunks.info'] },
      options(),
    );
    expect(files.map((file) => file.status)).toEqual(['ok', 'ok']);
    for (const [file, absolute] of [
      [files[0], junit],
      [files[1], lcov],
    ] as const) {
      const bytes = readFileSync(absolute);
      expect(file?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const collector = collectorFor(file?.format ?? '');
      // the reference: the same collector over chunks of another size, each a buffer of its own
      const expected = await collector?.parse({
        path: absolute,
        chunks: createReadStream(absolute, { highWaterMark: 7 * 1024 + 3 }),
        bytes: bytes.length,
      });
      expect(file?.data).toEqual(expected?.data);
    }
    expect(files[0]?.data).toMatchObject({ totals: { total: 30_000, failed: 4286 } });
  });
});
