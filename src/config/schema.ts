import { z } from 'zod';
import { parseExpression } from '../model/expression.js';
import { parseMetric } from '../model/metric-path.js';

const globList = z
  .union([z.string().min(1), z.array(z.string().min(1))])
  .transform((value) => (typeof value === 'string' ? [value] : value));

export const evidenceSchema = z.strictObject({
  tests: globList.optional(),
  coverage: globList.optional(),
  benchmarks: globList.optional(),
  security: globList.optional(),
  custom: globList.optional(),
});

/** A level: metric → requirement, plus what the level approves the change for. */
const levelSchema = z.record(z.string(), z.string()).superRefine((level, context) => {
  for (const [key, value] of Object.entries(level)) {
    if (key === 'approves') continue;
    const metric = parseMetric(key);
    if ('error' in metric) {
      context.addIssue({ code: 'custom', path: [key], message: metric.error, params: { unknownMetric: key } });
      continue;
    }
    const expression = parseExpression(value);
    if ('error' in expression) context.addIssue({ code: 'custom', path: [key], message: expression.error });
  }
});

const groupSchema = z.strictObject({
  paths: globList.optional(),
  tests: globList.optional(),
});

const NAME = /^[A-Za-z0-9][\w.-]*$/;

export const configSchema = z
  .strictObject({
    evidence: evidenceSchema.optional(),
    levels: z
      .record(z.string().regex(NAME, 'level names use letters, digits, - _ .'), z.preprocess((value) => value ?? {}, levelSchema))
      .optional(),
    require: z.union([z.string(), z.null()]).optional(),
    groups: z.record(z.string().regex(NAME, 'group names use letters, digits, - _ .'), groupSchema).optional(),
    'valid-days': z.number().int().min(1).max(3650).optional(),
    template: z.string().min(1).optional(),
    'max-evidence-bytes': z.number().int().positive().optional(),
    'allow-outside': globList.optional(),
  })
  .superRefine((config, context) => {
    // own keys only: `require: toString` must not find Object.prototype.toString
    if (config.require && config.levels && !Object.hasOwn(config.levels, config.require)) {
      context.addIssue({
        code: 'custom',
        path: ['require'],
        message: `'${config.require}' is not one of the levels (${Object.keys(config.levels).join(', ')})`,
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

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
