/**
 * Minimal glob matching for group patterns: `**` any path, `*` any run within a segment,
 * `?` one character, `{a,b}` alternatives. Pure, so scoring needs no file system.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern.charAt(i);
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      const end = pattern.indexOf('}', i);
      if (end > i) {
        const options = pattern.slice(i + 1, end).split(',').map(escapeRegExp);
        source += `(?:${options.join('|')})`;
        i = end + 1;
        continue;
      }
      source += '\\{';
    } else {
      source += escapeRegExp(char);
    }
    i++;
  }
  return new RegExp(`^${source}$`, 'u');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a source path matches a group's path pattern. Coverage tools often write absolute
 * paths (/home/runner/work/repo/repo/src/core/x.ts): a relative pattern also matches any
 * path that ends with a match, starting at a segment boundary.
 */
export function pathMatches(pattern: RegExp, filePath: string): boolean {
  const normalized = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (pattern.test(normalized)) return true;
  let slash = normalized.indexOf('/');
  while (slash !== -1) {
    if (pattern.test(normalized.slice(slash + 1))) return true;
    slash = normalized.indexOf('/', slash + 1);
  }
  return false;
}
