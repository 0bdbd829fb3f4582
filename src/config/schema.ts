import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { parseExpression } from '../model/expression.js';
import { parseMetric } from '../model/metric-path.js';
import { MAX_VALID_DAYS, NAME } from './keys.js';

// zod/mini, not zod: a config that plain-config.ts leaves to this schema loads it before any
// evidence is read, and mini leaves out classic zod's methods and JSON Schema export (about half
// of zod's code). The messages are the same: core zod writes them, in the English that classic
// zod sets by default. A change here needs the same change in plain-config.ts (its test shows it).
z.config(en());

const nonEmptyString = () => z.string().check(z.minLength(1));

const globList = z.pipe(
  z.union([nonEmptyString(), z.array(nonEmptyString())]),
  z.transform((value: string | string[]) => (typeof value === 'string' ? [value] : value)),
);

export const evidenceSchema = z.strictObject({
  tests: z.optional(globList),
  coverage: z.optional(globList),
  benchmarks: z.optional(globList),
  security: z.optional(globList),
  custom: z.optional(globList),
});

/** A level: metric → requirement, plus what the level approves the change for. */
const levelSchema = z.record(z.string(), z.string()).check(
  z.superRefine((level, context) => {
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
  }),
);

const groupSchema = z.strictObject({
  paths: z.optional(globList),
  tests: z.optional(globList),
});

const name = (message: string) => z.string().check(z.regex(NAME, message));

export const configSchema = z
  .strictObject({
    evidence: z.optional(evidenceSchema),
    levels: z.optional(
      z.record(
        name('level names use letters, digits, - _ .'),
        // an empty level (`gold:`) is a level with no requirements
        z.pipe(z.transform((value: unknown) => value ?? {}), levelSchema),
      ),
    ),
    require: z.optional(z.union([z.string(), z.null()])),
    groups: z.optional(z.record(name('group names use letters, digits, - _ .'), groupSchema)),
    'valid-days': z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_VALID_DAYS))),
    template: z.optional(nonEmptyString()),
    'max-evidence-bytes': z.optional(z.number().check(z.int(), z.positive())),
    'allow-outside': z.optional(globList),
  })
  .check(
    z.superRefine((config, context) => {
      // own keys only: `require: toString` must not find Object.prototype.toString
      if (config.require && config.levels && !Object.hasOwn(config.levels, config.require)) {
        context.addIssue({
          code: 'custom',
          path: ['require'],
          message: `'${config.require}' is not one of the levels (${Object.keys(config.levels).join(', ')})`,
        });
      }
    }),
  );

export type RawConfig = z.infer<typeof configSchema>;

export { CONFIG_KEYS } from './keys.js';
