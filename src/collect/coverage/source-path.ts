import { detach } from '../read/detach.js';

/**
 * A source file path as a coverage tool reported it, made comparable: Windows separators become
 * '/' (so one group glob matches reports from Windows and Linux runners, and `C:\a\b.cs` and
 * `C:/a/b.cs` are one file) and a leading './' is dropped. The path is otherwise kept as reported:
 * absolute stays absolute, nothing is resolved against the file system.
 */
export function normalizeSourcePath(raw: string): string {
  let path = raw.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  // a report keeps its paths: detached, so none keeps the decoded text it was cut from alive
  return detach(path);
}
