/**
 * Event payloads shaped like the ones the runner writes to GITHUB_EVENT_PATH, written by hand
 * after GitHub's webhook documentation (fields delivery reads plus their usual neighbours, so a
 * parser that leans on the wrong field fails). Values are invented.
 */

export const OWNER = 'octo-org';
export const REPO = 'widgets';
export const BASE_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
export const HEAD_SHA = 'c7a9f1e4b2d84a8f9e3b7d1c5a6f0e2b4d8c1a93';
/** The merge commit GITHUB_SHA names on pull_request events (not on the PR page). */
export const MERGE_SHA = '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';

function user(login: string, id: number, type: 'User' | 'Organization' | 'Bot' = 'User') {
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    html_url: `https://github.com/${login}`,
    url: `https://api.github.com/users/${login}`,
    type,
    site_admin: false,
  };
}

function repository(owner: string, name: string, id: number, fork = false) {
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: user(owner, id + 1, owner === OWNER ? 'Organization' : 'User'),
    html_url: `https://github.com/${owner}/${name}`,
    fork,
    url: `https://api.github.com/repos/${owner}/${name}`,
    default_branch: 'main',
  };
}

export interface PullRequestEventOptions {
  number?: number;
  headSha?: string;
  /** Login of the fork owner; same repository when absent. */
  forkOwner?: string;
  branch?: string;
}

export function pullRequestEvent(options: PullRequestEventOptions = {}) {
  const number = options.number ?? 7;
  const base = repository(OWNER, REPO, 1296269);
  const head = options.forkOwner ? repository(options.forkOwner, REPO, 4242001, true) : base;
  const branch = options.branch ?? 'feature/faster-parser';
  return {
    action: 'synchronize',
    number,
    before: BASE_SHA,
    after: options.headSha ?? HEAD_SHA,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`,
      id: 1934560000 + number,
      node_id: `PR_${number}`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: 'Faster parser',
      user: user(options.forkOwner ?? 'octocat', 583231),
      body: 'Makes the parser faster.',
      created_at: '2026-11-20T09:12:00Z',
      updated_at: '2026-11-22T10:00:00Z',
      draft: false,
      merge_commit_sha: MERGE_SHA,
      head: {
        label: `${head.owner.login}:${branch}`,
        ref: branch,
        sha: options.headSha ?? HEAD_SHA,
        user: head.owner,
        repo: head,
      },
      base: { label: `${OWNER}:main`, ref: 'main', sha: BASE_SHA, user: base.owner, repo: base },
      author_association: options.forkOwner ? 'CONTRIBUTOR' : 'MEMBER',
      merged: false,
      mergeable: null,
      commits: 3,
      additions: 120,
      deletions: 14,
      changed_files: 5,
    },
    repository: base,
    organization: { login: OWNER, id: 1296270 },
    sender: user(options.forkOwner ?? 'octocat', 583231),
  };
}

export function pushEvent(sha = HEAD_SHA) {
  const repo = repository(OWNER, REPO, 1296269);
  return {
    ref: 'refs/heads/main',
    before: BASE_SHA,
    after: sha,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${OWNER}/${REPO}/compare/${BASE_SHA.slice(0, 12)}...${sha.slice(0, 12)}`,
    commits: [
      {
        id: sha,
        tree_id: 'f9d2a07e9488b91af2641b26b9407fe22a451433',
        distinct: true,
        message: 'Faster parser',
        timestamp: '2026-11-22T10:00:00Z',
        author: { name: 'Octo Cat', email: 'octocat@github.com', username: 'octocat' },
      },
    ],
    head_commit: { id: sha, message: 'Faster parser', timestamp: '2026-11-22T10:00:00Z' },
    repository: repo,
    pusher: { name: 'octocat', email: 'octocat@github.com' },
    sender: user('octocat', 583231),
  };
}

export interface WorkflowRunEventOptions {
  runId?: number;
  headSha?: string;
  branch?: string;
  /** Fork owner: GitHub then lists no pull_requests in the payload. */
  forkOwner?: string;
  pullRequests?: { number: number; headSha: string }[];
}

export function workflowRunEvent(options: WorkflowRunEventOptions = {}) {
  const runId = options.runId ?? 30433642;
  const base = repository(OWNER, REPO, 1296269);
  const head = options.forkOwner ? repository(options.forkOwner, REPO, 4242001, true) : base;
  const sha = options.headSha ?? HEAD_SHA;
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'CI',
      node_id: `WFR_${runId}`,
      head_branch: options.branch ?? 'feature/faster-parser',
      head_sha: sha,
      path: '.github/workflows/ci.yml',
      run_number: 562,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      workflow_id: 159038,
      check_suite_id: 414944374,
      url: `https://api.github.com/repos/${OWNER}/${REPO}/actions/runs/${runId}`,
      html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${runId}`,
      pull_requests: (options.pullRequests ?? []).map((p) => ({
        url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${p.number}`,
        id: 1934560000 + p.number,
        number: p.number,
        head: {
          ref: options.branch ?? 'feature/faster-parser',
          sha: p.headSha,
          repo: { id: head.id, url: head.url, name: head.name },
        },
        base: { ref: 'main', sha: BASE_SHA, repo: { id: base.id, url: base.url, name: base.name } },
      })),
      created_at: '2026-11-22T09:58:00Z',
      updated_at: '2026-11-22T10:00:00Z',
      run_attempt: 1,
      artifacts_url: `https://api.github.com/repos/${OWNER}/${REPO}/actions/runs/${runId}/artifacts`,
      head_commit: { id: sha, message: 'Faster parser', timestamp: '2026-11-22T09:57:00Z' },
      repository: base,
      head_repository: head,
    },
    workflow: { id: 159038, name: 'CI', path: '.github/workflows/ci.yml' },
    repository: base,
    sender: user('octocat', 583231),
  };
}
