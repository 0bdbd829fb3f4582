import type { z } from 'zod';
import { EvidenceParseError } from '../../errors.js';
import type { JsonKind, JsonPosition } from './json-walk.js';

/** "an object", "a number", … for messages about a value of the wrong type. */
export function describeKind(kind: JsonKind): string {
  return kind === 'object' || kind === 'array'
    ? `an ${kind}`
    : kind === 'null'
      ? 'null'
      : `a ${kind}`;
}

/** A JSON path as written in messages: runs[0].results[3].level, metrics[2]["odd key"]. */
export function jsonPathText(base: string, path: readonly PropertyKey[]): string {
  let text = base;
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/** The first problem zod found in a value read at `at`, as a positioned parse error. */
export function schemaError(error: z.ZodError, base: string, at: JsonPosition): EvidenceParseError {
  const issue = error.issues[0];
  if (!issue) return new EvidenceParseError(`${base}: invalid value`, at);
  return new EvidenceParseError(`${jsonPathText(base, issue.path)}: ${issue.message}`, at);
}
