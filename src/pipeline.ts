import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverEvidence, readDiscovered, type DiscoveredEvidence } from './collect/discover.js';
import { loadSettings } from './config/load-settings.js';
import type { Settings } from './config/settings.js';
import { ConfigurationError, messageOf } from './errors.js';
import type { Certification, Subject } from './model/certification.js';
import type { ReportTemplate } from './render/engine.js';
import type { ChangesFallback } from './compare-sources.js';
import type { BaselineFigures } from './model/baseline.js';

/** templates/ at the repository root: one level above src/ (jest) and dist/ (bundle). */
export const TEMPLATES_DIR =
  process.env['CERTIFY_TEMPLATES_DIR'] ??
  findTemplatesDir(path.dirname(fileURLToPath(import.meta.url)));

/** templates/ sits one level above src/ and dist/, two above dist/cli/. */
function findTemplatesDir(from: string): string {
  const candidates = [path.join(from, '..', 'templates'), path.join(from, '..', '..', 'templates')];
  return (
    candidates.find((dir) => existsSync(path.join(dir, 'report.md.hbs'))) ?? candidates[0] ?? from
  );
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
  /** The report body within a size limit, sharing the renders already made for `markdown`. */
  renderBody: (limit: number) => string;
  template: ReportTemplate;
  outputDir: string;
  jsonPath: string;
  markdownPath: string;
}

/** A run's settings and the files its globs matched, before anything is read. */
export interface PreparedRun {
  cwd: string;
  settings: Settings;
  discovered: DiscoveredEvidence;
}

/** Loads the settings and expands the evidence globs: what a run knows before it reads evidence. */
export async function prepareRun(
  options: Pick<PipelineOptions, 'cwd' | 'configPath' | 'requireLevel'>,
): Promise<PreparedRun> {
  const cwd = path.resolve(options.cwd);
  const settings = await loadSettings({
    cwd,
    ...(options.configPath !== undefined ? { configPath: options.configPath } : {}),
    ...(options.requireLevel ? { requireLevel: options.requireLevel } : {}),
  });
  const discovered = await discoverEvidence(settings.evidence, collectOptions(cwd, settings));
  return { cwd, settings, discovered };
}

/**
 * collect → score → render → write: everything but GitHub delivery. What comes after the
 * evidence is read is loaded only then (pipeline-report.ts): start-up reads the evidence first.
 * `prepared` is this run's prepareRun, when the caller has already made it.
 */
export async function runPipeline(
  options: PipelineOptions,
  prepared?: PreparedRun,
): Promise<PipelineResult> {
  const { cwd, settings, discovered } = prepared ?? (await prepareRun(options));
  const collected = await readDiscovered(discovered, collectOptions(cwd, settings));
  const { reportOnEvidence } = await import('./pipeline-report.js');
  return reportOnEvidence(settings, collected, { ...options, cwd });
}

function collectOptions(cwd: string, settings: Settings) {
  return { cwd, maxBytes: settings.maxEvidenceBytes, allowOutside: settings.allowOutside };
}

export async function loadTemplate(settings: Settings, cwd: string): Promise<ReportTemplate> {
  if (!settings.template && process.env['CERTIFY_TEMPLATES_DIR'] === undefined) {
    // The bundled report, precompiled at build time: no compiler to load, nothing to compile.
    const { defaultTemplate } = await import('./render/default-template.js');
    return defaultTemplate();
  }
  const file = settings.template
    ? path.resolve(cwd, settings.template)
    : path.join(TEMPLATES_DIR, 'report.md.hbs');
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `template: cannot read ${settings.template ?? file}: ${messageOf(error)}`,
    );
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
