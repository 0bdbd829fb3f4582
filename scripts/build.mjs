/**
 * Builds dist/: the action (dist/index.js, minified, with its lazy chunks) and the command line
 * (dist/cli/index.js), both as CommonJS.
 *
 * Why CommonJS: the sources are ES modules, but an ES module entry costs every run start-up time:
 * Node sets up its ES module loader first. On Node 24 (the action's runtime) a one-line file
 * reached that line about 15 ms later as an ES module than as CommonJS (21 spawns each), and the
 * bundled action opened its first evidence file about 6 ms later, on Node 20 as well (medians of
 * 15 interleaved strace runs, three rounds). ncc's command line picks ES module output whenever the
 * nearest package.json says "type": "module", so this script calls its API with `esm: false`, and
 * writes dist/package.json so that Node reads dist/*.js as CommonJS inside this ES module package.
 *
 *   node scripts/build.mjs
 */
import { chmodSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DIST = path.join(ROOT, 'dist');

const BUNDLES = [
  { entry: 'src/index.ts', out: DIST, minify: true },
  { entry: 'src/cli.ts', out: path.join(DIST, 'cli'), minify: false },
];

async function bundle({ entry, out, minify }) {
  const { code, assets } = await ncc(path.join(ROOT, entry), {
    esm: false,
    filename: 'index.js',
    minify,
    quiet: true,
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    const file = path.join(out, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, asset.source);
    if (asset.permissions) chmodSync(file, asset.permissions);
  }
}

/**
 * Webpack names each chunk of dist/ after the paths of the modules in it. Built in a checkout
 * whose node_modules is a link to another one (a git worktree sharing the main checkout's) or is
 * missing (found in a parent directory), those paths read `../elsewhere/node_modules/…`, every
 * chunk gets another name, and CI's check that dist/ matches a fresh build fails. Refuse early.
 */
function checkOwnNodeModules() {
  const expected = path.join(ROOT, 'node_modules');
  let actual;
  try {
    actual = realpathSync(expected);
  } catch {
    actual = undefined;
  }
  if (actual !== undefined && actual === path.join(realpathSync(ROOT), 'node_modules')) return;
  console.error(
    `build: ${expected} ${actual === undefined ? 'does not exist' : `is a link to ${actual}`}; ` +
      'dist/ must be built with node_modules installed in this checkout (npm install), or its ' +
      "chunk names will not match CI's build.",
  );
  process.exit(1);
}

checkOwnNodeModules();
rmSync(DIST, { recursive: true, force: true });
for (const target of BUNDLES) await bundle(target);
// The repository's package.json says "type": "module"; this one makes Node load dist/ as CommonJS.
writeFileSync(path.join(DIST, 'package.json'), '{\n  "type": "commonjs"\n}\n');
// The command line is a package bin: npm runs it through its #! line.
chmodSync(path.join(DIST, 'cli', 'index.js'), 0o755);
