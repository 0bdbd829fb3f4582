import { describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MAX_CERTIFICATION_BYTES,
  MAX_STRING_CHARS,
  parseCertification,
} from '../../src/model/certification-schema.js';
import { runPipeline } from '../../src/pipeline.js';
import { sampleCertification } from '../support/sample-certification.js';

const JUNIT = `<?xml version="1.0"?>
<testsuite name="s" tests="3" failures="1">
  <testcase classname="s" name="a" file="src/a.test.ts" line="3" time="0.1"/>
  <testcase classname="s" name="b" time="0.2"><failure message="boom">boom</failure></testcase>
  <testcase classname="s" name="c" time="0.3"/>
</testsuite>
`;

describe('parseCertification', () => {
  it('accepts the certification.json the pipeline writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certify-schema-'));
    try {
      await mkdir(join(dir, 'reports'));
      await writeFile(join(dir, 'reports', 'junit.xml'), JUNIT);
      const result = await runPipeline({
        cwd: dir,
        outputDir: 'out',
        subject: {
          repository: 'o/r',
          sha: 'a'.repeat(40),
          ref: 'refs/heads/main',
          pullRequest: null,
        },
      });
      const parsed = parseCertification(await readFile(result.jsonPath, 'utf8'));
      expect(parsed).toEqual({ ok: true, certification: result.certification });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('drops keys it does not know', () => {
    const parsed = parseCertification(
      JSON.stringify({ ...sampleCertification(), run: 'rm -rf /' }),
    );
    expect(parsed.ok && 'run' in parsed.certification).toBe(false);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1', /not JSON/],
    ['an array', '[]', /does not match/],
    [
      'a newer schema version',
      JSON.stringify({ ...sampleCertification(), schemaVersion: 2 }),
      /schemaVersion/,
    ],
    ['passed as a string', JSON.stringify({ ...sampleCertification(), passed: 'true' }), /passed/],
    [
      'a score of 1e999 (Infinity)',
      JSON.stringify(sampleCertification()).replace('"score":61.5', '"score":1e999'),
      /score/,
    ],
    [
      'a negative count',
      JSON.stringify({ ...sampleCertification(), failingTests: { shown: [], total: -1 } }),
      /failingTests/,
    ],
    [
      'a string over the cap',
      JSON.stringify({ ...sampleCertification(), level: 'x'.repeat(MAX_STRING_CHARS + 1) }),
      /level/,
    ],
    [
      'a missing field',
      JSON.stringify({ ...sampleCertification(), requirements: undefined }),
      /requirements/,
    ],
  ])('rejects %s, naming the problem', (_name, json, message) => {
    const parsed = parseCertification(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('refuses text over the size cap without parsing it', () => {
    const parsed = parseCertification(' '.repeat(MAX_CERTIFICATION_BYTES + 1));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('larger than') });
  });
});
