import type { z } from 'zod';
import { EvidenceParseError } from '../../errors.js';
import type { JsonChoice, JsonKind, JsonPosition } from './json-walk.js';

/** "an object", "a number", … for messages about a value of the wrong type. */
export function describeKind(kind: JsonKind): string {
  return kind === 'object' || kind === 'array'
    ? `an ${kind}`
    : kind === 'null'
      ? 'null'
      : `a ${kind}`;
}

/** Throws unless a JSON value read at `at` is of the `expected` kind; `rule` says what it must be. */
export function requireKind(
  kind: JsonKind,
  expected: JsonKind,
  rule: string,
  at: JsonPosition,
): void {
  if (kind !== expected) throw new EvidenceParseError(`${rule}, found ${describeKind(kind)}`, at);
}

/**
 * The check a streaming reader makes on a container it is about to enter: one of the expected
 * kind is descended into; anything else means the file is not `report` ("a Mocha JSON report").
 */
export function expectKindIn(
  report: string,
): (kind: JsonKind, expected: 'object' | 'array', what: string, at: JsonPosition) => JsonChoice {
  return (kind, expected, what, at) => {
    if (kind !== expected) {
      throw new EvidenceParseError(
        `not ${report}: ${what} is ${describeKind(kind)}, expected ${describeKind(expected)}`,
        at,
      );
    }
    return 'descend';
  };
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
