import { readFileSync } from 'node:fs';
import type { Subject } from './model/certification.js';

/**
 * What is being certified, from the runner's environment: repository, commit and ref, and the
 * pull request number from the event payload. Outside Actions every field may be null.
 */
/** The pull request's base, for comparisons: its branch and the commit the PR is based on. */
export function pullRequestBase(env: NodeJS.ProcessEnv = process.env): { sha: string | null; ref: string | null } {
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) return { sha: null, ref: env['GITHUB_BASE_REF'] || null };
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { base?: { sha?: unknown; ref?: unknown } } };
    const base = payload.pull_request?.base;
    return {
      sha: typeof base?.sha === 'string' ? base.sha : null,
      ref: typeof base?.ref === 'string' ? base.ref : env['GITHUB_BASE_REF'] || null,
    };
  } catch {
    return { sha: null, ref: env['GITHUB_BASE_REF'] || null };
  }
}

export function subjectFromEnv(env: NodeJS.ProcessEnv = process.env): Subject {
  let pullRequest: number | null = null;
  let sha = env['GITHUB_SHA'] ?? null;
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
        pull_request?: { number?: unknown; head?: { sha?: unknown } };
      };
      const number = payload.pull_request?.number;
      if (typeof number === 'number') pullRequest = number;
      // The PR page shows the head commit, not the merge commit in GITHUB_SHA.
      const head = payload.pull_request?.head?.sha;
      if (typeof head === 'string') sha = head;
    } catch {
      // No readable payload: certify without PR details.
    }
  }
  return {
    repository: env['GITHUB_REPOSITORY'] ?? null,
    sha,
    ref: env['GITHUB_HEAD_REF'] || env['GITHUB_REF'] || null,
    pullRequest,
  };
}
