import path from 'node:path';
import { ConfigurationError, messageOf } from './errors.js';
import { readInputs, type ActionInputs } from './inputs.js';
import type { Certification } from './model/certification.js';
import { runPipeline, loadTemplate, prepareRun } from './pipeline.js';
import { continueInWorker } from './run-in-worker.js';
import { pullRequestBase, subjectFromEnv } from './subject.js';
import { defaultCertificationId, parseCertificationId } from './deliver/id.js';
import type { GitHubComparison } from './compare-github.js';
import { loadSettings } from './config/load-settings.js';
import { writeFileAtomic } from './report-files.js';
import { certificationJson } from './certification-json.js';
import * as runner from './deliver/runner.js';
import { requestedChannels } from './deliver/channels.js';
import type { DeliveryRequest, DeliveryResult } from './deliver/deliver.js';

/** GitHub accepts up to 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1_000_000;

export interface RunOptions {
  /**
   * The bundle's entry file (dist/index.js). With it, a run whose evidence is large goes on in a
   * worker thread running that file (run-in-worker.ts says why); without it, all runs stay here.
   */
  entry?: string;
}

/** The action: collect → score → render → deliver, with one catch that fails the step clearly. */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = path.resolve(
      process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
      inputs.workingDirectory,
    );
    if (inputs.mode === 'publish') {
      await publish(inputs, cwd);
      return;
    }
    const where = {
      cwd,
      ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
      ...(inputs.requireLevel !== undefined ? { requireLevel: inputs.requireLevel } : {}),
    };
    const prepared = await prepareRun(where);
    if (options.entry !== undefined) {
      const code = await continueInWorker(prepared, options.entry, (line) => runner.info(line));
      if (code !== undefined) {
        process.exitCode = code;
        return;
      }
    }
    const base = pullRequestBase();
    const subject = subjectFromEnv();
    const onGitHub = await compareOnGitHub(inputs, base.ref, subject.pullRequest);
    const result = await runPipeline(
      {
        ...where,
        outputDir: inputs.outputDir,
        subject,
        // Baseline: the `baseline` file, else the base branch's artifact, else none.
        ...(inputs.baseline !== undefined ? { baselinePath: inputs.baseline } : {}),
        ...(onGitHub?.baseline ? { baseline: onGitHub.baseline } : {}),
        ...(onGitHub?.baselineNote !== undefined ? { baselineNote: onGitHub.baselineNote } : {}),
        ...(onGitHub?.history.length ? { history: onGitHub.history } : {}),
        baselineBranch: base.ref,
        // Patch coverage: a diff file, else git history when the checkout has it, else the PR files API.
        ...(inputs.diff !== undefined
          ? { diffFile: inputs.diff }
          : base.sha
            ? { diffBase: base.sha }
            : {}),
        ...(onGitHub?.changes ? { changesFallback: onGitHub.changes } : {}),
      },
      prepared,
    );
    const { certification, renderBody } = result;

    runner.setOutput('level', certification.level ?? '');
    runner.setOutput('score', certification.score === null ? '' : String(certification.score));
    runner.setOutput('passed', String(certification.passed));
    runner.setOutput('report-json', result.jsonPath);
    runner.setOutput('report-markdown', result.markdownPath);
    await writeSummary(renderBody(SUMMARY_LIMIT));
    reportProblems(certification);

    const delivery = await deliverRequested({
      id: inputs.id ?? defaultCertificationId(inputs.config),
      certification,
      outputDir: result.outputDir,
      renderBody,
      options: deliveryOptions(inputs),
    });
    if (delivery.artifactId !== undefined)
      runner.setOutput('artifact-id', String(delivery.artifactId));
    if (delivery.artifactUrl !== undefined) runner.setOutput('artifact-url', delivery.artifactUrl);
    if (delivery.commentUrl !== undefined) runner.setOutput('comment-url', delivery.commentUrl);
    if (delivery.checkRunUrl !== undefined) runner.setOutput('check-run-url', delivery.checkRunUrl);

    if (!certification.passed) {
      runner.setFailed(gateReason(certification));
    } else if (delivery.failures.length > 0 && inputs.failOnDeliveryError) {
      runner.setFailed(`delivery failed: ${delivery.failures.join('; ')}`);
    } else {
      runner.info(
        `Certified: ${certification.level ?? 'no level'} (score ${certification.score ?? '–'})`,
      );
    }
  } catch (error) {
    runner.setFailed(
      error instanceof ConfigurationError ? error.message : `Certify failed: ${messageOf(error)}`,
    );
  }
}

/**
 * mode: publish (workflow_run): nothing is collected here. The certification the triggering
 * run uploaded is downloaded, validated and re-rendered with this repository's config and
 * template, then delivered to the PR and commit GitHub says that run built.
 */
async function publish(inputs: ActionInputs, cwd: string): Promise<void> {
  const { readPublishedCertification } = await import('./deliver/publish.js');
  const { deliver } = await import('./deliver/deliver.js');
  const id = inputs.id ?? defaultCertificationId(inputs.config);
  const { certification, target } = await readPublishedCertification(id, inputs.token, (m) => {
    runner.info(m);
  });
  const settings = await loadSettings({
    cwd,
    ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
  });
  const template = await loadTemplate(settings, cwd);
  const { renderBodyWithin } = await import('./pipeline-report.js');
  const renderBody = renderBodyWithin(certification, template, settings);
  const outputDir = path.resolve(cwd, inputs.outputDir);
  const jsonPath = path.join(outputDir, 'certification.json');
  await writeFileAtomic(jsonPath, certificationJson(certification));
  runner.setOutput('level', certification.level ?? '');
  runner.setOutput('score', certification.score === null ? '' : String(certification.score));
  runner.setOutput('passed', String(certification.passed));
  runner.setOutput('report-json', jsonPath);
  await writeSummary(renderBody(SUMMARY_LIMIT));

  const delivery = await deliver({
    id,
    certification,
    outputDir,
    renderBody,
    options: deliveryOptions(inputs),
    target,
  });
  if (delivery.commentUrl !== undefined) runner.setOutput('comment-url', delivery.commentUrl);
  if (delivery.checkRunUrl !== undefined) runner.setOutput('check-run-url', delivery.checkRunUrl);
  if (!certification.passed) {
    runner.setFailed(gateReason(certification));
  } else if (delivery.shouldFail) {
    runner.setFailed(`delivery failed: ${delivery.failures.join('; ')}`);
  }
}

/**
 * Baseline, trend and the PR's diff from GitHub (loaded only then): on pull requests, with a
 * token. A run with neither pays nothing for it.
 */
async function compareOnGitHub(
  inputs: ActionInputs,
  baseRef: string | null,
  pullRequest: number | null,
): Promise<GitHubComparison | null> {
  if (!inputs.token || baseRef === null) return null;
  const { compareOnGitHub: compare } = await import('./compare-github.js');
  return compare(
    {
      token: inputs.token,
      id: parseCertificationId(inputs.id ?? defaultCertificationId(inputs.config)),
      branch: baseRef,
      pullRequest,
      baseline: inputs.baseline === undefined,
      trendRuns: inputs.trendRuns,
    },
    { info: (m) => runner.info(m), notice: (m) => runner.notice(m) },
  );
}

/** Delivers on the channels asked for; a run that asks for none loads no delivery code. */
async function deliverRequested(request: DeliveryRequest): Promise<DeliveryResult> {
  if (requestedChannels(request.options).length === 0) {
    parseCertificationId(request.id); // an invalid id fails the run whether or not anything is posted
    return { failures: [], shouldFail: false };
  }
  const { deliver } = await import('./deliver/deliver.js');
  return deliver(request);
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
  try {
    await runner.appendSummary(markdown);
  } catch (error) {
    runner.warning(`could not write the job summary: ${messageOf(error)}`);
  }
}

/** Unreadable evidence and globs that matched nothing become warnings on the run. */
function reportProblems(certification: Certification): void {
  for (const file of certification.evidence) {
    if (file.status !== 'ok') runner.warning(file.error ?? `${file.path}: ${file.status}`);
  }
  for (const glob of certification.unmatched)
    runner.warning(`${glob.kind} glob '${glob.pattern}' matched no file`);
}

/** One line saying why the gate failed and the first thing to do about it. */
export function gateReason(certification: Certification): string {
  const achieved = certification.level ?? 'no level';
  const first = certification.next?.unmet[0];
  const hint = first ? ` — ${first.gap ?? `${first.metric} ${first.expression}`}` : '';
  return `Certification below the required level: achieved ${achieved}, requires ${certification.required ?? '–'}${hint}`;
}
