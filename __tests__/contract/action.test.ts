import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { VERSION } from '../../src/version.js';
import { COLLECTORS } from '../../src/collect/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = read('README.md');

function namesIn(source: string, call: RegExp): string[] {
  return [...source.matchAll(call)].map((m) => m[1] ?? '');
}

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the action reads', () => {
    const source = read('src/inputs.ts');
    const read_ = new Set([
      ...namesIn(source, /getInput\('([\w-]+)'\)/g),
      ...namesIn(source, /(?:choice|flag|optional)\('([\w-]+)'/g),
    ]);
    expect([...read_].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('declares every output the action sets', () => {
    const set = new Set(namesIn(read('src/main.ts'), /setOutput\('([\w-]+)'/g));
    for (const name of set) expect(Object.keys(action.outputs)).toContain(name);
  });

  it('documents every input and output in the README tables', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });
});

describe('package', () => {
  it('reports the package version', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });

  it('documents every format the registry reads in the README formats table', () => {
    for (const collector of COLLECTORS) expect(readme).toContain(`| \`${collector.format}\` |`);
  });

  it('has a README quick start whose commands exist', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm install --no-audit --no-fund && npm test');
    expect(scripts['demo']).toMatch(/^node dist\/cli\/index\.js /);
    for (const name of ['build', 'bundle', 'test', 'lint', 'demo', 'bench']) expect(scripts[name]).toBeDefined();
  });
});
