import { z } from 'zod';
import { parseCertification, MAX_CERTIFICATION_BYTES } from '../model/certification-schema.js';
import type { Certification } from '../model/certification.js';
import { artifactName, CERTIFICATION_FILE, PR_FILE } from './artifact.js';
import { ArtifactReadError, findRunArtifact, readArtifactEntries } from './artifact-download.js';
import { currentDeliveryContext } from './context.js';
import type { DeliveryContext, TriggeringRun } from './context.js';
import { createOctokitPort } from './octokit-port.js';
import type { GitHubPort, PullRequestInfo } from './port.js';

const MAX_PR_FILE_BYTES = 4 * 1024;

/** Where a delivery goes when it is not the current event's PR and commit. */
export interface DeliveryTarget {
  pullRequest: number | null;
  headSha: string;
  /** The run that produced the certification (check run details, status target). */
  detailsUrl: string | null;
}

export interface PublishedCertification {
  certification: Certification;
  target: DeliveryTarget;
  /** Things worth a line in the log: differences between what the artifact claimed and GitHub says. */
  notes: string[];
}

/** Nothing can be published: no artifact, an invalid one, or the wrong kind of event. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
}

const prFileSchema = z.object({
  number: z.number().int().positive().nullable(),
  headSha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/),
});

/**
 * For main.ts in `mode: publish`: the certification of the run that triggered this
 * workflow_run event, validated, with the PR and commit to deliver it to. Pass `target` on to
 * deliver(). Throws PublishError when there is nothing to publish.
 */
export async function readPublishedCertification(
  id: string,
  token: string,
  info: (message: string) => void,
  context: DeliveryContext = currentDeliveryContext(),
): Promise<PublishedCertification> {
  if (!token) throw new PublishError("mode: publish needs the 'github-token' input.");
  const port = await createOctokitPort({ token, context, info });
  const published = await loadPublished(port, context, id);
  for (const note of published.notes) info(note);
  return published;
}

/**
 * Reads the certification a `collect` run uploaded, for a `publish` run in a workflow_run
 * workflow. The artifact is untrusted (a fork PR's workflow wrote it): it is size-capped,
 * schema-checked and only ever parsed as data. The PR and commit it is delivered to come from
 * GitHub (the workflow_run payload and the PR API), never from the artifact alone.
 */
export async function loadPublished(
  port: GitHubPort,
  context: DeliveryContext,
  id: string,
): Promise<PublishedCertification> {
  const run = context.workflowRun;
  if (run === null) {
    throw new PublishError(
      `mode: publish reads the artifact of the run that triggered a workflow_run event; this run was triggered by '${context.eventName || 'unknown'}'.`,
    );
  }
  const name = artifactName(id);
  const artifact = await findRunArtifact(port, run.id, name);
  if (!artifact) {
    throw new PublishError(
      `Run ${run.htmlUrl ?? run.id} has no artifact named '${name}'. Did its certify step run with mode: collect and id: ${id}?`,
    );
  }
  let files: Map<string, Buffer>;
  try {
    files = await readArtifactEntries(port, artifact, {
      [CERTIFICATION_FILE]: MAX_CERTIFICATION_BYTES,
      [PR_FILE]: MAX_PR_FILE_BYTES,
    });
  } catch (error) {
    if (error instanceof ArtifactReadError) throw new PublishError(error.message);
    throw error;
  }
  const json = files.get(CERTIFICATION_FILE);
  if (!json) throw new PublishError(`Artifact '${name}' holds no ${CERTIFICATION_FILE}.`);
  const parsed = parseCertification(json.toString('utf8'));
  if (!parsed.ok) throw new PublishError(`Artifact '${name}': ${parsed.error}`);

  const notes: string[] = [];
  const hint = readHint(files.get(PR_FILE), notes);
  const pull = await findPullRequest(port, run, hint);
  if (pull === null)
    notes.push(`No open pull request has head ${run.headSha}; publishing the check only.`);
  if (hint?.number != null && pull !== null && hint.number !== pull.number) {
    notes.push(
      `${PR_FILE} names PR #${hint.number}, but commit ${run.headSha} belongs to PR #${pull.number}; using #${pull.number}.`,
    );
  }

  const certification = parsed.certification;
  const subject = {
    repository: `${context.owner}/${context.repo}`,
    sha: run.headSha,
    ref: certification.subject.ref,
    pullRequest: pull?.number ?? null,
  };
  if (certification.subject.sha !== null && certification.subject.sha !== run.headSha) {
    notes.push(
      `certification.json names commit ${certification.subject.sha}; the triggering run built ${run.headSha}.`,
    );
  }
  return {
    certification: { ...certification, subject },
    target: { pullRequest: subject.pullRequest, headSha: run.headSha, detailsUrl: run.htmlUrl },
    notes,
  };
}

function readHint(
  content: Buffer | undefined,
  notes: string[],
): z.infer<typeof prFileSchema> | null {
  if (content === undefined) return null;
  try {
    const result = prFileSchema.safeParse(JSON.parse(content.toString('utf8')));
    if (result.success) return result.data;
  } catch {
    // reported below
  }
  notes.push(`${PR_FILE} in the artifact is not valid; finding the PR from the commit instead.`);
  return null;
}

/**
 * The PR the triggering run built. A PR qualifies only when GitHub says its head is the run's
 * commit, or its head branch and owner are the run's (a later push moved it on). Sources, in
 * order: the workflow_run payload (empty for forks), the number the artifact suggests, the
 * repository's PRs with that head, the PRs GitHub associates with the commit.
 */
export async function findPullRequest(
  port: GitHubPort,
  run: TriggeringRun,
  hint: { number: number | null } | null,
): Promise<PullRequestInfo | null> {
  const fromPayload =
    run.pullRequests.find((p) => p.headSha === run.headSha) ?? run.pullRequests[0];
  if (fromPayload) {
    const pull = await port.getPullRequest(fromPayload.number);
    if (pull && belongsToRun(pull, run)) return pull;
  }
  if (hint?.number != null) {
    const pull = await port.getPullRequest(hint.number);
    if (pull && belongsToRun(pull, run)) return pull;
  }
  if (run.headOwner !== null && run.headBranch !== null) {
    const pulls = await port.listPullRequestsByHead(run.headOwner, run.headBranch);
    const pull = pick(pulls, run);
    if (pull) return pull;
  }
  return pick(await port.listPullRequestsForCommit(run.headSha), run) ?? null;
}

function pick(pulls: PullRequestInfo[], run: TriggeringRun): PullRequestInfo | undefined {
  return pulls.find((p) => p.headSha === run.headSha) ?? pulls.find((p) => belongsToRun(p, run));
}

function belongsToRun(pull: PullRequestInfo, run: TriggeringRun): boolean {
  if (pull.headSha === run.headSha) return true;
  return (
    run.headBranch !== null &&
    run.headOwner !== null &&
    pull.headRef === run.headBranch &&
    pull.headOwner?.toLowerCase() === run.headOwner.toLowerCase()
  );
}
