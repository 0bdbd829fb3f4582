import * as core from '@actions/core';
import { z } from 'zod';
import { ConfigurationError } from './errors.js';

/** The action's inputs as one typed object (names as in action.yml). */
export interface ActionInputs {
  config: string | undefined;
  requireLevel: string | undefined;
  workingDirectory: string;
  outputDir: string;
  id: string | undefined;
  mode: 'certify' | 'collect' | 'publish';
  comment: 'update' | 'new' | 'off';
  checkRun: boolean;
  artifact: boolean;
  retentionDays: number | undefined;
  failOnDeliveryError: boolean;
  token: string;
  baseline: string | undefined;
  diff: string | undefined;
}

const booleanInput = z.enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '']);

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`input '${name}': '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Boolean inputs read leniently when absent (local runs), strictly when present. */
function flag(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim();
  const parsed = booleanInput.safeParse(raw);
  if (!parsed.success) throw new ConfigurationError(`input '${name}': '${raw}' is not true or false`);
  return raw === '' ? fallback : raw.toLowerCase() === 'true';
}

export function readInputs(): ActionInputs {
  const retention = core.getInput('retention-days').trim();
  let retentionDays: number | undefined;
  if (retention !== '') {
    retentionDays = Number(retention);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new ConfigurationError(`input 'retention-days': '${retention}' is not a whole number of days from 1 to 90`);
    }
  }
  const optional = (name: string) => core.getInput(name).trim() || undefined;
  return {
    config: optional('config'),
    requireLevel: optional('require-level'),
    workingDirectory: optional('working-directory') ?? '.',
    outputDir: optional('output-dir') ?? 'certification',
    id: optional('id'),
    mode: choice('mode', ['certify', 'collect', 'publish'] as const, 'certify'),
    comment: choice('comment', ['update', 'new', 'off'] as const, 'update'),
    checkRun: flag('check-run', true),
    artifact: flag('artifact', true),
    retentionDays,
    failOnDeliveryError: flag('fail-on-delivery-error', false),
    token: core.getInput('github-token').trim(),
    baseline: optional('baseline'),
    diff: optional('diff'),
  };
}
