/**
 * Containment and size limits against a hostile workspace (a fork PR controls every file and
 * link in it): directory links pointing out, `**` across them, a link to `/`, link loops,
 * FIFOs and devices, `allow-outside` given as a glob, files over the limit among good ones, and
 * files whose size changes or lies (/proc) between stat and read.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  collectEvidence,
  DEFAULT_MAX_EVIDENCE_BYTES,
  readEvidenceFile,
} from '../../src/collect/discover.js';
import { MAX_WHOLE_TEXT_BYTES } from '../../src/collect/read/text.js';
import type { CollectedFile } from '../../src/model/evidence.js';

const examples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../examples/evidence',
);
let workspace: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'certify-discover-hostile-'));
  workspace = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  const junit = readFileSync(path.join(examples, 'junit.xml'));
  mkdirSync(path.join(workspace, 'reports/real'), { recursive: true });
  mkdirSync(path.join(outside, 'deep'), { recursive: true });
  writeFileSync(path.join(workspace, 'reports/real/inside.xml'), junit);
  writeFileSync(path.join(outside, 'secret.xml'), junit);
  writeFileSync(path.join(outside, 'deep/nested-secret.xml'), junit);
  // a link to a directory outside, a link to the root of the file system, a loop, and a link
  // to a directory inside (which is walked as before)
  symlinkSync(outside, path.join(workspace, 'reports/out'));
  symlinkSync('/', path.join(workspace, 'reports/root'));
  symlinkSync('..', path.join(workspace, 'reports/real/loop'));
  symlinkSync(path.join(workspace, 'reports/real'), path.join(workspace, 'reports/in'));
});

const options = (extra: { allowOutside?: string[]; maxBytes?: number } = {}) => ({
  cwd: workspace,
  maxBytes: DEFAULT_MAX_EVIDENCE_BYTES,
  ...extra,
});
const statuses = (files: readonly CollectedFile[]) => files.map((f) => [f.path, f.status]);

describe('globs across directory links', () => {
  it('`**/*.xml` does not walk a linked directory outside, nor a link to /; a file reached by several paths is read once', async () => {
    const { files } = await collectEvidence({ tests: ['**/*.xml'] }, options());
    // reports/real/inside.xml is also reports/in/inside.xml and reports/real/loop/real/inside.xml:
    // counted once (under the first path in sorted order), not three times
    expect(statuses(files)).toEqual([['reports/in/inside.xml', 'ok']]);
    expect(JSON.stringify(files)).not.toContain(outside);
  });

  it('a linked directory named in the pattern is listed but every file in it is refused, not read', async () => {
    const { files } = await collectEvidence({ tests: ['reports/out/**/*.xml'] }, options());
    expect(statuses(files)).toEqual([
      ['reports/out/deep/nested-secret.xml', 'outside-workspace'],
      ['reports/out/secret.xml', 'outside-workspace'],
    ]);
    for (const file of files) {
      expect(file).not.toHaveProperty('data');
      expect(file.sha256).toBe('');
    }
  });

  it('a linked directory outside is walked when allow-outside lists its target', async () => {
    const { files } = await collectEvidence(
      { tests: ['reports/**/*.xml'] },
      options({ allowOutside: [outside] }),
    );
    expect(statuses(files)).toEqual([
      ['reports/in/inside.xml', 'ok'],
      ['reports/out/deep/nested-secret.xml', 'ok'],
      ['reports/out/secret.xml', 'ok'],
    ]);
  });
});

describe('allow-outside', () => {
  it('given as the same glob as the evidence pattern: the files it matches are read', async () => {
    const { files } = await collectEvidence(
      { tests: ['../outside/*.xml'] },
      options({ allowOutside: ['../outside/*.xml'] }),
    );
    expect(statuses(files)).toEqual([[path.join(outside, 'secret.xml'), 'ok']]);
  });

  it('a glob allows no more than it covers, and no sibling that shares its prefix', async () => {
    mkdirSync(path.join(path.dirname(outside), 'outside-evil'), { recursive: true });
    writeFileSync(
      path.join(path.dirname(outside), 'outside-evil/x.xml'),
      readFileSync(path.join(examples, 'junit.xml')),
    );
    const narrower = await collectEvidence(
      { tests: ['../outside/**/*.xml'] },
      options({ allowOutside: ['../outside/*.xml'] }),
    );
    expect(narrower.files).toEqual([]);
    expect(narrower.unmatched).toEqual([{ kind: 'tests', pattern: '../outside/**/*.xml' }]);
    const sibling = await collectEvidence(
      { tests: ['../outside-evil/*.xml'] },
      options({ allowOutside: ['../outside'] }),
    );
    expect(sibling.files).toEqual([]);
  });
});

describe('files that are not regular files', () => {
  it('a FIFO in the workspace is never opened (it would block forever)', async () => {
    const fifo = path.join(workspace, 'reports/real/pipe.xml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    const globbed = await collectEvidence({ tests: ['reports/real/*.xml'] }, options());
    expect(statuses(globbed.files)).toEqual([['reports/real/inside.xml', 'ok']]);
    const named = await readEvidenceFile(fifo, options());
    expect(named).toMatchObject({
      status: 'unreadable',
      error: 'reports/real/pipe.xml: not a regular file',
    });
  });

  it('a device allowed outside is refused as not a regular file (/dev/zero never ends)', async () => {
    if (!existsSync('/dev/zero')) return;
    const record = await readEvidenceFile('/dev/zero', options({ allowOutside: ['/dev/zero'] }));
    expect(record).toMatchObject({ status: 'unreadable', error: '/dev/zero: not a regular file' });
  });
});

describe('size limit', () => {
  it('a file over the limit among good ones is reported, and the others are still read', async () => {
    const dir = path.join(workspace, 'sized');
    mkdirSync(dir);
    const junit = readFileSync(path.join(examples, 'junit.xml'));
    writeFileSync(path.join(dir, 'a.xml'), junit);
    writeFileSync(
      path.join(dir, 'b-big.xml'),
      Buffer.concat([junit, Buffer.alloc(junit.length + 1, 0x20)]),
    );
    writeFileSync(path.join(dir, 'c.xml'), junit);
    const { files } = await collectEvidence(
      { tests: ['sized/*.xml'] },
      options({ maxBytes: junit.length * 2 }),
    );
    expect(statuses(files)).toEqual([
      ['sized/a.xml', 'ok'],
      ['sized/b-big.xml', 'too-large'],
      ['sized/c.xml', 'ok'],
    ]);
    expect(files[1]?.error).toMatch(/over the evidence size limit/);
  });

  it('a format read whole (benchmark JSON) stops at its own cap, far below the evidence size limit', async () => {
    const file = path.join(workspace, 'reports/huge-benchmark.json');
    const head = Buffer.from('{"machine_info": {}, "commit_info": {}, "benchmarks": [');
    writeFileSync(file, head);
    truncateSync(file, MAX_WHOLE_TEXT_BYTES + 1); // the rest is NUL bytes, on disk as a hole
    const record = await readEvidenceFile(file, options());
    expect(record).toMatchObject({ format: 'pytest-benchmark-json', status: 'unreadable' });
    expect(record.error).toBe(
      'reports/huge-benchmark.json:1:1: over 64 MiB, too big for a format that is read whole (real reports are far smaller)',
    );
  });

  it('a file longer than its stat size (growing, or /proc) is cut at the limit and reported too large', async () => {
    // /proc files report size 0 and hold more: the limit must hold on what is read, not on stat
    if (!existsSync('/proc/self/maps')) return;
    const record = await readEvidenceFile(
      '/proc/self/maps',
      options({ allowOutside: ['/proc'], maxBytes: 64 }),
    );
    expect(record.bytes).toBe(0);
    expect(record).toMatchObject({ status: 'too-large', sha256: '' });
    expect(record.error).toMatch(/grew past the evidence size limit of 64 bytes/);
    expect(record).not.toHaveProperty('data');
  });
});
