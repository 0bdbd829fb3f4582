import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultTemplate } from '../../src/render/default-template.js';
import { compileTemplate } from '../../src/render/engine.js';
import { SHRINK_STEPS } from '../../src/render/fit.js';
import { buildView, FULL_VIEW, type ReportView } from '../../src/render/view.js';
import { runPipeline, TEMPLATES_DIR } from '../../src/pipeline.js';
import { sampleCertification } from '../support/sample-certification.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const fromSource = compileTemplate(readFileSync(path.join(TEMPLATES_DIR, 'report.md.hbs'), 'utf8'));
const precompiled = defaultTemplate();

describe('the precompiled default template', () => {
  it('is what templates/report.md.hbs compiles to now (npm run build regenerates it)', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'precompile-template.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });

  it('renders the examples report as the template source does, at every shrink step', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'certify-default-template-'));
    try {
      const result = await runPipeline({
        cwd: path.join(ROOT, 'examples'),
        configPath: 'certify.yml',
        outputDir: out,
        subject: { repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/heads/main', pullRequest: null },
      });
      // The report file (rendered with the precompiled template) is the text the source gives.
      expect(result.markdown).toBe(fromSource(buildView(result.certification, SHRINK_STEPS[0] ?? FULL_VIEW)));
      for (const options of [FULL_VIEW, ...SHRINK_STEPS]) {
        const view = buildView(result.certification, options);
        expect(precompiled(view)).toBe(fromSource(view));
      }
      expect(result.markdown).toMatch(/coverage/i);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('renders a failing certification as the template source does', () => {
    const view = buildView(sampleCertification(), FULL_VIEW);
    expect(precompiled(view)).toBe(fromSource(view));
    expect(precompiled(view)).toContain('rejects truncated input');
  });

  it('is strict like the compiled one: a view without a field the template names is an error', () => {
    const broken = { ...buildView(sampleCertification(), FULL_VIEW) } as Partial<ReportView>;
    delete broken.headline;
    expect(() => fromSource(broken as ReportView)).toThrow(/headline/);
    expect(() => precompiled(broken as ReportView)).toThrow(/headline/);
  });
});
