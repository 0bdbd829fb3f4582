import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY_YAML } from '../../src/config/defaults.js';
import { readConfigDocument } from '../../src/config/document.js';
import { loadSettings, parseSettings } from '../../src/config/load.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { pick, seededRandom, type Random } from './seeded-random.js';

/*
 * The plain reader stands in for yaml on the start-up path. Its one promise: a text it reads, it
 * reads to the very value yaml gives it (readConfigDocument's `raw`). Whatever it leaves
 * (undefined) goes to yaml, so leaving too much is only slower.
 */

/** yaml's value for `text`, or undefined where yaml (or readConfigDocument) refuses it. */
function yamlValue(text: string): unknown {
  try {
    return readConfigDocument(text, 'certify.yml').raw;
  } catch {
    return undefined;
  }
}

/** Asserts the promise on one text; returns whether the plain reader read it. */
function agreesWithYaml(text: string): boolean {
  const plain = readPlainYaml(text);
  if (plain === undefined) return false;
  const expected = yamlValue(text);
  expect(expected).not.toBeUndefined();
  // JSON text compares key order as well; toEqual compares types (null, numbers, booleans).
  expect(JSON.stringify(plain)).toBe(JSON.stringify(expected));
  expect(plain).toEqual(expected);
  return true;
}

/** The config blocks of a markdown file: fenced yaml whose first key is a config key. */
function configBlocks(file: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .filter((text) => /^(?:evidence|levels|require|groups):/m.test(text));
}

const WRITTEN_CONFIGS: [string, string][] = [
  ['the default policy', DEFAULT_POLICY_YAML],
  ['examples/certify.yml', readFileSync('examples/certify.yml', 'utf8')],
  [
    'the start-up bench config',
    "evidence:\n  tests: ['TEST-*.xml']\nlevels:\n  bronze: { tests.passRate: '>= 0%' }\nrequire: bronze\n",
  ],
  ...configBlocks('README.md').map((text, i): [string, string] => [`README config ${i + 1}`, text]),
  ...configBlocks('docs/custom-metrics.md').map((text, i): [string, string] => [
    `docs/custom-metrics.md config ${i + 1}`,
    text,
  ]),
];

describe('readPlainYaml', () => {
  it('finds the configs the docs show (so the cases below are real)', () => {
    expect(WRITTEN_CONFIGS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(WRITTEN_CONFIGS)('reads %s as yaml does', (_, text) => {
    expect(agreesWithYaml(text)).toBe(true);
  });

  it.each([
    ['an empty text', ''],
    ['comments only', '# nothing yet\n   # still nothing\n'],
  ])('reads %s as {} (an empty config)', (_, text) => {
    expect(readPlainYaml(text)).toEqual({});
    expect(yamlValue(text)).toEqual({});
  });

  it.each([
    ['a doubled quote', "a: 'it''s'", { a: "it's" }],
    ['a comment after a value', 'a: two words   # why', { a: 'two words' }],
    ['a bare key', 'a:\nb: 1', { a: null, b: 1 }],
    ['core-schema words', 'a: [true, False, NULL, no, yes, on]', null],
    ['a sequence at its key’s indentation', 'a:\n- x\n- y\nb: z', { a: ['x', 'y'], b: 'z' }],
    ['quotes inside a plain word', 'benchmarks."render 1k".opsPerSec: x', null],
    ['a path starting with a dot', 'template: .github/report.md.hbs', null],
    ['nested flow collections', "g: { paths: ['src/**', [a, {b: c}]] }", null],
  ])('reads %s', (_, text, expected) => {
    expect(agreesWithYaml(text)).toBe(true);
    if (expected !== null) expect(readPlainYaml(text)).toEqual(expected);
  });

  // Each of these is read differently by yaml than a naive reading would, or refused by it.
  it.each([
    ['a tab', 'a:\tb'],
    ['a carriage return', 'a: b\r\n'],
    ['a byte order mark', '\ufeffa: b'],
    ['text outside ASCII', 'a: é'],
    ['a repeated key', 'a: 1\na: 2'],
    ['a key repeated with quotes', "a: 1\n'a': 2"],
    ['a repeated key in a flow mapping', '{a: 1, a: 2}'],
    ['__proto__', '__proto__: {}'],
    ['an alias', 'a: *x'],
    ['an anchor', 'a: &x b'],
    ['a tag', 'a: !!str 1'],
    ['a block scalar', 'a: |\n  text'],
    ['a plain scalar over two lines', 'a: one\n  two'],
    ['a quoted scalar over two lines', "a: 'one\n  two'"],
    ['a flow collection over two lines', 'a: [one,\n  two]'],
    ['an escape in double quotes', 'a: "x\\ty"'],
    ['a hexadecimal number', 'a: 0x1F'],
    ['an exponent', 'a: 1e3'],
    ['a leading zero', 'a: 010'],
    ['a sign', 'a: -1'],
    ['infinity', 'a: .inf'],
    ['a number too big to be exact', 'a: 9007199254740993'],
    ['a number as a key', '1: a'],
    ['a boolean as a key', 'true: a'],
    ['a colon inside a word', 'a: b:c'],
    ['a mapping on a mapping line', 'a: b: c'],
    ['a hash inside a word', 'a: b#c'],
    ['a trailing comma', 'a: [b, c,]'],
    ['a flow key without a space', '{a:1}'],
    ['a sequence entry with a mapping', '- a: b'],
    ['a top-level sequence', '- a'],
    ['an indented top level', '  a: b'],
    ['uneven indentation', 'a:\n    b: 1\n  c: 2'],
    ['a document marker', '---\na: b'],
    ['a directive', '%YAML 1.2\n---\na: b'],
    ['a complex key', '? a\n: b'],
    ['text after a quoted value', "a: 'b' c"],
    ['a comment without a space', "a: 'b'#c"],
    ['a merge key', '<<: {a: b}'],
  ])('leaves %s to yaml', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('never reads a text to a value yaml would not give it (generated texts)', () => {
    const random = seededRandom(20261207);
    let read = 0;
    let refusedByYaml = 0;
    const total = 6000;
    for (let i = 0; i < total; i++) {
      const text = random() < 0.3 ? mutated(random, randomYaml(random)) : randomYaml(random);
      if (agreesWithYaml(text)) read++;
      else if (yamlValue(text) === undefined) refusedByYaml++;
    }
    // Both sides are exercised: a fair share is read plainly (and checked against yaml above),
    // and a fair share is text yaml refuses, which the plain reader must have left.
    expect(read).toBeGreaterThan(total / 10);
    expect(refusedByYaml).toBeGreaterThan(total / 10);
  });
});

describe('loadSettings with a plainly written config', () => {
  it.each(WRITTEN_CONFIGS.filter(([name]) => name !== 'the default policy'))(
    'gives the settings yaml and the schema give for %s',
    async (_, text) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'certify-plain-yaml-'));
      writeFileSync(path.join(dir, 'certify.yml'), text);
      const settings = await loadSettings({ cwd: dir, configPath: 'certify.yml' });
      expect(settings).toEqual(parseSettings(text, 'certify.yml', false));
    },
  );
});

/** Scalars and keys the plain reader reads, and ones YAML reads in more than one way or refuses. */
const PLAIN_SCALARS = [
  'a',
  'two words',
  'a  b',
  'tests.passRate',
  "'>= 90%'",
  '"x"',
  "'it''s'",
  'true',
  'False',
  'tRue',
  'yes',
  'null',
  '0',
  '1',
  '1st',
  "a'b",
  'a"b',
  'a\\b',
  'src/**',
  './x',
  '.github/x',
  '[a, b]',
  '[]',
  '{}',
  '{ a: b, c: d }',
  '[a, [b, [c]]]',
  "{ paths: ['src/**'] }",
  "'a' # c",
  'a - b',
];
const TRICKY_SCALARS = [
  '>= 90%',
  '"a\\"b"',
  '~',
  '',
  '01',
  '-1',
  '1.5',
  '.5',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '.NaN',
  '*a',
  '&a b',
  '!str x',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  'a#b',
  'a #b',
  'a:b',
  'a: b',
  'a:',
  '**/x.xml',
  '...',
  '---',
  'a,b',
  '[a,b]',
  '[a, b,]',
  '{a: 1}',
  '{a:1}',
  '{a: 1, a: 2}',
  '9007199254740993',
  "'a'#c",
  "'a' b",
  '? a',
  '- a',
  '-',
];
const PLAIN_KEYS = ['a', 'b', 'evidence', 'levels', 'tests.passRate', 'my key', "'quoted'", '"dq"'];
const TRICKY_KEYS = [
  'true',
  '1',
  '1st',
  '__proto__',
  'a#b',
  'benchmarks."render 1k rows".opsPerSec',
  "'a'",
  '"a"',
];
const COMMENTS = ['', '', '', '', ' # c', '#c', '  #c'];

/** A block mapping (now and then a sequence) of random keys and scalars, indentation mostly right. */
function randomYaml(random: Random, depth = 0, indent = 0): string {
  const lines: string[] = [];
  const isSequence = depth > 0 && random() < 0.2;
  const entries = 1 + Math.floor(random() * 4);
  for (let i = 0; i < entries; i++) {
    const shift = random() < 0.03 ? pick(random, [-1, 1, 2]) : 0;
    const pad = ' '.repeat(Math.max(0, indent + shift));
    const comment = pick(random, COMMENTS);
    if (isSequence) {
      lines.push(`${pad}- ${scalar(random)}${comment}`);
    } else if (depth < 3 && random() < 0.35) {
      lines.push(`${pad}${key(random)}:${comment}`);
      if (random() < 0.15) lines.push(pick(random, ['', '# note', '   # note']));
      lines.push(randomYaml(random, depth + 1, indent + pick(random, [2, 2, 4, 1, 0])));
    } else {
      lines.push(`${pad}${key(random)}: ${scalar(random)}${comment}`);
    }
  }
  return lines.join('\n');
}

function scalar(random: Random): string {
  return pick(random, random() < 0.85 ? PLAIN_SCALARS : TRICKY_SCALARS);
}

function key(random: Random): string {
  return pick(random, random() < 0.85 ? PLAIN_KEYS : TRICKY_KEYS);
}

/** Up to three single-character edits, of characters that matter to YAML. */
function mutated(random: Random, text: string): string {
  const marks = [' ', '\n', ':', '#', "'", '"', '-', ',', '[', ']', '{', '}', '\t', '\r', '*', '&'];
  let result = text;
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (result.length + 1));
    const kind = random();
    const mark = pick(random, marks);
    if (kind < 0.4) result = result.slice(0, at) + mark + result.slice(at);
    else if (kind < 0.7) result = result.slice(0, at) + result.slice(at + 1);
    else result = result.slice(0, at) + mark + result.slice(at + 1);
  }
  return result;
}
