import path from 'node:path';
import type { CollectedEvidence } from './collect/discover.js';
import type { Settings } from './config/settings.js';
import type { Certification } from './model/certification.js';
import type { ReportTemplate } from './render/engine.js';
import { fittingRenderer } from './render/fit.js';
import { buildView, FULL_VIEW } from './render/view.js';
import { writeFileAtomic } from './report-files.js';
import { certificationJson } from './certification-json.js';
import { certify } from './score/certify.js';
import { VERSION } from './version.js';
import { baselineFromFile, changedLines } from './compare-sources.js';
import { loadTemplate, renderOrExplain, type PipelineOptions, type PipelineResult } from './pipeline.js';

export const MAX_FILE_MARKDOWN = 1024 * 1024;

/**
 * score → render → write, on evidence already read. Its own module so that start-up loads none
 * of it (the scoring, the report view and the template engine) before the first evidence read.
 */
export async function reportOnEvidence(
  settings: Settings,
  collected: CollectedEvidence,
  options: PipelineOptions,
): Promise<PipelineResult> {
  const cwd = path.resolve(options.cwd);
  const template = await loadTemplate(settings, cwd);
  // The default policy lists many likely places; only globs the user wrote are worth reporting.
  const unmatched = settings.defaultEvidence ? [] : collected.unmatched;
  let baseline = options.baseline ?? null;
  let baselineNote: string | undefined;
  if (options.baselinePath) ({ baseline, note: baselineNote } = await baselineFromFile(options.baselinePath, cwd));
  let changes = await changedLines({
    cwd,
    ...(options.diffFile ? { diffFile: options.diffFile } : {}),
    ...(options.diffBase ? { diffBase: options.diffBase } : {}),
  });
  if (options.changesFallback && !options.diffFile && !(changes && 'lines' in changes)) {
    const fallback = await options.changesFallback();
    // Lines from the API make git's "history not fetched" beside the point; two failures are both said.
    changes = 'lines' in fallback || !changes ? fallback : { note: `${changes.note}; ${fallback.note}` };
  }
  const certification = certify({
    settings,
    files: collected.files,
    unmatched,
    subject: options.subject,
    now: options.now ?? new Date(),
    version: VERSION,
    baseline,
    baselineBranch: options.baselineBranch ?? null,
    changes: changes && 'lines' in changes ? changes : null,
    ...(options.history ? { history: options.history } : {}),
  });
  const notes = [baselineNote, options.baselineNote, changes && 'note' in changes ? changes.note : undefined].filter((n): n is string => n !== undefined);
  if (notes.length > 0) certification.baseline.note = [certification.baseline.note, ...notes].filter(Boolean).join('; ');
  const renderBody = renderBodyWithin(certification, template, settings);
  const markdown = renderBody(MAX_FILE_MARKDOWN);
  const outputDir = path.resolve(cwd, options.outputDir);
  const jsonPath = path.join(outputDir, 'certification.json');
  const markdownPath = path.join(outputDir, 'certification.md');
  await writeFileAtomic(jsonPath, certificationJson(certification));
  await writeFileAtomic(markdownPath, markdown);
  return { settings, certification, markdown, renderBody, template, outputDir, jsonPath, markdownPath };
}

/** The report body in at most `limit` characters (comment, check run, job summary); each shrink step rendered once. */
export function renderBodyWithin(
  certification: Certification,
  template: ReportTemplate,
  settings: Settings,
): (limit: number) => string {
  const render = fittingRenderer(certification, template);
  return (limit) => renderOrExplain(() => render(limit), settings);
}

/** Renders the full report (for checks that it compiles against a view). */
export function renderFull(certification: Certification, template: ReportTemplate): string {
  return template(buildView(certification, FULL_VIEW));
}
