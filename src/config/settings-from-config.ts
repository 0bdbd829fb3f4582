import { parseExpression } from '../model/expression.js';
import { parseMetric } from '../model/metric-path.js';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../collect/discover.js';
import { DEFAULT_VALID_DAYS } from './defaults.js';
import type { RawConfig } from './schema.js';
import type { LevelSpec, Settings } from './settings.js';

/** Settings from a config the schema accepted (or would accept: see plain-config.ts). */
export function settingsFromConfig(
  config: RawConfig,
  source: string,
  isDefault: boolean,
): Settings {
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
