import { isAbsolute, posix, relative, sep } from 'node:path';
import type { Certification } from '../model/certification.js';
import { CHECK_SUMMARY_MAX_CHARS, ensureFits } from './fit.js';
import { GitHubApiError } from './port.js';
import type { CheckAnnotation, GitHubPort } from './port.js';
import { DEFAULT_CERTIFICATION_ID } from './id.js';

/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations sent per check run: 10 requests; the report lists the rest. */
export const MAX_ANNOTATIONS = 500;
const STATUS_DESCRIPTION_MAX = 140;
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_MESSAGE_MAX = 4_000;

export function checkRunName(id: string): string {
  return id === DEFAULT_CERTIFICATION_ID ? 'Certification' : `Certification (${id})`;
}

export function statusContext(id: string): string {
  return `certification/${id}`;
}

/** One line: the level reached and the score, e.g. `Gold · score 87`. */
export function verdictLine(certification: Certification): string {
  const level = certification.level ?? 'No level reached';
  const score =
    certification.score === null ? 'no score' : `score ${formatScore(certification.score)}`;
  const required =
    !certification.passed && certification.required !== null
      ? ` (required: ${certification.required})`
      : '';
  return `${level}${required} · ${score}`;
}

function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/**
 * Annotations for failing tests whose evidence names a file and a line. Paths are made
 * relative to the workspace (GitHub wants repository paths); paths outside it are skipped.
 */
export function annotationsOf(certification: Certification, workspace: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const test of certification.failingTests.shown) {
    if (annotations.length >= MAX_ANNOTATIONS) break;
    if (test.file === undefined || test.line === undefined || test.line < 1) continue;
    const path = repositoryPath(test.file, workspace);
    if (path === null) continue;
    annotations.push({
      path,
      start_line: test.line,
      end_line: test.line,
      annotation_level: 'failure',
      title: clip(`${test.suite} › ${test.name}`, ANNOTATION_TITLE_MAX),
      message: clip(
        test.message ?? `Test ${test.status === 'error' ? 'errored' : 'failed'}`,
        ANNOTATION_MESSAGE_MAX,
      ),
    });
  }
  return annotations;
}

export function repositoryPath(file: string, workspace: string): string | null {
  let path = file.replaceAll('\\', '/');
  if (isAbsolute(path) || /^[A-Za-z]:\//.test(path)) {
    const inside = relative(workspace, file).split(sep).join('/');
    if (inside === '' || inside.startsWith('../') || isAbsolute(inside)) return null;
    path = inside;
  }
  path = posix.normalize(path).replace(/^(\.\/)+/, '');
  if (path === '.' || path === '..' || path.startsWith('../')) return null;
  return path;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export interface CheckRequest {
  id: string;
  headSha: string;
  detailsUrl: string | null;
  certification: Certification;
  renderBody: (limit: number) => string;
  workspace: string;
  info: (message: string) => void;
}

export interface CheckOutcome {
  kind: 'check-run' | 'status';
  url: string | null;
  annotations: number;
}

/**
 * A completed check run on the head commit; where the token may not create check runs (403),
 * a commit status `certification/<id>` instead. Both follow `certification.passed`.
 */
export async function publishCheck(port: GitHubPort, request: CheckRequest): Promise<CheckOutcome> {
  const { certification } = request;
  const title = verdictLine(certification);
  const summary = ensureFits(request.renderBody(CHECK_SUMMARY_MAX_CHARS), CHECK_SUMMARY_MAX_CHARS);
  const annotations = annotationsOf(certification, request.workspace);
  const [first = [], ...later] = batches(annotations, ANNOTATIONS_PER_REQUEST);
  let run: { id: number; url: string };
  try {
    run = await port.createCheckRun({
      name: checkRunName(request.id),
      headSha: request.headSha,
      conclusion: certification.passed ? 'success' : 'failure',
      detailsUrl: request.detailsUrl,
      externalId: request.id,
      output: { title, summary, annotations: first },
    });
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.forbidden)) throw error;
    request.info(
      `Creating a check run is not permitted (${error.message}); setting a commit status instead.`,
    );
    await port.createStatus({
      sha: request.headSha,
      state: certification.passed ? 'success' : 'failure',
      context: statusContext(request.id),
      description: clip(title, STATUS_DESCRIPTION_MAX),
      targetUrl: request.detailsUrl,
    });
    return { kind: 'status', url: request.detailsUrl, annotations: 0 };
  }
  for (const batch of later) {
    await port.updateCheckRun(run.id, { title, summary, annotations: batch });
  }
  return { kind: 'check-run', url: run.url, annotations: annotations.length };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
