/** The config's keys and names, shared by the schema and the plain check (which must not load zod). */

/** The top-level keys, for "did you mean". */
export const CONFIG_KEYS = [
  'evidence',
  'levels',
  'require',
  'groups',
  'valid-days',
  'template',
  'max-evidence-bytes',
  'allow-outside',
] as const;

export const EVIDENCE_KEYS = ['tests', 'coverage', 'benchmarks', 'security', 'custom'] as const;

export const GROUP_KEYS = ['paths', 'tests'] as const;

/** Level and group names. */
export const NAME = /^[A-Za-z0-9][\w.-]*$/;

/** Longest validity a config may give a certification, in days. */
export const MAX_VALID_DAYS = 3650;
