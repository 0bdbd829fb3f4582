import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSettings } from '../../src/config/load.js';
import type { CollectedFile } from '../../src/model/evidence.js';
import { totalsOf, type TestCase } from '../../src/model/tests.js';
import { compileTemplate } from '../../src/render/engine.js';
import { fittingRenderer, renderToFit, SHRINK_STEPS } from '../../src/render/fit.js';
import { buildView, FULL_VIEW } from '../../src/render/view.js';
import { certify } from '../../src/score/certify.js';
import { TEMPLATES_DIR } from '../../src/pipeline.js';

const template = compileTemplate(readFileSync(path.join(TEMPLATES_DIR, 'report.md.hbs'), 'utf8'));
const MARKER = '<!-- certify:';

const HOSTILE_NAMES = [
  'pipes | in | name',
  'two\nlines',
  '<img src=x onerror=alert(1)>',
  `${MARKER}comment id=default -->`,
  '@octocat please look',
  '@org/security-team',
  'closes #1234',
  '![tracker](https://evil.example/p.png)',
  'trojan \u202e}\u2066 source',
  '`rm -rf /` in backticks',
  'x'.repeat(5000),
];

function certificationWith(cases: TestCase[]) {
  const file: CollectedFile = {
    path: 'reports/<b>evil</b>|junit.xml',
    kind: 'tests',
    format: 'junit-xml',
    bytes: 10,
    sha256: '0'.repeat(64),
    status: 'ok',
    diagnostics: [],
    data: { kind: 'tests', totals: totalsOf(cases), cases },
  };
  return certify({
    settings: parseSettings(`levels:\n  gold: { tests.failed: '== 0', approves: '@here <b>deploy</b> #1' }\nrequire: gold\n`, 'c.yml', false),
    files: [file],
    unmatched: [],
    subject: { repository: 'o/r', sha: 'a'.repeat(40), ref: null, pullRequest: 7 },
    now: new Date('2026-11-22T00:00:00Z'),
    version: 'test',
  });
}

/** Rows of every markdown table: each must have as many cells as its header. */
function tableShapes(markdown: string): { header: number; row: number; line: string }[] {
  const shapes: { header: number; row: number; line: string }[] = [];
  let header = 0;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = 0;
      continue;
    }
    const cells = line.replace(/\\\|/g, '').split('|').length - 2;
    if (header === 0) header = cells;
    else shapes.push({ header, row: cells, line });
  }
  return shapes;
}

describe('report rendering', () => {
  const cases = HOSTILE_NAMES.map((name, i): TestCase => ({
    suite: `suite ${name}`,
    name,
    file: `src/${name}.ts`,
    line: i + 1,
    status: 'failed',
    message: `expected ${name}`,
  }));
  const cert = certificationWith(cases);
  const markdown = template(buildView(cert, FULL_VIEW));

  it('opens with the level, score and gate result on one line', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ **Not certified** · score 0/100 · gate ❌ failed (requires gold)');
  });

  it('lists every failing test and keeps every table row in shape', () => {
    expect(markdown).toContain(`Failing tests (${HOSTILE_NAMES.length})`);
    for (const shape of tableShapes(markdown)) expect(shape.row).toBe(shape.header);
  });

  it.each([
    ['raw HTML', /<(img|b|script)\b/],
    ['a forged marker', /<!--/],
    ['a mention', /@[A-Za-z]/],
    ['an issue link', /#\d/],
    ['an image', /!\[/],
    ['bidi controls', /[\u202a-\u202e\u2066-\u2069]/],
  ])('contains no %s from user-derived text', (_what, pattern) => {
    expect(markdown).not.toMatch(pattern);
  });

  it('fits a huge report under the comment limit in valid shape', () => {
    const many = Array.from({ length: 3000 }, (_, i): TestCase => ({
      suite: 'big',
      name: `test ${i} ${'y'.repeat(200)}`,
      status: 'failed',
      message: 'z'.repeat(500),
    }));
    const big = certificationWith(many);
    const full = template(buildView(big, FULL_VIEW));
    const fitted = renderToFit(big, template, 65_536);
    expect(fitted.length).toBeLessThanOrEqual(65_536);
    expect(fitted.split('\n')[0]).toBe(full.split('\n')[0]);
    expect((fitted.match(/<details>/g) ?? []).length).toBe((fitted.match(/<\/details>/g) ?? []).length);
    expect(fitted).toMatch(/… and \d+ more/);
  });

  it('answers every limit as renderToFit does, rendering each shrink step at most once', () => {
    const many = Array.from({ length: 3000 }, (_, i): TestCase => ({
      suite: 'big',
      name: `test ${i} ${'y'.repeat(1000)}`,
      status: i % 2 ? 'failed' : 'passed',
      message: 'z'.repeat(500),
    }));
    const big = certificationWith(many);
    let renders = 0;
    const counting: typeof template = (view) => {
      renders++;
      return template(view);
    };
    const render = fittingRenderer(big, counting);
    // Limits between the steps' sizes, asked out of order and again, plus one below them all (the cut).
    const [full = 0, , capped25 = 0, capped5 = 0, smallest = 0] = SHRINK_STEPS.map((options) => template(buildView(big, options)).length);
    expect(new Set([full, capped25, capped5, smallest]).size).toBe(4); // several steps for the cache to keep
    const limits = [1024 * 1024, capped25 - 1, 1_000_000, full - 1, smallest - 1, capped5, 1024 * 1024];
    for (const limit of limits) expect(render(limit)).toBe(renderToFit(big, template, limit));
    expect(render(smallest - 1)).toMatch(/cut to fit the size limit/);
    expect(renders).toBeLessThanOrEqual(5);
  });
});

describe('unreadable evidence', () => {
  it('is said next to the level, on the first line', () => {
    const cert = certificationWith([{ suite: 's', name: 'ok', status: 'passed' }]);
    cert.evidence.push({ path: 'reports/cut.xml', kind: 'tests', format: 'junit-xml', bytes: 5, sha256: 'ab', status: 'unreadable', error: 'reports/cut.xml:3:1: unclosed tag', diagnostics: [] });
    const markdown = template(buildView(cert, FULL_VIEW));
    expect(markdown.split('\n')[0]).toMatch(/· ⚠️ 1 evidence file not read$/);
    expect(markdown).toContain('reports/cut.xml:3:1: unclosed tag');
  });
});
