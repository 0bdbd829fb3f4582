/**
 * `npm run bench`: Certify's parsers against the practical limits and the npm peers on 10 MB and
 * 100 MB inputs, the whole action on a typical repository and on the 100 MB inputs, and start-up.
 * Every figure is the median of several runs, each in a fresh process. Writes
 * bench/results/latest.json and bench/results/latest.md.
 *
 *   npm run bench                  10 MB and 100 MB, 5 runs per figure
 *   npm run bench -- --quick       10 MB only, 3 runs (for iterating)
 *   npm run bench -- --runs 7      more runs per figure
 *   npm run bench -- --no-peers    skip the peer parsers (they take most of the time)
 *   npm run bench -- --name node24 write bench/results/node24.{json,md} instead of latest
 *   npm run bench:node24           the same bench on Node 24, the action's runtime (npx fetches it)
 *
 * A benchmark, not a test: it asserts nothing about time, it measures and reports.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdtempSync,
  rmSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureStartup, runAction } from './action.mjs';
import {
  GENERATOR_VERSION,
  generateCobertura,
  generateJunit,
  generateLcov,
  generateTypicalRepo,
} from './generate.mjs';
import { median, runWorker } from './measure.mjs';
import { renderMarkdown, renderConsole, evaluateTargets } from './report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const DATA = path.join(HERE, 'data', `v${GENERATOR_VERSION}`);
const RESULTS = path.join(HERE, 'results');
const BUNDLE = path.join(HERE, '.build', 'collect', 'index.js');
const BUILT_ACTION = path.join(ROOT, 'dist', 'index.js');
const MB = 1_000_000;

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'no-peers': { type: 'boolean', default: false },
    name: { type: 'string' },
  },
});
const runs = Number(options.runs ?? (options.quick ? 3 : 5));
const sizes = options.quick ? [10] : [10, 100];
const withPeers = !options['no-peers'];

/**
 * Each format: the evidence kind a config lists it under, its generator, its practical limit, its
 * peers, and its target ratio to the limit.
 */
const FORMATS = [
  {
    id: 'junit',
    label: 'JUnit XML',
    kind: 'tests',
    file: 'junit.xml',
    generate: generateJunit,
    limit: 'saxes',
    limitTarget: 1.3,
    peers: ['junit2json', 'fast-xml-parser'],
  },
  {
    id: 'lcov',
    label: 'lcov',
    kind: 'coverage',
    file: 'lcov.info',
    generate: generateLcov,
    limit: 'lines',
    limitTarget: 1.5,
    peers: ['lcov-parse', 'parse-lcov'],
  },
  {
    id: 'cobertura',
    label: 'Cobertura XML',
    kind: 'coverage',
    file: 'cobertura.xml',
    generate: generateCobertura,
    limit: 'saxes',
    limitTarget: 1.3,
    peers: ['cobertura-parse', 'fast-xml-parser'],
  },
];

const log = (message) => process.stderr.write(`${message}\n`);
const began = performance.now();

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The collectors as the action ships them: an ncc bundle of src/collect, rebuilt when src/ changed. */
function ensureCollectBundle() {
  const sourcesChanged = Math.max(
    newestSource(path.join(ROOT, 'src')),
    statSync(path.join(HERE, 'collect-entry.ts')).mtimeMs,
  );
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sourcesChanged) return;
  log('building bench/.build/collect with ncc (src/ changed) ...');
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', path.join(HERE, 'collect-entry.ts'), '-o', path.dirname(BUNDLE), '-q'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

/** The generated input (and the totals it holds), made once per generator version and size. */
function dataFile(format, sizeMB) {
  mkdirSync(DATA, { recursive: true });
  const file = path.join(DATA, `${sizeMB}mb-${format.file}`);
  const expectedFile = `${file}.expected.json`;
  if (!existsSync(file) || !existsSync(expectedFile)) {
    log(`generating ${path.relative(ROOT, file)} ...`);
    const totals = format.generate(file, { bytes: sizeMB * MB });
    writeFileSync(expectedFile, `${JSON.stringify(totals, null, 2)}\n`);
  }
  return {
    file,
    bytes: statSync(file).size,
    expected: JSON.parse(readFileSync(expectedFile, 'utf8')),
  };
}

function typicalRepo() {
  const dir = path.join(DATA, 'typical-repo');
  const expectedFile = path.join(DATA, 'typical-repo.expected.json');
  if (!existsSync(expectedFile)) {
    log('generating the typical repository ...');
    writeFileSync(expectedFile, `${JSON.stringify(generateTypicalRepo(dir), null, 2)}\n`);
  }
  return { dir, expected: JSON.parse(readFileSync(expectedFile, 'utf8')) };
}

/** A workspace holding one big input (hard-linked: the action refuses files outside its workspace). */
function bigWorkspace(format, input, sizeMB) {
  const dir = path.join(DATA, `ws-${format.id}-${sizeMB}mb`);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, format.file);
  if (!existsSync(target)) {
    try {
      linkSync(input.file, target);
    } catch {
      copyFileSync(input.file, target);
    }
  }
  const evidence =
    format.id === 'junit' ? `tests: ['${format.file}']` : `coverage: ['${format.file}']`;
  const level = format.id === 'junit' ? "tests.passRate: '>= 90%'" : "coverage.lines: '>= 50%'";
  writeFileSync(
    path.join(dir, 'certify.yml'),
    `evidence:\n  ${evidence}\nlevels:\n  bronze: { ${level} }\nrequire: bronze\n`,
  );
  return dir;
}

/** Certify's result must hold exactly what the generator wrote. */
function checkCounts(format, result, expected) {
  const totals = result?.totals;
  if (!totals) return 'no result';
  const problems = [];
  if (format.id === 'junit') {
    for (const [mine, theirs] of [
      ['total', 'tests'],
      ['passed', 'passed'],
      ['failed', 'failed'],
      ['errors', 'errors'],
      ['skipped', 'skipped'],
    ]) {
      if (totals[mine] !== expected[theirs])
        problems.push(`${mine} ${totals[mine]} ≠ ${expected[theirs]}`);
    }
  } else {
    for (const key of ['lines', 'branches', 'functions']) {
      const a = totals[key];
      const b = expected[key];
      if (a.covered !== b.covered || a.total !== b.total)
        problems.push(`${key} ${a.covered}/${a.total} ≠ ${b.covered}/${b.total}`);
    }
    if (result.files !== expected.files) problems.push(`files ${result.files} ≠ ${expected.files}`);
  }
  return problems.length === 0 ? 'exact' : problems.join('; ');
}

async function measureParsing() {
  const rows = [];
  for (const sizeMB of sizes) {
    for (const format of FORMATS) {
      const input = dataFile(format, sizeMB);
      const variants = ['certify', format.limit, 'read', ...(withPeers ? format.peers : [])];
      const samples = Object.fromEntries(variants.map((v) => [v, []]));
      await runWorker('read', input.file); // page cache
      let counts = 'not checked';
      for (let r = 0; r < runs; r++) {
        for (const variant of variants) {
          const previous = samples[variant];
          // a peer that ran out of memory or time once will do so again: do not wait for it 5 times
          if (previous.length > 0 && previous.every((s) => s.error)) continue;
          const sample = await runWorker(
            variant,
            input.file,
            variant === 'certify' ? format.kind : undefined,
          );
          if (variant === 'certify' && !sample.error)
            counts = checkCounts(format, sample.result, input.expected);
          previous.push(sample);
          log(
            `  ${format.id} ${sizeMB} MB ${variant} run ${r + 1}/${runs}: ${sample.error ?? `${sample.ms.toFixed(0)} ms, ${sample.rssMB.toFixed(0)} MB`}`,
          );
        }
      }
      const figure = (variant) => {
        const list = samples[variant];
        const errors = list.filter((s) => s.error);
        if (errors.length > 0 && errors.length === list.length)
          return { error: errors[0].error, runs: list.length };
        const ok = list.filter((s) => !s.error);
        return {
          ms: median(ok.map((s) => s.ms)),
          cpuMs: median(ok.map((s) => s.cpuMs)),
          rssMB: median(ok.map((s) => s.rssMB)),
          runs: ok.length,
          samplesMs: ok.map((s) => Math.round(s.ms)),
        };
      };
      rows.push({
        format: format.id,
        label: format.label,
        sizeMB,
        bytes: input.bytes,
        limitKind: format.limit,
        limitTarget: format.limitTarget,
        counts,
        certify: figure('certify'),
        limit: figure(format.limit),
        read: figure('read'),
        peers: Object.fromEntries(
          (withPeers ? format.peers : []).map((peer) => [peer, figure(peer)]),
        ),
      });
    }
  }
  return rows;
}

/**
 * The action as the runner checks it out: action.yml, dist/ and templates/ in a directory of their
 * own, with no node_modules beside or above it. Run from the repository instead, the bundle finds
 * packages in its node_modules that an action checkout does not have: fdir, inside the bundle,
 * then loads picomatch from there (about 6–10 ms more start-up under strace).
 */
function installAction() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certify-bench-action-'));
  for (const part of ['action.yml', 'dist', 'templates'])
    cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  return { dir, entry: path.join(dir, 'dist', 'index.js') };
}

async function measureActions(ACTION) {
  if (!existsSync(BUILT_ACTION)) {
    log('dist/index.js is missing: run `npm run build` for the whole-action figures');
    return { skipped: 'dist/index.js missing (npm run build)' };
  }
  const stale = newestSource(path.join(ROOT, 'src')) > statSync(BUILT_ACTION).mtimeMs;
  const largest = Math.max(...sizes);
  const cases = [
    {
      id: 'typical',
      label: 'typical repo (5,000 tests in 20 JUnit files, lcov for 500 files, 3 benchmark files)',
      ...(() => {
        const repo = typicalRepo();
        return { dir: repo.dir, expectFiles: 20 + 1 + 3 };
      })(),
    },
  ];
  for (const format of FORMATS) {
    const input = dataFile(format, largest);
    cases.push({
      id: `${format.id}-${largest}mb`,
      label: `${largest} MB ${format.label}`,
      dir: bigWorkspace(format, input, largest),
      expectFiles: 1,
    });
  }
  const results = [];
  for (const c of cases) {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const run = await runAction(ACTION, c.dir);
      samples.push(run);
      log(`  action ${c.id} run ${r + 1}/${runs}: ${run.ms.toFixed(0)} ms, exit ${run.code}`);
    }
    const last = samples.at(-1);
    const okFiles = last.evidence.filter((file) => file.status === 'ok').length;
    results.push({
      id: c.id,
      label: c.label,
      ms: median(samples.map((s) => s.ms)),
      samplesMs: samples.map((s) => Math.round(s.ms)),
      exitCodes: [...new Set(samples.map((s) => s.code))],
      passed: last.passed,
      evidenceOk: `${okFiles}/${c.expectFiles}`,
      ...(last.log ? { log: last.log } : {}),
    });
  }
  return { stale, results };
}

async function measureStartupFigures(ACTION, smallEvidence) {
  if (!existsSync(BUILT_ACTION)) return { skipped: 'dist/index.js missing (npm run build)' };
  const startupRuns = Math.max(runs, options.quick ? 3 : 7);
  const { samples, strace, skipped } = await measureStartup(ACTION, smallEvidence, startupRuns);
  if (skipped) return { skipped };
  const figures = Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [key, median(list)]),
  );
  log(`  start-up: ${JSON.stringify(figures)}`);
  return {
    runs: startupRuns,
    strace,
    ...figures,
    samples: Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [
        k,
        v.map((x) => (x === undefined ? null : Math.round(x * 10) / 10)),
      ]),
    ),
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
  };
}

const loadBefore = os.loadavg();
ensureCollectBundle();
log(
  `parsing: sizes ${sizes.join(', ')} MB, ${runs} runs per figure${withPeers ? '' : ', no peers'}`,
);
const parsing = await measureParsing();
const installed = installAction();
let actions;
let startup;
try {
  log(`whole action (installed as the runner checks it out: ${installed.dir}) ...`);
  actions = await measureActions(installed.entry);
  log('start-up ...');
  startup = await measureStartupFigures(
    installed.entry,
    path.join(typicalRepo().dir, 'test-results', 'TEST-module1.xml'),
  );
} finally {
  rmSync(installed.dir, { recursive: true, force: true });
}
const result = {
  date: new Date().toISOString(),
  command:
    process.env['CERTIFY_BENCH_COMMAND'] ??
    `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  runs,
  machine: machine(),
  loadAverage: {
    before: loadBefore.map((x) => Math.round(x * 100) / 100),
    after: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  parsing,
  actions,
  startup,
  benchSeconds: Math.round((performance.now() - began) / 1000),
};
result.targets = evaluateTargets(result);
mkdirSync(RESULTS, { recursive: true });
const name = options.name ?? (options.quick ? 'quick' : 'latest');
writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(RESULTS, `${name}.md`), renderMarkdown(result));
process.stdout.write(renderConsole(result));
log(`wrote bench/results/${name}.json and ${name}.md (${result.benchSeconds} s)`);
