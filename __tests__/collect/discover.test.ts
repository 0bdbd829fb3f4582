import { describe, expect, it, beforeAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectEvidence, DEFAULT_MAX_EVIDENCE_BYTES } from '../../src/collect/discover.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/evidence');
let workspace: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'certify-discover-'));
  workspace = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  mkdirSync(path.join(workspace, 'reports'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(workspace, 'reports/junit.xml'), readFileSync(path.join(examples, 'junit.xml')));
  writeFileSync(path.join(workspace, 'reports/broken.xml'), '<testsuite name="x">\n  <testcase name="a">\n');
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
    const { files } = await collectEvidence({ tests: ['reports/{broken,empty,notes}.xml'] }, options());
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(byPath['reports/broken.xml']).toMatchObject({ status: 'unreadable' });
    expect(byPath['reports/broken.xml']?.error).toMatch(/^reports\/broken\.xml:\d+:\d+: /);
    expect(byPath['reports/empty.xml']).toMatchObject({ status: 'unrecognised', error: 'reports/empty.xml: empty file, no evidence in it' });
    expect(byPath['reports/notes.xml']?.status).toBe('unrecognised');
    expect(byPath['reports/broken.xml']?.sha256).toBe(
      createHash('sha256').update(readFileSync(path.join(workspace, 'reports/broken.xml'))).digest('hex'),
    );
  });

  it('reports globs that match nothing', async () => {
    const { files, unmatched } = await collectEvidence({ coverage: ['coverage/lcov.info'] }, options());
    expect(files).toEqual([]);
    expect(unmatched).toEqual([{ kind: 'coverage', pattern: 'coverage/lcov.info' }]);
  });

  it('never reads outside the working directory unless allowed', async () => {
    const escaping = await collectEvidence({ tests: ['../outside/*.xml', path.join(outside, 'secret.xml')] }, options());
    expect(escaping.files).toEqual([]);
    const linked = await collectEvidence({ tests: ['reports/link.xml'] }, options());
    expect(linked.files[0]).toMatchObject({ status: 'outside-workspace' });
    expect(linked.files[0]).not.toHaveProperty('data');
    const allowed = await collectEvidence({ tests: ['../outside/*.xml'] }, { ...options(), allowOutside: ['../outside'] });
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
