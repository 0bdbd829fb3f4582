import { messageOf } from '../errors.js';
import type { Certification } from '../model/certification.js';
import { uploadCertification } from './artifact.js';
import { createArtifactPort } from './artifact-client.js';
import { requestedChannels, type Channel, type DeliveryMode } from './channels.js';
import { publishCheck } from './check-run.js';
import * as runner from './runner.js';
import { upsertComment } from './comment.js';
import type { CommentMode } from './comment.js';
import { currentDeliveryContext } from './context.js';
import type { DeliveryContext } from './context.js';
import { parseCertificationId } from './id.js';
import { createOctokitPort } from './octokit-port.js';
import { GitHubApiError } from './port.js';
import type { ArtifactPort, GitHubPort } from './port.js';
import type { DeliveryTarget } from './publish.js';

export { defaultCertificationId, DEFAULT_CERTIFICATION_ID, parseCertificationId } from './id.js';
export type { CommentMode } from './comment.js';
export type { DeliveryTarget } from './publish.js';

export type { DeliveryMode } from './channels.js';

export interface DeliveryOptions {
  mode: DeliveryMode;
  comment: CommentMode;
  checkRun: boolean;
  artifact: boolean;
  retentionDays?: number;
  failOnDeliveryError: boolean;
  token: string;
}

export interface DeliveryRequest {
  /** Certification id (input `id`, else `defaultCertificationId(configPath)`). */
  id: string;
  certification: Certification;
  /** Absolute; holds certification.json / certification.md; uploaded whole. */
  outputDir: string;
  /** Report markdown that fits in `limit` characters. */
  renderBody: (limit: number) => string;
  options: DeliveryOptions;
  /** Where to deliver when it is not the event's own PR and head commit (publish mode). */
  target?: DeliveryTarget;
}

export interface DeliveryResult {
  artifactId?: number;
  artifactUrl?: string;
  commentUrl?: string;
  checkRunUrl?: string;
  /** Which kind of check was set, when one was. */
  check?: 'check-run' | 'status';
  /** One line per channel that failed; empty when everything asked for was delivered. */
  failures: string[];
  /** `fail-on-delivery-error` is set and something failed. */
  shouldFail: boolean;
}

export interface DeliveryLog {
  info: (message: string) => void;
  warning: (message: string) => void;
}

/** Replaceable seams for tests; production uses the runner's environment and GitHub. */
export interface DeliveryDeps {
  context?: DeliveryContext;
  github?: (token: string, context: DeliveryContext, log: DeliveryLog) => Promise<GitHubPort>;
  artifacts?: () => Promise<ArtifactPort>;
  log?: DeliveryLog;
  /** Root that annotation paths are made relative to. */
  workspace?: string;
}

const runnerLog: DeliveryLog = {
  info: (message) => {
    runner.info(message);
  },
  warning: (message) => {
    runner.warning(message);
  },
};

/**
 * Delivers a certification on every channel asked for: sticky PR comment, check run (or commit
 * status), artifact. Channels run independently: one failing never stops another, and no
 * delivery problem is thrown (an invalid `id` is a ConfigurationError). A 403 gives one
 * warning that says how to fix it; the verdict is never changed by delivery.
 */
export async function deliver(
  request: DeliveryRequest,
  deps: DeliveryDeps = {},
): Promise<DeliveryResult> {
  const id = parseCertificationId(request.id);
  const log = deps.log ?? runnerLog;
  const { options, certification } = request;
  const context = deps.context ?? currentDeliveryContext();
  const target = request.target ?? {
    pullRequest: context.pullRequest,
    headSha: context.headSha,
    detailsUrl: context.runUrl,
  };
  const result: DeliveryResult = { failures: [], shouldFail: false };
  const forbidden: Channel[] = [];
  const others: string[] = [];

  let port: Promise<GitHubPort> | undefined;
  const github = (): Promise<GitHubPort> => {
    if (!options.token) return Promise.reject(new Error("no token: set the 'github-token' input"));
    port ??= (deps.github ?? defaultGitHub)(options.token, context, log);
    return port;
  };
  const running: Promise<void>[] = [];
  const channel = (name: Channel, work: () => Promise<void>) => {
    running.push(
      work().catch((error: unknown) => {
        const line = `${name}: ${messageOf(error)}`;
        result.failures.push(line);
        if (error instanceof GitHubApiError && error.forbidden) forbidden.push(name);
        else others.push(line);
      }),
    );
  };

  const requested = requestedChannels(options);
  if (requested.includes('comment') && options.comment !== 'off') {
    const issue = target.pullRequest;
    if (issue === null) log.info('No pull request for this event: no comment posted.');
    else {
      const mode = options.comment;
      channel('comment', async () => {
        const outcome = await upsertComment(await github(), {
          issue,
          id,
          mode,
          renderBody: request.renderBody,
          info: log.info,
        });
        result.commentUrl = outcome.url;
        const removed = outcome.deleted.length
          ? `; removed ${outcome.deleted.length} older/duplicate`
          : '';
        log.info(`PR comment ${outcome.action}: ${outcome.url}${removed}`);
      });
    }
  }

  if (requested.includes('check run')) {
    if (!target.headSha) log.info('No commit for this event: no check run.');
    else {
      channel('check run', async () => {
        const outcome = await publishCheck(await github(), {
          id,
          headSha: target.headSha,
          detailsUrl: target.detailsUrl,
          certification,
          renderBody: request.renderBody,
          workspace: deps.workspace ?? process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
          info: log.info,
        });
        result.check = outcome.kind;
        if (outcome.kind === 'check-run' && outcome.url !== null) result.checkRunUrl = outcome.url;
        log.info(
          outcome.kind === 'check-run'
            ? `Check run created with ${outcome.annotations} annotation(s): ${outcome.url ?? ''}`
            : `Commit status set on ${target.headSha}.`,
        );
      });
    }
  }

  if (requested.includes('artifact')) {
    channel('artifact', async () => {
      const artifacts = await (deps.artifacts ?? createArtifactPort)();
      const uploaded = await uploadCertification(artifacts, context, {
        id,
        outputDir: request.outputDir,
        retentionDays: options.retentionDays,
        ...(options.mode === 'collect'
          ? { pullRequest: { number: target.pullRequest, headSha: target.headSha } }
          : {}),
      });
      result.artifactId = uploaded.id;
      if (uploaded.url !== null) result.artifactUrl = uploaded.url;
      log.info(`Artifact uploaded: ${uploaded.files} file(s), id ${uploaded.id}.`);
    });
  }

  await Promise.all(running);
  if (forbidden.length > 0) log.warning(forbiddenAdvice(forbidden, result.failures));
  for (const line of others) log.warning(`Certification delivery failed: ${line}`);
  result.shouldFail = options.failOnDeliveryError && result.failures.length > 0;
  return result;
}

function defaultGitHub(
  token: string,
  context: DeliveryContext,
  log: DeliveryLog,
): Promise<GitHubPort> {
  return createOctokitPort({ token, context, info: log.info });
}

/** The one warning for permission failures: what happened, and the two ways to fix it. */
export function forbiddenAdvice(channels: readonly Channel[], failures: readonly string[]): string {
  const order: Channel[] = ['comment', 'check run', 'artifact'];
  const what = order.filter((c) => channels.includes(c)).join(' and ');
  const details = failures.filter((line) => channels.some((c) => line.startsWith(`${c}:`)));
  return [
    `Certify could not post the ${what}: the token may not write here (HTTP 403).`,
    'This is expected on pull requests from forks, where GITHUB_TOKEN is read-only. The certification itself, the job summary, the outputs and the artifact are unaffected.',
    "To fix it: for pull requests from forks, use the two-workflow pattern — 'mode: collect' in the pull_request workflow and 'mode: publish' in a workflow_run workflow with 'pull-requests: write' and 'checks: write' (README, \"Pull requests from forks\").",
    "For branches of this repository, grant the job 'permissions: { pull-requests: write, checks: write }' (statuses: write for the status fallback).",
    ...details.map((line) => `  ${line}`),
  ].join('\n');
}
