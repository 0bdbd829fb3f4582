import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_POLICY_YAML } from '../../src/config/defaults.js';
import { loadSettings, parseSettings } from '../../src/config/load.js';
import { plainlyValidConfig } from '../../src/config/plain-config.js';
import { configSchema } from '../../src/config/schema.js';
import { pick, seededRandom, type Random } from './seeded-random.js';

/*
 * The plain check stands in for the zod schema on the start-up path. Its one promise: what it
 * accepts, the schema accepts, with the same output (same keys, same order, same values).
 * Whatever it does not accept goes to the schema, so refusing too much is only slower.
 */

/** Asserts the promise on one value; returns whether the plain check accepted it. */
function agreesWithSchema(raw: unknown): boolean {
  const plain = plainlyValidConfig(raw);
  if (plain === undefined) return false;
  const parsed = configSchema.safeParse(raw);
  expect(parsed.success).toBe(true);
  // JSON text compares key order too: the order of `evidence` is the order files are collected in.
  expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
  expect(plain).toEqual(parsed.data);
  return true;
}

const VALID_CONFIGS = {
  'the default policy': DEFAULT_POLICY_YAML,
  'examples/certify.yml': readFileSync('examples/certify.yml', 'utf8'),
  'the start-up bench config':
    "evidence:\n  tests: ['TEST-*.xml']\nlevels:\n  bronze: { tests.passRate: '>= 0%' }\nrequire: bronze\n",
  'every key, in another order than the schema': `
allow-outside: /tmp/reports
max-evidence-bytes: 1048576
template: .github/report.md.hbs
valid-days: 90
groups:
  critical: { tests: '*critical*', paths: ['src/core/**'] }
  empty: {}
require: gold
levels:
  gold: { tests.failed: '== 0', coverage.lines: '>= 85%', approves: 'production release' }
  bronze:
  1st: { tests.passRate: '>= 90%' }
evidence:
  custom: custom.json
  security: ['a.sarif', 'b.sarif']
  benchmarks: []
  coverage: lcov.info
  tests: ['**/junit*.xml']
`,
  'an empty document': '',
  'require: null with no levels': 'require: null\n',
  'a required level and no levels': 'require: gold\n',
  'group and benchmark metrics': `
levels:
  gold: { groups.critical.tests.passRate: '== 100%', benchmarks."render 1k rows".opsPerSec: '>= 1000' }
`,
};

describe('plainlyValidConfig', () => {
  it.each(Object.entries(VALID_CONFIGS))('accepts %s as the schema outputs it', (_, text) => {
    expect(agreesWithSchema(parse(text) ?? {})).toBe(true);
  });

  it.each([
    ['an unknown key', { levls: {} }],
    ['an unknown evidence kind', { evidence: { test: ['a'] } }],
    ['an empty glob', { evidence: { tests: [''] } }],
    ['a glob that is a number', { evidence: { tests: [1] } }],
    ['null evidence', { evidence: null }],
    ['an unknown metric', { levels: { gold: { 'coverage.line': '>= 80%' } } }],
    ['a requirement that is no expression', { levels: { gold: { 'tests.passRate': 'high' } } }],
    ['a requirement that is a number', { levels: { gold: { 'tests.passRate': 90 } } }],
    ['a level that is a list', { levels: { gold: [] } }],
    ['a bad level name', { levels: { '-gold': {} } }],
    ['a bad group name', { groups: { 'a b': {} } }],
    ['an unknown group key', { groups: { core: { path: 'src' } } }],
    ['a required level that is not a level', { levels: { gold: {} }, require: 'silver' }],
    ['a required level from the prototype', { levels: { gold: {} }, require: 'toString' }],
    ['require: a number', { require: 1 }],
    ['valid-days: 0', { 'valid-days': 0 }],
    ['valid-days: 3651', { 'valid-days': 3651 }],
    ['valid-days: 1.5', { 'valid-days': 1.5 }],
    ['valid-days: a string', { 'valid-days': '30' }],
    ['max-evidence-bytes: 0', { 'max-evidence-bytes': 0 }],
    ['max-evidence-bytes: an unsafe integer', { 'max-evidence-bytes': 2 ** 60 }],
    ['an empty template', { template: '' }],
    ['a top level that is a list', []],
    ['a top level that is a string', 'evidence'],
    ['a mapping with a constructor key', { levels: { constructor: {} } }],
  ])('leaves %s to the schema', (_, raw) => {
    expect(agreesWithSchema(raw)).toBe(false);
  });

  it('never accepts what the schema rejects, nor outputs anything else (generated configs)', () => {
    const random = seededRandom(20261206);
    let valid = 0;
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const raw = randomConfig(random);
      if (configSchema.safeParse(raw).success) valid++;
      if (agreesWithSchema(raw)) accepted++;
    }
    // Both sides are exercised (about a third are valid), and every valid one is checked without
    // zod: a schema change that the plain check does not follow shows here.
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(2500);
    expect(accepted).toBe(valid);
  });
});

/** Mostly valid values, with now and then one of the wrong shapes a config can have. */
function maybeWrong(random: Random, valid: () => unknown): unknown {
  if (random() < 0.95) return valid();
  return pick(random, [null, '', 0, -1, 1.5, 2 ** 60, true, 'text', [], ['a', 2], {}, { a: 'b' }]);
}

function globList(random: Random): unknown {
  const globs = ['**/*.xml', 'lcov.info', 'a b/*.json', '../outside/*.xml', '/abs/x.sarif'];
  return random() < 0.5 ? pick(random, globs) : globs.filter(() => random() < 0.5);
}

/** Each key now and then (a wrong key, `!`-prefixed in `keys`, seldom), in the order given. */
function mapping(
  random: Random,
  keys: readonly string[],
  value: (key: string) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const entry of keys) {
    const wrong = entry.startsWith('!');
    if (random() < (wrong ? 0.03 : 0.5)) {
      const key = wrong ? entry.slice(1) : entry;
      result[key] = value(key);
    }
  }
  return result;
}

function randomConfig(random: Random): unknown {
  const metrics = [
    'tests.passRate',
    'tests.failed',
    'coverage.lines',
    '!coverage.line',
    'security.high',
    'groups.core.tests.passRate',
    'approves',
    '!nonsense',
  ];
  const expressions = ['>= 90%', '== 0', '< 5', '>= 1.5', '!high', '!>=', '!'];
  const expression = (): string => {
    const chosen = pick(random, expressions);
    return chosen.startsWith('!') && random() < 0.8 ? '>= 1' : chosen.replace(/^!/, '');
  };
  const levelNames = ['bronze', 'silver', 'gold', '1st', '!-bad', '!a b', '!toString'];
  const level = (): unknown =>
    random() < 0.1 ? null : mapping(random, metrics, () => maybeWrong(random, expression));
  const keys = [
    'evidence',
    'levels',
    'require',
    'groups',
    'valid-days',
    'template',
    'max-evidence-bytes',
    'allow-outside',
    '!extra',
  ];
  const shuffled = [...keys].sort(() => random() - 0.5);
  const config = mapping(random, shuffled, (key) => {
    switch (key) {
      case 'evidence':
        return maybeWrong(random, () =>
          mapping(random, ['coverage', 'tests', 'custom', 'security', 'benchmarks', '!test'], () =>
            maybeWrong(random, () => globList(random)),
          ),
        );
      case 'levels':
        return maybeWrong(random, () =>
          mapping(random, levelNames, () => maybeWrong(random, level)),
        );
      case 'require':
        return maybeWrong(random, () =>
          pick(random, [...levelNames.map((name) => name.replace(/^!/, '')), null]),
        );
      case 'groups':
        return maybeWrong(random, () =>
          mapping(random, ['core', 'ui', '!bad name'], () =>
            maybeWrong(random, () =>
              mapping(random, ['tests', 'paths', '!path'], () =>
                maybeWrong(random, () => globList(random)),
              ),
            ),
          ),
        );
      case 'valid-days':
        return maybeWrong(random, () => pick(random, [1, 30, 3650, 3651, 0]));
      case 'max-evidence-bytes':
        return maybeWrong(random, () => pick(random, [1, 1024, 2 ** 53 - 1, 2 ** 53]));
      default:
        return maybeWrong(random, () => pick(random, ['.github/report.md.hbs', 'x']));
    }
  });
  return config;
}

describe('loadSettings', () => {
  function configFile(text: string): { cwd: string; configPath: string } {
    const cwd = mkdtempSync(path.join(tmpdir(), 'certify-plain-'));
    writeFileSync(path.join(cwd, 'certify.yml'), text);
    return { cwd, configPath: 'certify.yml' };
  }

  it.each(Object.entries(VALID_CONFIGS))(
    'gives the settings parseSettings gives for %s',
    async (_, text) => {
      expect(await loadSettings(configFile(text))).toEqual(
        parseSettings(text, 'certify.yml', false),
      );
    },
  );

  it.each([
    ['an unknown key', 'levls:\n  a: {}\n'],
    ['a glob that is a number', 'evidence:\n  tests: [1]\n'],
    ['an unknown metric', "levels:\n  gold: { coverage.line: '>= 80%' }\n"],
    ['a missing required level', 'levels:\n  gold: {}\nrequire: silver\n'],
  ])("fails on %s with the schema's message", async (_, text) => {
    let expected = '';
    try {
      parseSettings(text, 'certify.yml', false);
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toMatch(/^invalid config:/);
    await expect(loadSettings(configFile(text))).rejects.toThrow(expected);
  });
});
