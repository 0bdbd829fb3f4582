import type { LevelSpec } from '../config/settings.js';
import type { LevelInfo, RequirementResult } from '../model/certification.js';

export interface LevelOutcome {
  /** Highest level whose requirements, and those of every level below, all hold. */
  achieved: string | null;
  levels: LevelInfo[];
  /** The level above the achieved one, with what is still unmet for it. */
  next: { level: string; unmet: RequirementResult[] } | null;
}

export function decideLevel(levels: readonly LevelSpec[], results: readonly RequirementResult[]): LevelOutcome {
  const info: LevelInfo[] = levels.map((level) => ({
    name: level.name,
    ...(level.approves !== undefined ? { approves: level.approves } : {}),
    met: results.filter((r) => r.level === level.name).every((r) => r.status === 'pass' || r.status === 'not-applicable'),
  }));
  let achieved: string | null = null;
  let next: LevelOutcome['next'] = null;
  for (const level of info) {
    if (!level.met) {
      next = { level: level.name, unmet: results.filter((r) => r.level === level.name && r.status !== 'pass' && r.status !== 'not-applicable') };
      break;
    }
    achieved = level.name;
  }
  return { achieved, levels: info, next };
}

/** At or above the required level. No required level means the gate is open. */
export function meetsRequired(levels: readonly LevelSpec[], achieved: string | null, required: string | null): boolean {
  if (required === null) return true;
  if (achieved === null) return false;
  const names = levels.map((l) => l.name);
  return names.indexOf(achieved) >= names.indexOf(required);
}
