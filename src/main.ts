import * as core from '@actions/core';
import path from 'node:path';
import { ConfigurationError, messageOf } from './errors.js';
import { readInputs, type ActionInputs } from './inputs.js';
import type { Certification } from './model/certification.js';
import { runPipeline, renderOrExplain } from './pipeline.js';
import { renderToFit } from './render/fit.js';
import { subjectFromEnv } from './subject.js';
import { deliver, defaultCertificationId } from './deliver/deliver.js';

/** GitHub accepts up to 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1_000_000;

/** The action: collect → score → render → deliver, with one catch that fails the step clearly. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = path.resolve(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), inputs.workingDirectory);
    const result = await runPipeline({
      cwd,
      ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
      ...(inputs.requireLevel !== undefined ? { requireLevel: inputs.requireLevel } : {}),
      outputDir: inputs.outputDir,
      subject: subjectFromEnv(),
    });
    const { certification, template, settings } = result;
    const renderBody = (limit: number) => renderOrExplain(() => renderToFit(certification, template, limit), settings);

    core.setOutput('level', certification.level ?? '');
    core.setOutput('score', certification.score === null ? '' : String(certification.score));
    core.setOutput('passed', String(certification.passed));
    core.setOutput('report-json', result.jsonPath);
    core.setOutput('report-markdown', result.markdownPath);
    await writeSummary(renderBody(SUMMARY_LIMIT));
    reportProblems(certification);

    const delivery = await deliver({
      id: inputs.id ?? defaultCertificationId(inputs.config),
      certification,
      outputDir: result.outputDir,
      renderBody,
      options: deliveryOptions(inputs),
    });
    if (delivery.artifactId !== undefined) core.setOutput('artifact-id', String(delivery.artifactId));
    if (delivery.artifactUrl !== undefined) core.setOutput('artifact-url', delivery.artifactUrl);
    if (delivery.commentUrl !== undefined) core.setOutput('comment-url', delivery.commentUrl);

    if (!certification.passed) {
      core.setFailed(gateReason(certification));
    } else if (delivery.failures.length > 0 && inputs.failOnDeliveryError) {
      core.setFailed(`delivery failed: ${delivery.failures.join('; ')}`);
    } else {
      core.info(`Certified: ${certification.level ?? 'no level'} (score ${certification.score ?? '–'})`);
    }
  } catch (error) {
    core.setFailed(error instanceof ConfigurationError ? error.message : `Certify failed: ${messageOf(error)}`);
  }
}

function deliveryOptions(inputs: ActionInputs) {
  return {
    mode: inputs.mode,
    comment: inputs.comment,
    checkRun: inputs.checkRun,
    artifact: inputs.artifact,
    ...(inputs.retentionDays !== undefined ? { retentionDays: inputs.retentionDays } : {}),
    failOnDeliveryError: inputs.failOnDeliveryError,
    token: inputs.token,
  };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(`could not write the job summary: ${messageOf(error)}`);
  }
}

/** Unreadable evidence and globs that matched nothing become warnings on the run. */
function reportProblems(certification: Certification): void {
  for (const file of certification.evidence) {
    if (file.status !== 'ok') core.warning(file.error ?? `${file.path}: ${file.status}`);
  }
  for (const glob of certification.unmatched) core.warning(`${glob.kind} glob '${glob.pattern}' matched no file`);
}

/** One line saying why the gate failed and the first thing to do about it. */
export function gateReason(certification: Certification): string {
  const achieved = certification.level ?? 'no level';
  const first = certification.next?.unmet[0];
  const hint = first ? ` — ${first.gap ?? `${first.metric} ${first.expression}`}` : '';
  return `Certification below the required level: achieved ${achieved}, requires ${certification.required ?? '–'}${hint}`;
}
