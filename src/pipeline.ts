import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectEvidence } from './collect/discover.js';
import { loadSettings } from './config/load.js';
import type { Settings } from './config/settings.js';
import { ConfigurationError, messageOf } from './errors.js';
import type { Certification, Subject } from './model/certification.js';
import type { ReportTemplate } from './render/engine.js';
import { renderToFit } from './render/fit.js';
import { buildView, FULL_VIEW } from './render/view.js';
import { writeFileAtomic } from './report-files.js';
import { certificationJson } from './certification-json.js';
import { certify } from './score/certify.js';
import { VERSION } from './version.js';
import { baselineFromFile, changedLines } from './compare-sources.js';
import type { ChangesFallback } from './compare-sources.js';
import type { BaselineFigures } from './model/baseline.js';

/** templates/ at the repository root: one level above src/ (jest) and dist/ (bundle). */
export const TEMPLATES_DIR = process.env['CERTIFY_TEMPLATES_DIR'] ?? findTemplatesDir(path.dirname(fileURLToPath(import.meta.url)));

/** templates/ sits one level above src/ and dist/, two above dist/cli/. */
function findTemplatesDir(from: string): string {
  const candidates = [path.join(from, '..', 'templates'), path.join(from, '..', '..', 'templates')];
  return candidates.find((dir) => existsSync(path.join(dir, 'report.md.hbs'))) ?? candidates[0] ?? from;
}

export interface PipelineOptions {
  cwd: string;
  configPath?: string;
  requireLevel?: string;
  /** Where certification.json / certification.md go, relative to cwd or absolute. */
  outputDir: string;
  subject: Subject;
  now?: Date;
  /** An earlier certification.json to compare with (`--baseline`, input `baseline`). */
  baselinePath?: string;
  /** A baseline already found elsewhere (e.g. the base branch's artifact). */
  baseline?: BaselineFigures | null;
  /** Branch the baseline was looked for on, to say so when there is none. */
  baselineBranch?: string | null;
  /** Why no baseline was found there (e.g. the token may not read Actions artifacts). */
  baselineNote?: string;
  /** Earlier base-branch certifications, oldest first, for the trend. */
  history?: readonly BaselineFigures[];
  /** A unified diff file, or a git ref to diff against, for patch coverage. */
  diffFile?: string;
  diffBase?: string;
  /** Changed lines from elsewhere (the PR files API) when there is no diff file and git gives none. */
  changesFallback?: ChangesFallback;
}

export interface PipelineResult {
  settings: Settings;
  certification: Certification;
  markdown: string;
  template: ReportTemplate;
  outputDir: string;
  jsonPath: string;
  markdownPath: string;
}

export const MAX_FILE_MARKDOWN = 1024 * 1024;

/** collect → score → render → write: everything but GitHub delivery. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const cwd = path.resolve(options.cwd);
  const settings = await loadSettings({
    cwd,
    ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
    ...(options.requireLevel ? { requireLevel: options.requireLevel } : {}),
  });
  const collected = await collectEvidence(settings.evidence, {
    cwd,
    maxBytes: settings.maxEvidenceBytes,
    allowOutside: settings.allowOutside,
  });
  // after the evidence: the template engine is loaded only once there is something to render
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
  const markdown = renderOrExplain(() => renderToFit(certification, template, MAX_FILE_MARKDOWN), settings);
  const outputDir = path.resolve(cwd, options.outputDir);
  const jsonPath = path.join(outputDir, 'certification.json');
  const markdownPath = path.join(outputDir, 'certification.md');
  await writeFileAtomic(jsonPath, certificationJson(certification));
  await writeFileAtomic(markdownPath, markdown);
  return { settings, certification, markdown, template, outputDir, jsonPath, markdownPath };
}

export async function loadTemplate(settings: Settings, cwd: string): Promise<ReportTemplate> {
  const file = settings.template ? path.resolve(cwd, settings.template) : path.join(TEMPLATES_DIR, 'report.md.hbs');
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`template: cannot read ${settings.template ?? file}: ${messageOf(error)}`);
  }
  const { compileTemplate } = await import('./render/engine.js');
  try {
    const template = compileTemplate(source);
    return template;
  } catch (error) {
    throw new ConfigurationError(`template ${settings.template ?? file}: ${messageOf(error)}`);
  }
}

/** A custom template that names a field the view lacks fails here: say which template. */
export function renderOrExplain(render: () => string, settings: Settings): string {
  try {
    return render();
  } catch (error) {
    if (!settings.template) throw error;
    throw new ConfigurationError(`template ${settings.template}: ${messageOf(error)}`);
  }
}

/** Renders the full report (for checks that it compiles against a view). */
export function renderFull(certification: Certification, template: ReportTemplate): string {
  return template(buildView(certification, FULL_VIEW));
}
