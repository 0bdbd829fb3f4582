import type { ChangedLines } from '../../model/baseline.js';

/**
 * Added and modified lines from a unified diff (`git diff`, a PR's `.diff`, or the `patch` of
 * each file the pull request files API returns): new-file line numbers of `+` lines per file.
 * Deleted files and binary files contribute nothing.
 */
export function parseUnifiedDiff(text: string, changed: ChangedLines = new Map()): ChangedLines {
  let file: string | null = null;
  let line = 0;
  let inHunk = false;
  for (const raw of text.split('\n')) {
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (row.startsWith('diff --git ')) {
      file = null;
      inHunk = false;
    } else if (row.startsWith('+++ ')) {
      const target = row.slice(4).replace(/\t.*$/, '');
      file = target === '/dev/null' ? null : unquoted(target).replace(/^b\//, '');
      inHunk = false;
    } else if (row.startsWith('@@')) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
      inHunk = match !== null;
      line = match ? Number(match[1]) : 0;
    } else if (inHunk && file !== null) {
      if (row.startsWith('+')) {
        addLine(changed, file, line);
        line++;
      } else if (row.startsWith(' ') || row === '') {
        line++;
      }
      // '-' lines and '\ No newline at end of file' do not advance the new file.
    }
  }
  return changed;
}

/** Adds a PR-files-API `patch` (hunks only, no headers) for one file. */
export function addFilePatch(changed: ChangedLines, path: string, patch: string): ChangedLines {
  return parseUnifiedDiff(`+++ b/${path}\n${patch}`, changed);
}

function addLine(changed: ChangedLines, file: string, line: number): void {
  const lines = changed.get(file);
  if (lines) lines.push(line);
  else changed.set(file, [line]);
}

/** git quotes a path holding unusual characters ("b/odd name"); the quotes are not part of it. */
function unquoted(path: string): string {
  return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}
