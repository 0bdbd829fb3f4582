import { isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { $ZodError } from 'zod/v4/core';
import { ConfigurationError } from '../errors.js';
import { KNOWN_METRICS } from '../model/metric-path.js';
import { readConfigDocument, type ConfigDocument } from './document.js';
import { EVIDENCE_KEYS, GROUP_KEYS } from './keys.js';
import { CONFIG_KEYS, configSchema } from './schema.js';
import { settingsFromConfig } from './settings-from-config.js';
import type { Settings } from './settings.js';
import { didYouMean } from './suggest.js';

export { loadSettings, type LoadOptions } from './load-settings.js';

/** Parses config text. Errors name the file, line, key path, what was found and what is allowed. */
export function parseSettings(text: string, source: string, isDefault: boolean): Settings {
  return settingsFromDocument(readConfigDocument(text, source), source, isDefault);
}

/** parseSettings for a config already read as YAML (the plain check read it first). */
export function settingsFromDocument(
  { raw, document, lineCounter }: ConfigDocument,
  source: string,
  isDefault: boolean,
): Settings {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigurationError(describeIssues(parsed.error, document, lineCounter, source));
  return settingsFromConfig(parsed.data, source, isDefault);
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
  if (keyPath[0] === 'evidence') return [...EVIDENCE_KEYS];
  if (keyPath[0] === 'groups') return [...GROUP_KEYS];
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
