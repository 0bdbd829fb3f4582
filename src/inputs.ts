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
  /** Earlier base-branch certifications in the trend chart; 0 turns the trend off. */
  trendRuns: number;
}

/** Trend chart length by default, and at most (each run costs requests and a download). */
export const DEFAULT_TREND_RUNS = 10;
export const MAX_TREND_RUNS = 30;

/**
 * An input as the runner passes it: the variable INPUT_<NAME> (spaces as underscores, upper
 * case), trimmed, as @actions/core's getInput reads it. Read here, without @actions/core (see
 * deliver/runner.ts for why the action does without it).
 */
function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The spellings @actions/core's getBooleanInput accepts, and '' for an absent input. */
const BOOLEAN_INPUTS: readonly string[] = ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', ''];

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`input '${name}': '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Boolean inputs read leniently when absent (local runs), strictly when present. */
function flag(name: string, fallback: boolean): boolean {
  const raw = getInput(name).trim();
  if (!BOOLEAN_INPUTS.includes(raw)) throw new ConfigurationError(`input '${name}': '${raw}' is not true or false`);
  return raw === '' ? fallback : raw.toLowerCase() === 'true';
}

export function readInputs(): ActionInputs {
  const retention = getInput('retention-days').trim();
  let retentionDays: number | undefined;
  if (retention !== '') {
    retentionDays = Number(retention);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new ConfigurationError(`input 'retention-days': '${retention}' is not a whole number of days from 1 to 90`);
    }
  }
  const trend = getInput('trend-runs').trim();
  const trendRuns = trend === '' ? DEFAULT_TREND_RUNS : Number(trend);
  if (!Number.isInteger(trendRuns) || trendRuns < 0 || trendRuns > MAX_TREND_RUNS) {
    throw new ConfigurationError(`input 'trend-runs': '${trend}' is not a whole number from 0 to ${MAX_TREND_RUNS}`);
  }
  const optional = (name: string) => getInput(name).trim() || undefined;
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
    token: getInput('github-token').trim(),
    baseline: optional('baseline'),
    diff: optional('diff'),
    trendRuns,
  };
}
