import { describe, expect, it } from '@jest/globals';
import { detectFormat } from '../../../src/collect/registry.js';
import {
  sarifJson,
  resolveArtifactUri,
  severityOfScore,
} from '../../../src/collect/security/sarif-json.js';
import { FINDINGS_PER_FILE } from '../../../src/model/limits.js';
import { securityOf } from '../../../src/model/security.js';
import {
  assertMutationsParseOrFail,
  fixtureReader,
  parseChunked,
  parseErrorOf,
} from '../stream-support.js';

const fixture = fixtureReader(import.meta.url, 'sarif-json');
const parse = (text: string, size = 4096) => parseChunked(sarifJson, 'test.sarif', text, size);
const parseError = (text: string) => parseErrorOf(parse(text, 13));

describe('sarif-json: real producers’ shapes', () => {
  it.each([
    'trivy-fs.sarif',
    'semgrep-suppressed.sarif',
    'codeql-extensions.sarif',
    'uri-bases-out-of-order.sarif',
    'flawfinder-2.0.19.sarif',
    'eslint-9.39-formatter-sarif-3.1.sarif',
  ])('detects %s by content', (name) => {
    expect(detectFormat(fixture(name))?.format).toBe('sarif-json');
  });

  it('detects a large log that opens with runs and ends with $schema and version (gosec)', () => {
    const result =
      '{"level": "error", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "main.go"}, "region": {"startLine": 3}}}], "message": {"text": "G101"}, "ruleId": "G101"}';
    const head =
      `{\n\t"runs": [\n\t\t{\n\t\t\t"results": [${Array<string>(600).fill(result).join(',')}`.slice(
        0,
        64 * 1024,
      );
    expect(head).not.toMatch(/\$schema|"version"|"tool"/);
    expect(detectFormat(head)?.format).toBe('sarif-json');
    expect(sarifJson.detect('{"runs": [{"name": "bench", "results": [1, 2]}]}')).toBe(false);
  });

  it('Trivy: security-severity decides, on GitHub’s scale', async () => {
    const { data, diagnostics } = await parse(fixture('trivy-fs.sarif'), 100);
    // Rules: 9.8 critical, 7.5 high, 6.5 medium (two results), 3.7 low.
    expect(data.totals).toEqual({ critical: 1, high: 1, medium: 2, low: 1, total: 5 });
    expect(data.byTool).toEqual({ Trivy: data.totals });
    expect(diagnostics).toEqual([]);
    expect(data.findings.map((f) => [f.severity, f.ruleId, f.file, f.line])).toEqual([
      ['critical', 'CVE-2021-44906', 'package-lock.json', 1],
      ['high', 'CVE-2022-24999', 'package-lock.json', 1],
      ['medium', 'CVE-2023-26136', 'package-lock.json', 1],
      ['medium', 'CVE-2023-26136', 'web/package-lock.json', 1],
      ['low', 'CVE-2023-45857', 'web/package-lock.json', 1],
    ]);
    expect(data.findings[0]?.message).toMatch(/^Package: minimist\nInstalled Version: 1\.2\.5/);
  });

  // Real output made here (fixtures README). flawfinder's own text report of the same scan:
  // "Hits = 7", "Hits@level = [0] 0 [1] 1 [2] 1 [3] 1 [4] 4 [5] 0", "Suppressed hits = 1";
  // its SARIF writer gives risk 4-5 level "error", 3 "warning", 0-2 "note".
  it('flawfinder 2.0.19: every hit counted once, by its level; ignored hit not written', async () => {
    const { data, diagnostics } = await parse(fixture('flawfinder-2.0.19.sarif'), 97);
    expect(data.totals).toEqual({ critical: 0, high: 4, medium: 1, low: 2, total: 7 });
    expect(data.byTool).toEqual({ Flawfinder: data.totals });
    expect(diagnostics).toEqual([]);
    // flawfinder: "a.c:6: [4] (buffer) strcpy", "a.c:10: [3] (buffer) getenv", "a.c:11: [1] strlen"
    expect(data.findings.find((f) => f.line === 6)).toMatchObject({
      severity: 'high',
      file: 'a.c',
    });
    expect(data.findings.find((f) => f.line === 10)?.severity).toBe('medium');
    expect(data.findings.find((f) => f.line === 11)?.severity).toBe('low');
  });

  // ESLint's own report of the same run: "✖ 4 problems (2 errors, 2 warnings)"; a third
  // error (no-eval) was silenced by `// eslint-disable-next-line`, which the SARIF formatter
  // writes as a result with an inSource suppression.
  it('ESLint 9 SARIF formatter: suppressed result left out, errors high, warnings medium', async () => {
    const { data, diagnostics } = await parse(fixture('eslint-9.39-formatter-sarif-3.1.sarif'), 71);
    expect(data.totals).toEqual({ critical: 0, high: 2, medium: 2, low: 0, total: 4 });
    expect(diagnostics).toEqual([
      { severity: 'notice', message: 'results not counted: 1 suppressed' },
    ]);
    expect(data.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['no-eval', 2],
      ['eqeqeq', 2],
      ['no-unused-vars', 2],
      ['no-unused-vars', 1],
    ]);
    expect(data.findings[0]?.file).toBe('/tmp/audit-bench/js/src/x.js');
  });

  it('Semgrep: results before tool, rule default levels, suppressed results left out', async () => {
    const { data, diagnostics } = await parse(fixture('semgrep-suppressed.sarif'), 64);
    // error (no level, rule default) + warning + warning (suppression rejected) + note (empty suppressions);
    // the `# nosemgrep` result ("suppressions": [{"kind": "inSource"}]) is not counted.
    expect(data.totals).toEqual({ critical: 0, high: 1, medium: 2, low: 1, total: 4 });
    expect(Object.keys(data.byTool)).toEqual(['Semgrep OSS']);
    expect(data.findings.map((f) => `${f.severity} ${String(f.file)}:${String(f.line)}`)).toEqual([
      'high app/views.py:14',
      'medium app/crypto.py:8',
      'medium app/settings.py:3',
      'low app/templates/näme list.html:9',
    ]);
    expect(diagnostics).toEqual([
      { severity: 'notice', message: 'results not counted: 1 suppressed' },
    ]);
  });

  it('CodeQL: rules in extensions, rule.toolComponent by index and by name, artifact by index', async () => {
    const { data, diagnostics } = await parse(fixture('codeql-extensions.sarif'), 333);
    // security-severity 8.8 high, 9.3 critical, 6.1 medium; unused-local-variable has none: note → low.
    expect(data.totals).toEqual({ critical: 1, high: 1, medium: 1, low: 1, total: 4 });
    expect(data.findings.map((f) => [f.severity, f.ruleId, f.file, f.line])).toEqual([
      ['critical', 'js/code-injection', '/home/runner/work/shop/shop/src/server.js', 44],
      ['high', 'js/sql-injection', '/home/runner/work/shop/shop/src/db.js', 12],
      ['medium', 'js/reflected-xss', '/home/runner/work/shop/shop/src/server.js', 51],
      ['low', 'js/unused-local-variable', '/home/runner/work/shop/shop/src/db.js', 3],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('levels, kinds, baselineState, scores and message strings follow SARIF §3.27', async () => {
    const { data, diagnostics } = await parse(fixture('levels-kinds-baseline.sarif'), 50);
    const byMessage = Object.fromEntries(data.findings.map((f) => [f.message, f.severity]));
    expect(byMessage).toEqual({
      "no level: the rule's default error applies": 'high',
      'no level, no default: warning': 'medium',
      'explicit level wins': 'high',
      "Value 'userInput' reaches sink 'eval'.": 'medium', // rule score 4.0
      "the result's own score wins": 'critical', // 9.0 over the rule's 4.0
      'hierarchical rule id reaches rule CA5350': 'high', // numeric score 7
      'unreadable score: level used': 'high',
      'new since the baseline': 'high',
      'rule not described by the tool: warning': 'medium',
    });
    expect(data.totals).toEqual({ critical: 1, high: 5, medium: 3, low: 0, total: 9 });
    expect(diagnostics).toEqual([
      {
        severity: 'notice',
        message:
          'results not counted: 1 with baselineState "absent" (no longer present), 4 with level "none" (kind pass, informational, notApplicable, open or review)',
      },
      {
        severity: 'warning',
        message:
          '1 results have a security-severity that is not a number; their level was used instead',
      },
    ]);
  });

  it('resolves uris through chained originalUriBaseIds that come after the results', async () => {
    const { data } = await parse(fixture('uri-bases-out-of-order.sarif'), 17);
    expect(data.findings.map((f) => [f.message, f.file ?? null, f.line ?? null])).toEqual([
      [
        'chained base: **SRC** → REPO → file:///C:/work/',
        'C:/work/repo/src/Program Files/App.cs',
        7,
      ],
      ['absolute file URI', '/var/build/lib/util.cs', 3],
      ['base id the log does not define: stays relative', 'docs/readme.md', null],
      ['no location', null, null],
    ]);
    expect(data.byTool).toEqual({
      OrderTest: { critical: 0, high: 0, medium: 4, low: 0, total: 4 },
    });
  });
});

describe('sarif-json: severity and uri rules', () => {
  it.each([
    [10, 'critical'],
    [9.0, 'critical'],
    [8.9, 'high'],
    [7.0, 'high'],
    [6.9, 'medium'],
    [4.0, 'medium'],
    [3.9, 'low'],
    [0.1, 'low'],
    [0, 'low'],
  ] as const)('security-severity %d is %s', (score, severity) => {
    expect(severityOfScore(score)).toBe(severity);
  });

  it('keeps relative uris relative under the filesystem-root base Trivy writes', () => {
    const bases = new Map([['ROOTPATH', { uri: 'file:///' }]]);
    expect(resolveArtifactUri({ uri: 'go.sum', uriBaseId: 'ROOTPATH' }, bases)).toBe('go.sum');
  });

  it('survives a base that refers to itself', () => {
    const bases = new Map([['A', { uri: 'x/', uriBaseId: 'A' }]]);
    expect(resolveArtifactUri({ uri: 'f.c', uriBaseId: 'A' }, bases)).toBe('x/f.c');
  });
});

describe('sarif-json: limits', () => {
  function manyResults(count: number): string {
    const results = Array.from({ length: count }, (_, i) => {
      const level = ['note', 'warning', 'error'][i % 3] ?? 'note';
      const props = i % 500 === 499 ? ', "properties": {"security-severity": "9.5"}' : '';
      return `{"ruleId": "R${i % 7}", "level": "${level}", "message": {"text": "result ${i}"}${props}}`;
    });
    return `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Bulk"}}, "results": [${results.join(',\n')}]}]}`;
  }

  it('counts every result but keeps the most severe as detail', async () => {
    const count = 3 * FINDINGS_PER_FILE + 30;
    const { data, diagnostics } = await parse(manyResults(count), 65536);
    // i % 500 === 499 → critical (6 of them); of the rest, every third is error/warning/note.
    const critical = Math.floor(count / 500);
    expect(data.totals.total).toBe(count);
    expect(data.totals.critical).toBe(critical);
    expect(data.totals.critical + data.totals.high + data.totals.medium + data.totals.low).toBe(
      count,
    );
    expect(data.findings).toHaveLength(FINDINGS_PER_FILE);
    expect(data.findings.slice(0, critical).every((f) => f.severity === 'critical')).toBe(true);
    expect(data.findings.slice(critical).every((f) => f.severity === 'high')).toBe(true);
    expect(diagnostics.at(-1)?.message).toBe(
      `${count} findings counted; the ${FINDINGS_PER_FILE} most severe kept as detail (limit ${FINDINGS_PER_FILE} per file)`,
    );
  });

  it('results written before their tool (as Semgrep does) are counted in full, detail capped', async () => {
    const count = 2 * FINDINGS_PER_FILE + 501;
    // Rule i % 3: E (default error → high), W (default warning → medium), N (note → low);
    // every 10th result is kind "pass" (not counted).
    const results = Array.from({ length: count }, (_, i) => {
      const kind = i % 10 === 9 ? ', "kind": "pass"' : '';
      return `{"ruleId": "${'EWN'[i % 3] ?? ''}", "message": {"text": "r${i}"}${kind}}`;
    });
    const rules =
      '[{"id": "E", "defaultConfiguration": {"level": "error"}}, {"id": "W"}, {"id": "N", "defaultConfiguration": {"level": "note"}}]';
    const text = `{"version": "2.1.0", "runs": [{"results": [${results.join(',')}], "tool": {"driver": {"name": "Late", "rules": ${rules}}}}]}`;
    const { data, diagnostics } = await parse(text, 8192);
    const counted = Array.from({ length: count }, (_, i) => i).filter((i) => i % 10 !== 9);
    const expected = {
      critical: 0,
      high: counted.filter((i) => i % 3 === 0).length,
      medium: counted.filter((i) => i % 3 === 1).length,
      low: counted.filter((i) => i % 3 === 2).length,
      total: counted.length,
    };
    expect(data.totals).toEqual(expected);
    expect(data.byTool).toEqual({ Late: expected });
    expect(data.findings).toHaveLength(FINDINGS_PER_FILE);
    // Every high one is kept, then the earliest medium ones fill the limit.
    expect(data.findings.map((f) => f.severity)).toEqual([
      ...Array<string>(expected.high).fill('high'),
      ...Array<string>(FINDINGS_PER_FILE - expected.high).fill('medium'),
    ]);
    // The kept high findings are the first ones in file order.
    expect(data.findings.slice(0, 3).map((f) => f.message)).toEqual(['r0', 'r3', 'r6']);
    expect(diagnostics[0]?.message).toBe(
      `results not counted: ${count - counted.length} with level "none" (kind pass, informational, notApplicable, open or review)`,
    );
  });

  it('under the cap, totals equal securityOf(findings)', async () => {
    const { data } = await parse(manyResults(200));
    const { totals, byTool } = securityOf(data.findings);
    expect(data.totals).toEqual(totals);
    expect(data.byTool).toEqual(byTool);
  });
});

describe('sarif-json: broken input names a position', () => {
  it('truncated anywhere: a parse error with line and column, never a partial count', async () => {
    const text = fixture('trivy-fs.sarif');
    for (let cut = 0; cut < text.length - 1; cut += 97) {
      const error = await parseError(text.slice(0, cut));
      expect(error.position.line).toBeGreaterThanOrEqual(1);
      expect(error.position.column).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([
    ['[]', 'a SARIF log is a JSON object, found an array', 1, 1],
    ['{"version": "2.1.0", "runs": {}}', "'runs' must be an array of runs, found an object", 1, 30],
    [
      '{"version": "2.1.0", "runs": [{"results": []}]}',
      "runs[0] has no 'tool' object (SARIF requires one)",
      1,
      31,
    ],
    [
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},\n "results": [{"ruleId": "a", "level": "critical"}]}]}',
      'runs[0].results[0].level: Invalid option: expected one of "none"|"note"|"warning"|"error"',
      2,
      14,
    ],
    [
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"rules": [{"defaultConfiguration": {"level": 3}}]}}}]}',
      'runs[0].tool.driver.rules[0].defaultConfiguration.level: Invalid option: expected one of "none"|"note"|"warning"|"error"',
      1,
      40,
    ],
    [
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"suppressions": [{"status": "maybe"}]}]}]}',
      'runs[0].results[0].suppressions[0].status: Invalid option: expected one of "accepted"|"underReview"|"rejected"',
      1,
      79,
    ],
    [
      '{"version": "2.0.0", "runs": []}',
      'SARIF version "2.0.0" is not supported; Certify reads SARIF 2.1.0',
      1,
      13,
    ],
    ['{"runs": []}', "no 'version': not a SARIF log (Certify reads SARIF 2.1.0)", 1, 1],
    [
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [1, 2]}]}',
      'runs[0].results[0] must be a result object, found a number',
      1,
      79,
    ],
  ])('%s', async (text, reason, line, column) => {
    const error = await parseError(text);
    expect(error.reason).toBe(reason);
    expect(error.position).toEqual({ line, column });
  });

  it('warns when a tool did not complete (results null, executionSuccessful false)', async () => {
    const text =
      '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Scanner"}}, "invocations": [{"executionSuccessful": false}], "results": null}]}';
    const { data, diagnostics } = await parse(text);
    expect(data.totals.total).toBe(0);
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(
      /results: null[\s\S]*executionSuccessful: false/,
    );
  });
});

describe('sarif-json: mutated input (property)', () => {
  it('gives a result or an EvidenceParseError, never another exception', async () => {
    const sources = [
      'trivy-fs.sarif',
      'semgrep-suppressed.sarif',
      'codeql-extensions.sarif',
      'levels-kinds-baseline.sarif',
      'uri-bases-out-of-order.sarif',
    ].map(fixture);
    await assertMutationsParseOrFail(sources, parse);
  });
});
