import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseUnifiedDiff } from './collect/diff/unified-diff.js';
import { messageOf } from './errors.js';
import type { BaselineFigures, BaselineInfo, ChangedLines } from './model/baseline.js';
import { readBaseline } from './score/baseline.js';

const run = promisify(execFile);

/** Reads a baseline certification.json; an unusable one is reported, never fatal. */
export async function baselineFromFile(file: string, cwd: string): Promise<{ baseline: BaselineFigures | null; note?: string }> {
  const absolute = path.resolve(cwd, file);
  try {
    // loaded here, not at start-up: the module builds the whole report schema when imported
    const { MAX_CERTIFICATION_BYTES } = await import('./model/certification-schema.js');
    const info = await stat(absolute);
    if (info.size > MAX_CERTIFICATION_BYTES) return { baseline: null, note: `baseline ${file}: ${info.size} bytes is too large` };
    const raw = JSON.parse(await readFile(absolute, 'utf8')) as unknown;
    const source: BaselineInfo = { source: 'file', sha: null, generatedAt: null, runId: null, branch: null };
    return { baseline: readBaseline(raw, source) };
  } catch (error) {
    return { baseline: null, note: `baseline ${file} could not be read: ${messageOf(error)}` };
  }
}

/** Lines a change adds or modifies and where they came from, or why they are not known. */
export type ChangesResult = { lines: ChangedLines; source: string } | { note: string };
/** Another way to the changed lines (the PR files API), asked only when the diff file and git give none. */
export type ChangesFallback = () => Promise<ChangesResult>;

/** Changed lines from a diff file, or from `git diff <base>...HEAD` when history is present. */
export async function changedLines(options: { cwd: string; diffFile?: string; diffBase?: string }): Promise<ChangesResult | null> {
  if (options.diffFile) {
    try {
      return { lines: parseUnifiedDiff(await readFile(path.resolve(options.cwd, options.diffFile), 'utf8')), source: 'file' };
    } catch (error) {
      return { note: `diff ${options.diffFile} could not be read: ${messageOf(error)}` };
    }
  }
  if (options.diffBase) {
    try {
      const { stdout } = await run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', `${options.diffBase}...HEAD`, '--'], {
        cwd: options.cwd,
        maxBuffer: 256 * 1024 * 1024,
      });
      return { lines: parseUnifiedDiff(stdout), source: 'git' };
    } catch (error) {
      return { note: `git diff ${options.diffBase}...HEAD failed (is the history fetched? use fetch-depth: 0): ${messageOf(error).split('\n')[0] ?? ''}` };
    }
  }
  return null;
}
