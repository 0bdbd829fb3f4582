import { COMMENT_MAX_CHARS, ensureFits } from './fit.js';
import { statusOf } from './port.js';
import type { GitHubPort, Identity, IssueComment } from './port.js';

export type CommentMode = 'update' | 'new' | 'off';

/**
 * The hidden first line that makes a comment ours: `<!-- certify:comment id=<id> -->`.
 * A comment counts only when its body starts with the marker of its certification id AND its
 * author is the token's own account, so a user pasting the marker cannot hijack it.
 */
export function commentMarker(id: string): string {
  return `<!-- certify:comment id=${id} -->`;
}

/** Marker + report, within GitHub's comment limit. */
export function commentBody(id: string, renderBody: (limit: number) => string): string {
  const marker = commentMarker(id);
  const budget = COMMENT_MAX_CHARS - marker.length - 1;
  return `${marker}\n${ensureFits(neutraliseMarkers(renderBody(budget)), budget)}`;
}

/** A marker inside the report text (e.g. from a test name) is shown as text, never as ours. */
function neutraliseMarkers(text: string): string {
  return text.replace(/<!--(\s*certify:)/gi, '&lt;!--$1');
}

export function sameAccount(author: Identity | null, me: Identity): boolean {
  if (author === null) return false;
  if (author.id !== null && me.id !== null) return author.id === me.id;
  return author.login.toLowerCase() === me.login.toLowerCase();
}

export interface CommentRequest {
  issue: number;
  id: string;
  mode: Exclude<CommentMode, 'off'>;
  renderBody: (limit: number) => string;
  info: (message: string) => void;
}

export interface CommentOutcome {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Our comments removed: older ones (`new`), leftovers, duplicates from concurrent runs. */
  deleted: number[];
}

/**
 * Creates or updates the sticky comment. Two runs on the same PR at once converge on one
 * comment: after creating, a run re-lists and keeps only the oldest of ours (comment ids grow
 * with creation time, so the later creator always sees the earlier comment), moving its body
 * there when its own was the duplicate.
 */
export async function upsertComment(
  port: GitHubPort,
  request: CommentRequest,
): Promise<CommentOutcome> {
  const body = commentBody(request.id, request.renderBody);
  const marker = commentMarker(request.id);
  const deleted: number[] = [];
  const remove = async (comment: IssueComment) => {
    await deleteIgnoringGone(port, comment.id);
    deleted.push(comment.id);
  };

  const identity = await port.identity();
  const marked = await listMarked(port, request.issue, marker);

  if (identity !== null) {
    const ours = marked.filter((c) => sameAccount(c.author, identity));
    const [oldest, ...rest] = ours;
    if (request.mode === 'update' && oldest) {
      for (const leftover of rest) await remove(leftover);
      const action = await writeBody(port, oldest, body);
      return { id: oldest.id, url: oldest.url, action, deleted };
    }
    if (request.mode === 'new') for (const old of ours) await remove(old);
  }

  const created = await port.createComment(request.issue, body);
  // No endpoint the token may call named its account: the comment just created does.
  const me = identity ?? created.author;
  if (me === null) return { id: created.id, url: created.url, action: 'created', deleted };
  if (identity === null) {
    request.info(`Comment author taken from the comment just created: ${me.login}.`);
    const previous = marked.filter((c) => sameAccount(c.author, me));
    if (request.mode === 'new') for (const old of previous) await remove(old);
  }

  const ours = (await listMarked(port, request.issue, marker)).filter((c) =>
    sameAccount(c.author, me),
  );
  const keep = ours[0] ?? created;
  for (const other of ours) if (other.id !== keep.id) await remove(other);
  if (keep.id === created.id)
    return { id: created.id, url: created.url, action: 'created', deleted };
  request.info(`Another run created comment ${keep.id} first; kept it and removed ${created.id}.`);
  const action = await writeBody(port, keep, body);
  return { id: keep.id, url: keep.url, action, deleted };
}

/** Comments carrying the marker as their first line, by anyone, oldest first. */
async function listMarked(
  port: GitHubPort,
  issue: number,
  marker: string,
): Promise<IssueComment[]> {
  const found: IssueComment[] = [];
  for await (const comment of port.listComments(issue)) {
    if (comment.body.startsWith(marker)) found.push(comment);
  }
  return found.sort((a, b) => a.id - b.id);
}

async function writeBody(port: GitHubPort, comment: IssueComment, body: string) {
  if (comment.body === body) return 'unchanged' as const;
  await port.updateComment(comment.id, body);
  return 'updated' as const;
}

/** A concurrent run may have deleted the same duplicate first. */
async function deleteIgnoringGone(port: GitHubPort, id: number): Promise<void> {
  try {
    await port.deleteComment(id);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
