import type { z } from 'zod';
import { describeKind, jsonPathText, schemaError } from '../read/json-issues.js';
import type { JsonKind, JsonPath, JsonPosition } from '../read/json-walk.js';
import { firstArrayIssue } from '../read/zod-first-issue.js';
import { EvidenceParseError } from '../../errors.js';

/** A value collected by walkJson, checked against its schema; a mismatch names path and position. */
export function checkJson<T>(schema: z.ZodType<T>, value: unknown, path: JsonPath, at: JsonPosition): T {
  const early = firstArrayIssue(schema, value);
  if (early) throw schemaError(early.error, jsonPathText('', [...path, ...early.path]), at);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw schemaError(parsed.error, jsonPathText('', path), at);
  return parsed.data;
}

/** Fails unless the value walkJson is entering at `path` is an object. */
export function requireJsonObject(path: JsonPath, kind: JsonKind, at: JsonPosition): void {
  if (kind !== 'object') {
    throw new EvidenceParseError(`${jsonPathText('', path) || 'the document'}: expected an object, found ${describeKind(kind)}`, at);
  }
}
