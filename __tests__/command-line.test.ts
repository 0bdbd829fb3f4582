import { describe, expect, it, beforeEach } from '@jest/globals';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/command-line.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'certify-cli-'));
  cpSync(path.join(examples, 'evidence'), path.join(dir, 'evidence'), { recursive: true });
  cpSync(path.join(examples, 'certify.yml'), path.join(dir, 'certify.yml'));
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) }, dir);
  return { code, out, err };
}

const report = () =>
  JSON.parse(readFileSync(path.join(dir, 'out/certification.json'), 'utf8')) as {
    level: string | null;
    passed: boolean;
    levels: { name: string; met: boolean }[];
    evidence: { path: string }[];
  };

describe('certify', () => {
  it('exits 0 at or above the required level and writes both files', async () => {
    const { code, out } = await cli('--config', 'certify.yml', '--out', 'out');
    const cert = report();
    expect(cert.passed).toBe(true);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toContain(`level ${cert.level ?? 'none'}`);
    expect(readFileSync(path.join(dir, 'out/certification.md'), 'utf8')).toMatch(/^## /);
  });

  it('names the metric in front of each "To reach" gap, as the markdown report does', async () => {
    const { out } = await cli('--config', 'certify.yml', '--out', 'out');
    const cert = JSON.parse(readFileSync(path.join(dir, 'out/certification.json'), 'utf8')) as {
      next: { level: string; unmet: { metric: string; gap?: string }[] } | null;
    };
    expect(cert.next?.unmet.length).toBeGreaterThan(0);
    const lines = out.split('\n');
    const from = lines.indexOf(`To reach ${cert.next?.level ?? ''}:`);
    expect(from).toBeGreaterThan(0);
    const printed = lines.slice(from + 1, from + 1 + (cert.next?.unmet.length ?? 0));
    expect(printed).toEqual(
      cert.next?.unmet.map((unmet) => `  - ${unmet.metric} ${unmet.gap ?? ''}`),
    );
  });

  it('exits 1 below the required level', async () => {
    const { code, out } = await cli('--config', 'certify.yml', '--out', 'out', '--require', 'gold');
    const cert = report();
    // The examples carry one failing test on purpose, so gold (tests.failed == 0) cannot hold.
    expect(cert.levels.find((l) => l.name === 'gold')?.met).toBe(false);
    expect(code).toBe(1);
    expect(out).toContain('gate FAILED (requires gold)');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--config', 'missing.yml'], /missing\.yml: cannot read the config file/],
    [['--require', 'platinum', '--config', 'certify.yml'], /'platinum' is not one of the levels/],
  ])('exits 2 for %j', async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('exits 2 when no evidence file could be read', async () => {
    writeFileSync(
      path.join(dir, 'empty.yml'),
      "evidence:\n  tests: ['nothing/*.xml']\nlevels:\n  a: { tests.failed: '== 0' }\n",
    );
    const { code, err, out } = await cli('--config', 'empty.yml', '--out', 'out');
    expect(code).toBe(2);
    expect(err).toContain('no evidence file could be read');
    expect(out).toContain("tests glob 'nothing/*.xml' matched no file");
  });
});

describe('certify parse', () => {
  it('prints normalized test evidence with totals and cases', async () => {
    const { code, out } = await cli('parse', 'evidence/node-test-junit.xml');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      format: string;
      totals: Record<string, number>;
      cases: { status: string }[];
    };
    expect(parsed.format).toBe('junit-xml');
    // node --test printed "tests 4, pass 2, fail 1, skipped 1" for this run (see the file's trailing comments).
    const xml = readFileSync(path.join(dir, 'evidence/node-test-junit.xml'), 'utf8');
    const printed = (name: string) => Number(new RegExp(`<!-- ${name} (\\d+) -->`).exec(xml)?.[1]);
    expect(parsed.totals).toMatchObject({
      total: printed('tests'),
      passed: printed('pass'),
      failed: printed('fail'),
      skipped: printed('skipped'),
    });
    expect(parsed.cases).toHaveLength(printed('tests'));
  });

  it('prints coverage totals and files', async () => {
    const { code, out } = await cli('parse', 'evidence/coverage/lcov.info');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      totals: { lines: { covered: number; total: number; pct: number } };
      files: unknown[];
    };
    const lcov = readFileSync(path.join(dir, 'evidence/coverage/lcov.info'), 'utf8');
    const sum = (key: string) =>
      [...lcov.matchAll(new RegExp(`^${key}:(\\d+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
    expect(parsed.totals.lines).toMatchObject({ covered: sum('LH'), total: sum('LF') });
    expect(parsed.files).toHaveLength((lcov.match(/^SF:/gm) ?? []).length);
  });

  it('exits 2 with the file and position for an unreadable file', async () => {
    writeFileSync(
      path.join(dir, 'broken.xml'),
      '<testsuites>\n  <testsuite name="a">\n    <testcase name="x">\n',
    );
    const { code, err } = await cli('parse', 'broken.xml');
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.xml:\d+:\d+: /);
  });
});

describe('certify verify', () => {
  it('verifies an untouched report and names a changed evidence file', async () => {
    await cli('--config', 'certify.yml', '--out', 'out');
    const ok = await cli('verify', 'out/certification.json');
    expect(ok.out).toMatch(
      new RegExp(`^verified: ${report().evidence.length} evidence file\\(s\\) unchanged`),
    );
    expect(ok.code).toBe(0);
    appendFileSync(path.join(dir, 'evidence/node-test-junit.xml'), '\n');
    const changed = await cli('verify', 'out/certification.json');
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(/evidence\/node-test-junit\.xml: sha256 [0-9a-f]{12} differs/);
  });

  it('names a figure that no longer matches the evidence', async () => {
    await cli('--config', 'certify.yml', '--out', 'out');
    const file = path.join(dir, 'out/certification.json');
    const forged = JSON.parse(readFileSync(file, 'utf8')) as {
      metrics: { tests: { failed: number } };
    };
    forged.metrics.tests.failed = 0;
    writeFileSync(file, JSON.stringify(forged));
    const result = await cli('verify', 'out/certification.json');
    expect(result.code).toBe(1);
    expect(result.out).toContain('metrics.tests');
  });
});
