import { addFilePatch } from './collect/diff/unified-diff.js';
import type { ChangesFallback } from './compare-sources.js';
import { findBaseBranchCertifications } from './deliver/base-branch-artifacts.js';
import type { BaseBranchFindings } from './deliver/base-branch-artifacts.js';
import { currentDeliveryContext } from './deliver/context.js';
import type { DeliveryContext } from './deliver/context.js';
import { createOctokitPort } from './deliver/octokit-port.js';
import type { GitHubPort } from './deliver/port.js';
import { forEachPullRequestPatch, patchGapsNotice } from './deliver/pull-request-files.js';
import { messageOf } from './errors.js';
import type { BaselineFigures, ChangedLines } from './model/baseline.js';
import { readBaseline } from './score/baseline.js';

export interface GitHubComparisonRequest {
  token: string;
  /** Certification id: the artifact compared with is `certification-<id>`. */
  id: string;
  /** The pull request's base branch. */
  branch: string;
  pullRequest: number | null;
  /** Look for a baseline artifact (false when the `baseline` input names a file). */
  baseline: boolean;
  /** Earlier base-branch certifications wanted for the trend (0: none). */
  trendRuns: number;
}

export interface GitHubComparisonLog {
  info: (message: string) => void;
  notice: (message: string) => void;
}

export interface GitHubComparison {
  baseline: BaselineFigures | null;
  /** Oldest first, the baseline last. */
  history: BaselineFigures[];
  /** Why no baseline artifact was found, for the report. */
  baselineNote?: string;
  /** The PR's changed lines from the API; asked only when no diff file or git history gives them. */
  changes: ChangesFallback | null;
}

/**
 * What the pull request is compared with, from GitHub: the newest certification the same
 * workflow uploaded on the base branch (the baseline), earlier ones for the trend, and the PR's
 * own diff from the files API for patch coverage. Nothing here fails the run: what cannot be
 * read is a notice and the report says so.
 */
export async function compareOnGitHub(
  request: GitHubComparisonRequest,
  log: GitHubComparisonLog,
  context: DeliveryContext = currentDeliveryContext(),
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<GitHubComparison> {
  let port: Promise<GitHubPort> | undefined;
  const github = () =>
    (port ??= createOctokitPort({ token: request.token, context, info: log.info }));
  const wanted = Math.max(request.trendRuns, request.baseline ? 1 : 0);
  const result: GitHubComparison = { baseline: null, history: [], changes: null };
  if (wanted > 0) {
    let findings: BaseBranchFindings<BaselineFigures>;
    try {
      findings = await findBaseBranchCertifications(
        await github(),
        {
          id: request.id,
          branch: request.branch,
          wanted,
          runId: context.runId,
          workflowRef: env['GITHUB_WORKFLOW_REF'] ?? null,
          owner: context.owner,
          repo: context.repo,
        },
        (json, run) =>
          readBaseline(JSON.parse(json) as unknown, {
            source: 'artifact',
            // GitHub's word for the commit, not the artifact's; the date is the report's own.
            sha: run.headSha,
            generatedAt: null,
            runId: run.id,
            branch: request.branch,
          }),
      );
    } catch (error) {
      findings = {
        found: [],
        missing: `GitHub could not be asked: ${messageOf(error)}`,
        notes: [],
      };
    }
    for (const line of findings.notes) log.info(`base-branch certifications: ${line}`);
    const [newest] = findings.found;
    if (request.baseline && newest) {
      result.baseline = newest.value;
      log.info(
        `Baseline: certification of run ${newest.run.id} (${newest.run.headSha.slice(0, 12)}) on ${request.branch}.`,
      );
    } else if (request.baseline && findings.missing !== null) {
      result.baselineNote = findings.missing;
      log.notice(`no baseline: ${findings.missing}`);
    } else if (findings.missing !== null) {
      log.info(`no trend: ${findings.missing}`);
    }
    // The trend needs only the headline figures: drop the per-test detail of older reports.
    result.history = findings.found
      .slice(0, request.trendRuns)
      .reverse()
      .map(({ value }) => (value === result.baseline ? value : trendFigures(value)));
  }
  const pullRequest = request.pullRequest;
  if (pullRequest !== null) {
    result.changes = async () => {
      const lines: ChangedLines = new Map();
      try {
        const patches = await forEachPullRequestPatch(
          await github(),
          pullRequest,
          (path, patch) => {
            addFilePatch(lines, path, patch);
          },
        );
        const gaps = patchGapsNotice(patches);
        if (gaps !== null) log.notice(`patch coverage: ${gaps}`);
        return { lines, source: 'api' };
      } catch (error) {
        return { note: `the pull request's files could not be read: ${messageOf(error)}` };
      }
    };
  }
  return result;
}

function trendFigures(figures: BaselineFigures): BaselineFigures {
  const { testIndex: _index, findings: _findings, ...kept } = figures;
  return { ...kept, failingNames: {} };
}
