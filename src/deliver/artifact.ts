import { readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliveryContext } from './context.js';
import type { ArtifactPort } from './port.js';

/** The file in a `collect` artifact that says which PR and commit the certification is for. */
export const PR_FILE = 'pr.json';
/** The report every `certification-<id>` artifact holds; what publish and comparisons read. */
export const CERTIFICATION_FILE = 'certification.json';

export function artifactName(id: string): string {
  return `certification-${id}`;
}

/** What a `collect` run records for the `publish` run; publish verifies it against GitHub. */
export interface PullRequestHint {
  number: number | null;
  headSha: string;
}

export interface UploadRequest {
  id: string;
  outputDir: string;
  retentionDays: number | undefined;
  /** Written as pr.json into the output dir before the upload (collect mode). */
  pullRequest?: PullRequestHint;
}

export interface UploadOutcome {
  id: number;
  url: string | null;
  files: number;
}

/** Uploads every regular file under the output dir as the artifact `certification-<id>`. */
export async function uploadCertification(
  artifacts: ArtifactPort,
  context: DeliveryContext,
  request: UploadRequest,
): Promise<UploadOutcome> {
  if (request.pullRequest) {
    const path = join(request.outputDir, PR_FILE);
    await writeFile(`${path}.tmp`, `${JSON.stringify(request.pullRequest, null, 2)}\n`);
    await rename(`${path}.tmp`, path);
  }
  const files = await regularFiles(request.outputDir);
  const uploaded = await artifacts.upload(
    artifactName(request.id),
    files,
    request.outputDir,
    request.retentionDays,
  );
  return { id: uploaded.id, url: artifactUrl(context, uploaded.id), files: files.length };
}

/** The artifact's page, as actions/upload-artifact links it. */
export function artifactUrl(context: DeliveryContext, artifactId: number): string | null {
  if (context.runId === null || !context.owner) return null;
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${artifactId}`;
}

/** Regular files only: a symlink in the output dir could point anywhere. */
async function regularFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
