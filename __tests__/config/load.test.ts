import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings, parseSettings } from '../../src/config/load.js';
import { ConfigurationError } from '../../src/errors.js';

const CONTRACT = `
evidence:
  tests: ['reports/**/*.xml']
  coverage: ['coverage/lcov.info']
levels:
  bronze: { tests.passRate: '>= 90%' }
  silver: { tests.passRate: '>= 98%', coverage.lines: '>= 70%' }
  gold:   { tests.failed: '== 0', tests.errors: '== 0', coverage.lines: '>= 85%', coverage.branches: '>= 75%', approves: 'production release' }
require: silver
groups:
  critical: { paths: ['src/core/**'], tests: ['*critical*'] }
`;

function errorOf(text: string): string {
  try {
    parseSettings(text, '.github/certify.yml', false);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('parseSettings', () => {
  it('reads the documented contract', () => {
    const settings = parseSettings(CONTRACT, 'certify.yml', false);
    expect(settings.levels.map((l) => l.name)).toEqual(['bronze', 'silver', 'gold']);
    expect(settings.required).toBe('silver');
    expect(settings.evidence.tests).toEqual(['reports/**/*.xml']);
    const gold = settings.levels[2];
    expect(gold?.approves).toBe('production release');
    expect(
      gold?.requirements.map((r) => [
        r.metric,
        r.expression.op,
        r.expression.value,
        r.expression.unit,
      ]),
    ).toEqual([
      ['tests.failed', '==', 0, ''],
      ['tests.errors', '==', 0, ''],
      ['coverage.lines', '>=', 85, '%'],
      ['coverage.branches', '>=', 75, '%'],
    ]);
    expect(settings.groups).toEqual([
      { name: 'critical', paths: ['src/core/**'], tests: ['*critical*'] },
    ]);
    expect(settings.validDays).toBe(30);
  });

  it('accepts quoted benchmark series and group metrics', () => {
    const settings = parseSettings(
      `levels:\n  fast: { benchmarks."render 1k rows".opsPerSec: '>= 5000', benchmarks.*.memory: '< 512MB', groups.core.coverage.lines: '>= 90%' }\n`,
      'c.yml',
      false,
    );
    expect(settings.levels[0]?.requirements.map((r) => r.ref)).toEqual([
      { kind: 'benchmarks', series: 'render 1k rows', measure: 'opsPerSec' },
      { kind: 'benchmarks', series: '*', measure: 'memory' },
      { kind: 'coverage', field: 'lines', group: 'core' },
    ]);
  });

  it.each([
    ['levls:\n  a: {}\n', /levls.*unknown key 'levls'; did you mean 'levels'\?/],
    ['evidence:\n  test: [a]\n', /evidence\.test: unknown key 'test'; did you mean 'tests'\?/],
    [
      'levels:\n  gold: { coverage.line: ">= 80%" }\n',
      /:2: levels\.gold\.coverage\.line: unknown metric 'coverage\.line'; did you mean 'coverage\.lines'\?/,
    ],
    [
      'levels:\n  gold: { tests.failed: "= 0" }\n',
      /levels\.gold\.tests\.failed: '= 0' is not a requirement/,
    ],
    [
      'levels:\n  gold: { tests.failed: 0 }\n',
      /levels\.gold\.tests\.failed: expected string, found number 0/,
    ],
    ['levels:\n  a: {}\nrequire: b\n', /require: 'b' is not one of the levels \(a\)/],
    ['valid-days: "x"\n', /valid-days: expected number, found string "x"/],
    ['levels: [\n', /certify\.yml:\d+:\d+: invalid YAML/],
  ])('rejects %j with a message naming the key', (text, pattern) => {
    expect(errorOf(text)).toMatch(pattern);
  });

  it('stops alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`,
      );
    expect(errorOf(bomb.join('\n'))).toMatch(/alias|certify\.yml/i);
  });
});

describe('loadSettings', () => {
  it('uses the default policy without a config file and honours require-level', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certify-config-'));
    const settings = await loadSettings({ cwd: dir, requireLevel: 'gold' });
    expect(settings.source).toBe('default policy');
    expect(settings.levels.map((l) => l.name)).toEqual(['bronze', 'silver', 'gold']);
    expect(settings.required).toBe('gold');
  });

  it('reads .github/certify.yml by default and rejects an unknown require-level', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certify-config-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github/certify.yml'), CONTRACT);
    await expect(loadSettings({ cwd: dir, requireLevel: 'silvr' })).rejects.toThrow(
      /'silvr' is not one of the levels.*did you mean 'silver'/,
    );
    expect((await loadSettings({ cwd: dir })).source).toBe('.github/certify.yml');
  });

  it('names a missing explicit config file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certify-config-'));
    await expect(loadSettings({ cwd: dir, configPath: 'nope.yml' })).rejects.toThrow(
      /nope\.yml: cannot read the config file/,
    );
  });
});
