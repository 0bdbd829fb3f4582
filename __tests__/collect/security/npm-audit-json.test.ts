import { describe, expect, it } from '@jest/globals';
import { detectFormat } from '../../../src/collect/registry.js';
import { npmAuditJson } from '../../../src/collect/security/npm-audit-json.js';
import {
  assertMutationsParseOrFail,
  fixtureReader,
  parseChunked,
  parseErrorOf,
} from '../stream-support.js';

const fixture = fixtureReader(import.meta.url, 'npm-audit-json');
const parse = (text: string, size = 4096) => parseChunked(npmAuditJson, 'audit.json', text, size);
const parseError = (text: string) => parseErrorOf(parse(text, 11));

describe('npm-audit-json', () => {
  it.each(['npm7-all-severities.json', 'npm6-paths.json'])('detects %s by content', (name) => {
    expect(detectFormat(fixture(name))?.format).toBe('npm-audit-json');
  });

  it('npm 7+: one vulnerable package per finding, as metadata.vulnerabilities counts them', async () => {
    const { data, diagnostics } = await parse(fixture('npm7-all-severities.json'), 64);
    // metadata: info 1, low 1, moderate 1, high 2, critical 1, total 6 (info counts as low).
    expect(data.totals).toEqual({ critical: 1, high: 2, medium: 1, low: 2, total: 6 });
    expect(data.byTool).toEqual({ 'npm audit': data.totals });
    expect(diagnostics).toEqual([]);
    expect(data.findings.map((f) => [f.severity, f.package, f.ruleId])).toEqual([
      ['critical', '@babel/traverse', 'GHSA-67hx-6x53-jw92'],
      ['high', 'semver', 'GHSA-c2qf-rxjj-qqgw'],
      ['high', 'make-dir', 'via semver'],
      ['medium', 'word-wrap', 'GHSA-j8xg-fqg3-53r7'],
      ['low', 'debug', 'GHSA-gxpj-cx7g-858c'],
      ['low', 'legacy-notice', 'npm-1500'],
    ]);
    expect(data.findings[2]?.message).toBe('Depends on vulnerable versions of semver');
    expect(data.findings[0]?.message).toBe(
      'Babel vulnerable to arbitrary code execution when compiling specifically crafted malicious code - https://github.com/advisories/GHSA-67hx-6x53-jw92',
    );
  });

  it('npm 6: each advisory counted once per dependency path, as npm 6 printed', async () => {
    const { data, diagnostics } = await parse(fixture('npm6-paths.json'), 50);
    // lodash (high): 3 paths; minimist (low): 1 + 2 paths over two versions.
    expect(data.totals).toEqual({ critical: 0, high: 3, medium: 0, low: 3, total: 6 });
    expect(diagnostics).toEqual([]);
    expect(data.findings.map((f) => f.message.split('\n')[1])).toEqual([
      'Path: lodash',
      'Path: webpack > lodash',
      'Path: @babel/core > lodash',
      'Path: mkdirp > minimist',
      'Path: minimist',
      'Path: optimist > minimist',
    ]);
    expect(new Set(data.findings.map((f) => f.ruleId))).toEqual(new Set(['npm-1523', 'npm-1179']));
  });

  it('warns when its count differs from the report’s own metadata', async () => {
    const text = fixture('npm7-all-severities.json').replace('"high": 2,', '"high": 5,');
    const { data, diagnostics } = await parse(text);
    expect(data.totals.high).toBe(2);
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [
        'warning',
        "counts differ from the report's metadata.vulnerabilities (high: 2 counted, npm says 5)",
      ],
    ]);
    expect(diagnostics[0]?.position?.line).toBeGreaterThan(1);
  });

  it('keeps a package named like an Object.prototype member', async () => {
    const text =
      '{"auditReportVersion": 2, "vulnerabilities": {"constructor": {"name": "constructor", "severity": "low", "via": []}}, "metadata": {"vulnerabilities": {"info": 0, "low": 1, "moderate": 0, "high": 0, "critical": 0, "total": 1}}}';
    const { data } = await parse(text);
    expect(data.findings.map((f) => f.package)).toEqual(['constructor']);
  });

  it.each([
    [
      '{"auditReportVersion": 3, "vulnerabilities": {}}',
      /auditReportVersion 3 is not supported/,
      1,
      24,
    ],
    [
      '{"auditReportVersion": 2, "vulnerabilities": {"x": {"severity": "urgent"}}}',
      /^vulnerabilities\["x"\]\.severity: Invalid option/,
      1,
      52,
    ],
    [
      '{"auditReportVersion": 2, "vulnerabilities": []}',
      /'vulnerabilities' must be an object, found an array/,
      1,
      46,
    ],
    [
      '{"error": {"code": "ENOLOCK", "summary": "This command requires an existing lockfile."}}',
      /npm audit reported an error instead of a report \(ENOLOCK: This command requires an existing lockfile\.\)/,
      1,
      11,
    ],
    [
      '{"advisories": {"1": {"severity": "high"}}}',
      /^advisories\["1"\]\.module_name: Invalid input/,
      1,
      22,
    ],
  ])('%s is refused with a position', async (text, reason, line, column) => {
    const error = await parseError(text);
    expect(error.reason).toMatch(reason);
    expect(error.position).toEqual({ line, column });
  });

  // Real `npm audit --json` output of npm 11.19.1 when it cannot audit (fixtures README):
  // npm exits 1 and writes an error object, not a report. Both must be recognised as npm audit
  // output and refused with npm's own reason, not taken for an unknown format.
  it.each([
    [
      'npm-11.19-enolock.json',
      // npm audit (text mode) on the same project: "npm error code ENOLOCK" /
      // "npm error audit This command requires an existing lockfile."
      'npm audit reported an error instead of a report (ENOLOCK: This command requires an existing lockfile.)',
    ],
    [
      'npm-11.19-endpoint-405.json',
      // npm's stderr for the same run: "npm warn audit 405 Method Not Allowed - POST
      // https://registry.npmjs.org/-/npm/v1/security/advisories/bulk"
      'npm audit reported an error instead of a report (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)',
    ],
  ])('real npm error output %s: detected and refused with npm’s reason', async (name, reason) => {
    expect(detectFormat(fixture(name))?.format).toBe('npm-audit-json');
    const error = await parseError(fixture(name));
    expect(error.reason).toBe(reason);
  });

  it('truncated anywhere: a parse error with line and column', async () => {
    const text = fixture('npm7-all-severities.json');
    for (let cut = 0; cut < text.length - 1; cut += 61) {
      const error = await parseError(text.slice(0, cut));
      expect(error.position.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('npm-audit-json: mutated input (property)', () => {
  it('gives a result or an EvidenceParseError, never another exception', async () => {
    const sources = ['npm7-all-severities.json', 'npm6-paths.json'].map(fixture);
    await assertMutationsParseOrFail(sources, parse);
  });
});
