import type { SourcePosition } from '../../errors.js';
import { walkJson, type JsonChoice, type JsonPath } from './json-walk.js';

/**
 * Calls `onEntry` for every member of one JSON object in a stream — the object reached from the
 * root through the keys in `path` (`[]` is the root itself) — building one member value at a
 * time: a 100 MB coverage-final.json is never held whole. Everything else is only checked for
 * syntax as it streams past (walkJson). Returns false when there is no object at `path`.
 */
export async function forEachJsonEntry(
  chunks: AsyncIterable<Buffer>,
  path: readonly string[],
  onEntry: (key: string, value: unknown, position: SourcePosition) => void,
): Promise<boolean> {
  let found = false;
  const onPath = (at: JsonPath) =>
    at.every((segment, index) => index >= path.length || segment === path[index]);
  await walkJson(chunks, {
    enter(at, kind): JsonChoice {
      if (!onPath(at)) return 'skip';
      if (at.length < path.length) return kind === 'object' ? 'descend' : 'skip';
      if (at.length === path.length) {
        found = kind === 'object';
        return found ? 'descend' : 'skip';
      }
      return at.length === path.length + 1 ? 'collect' : 'skip';
    },
    value(at, value, position) {
      onEntry(String(at[at.length - 1]), value, position);
    },
  });
  return found;
}
