import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { $ZodError } from 'zod/v4/core';
import { ConfigurationError, messageOf } from '../errors.js';
import { parseExpression } from '../model/expression.js';
import { KNOWN_METRICS, parseMetric } from '../model/metric-path.js';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../collect/discover.js';
import { DEFAULT_CONFIG_PATH, DEFAULT_POLICY_YAML, DEFAULT_VALID_DAYS } from './defaults.js';
import { CONFIG_KEYS, configSchema, type RawConfig } from './schema.js';
import type { LevelSpec, Settings } from './settings.js';
import { excessiveNesting } from './nesting.js';
import { didYouMean } from './suggest.js';

/** Config files are small; anything bigger is a mistake or an attack (alias bombs, huge docs). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadOptions {
  /** Config path as given (relative to cwd); undefined = the default path if it exists. */
  configPath?: string;
  cwd: string;
  /** `require-level` input / `--require`: overrides the config's `require`. */
  requireLevel?: string;
}

/** Loads and validates the config file, or the default policy when there is none. */
export async function loadSettings(options: LoadOptions): Promise<Settings> {
  const explicit = options.configPath !== undefined && options.configPath !== '';
  const relative = explicit ? (options.configPath ?? DEFAULT_CONFIG_PATH) : DEFAULT_CONFIG_PATH;
  const file = path.resolve(options.cwd, relative);
  let text: string | undefined;
  try {
    const info = await stat(file);
    if (info.size > MAX_CONFIG_BYTES) {
      throw new ConfigurationError(`${relative}: ${info.size} bytes is too large for a config file (limit ${MAX_CONFIG_BYTES})`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (explicit) throw new ConfigurationError(`${relative}: cannot read the config file: ${messageOf(error)}`);
  }
  const settings = text === undefined
    ? parseSettings(DEFAULT_POLICY_YAML, 'default policy', true)
    : parseSettings(text, relative, false);
  if (options.requireLevel) {
    if (!settings.levels.some((level) => level.name === options.requireLevel)) {
      throw new ConfigurationError(
        `require-level: '${options.requireLevel}' is not one of the levels (${settings.levels.map((l) => l.name).join(', ')})${didYouMean(options.requireLevel, settings.levels.map((l) => l.name))}`,
      );
    }
    settings.required = options.requireLevel;
  }
  return settings;
}

/** Parses config text. Errors name the file, line, key path, what was found and what is allowed. */
export function parseSettings(text: string, source: string, isDefault: boolean): Settings {
  const deep = excessiveNesting(text);
  if (deep) throw new ConfigurationError(`${source}:${deep.line}: ${deep.reason}: not a config file`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first?.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigurationError(`${source}${where}: invalid YAML: ${(first?.message.split('\n')[0] ?? 'parse error').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const proto = protoKeyOffset(document);
  if (proto !== undefined) {
    throw new ConfigurationError(`${source}:${lineCounter.linePos(proto).line}: '__proto__' cannot be a name (it would be dropped silently)`);
  }
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 50 }) as unknown;
  } catch (error) {
    throw new ConfigurationError(`${source}: ${messageOf(error)}`);
  }
  raw ??= {};
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigurationError(describeIssues(parsed.error, document, lineCounter, source));
  return toSettings(parsed.data, source, isDefault);
}

/** Where a `__proto__` key is: zod's records skip such keys, so a level of that name would vanish. */
function protoKeyOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        offset = pair.key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function toSettings(config: RawConfig, source: string, isDefault: boolean): Settings {
  const levels: LevelSpec[] = Object.entries(config.levels ?? {}).map(([name, body]) => {
    const level: LevelSpec = { name, requirements: [] };
    for (const [key, value] of Object.entries(body)) {
      if (key === 'approves') {
        level.approves = value;
        continue;
      }
      const ref = parseMetric(key);
      const expression = parseExpression(value);
      if ('error' in ref || 'error' in expression) continue; // rejected by the schema already
      level.requirements.push({ metric: key, ref, expression });
    }
    return level;
  });
  return {
    source,
    evidence: { ...config.evidence },
    defaultEvidence: isDefault,
    levels,
    required: config.require ?? null,
    groups: Object.entries(config.groups ?? {}).map(([name, group]) => ({
      name,
      paths: group.paths ?? [],
      tests: group.tests ?? [],
    })),
    validDays: config['valid-days'] ?? DEFAULT_VALID_DAYS,
    ...(config.template ? { template: config.template } : {}),
    maxEvidenceBytes: config['max-evidence-bytes'] ?? DEFAULT_MAX_EVIDENCE_BYTES,
    allowOutside: config['allow-outside'] ?? [],
  };
}

function describeIssues(error: $ZodError, document: Document, lineCounter: LineCounter, source: string): string {
  const lines = error.issues.slice(0, 10).map((issue) => {
    const keyPath = issue.path.map(String);
    let message = issue.message;
    let at = keyPath;
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(keyPath);
      const key = issue.keys[0] ?? '';
      at = [...keyPath, key];
      message = `unknown key '${key}'${didYouMean(key, allowed)} (allowed: ${allowed.join(', ')})`;
    } else if (issue.code === 'invalid_type') {
      const found = describeValue(document.getIn(keyPath));
      message = `expected ${issue.expected}, found ${found}`;
    } else if (issue.code === 'invalid_key') {
      message = `'${String(issue.path[issue.path.length - 1] ?? '')}': ${issue.issues[0]?.message ?? 'invalid name'}`;
    } else if (issue.code === 'custom' && typeof issue.params?.['unknownMetric'] === 'string') {
      message += didYouMean(issue.params['unknownMetric'], KNOWN_METRICS);
    }
    return `${source}${lineOf(document, lineCounter, at)}: ${at.join('.') || '(top level)'}: ${message}`;
  });
  const more = error.issues.length > 10 ? `\n… and ${error.issues.length - 10} more` : '';
  return `invalid config:\n  ${lines.join('\n  ')}${more}`;
}

function allowedKeysAt(keyPath: string[]): string[] {
  if (keyPath.length === 0) return [...CONFIG_KEYS];
  if (keyPath[0] === 'evidence') return ['tests', 'coverage', 'benchmarks', 'security', 'custom'];
  if (keyPath[0] === 'groups') return ['paths', 'tests'];
  return [];
}

/** What was found, for messages: YAML nodes (getIn returns collections as nodes) and plain values. */
function describeValue(value: unknown): string {
  if (isScalar(value)) return describeValue(value.value);
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value) || isSeq(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' && !Number.isFinite(value)) return `number ${String(value)}`;
  const shown = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  return `${typeof value} ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`;
}

function lineOf(document: Document, lineCounter: LineCounter, keyPath: string[]): string {
  for (let depth = keyPath.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(keyPath.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return `:${lineCounter.linePos(range[0]).line}`;
  }
  return '';
}
