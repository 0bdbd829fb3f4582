import type { GitHubPort } from './port.js';

/** The pull request files API lists at most this many files. */
export const MAX_PULL_REQUEST_FILES = 3000;
/** Files named in the notice about files without a patch. */
const NAMED = 5;

export interface PullRequestPatches {
  /** Files listed by the API. */
  files: number;
  /** Files with added lines but no `patch` (binary, or a diff too large for the API). */
  withoutPatch: string[];
  /** The API's 3,000-file limit was reached: later files are not known. */
  truncated: boolean;
}

/**
 * Hands each changed file's patch (hunks, no headers) to `add`, page by page, so that no more
 * than one page of patches is held at a time. Files with added lines but no patch are counted
 * and named, not guessed at.
 */
export async function forEachPullRequestPatch(
  port: GitHubPort,
  pullRequest: number,
  add: (path: string, patch: string) => void,
): Promise<PullRequestPatches> {
  const result: PullRequestPatches = { files: 0, withoutPatch: [], truncated: false };
  for await (const file of port.listPullRequestFiles(pullRequest)) {
    result.files++;
    if (file.patch !== null) add(file.path, file.patch);
    else if (file.additions > 0) result.withoutPatch.push(file.path);
  }
  result.truncated = result.files >= MAX_PULL_REQUEST_FILES;
  return result;
}

/** The notice for files left out of patch coverage, or null when none were. */
export function patchGapsNotice(patches: PullRequestPatches): string | null {
  const parts: string[] = [];
  const missing = patches.withoutPatch;
  if (missing.length > 0) {
    const named = missing.slice(0, NAMED).join(', ');
    const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
    parts.push(
      `${missing.length} changed file(s) have no patch in the pull request files API (binary, or a diff too large to show) and are left out of patch coverage: ${named}${more}`,
    );
  }
  if (patches.truncated) {
    parts.push(
      `the pull request files API lists only the first ${MAX_PULL_REQUEST_FILES} files; patch coverage covers those`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : null;
}
