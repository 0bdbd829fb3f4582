import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * A run that reads only JUnit XML or lcov loads the tests and coverage kinds' collectors to detect
 * formats; zod (what the JSON collectors' schemas are built with) must not come with them: its
 * load and schema construction were most of the time loading those kinds took. The JSON parsers
 * are dynamic imports, made on first parse. This follows the static imports a bundler or Node
 * would load with a kind's index module (not `import type`, not `import()`) and lists the
 * packages reached.
 */

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Packages reached through static imports from `entry`, and the source files visited. */
function staticImports(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const pending = [path.join(src, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      if (
        ts.isImportDeclaration(statement) &&
        statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword
      ) {
        specifier = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        specifier = statement.moduleSpecifier;
      }
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const name = specifier.text;
      if (name.startsWith('.')) pending.push(resolveSource(file, name));
      else if (!name.startsWith('node:')) packages.add(name.split('/')[0] ?? name);
    }
  }
  return { packages, files };
}

/** './x.js' → the x.ts beside `from` (NodeNext specifiers name the emitted file). */
function resolveSource(from: string, specifier: string): string {
  const target = path.resolve(path.dirname(from), specifier.replace(/\.js$/, '.ts'));
  if (!existsSync(target)) throw new Error(`${from}: cannot resolve ${specifier}`);
  return target;
}

describe('what a kind loads before any file is parsed', () => {
  it.each(['collect/tests/index.ts', 'collect/coverage/index.ts'])(
    '%s does not load zod',
    (entry) => {
      const { packages, files } = staticImports(entry);
      expect([...packages]).not.toContain('zod');
      // the walk did reach the collectors (a broken walk would pass vacuously)
      expect(files.size).toBeGreaterThan(10);
    },
  );

  it('sees zod where a JSON parser imports it', () => {
    // the lazily loaded parsers still need zod: the check above is not blind to it
    expect([...staticImports('collect/tests/mocha-json-parse.ts').packages]).toContain('zod');
    expect([...staticImports('collect/coverage/istanbul-coverage-map.ts').packages]).toContain(
      'zod',
    );
  });
});
