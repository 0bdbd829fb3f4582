import { describe, expect, it } from '@jest/globals';
import { commentBody, commentMarker, upsertComment } from '../../src/deliver/comment.js';
import type { CommentRequest } from '../../src/deliver/comment.js';
import { COMMENT_MAX_CHARS } from '../../src/deliver/fit.js';
import { GitHubApiError } from '../../src/deliver/port.js';
import { BOT, FakePort, HUMAN } from '../support/fake-port.js';

const PR = 7;
const MARKER = commentMarker('default');

function request(overrides: Partial<CommentRequest> = {}): CommentRequest {
  return {
    issue: PR,
    id: 'default',
    mode: 'update',
    renderBody: () => '## Certification\nBronze',
    info: () => undefined,
    ...overrides,
  };
}

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the certification id', () => {
    expect(commentMarker('packages-api')).toBe('<!-- certify:comment id=packages-api -->');
  });
});

describe('commentBody', () => {
  it('starts with the marker and passes the renderer the room left after it', () => {
    let asked = 0;
    const body = commentBody('default', (limit) => {
      asked = limit;
      return 'report';
    });
    expect(body).toBe(`${MARKER}\nreport`);
    expect(asked).toBe(COMMENT_MAX_CHARS - MARKER.length - 1);
  });

  it('cuts a report the renderer failed to shrink so the body stays within 65,536 characters', () => {
    const line = 'x'.repeat(99);
    const huge = Array.from({ length: 1000 }, () => line).join('\n'); // 99,999 characters
    const body = commentBody('default', () => huge);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.startsWith(`${MARKER}\n${line}\n`)).toBe(true);
    expect(body).toContain('truncated');
  });

  it('shows a marker inside the report as text, so a test name cannot plant one', () => {
    const body = commentBody('default', () => `test <!-- certify:comment id=default --> name`);
    expect(body.indexOf('<!-- certify:')).toBe(0);
    expect(body.lastIndexOf('<!-- certify:')).toBe(0);
    expect(body).toContain('&lt;!-- certify:comment id=default -->');
  });
});

describe('upsertComment', () => {
  it('creates the comment on the first run', async () => {
    const port = new FakePort();
    const outcome = await upsertComment(port, request());
    expect(outcome.action).toBe('created');
    const comments = port.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${MARKER}\n## Certification\nBronze`);
    expect(outcome.url).toBe(comments[0]?.url);
  });

  it('updates the same comment on the next run, and leaves it alone when nothing changed', async () => {
    const port = new FakePort();
    const first = await upsertComment(port, request());
    const second = await upsertComment(port, request({ renderBody: () => 'Silver now' }));
    expect(second).toMatchObject({ id: first.id, action: 'updated' });
    expect(port.commentsOn(PR).map((c) => c.body)).toEqual([`${MARKER}\nSilver now`]);
    const third = await upsertComment(port, request({ renderBody: () => 'Silver now' }));
    expect(third.action).toBe('unchanged');
    expect(port.count('updateComment')).toBe(1);
    expect(port.count('createComment')).toBe(1);
  });

  it("leaves another user's comment that carries our marker alone", async () => {
    const port = new FakePort();
    const planted = port.seedComment(PR, `${MARKER}\nI pasted your marker`, HUMAN);
    const outcome = await upsertComment(port, request());
    expect(outcome.action).toBe('created');
    expect(port.comments.get(planted.id)?.comment.body).toBe(`${MARKER}\nI pasted your marker`);
    expect(port.count('updateComment')).toBe(0);
    expect(port.count('deleteComment')).toBe(0);
  });

  it('ignores our own comments for another certification id and comments with the marker later in the body', async () => {
    const port = new FakePort();
    const other = port.seedComment(PR, `${commentMarker('packages-api')}\nother`, BOT);
    const quoted = port.seedComment(PR, `see\n${MARKER}`, BOT);
    await upsertComment(port, request());
    expect(port.commentsOn(PR)).toHaveLength(3);
    expect(port.comments.get(other.id)?.comment.body).toContain('other');
    expect(port.comments.get(quoted.id)?.comment.body).toBe(`see\n${MARKER}`);
  });

  it('matches by account id, so a renamed bot login still finds its comment', async () => {
    const port = new FakePort();
    const ours = port.seedComment(PR, `${MARKER}\nold`, { login: 'old-name[bot]', id: BOT.id });
    const outcome = await upsertComment(port, request());
    expect(outcome).toMatchObject({ id: ours.id, action: 'updated' });
  });

  it('removes leftover duplicates of ours and keeps the oldest', async () => {
    const port = new FakePort();
    const oldest = port.seedComment(PR, `${MARKER}\nA`, BOT);
    const dup = port.seedComment(PR, `${MARKER}\nB`, BOT);
    const outcome = await upsertComment(port, request());
    expect(outcome).toMatchObject({ id: oldest.id, action: 'updated', deleted: [dup.id] });
    expect(port.commentsOn(PR)).toHaveLength(1);
  });

  it("mode 'new' deletes our old comment and posts a fresh one", async () => {
    const port = new FakePort();
    const old = port.seedComment(PR, `${MARKER}\nold`, BOT);
    const outcome = await upsertComment(port, request({ mode: 'new' }));
    expect(outcome.action).toBe('created');
    expect(outcome.deleted).toEqual([old.id]);
    expect(port.commentsOn(PR).map((c) => c.id)).toEqual([outcome.id]);
    expect(outcome.id).toBeGreaterThan(old.id);
  });

  it('two runs at once end with exactly one comment, the older of the two created', async () => {
    const port = new FakePort();
    // Run B lists (finds nothing) while run A is between its listing and its create.
    let runB: Promise<unknown> | undefined;
    port.afterList = () => {
      runB = upsertComment(port, request({ renderBody: () => 'from B' }));
      return Promise.resolve();
    };
    const a = await upsertComment(port, request({ renderBody: () => 'from A' }));
    const b = (await runB) as Awaited<ReturnType<typeof upsertComment>>;
    expect(port.count('createComment')).toBe(2);
    const left = port.commentsOn(PR);
    expect(left).toHaveLength(1);
    expect(a.id).toBe(b.id);
    expect(port.count('deleteComment')).toBeGreaterThanOrEqual(1);
    expect([`${MARKER}\nfrom A`, `${MARKER}\nfrom B`]).toContain(left[0]?.body);
  });

  it('learns its account from the comment it created when no identity endpoint answers', async () => {
    const port = new FakePort();
    port.me = null;
    const ours = port.seedComment(PR, `${MARKER}\nold`, BOT);
    port.seedComment(PR, `${MARKER}\nplanted`, HUMAN);
    const lines: string[] = [];
    const outcome = await upsertComment(port, request({ info: (m) => lines.push(m) }));
    expect(outcome).toMatchObject({ id: ours.id, action: 'updated' });
    expect(port.commentsOn(PR)).toHaveLength(2); // ours (updated) + the human's
    expect(port.comments.get(ours.id)?.comment.body).toBe(`${MARKER}\n## Certification\nBronze`);
    expect(lines.join('\n')).toContain('github-actions[bot]');
  });

  it('tolerates a duplicate that a concurrent run already deleted', async () => {
    const port = new FakePort();
    port.seedComment(PR, `${MARKER}\nA`, BOT);
    port.seedComment(PR, `${MARKER}\nB`, BOT);
    port.fail('deleteComment', new GitHubApiError('Not Found', 404), 1);
    await expect(upsertComment(port, request())).resolves.toMatchObject({ action: 'updated' });
  });

  it('passes a 403 on create up to the caller', async () => {
    const port = new FakePort();
    port.fail('createComment', FakePort.forbidden());
    await expect(upsertComment(port, request())).rejects.toMatchObject({
      status: 403,
      forbidden: true,
    });
  });
});
