import { z } from 'zod';

/**
 * The first problem with `value`, found element by element in the arrays `schema` describes
 * (through objects, arrays and optional or nullable members), or undefined when there is none
 * there. zod itself reports every bad element: a hostile million-entry array of `{}` would cost
 * seconds and hundreds of MB before the first issue could be named. Call it before
 * `schema.safeParse`, which then sees only values whose arrays are sound.
 */
export function firstArrayIssue(schema: unknown, value: unknown): { path: PropertyKey[]; error: z.ZodError } | undefined {
  return walk(schema, value, 0);
}

/** Deeper schemas than this are not descended (ours are a few levels; zod still checks the rest). */
const MAX_SCHEMA_DEPTH = 16;

function walk(schema: unknown, value: unknown, depth: number): { path: PropertyKey[]; error: z.ZodError } | undefined {
  if (depth > MAX_SCHEMA_DEPTH) return undefined;
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? (schema.unwrap() as unknown) : schema;
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element: unknown = inner.element;
    // nothing to find in a list of anything (checked entry by entry later): a safeParse per
    // element of a million-entry list would cost seconds
    if (!(element instanceof z.ZodType) || element instanceof z.ZodUnknown || element instanceof z.ZodAny) return undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      // a huge array inside the element is searched the same way before zod sees the element
      const nested = walk(element, item, depth + 1);
      if (nested) return { path: [index, ...nested.path], error: nested.error };
      const parsed = element.safeParse(item);
      if (!parsed.success) return { path: [index], error: parsed.error };
    }
    return undefined;
  }
  if (inner instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape: unknown = inner.shape;
    if (typeof shape !== 'object' || shape === null) return undefined;
    for (const [key, member] of Object.entries(shape)) {
      const field: unknown = Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
      if (!Array.isArray(field) && (typeof field !== 'object' || field === null)) continue;
      const nested = walk(member, field, depth + 1);
      if (nested) return { path: [key, ...nested.path], error: nested.error };
    }
  }
  return undefined;
}
