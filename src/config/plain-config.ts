import { parseExpression } from '../model/expression.js';
import { parseMetric } from '../model/metric-path.js';
import { CONFIG_KEYS, EVIDENCE_KEYS, GROUP_KEYS, MAX_VALID_DAYS, NAME } from './keys.js';
import type { RawConfig } from './schema.js';

/*
 * The config schema (schema.ts) is zod, and loading zod is most of the start-up before the first
 * evidence file is read. A config that is plainly valid — every key known, every value of the
 * exact type the schema wants — is checked here instead, and comes out as the schema would
 * output it. Anything else, valid or not, is left to the schema, which alone writes the
 * messages: this check may send a valid config there, but must never pass one the schema rejects.
 */

type Mapping = Record<string, unknown>;
type Level = Record<string, string>;
type GlobList = string[];

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(CONFIG_KEYS);

/** The config as the schema would output it, or undefined when the schema has to decide. */
export function plainlyValidConfig(raw: unknown): RawConfig | undefined {
  if (!isMapping(raw) || !Object.keys(raw).every((key) => TOP_LEVEL_KEYS.has(key)))
    return undefined;
  // Keys in the schema's order: zod builds its output in the order of the object's shape.
  const config: RawConfig = {};
  if (has(raw, 'evidence')) {
    const evidence = fixedKeys(raw['evidence'], EVIDENCE_KEYS);
    if (!evidence) return undefined;
    config.evidence = evidence;
  }
  if (has(raw, 'levels')) {
    const levels = namedMappings(raw['levels'], plainLevel);
    if (!levels) return undefined;
    config.levels = levels;
  }
  if (has(raw, 'require')) {
    const required = raw['require'];
    if (typeof required !== 'string' && required !== null) return undefined;
    config.require = required;
  }
  if (has(raw, 'groups')) {
    const groups = namedMappings(raw['groups'], (value) => fixedKeys(value, GROUP_KEYS));
    if (!groups) return undefined;
    config.groups = groups;
  }
  if (has(raw, 'valid-days')) {
    const days = raw['valid-days'];
    if (!isSafeIntegerIn(days, 1, MAX_VALID_DAYS)) return undefined;
    config['valid-days'] = days;
  }
  if (has(raw, 'template')) {
    const template = raw['template'];
    if (!isNonEmptyString(template)) return undefined;
    config.template = template;
  }
  if (has(raw, 'max-evidence-bytes')) {
    const bytes = raw['max-evidence-bytes'];
    if (!isSafeIntegerIn(bytes, 1, Number.MAX_SAFE_INTEGER)) return undefined;
    config['max-evidence-bytes'] = bytes;
  }
  if (has(raw, 'allow-outside')) {
    const allowed = globList(raw['allow-outside']);
    if (!allowed) return undefined;
    config['allow-outside'] = allowed;
  }
  // The schema's refinement: the required level must be one of the levels.
  if (config.require && config.levels && !Object.hasOwn(config.levels, config.require))
    return undefined;
  return config;
}

/** A mapping of glob lists under known keys (evidence, a group), keys in the schema's order. */
function fixedKeys<K extends string>(
  value: unknown,
  keys: readonly K[],
): Partial<Record<K, GlobList>> | undefined {
  if (
    !isMapping(value) ||
    !Object.keys(value).every((key) => (keys as readonly string[]).includes(key))
  )
    return undefined;
  const result: Partial<Record<K, GlobList>> = {};
  for (const key of keys) {
    if (!has(value, key)) continue;
    const list = globList(value[key]);
    if (!list) return undefined;
    result[key] = list;
  }
  return result;
}

/** Levels and groups: names the schema allows, each mapped to a plainly valid body. */
function namedMappings<T>(
  value: unknown,
  body: (value: unknown) => T | undefined,
): Record<string, T> | undefined {
  if (!isMapping(value)) return undefined;
  const result: Record<string, T> = {};
  for (const [name, item] of Object.entries(value)) {
    if (!NAME.test(name)) return undefined;
    const checked = body(item);
    if (checked === undefined) return undefined;
    result[name] = checked;
  }
  return result;
}

/** A level: known metrics with valid requirements, plus `approves`; an empty level (`gold:`) is {}. */
function plainLevel(value: unknown): Level | undefined {
  if (value === null) return {};
  if (!isMapping(value)) return undefined;
  const level: Level = {};
  for (const [key, requirement] of Object.entries(value)) {
    if (typeof requirement !== 'string') return undefined;
    if (
      key !== 'approves' &&
      ('error' in parseMetric(key) || 'error' in parseExpression(requirement))
    )
      return undefined;
    level[key] = requirement;
  }
  return level;
}

/** One glob or a list of them, as the list the schema turns both into. */
function globList(value: unknown): GlobList | undefined {
  if (isNonEmptyString(value)) return [value];
  if (!Array.isArray(value) || !value.every(isNonEmptyString)) return undefined;
  return [...value];
}

/** zod's `int()` is a safe integer. */
function isSafeIntegerIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** A mapping as YAML gives it: a plain object, nothing a schema would read differently. */
function isMapping(value: unknown): value is Mapping {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    !Object.hasOwn(value, 'constructor') &&
    Object.getOwnPropertySymbols(value).length === 0
  );
}

function has(mapping: Mapping, key: string): boolean {
  return Object.hasOwn(mapping, key);
}
