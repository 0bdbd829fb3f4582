/**
 * Deterministic evidence for the benchmark: JUnit XML, lcov and Cobertura XML of a requested
 * size, and a "typical repository" (many small files). The same seed always gives the same bytes,
 * so figures from two runs (or two machines) are taken on identical input.
 *
 * Every generator also returns the totals the file holds, counted while writing, so the bench
 * can check that Certify read every test and line (a fast parser that miscounts is no result).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Bumped whenever the output of a generator changes: part of the data file names. */
export const GENERATOR_VERSION = 1;

/** mulberry32: small, fast, deterministic; plenty for shaping test data. */
export function rng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

const WORDS = [
  'account',
  'adapter',
  'audit',
  'balance',
  'batch',
  'billing',
  'buffer',
  'cache',
  'cart',
  'catalog',
  'channel',
  'checkout',
  'client',
  'config',
  'consumer',
  'customer',
  'decoder',
  'discount',
  'dispatch',
  'encoder',
  'event',
  'export',
  'feature',
  'filter',
  'gateway',
  'handler',
  'import',
  'index',
  'inventory',
  'invoice',
  'ledger',
  'loader',
  'mapper',
  'merge',
  'message',
  'order',
  'parser',
  'payment',
  'policy',
  'pricing',
  'profile',
  'queue',
  'quota',
  'refund',
  'registry',
  'report',
  'retry',
  'router',
  'schedule',
  'search',
  'session',
  'shipment',
  'snapshot',
  'stock',
  'stream',
  'tenant',
  'token',
  'tracker',
  'upload',
  'user',
  'validator',
  'voucher',
  'webhook',
  'widget',
  'window',
  'worker',
];
const VERBS = [
  'returns',
  'rejects',
  'accepts',
  'handles',
  'keeps',
  'computes',
  'skips',
  'retries',
  'parses',
  'stores',
];
const CONDITIONS = [
  'when the input is empty',
  'for a negative amount',
  'after a timeout',
  'with unicode names',
  'on the last page',
  'when the cache is cold',
  'for a duplicate id',
  'under concurrent updates',
  'with a stale token',
  'for 10k rows',
];

const capital = (word) => word[0].toUpperCase() + word.slice(1);

function escapeXml(text) {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/**
 * Writes `header(totals)`, then units (a count, or until the file reaches a size), then `footer`. The
 * units are generated twice from the same seed: a dry pass counts them and their totals (which
 * headers such as `<coverage lines-valid=…>` state up front), the second pass writes them.
 */
function writeDocument(file, size, seed, { header, unit, footer, totals: newTotals }) {
  const footerText = footer();
  const dry = rng(seed);
  const dryTotals = newTotals();
  let units = 0;
  let bytes = Buffer.byteLength(header(dryTotals)) + Buffer.byteLength(footerText);
  // size: { bytes } (units until the file is that large) or { units } (exactly that many)
  while (size.units !== undefined ? units < size.units : bytes < size.bytes) {
    bytes += Buffer.byteLength(unit(dry, dryTotals, units));
    units++;
  }
  const random = rng(seed);
  const totals = newTotals();
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, header(dryTotals));
    let pending = '';
    for (let i = 0; i < units; i++) {
      pending += unit(random, totals, i);
      if (pending.length > 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending + footerText);
  } finally {
    closeSync(fd);
  }
  return totals;
}

function stackTrace(random, className, depth) {
  const frames = [];
  frames.push(
    `\tat ${className}.${random.pick(WORDS)}${capital(random.pick(WORDS))}(${className.split('.').at(-1)}.java:${random.int(20, 900)})`,
  );
  for (let i = 1; i < depth; i++) {
    const pkg = `com.acme.${random.pick(WORDS)}.${random.pick(WORDS)}`;
    const cls = `${capital(random.pick(WORDS))}${capital(random.pick(WORDS))}`;
    frames.push(`\tat ${pkg}.${cls}.${random.pick(WORDS)}(${cls}.java:${random.int(10, 2000)})`);
  }
  frames.push(`\tat java.base/java.lang.Thread.run(Thread.java:1583)`);
  return frames.join('\n');
}

function logLines(random, count) {
  const lines = [];
  for (let i = 0; i < count; i++) {
    const ms = random.int(0, 59_999);
    lines.push(
      `2026-11-22 10:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}:${String(ms % 1000).padStart(3, '0')} ${random.pick(['INFO', 'DEBUG', 'WARN'])} [${random.pick(WORDS)}-worker-${random.int(1, 8)}] ${capital(random.pick(WORDS))} ${random.pick(VERBS)} ${random.pick(WORDS)} id=${random.int(1, 1e6)} <${random.pick(WORDS)}> & done`,
    );
  }
  return lines.join('\n');
}

/**
 * JUnit XML as Maven Surefire writes it: one <testsuite> per test class with properties and a
 * suite <system-out>; about 5% of tests fail or error with a multi-line message and a stack
 * trace (as escaped text or CDATA), 3% are skipped, and some passing tests carry <system-out>.
 */
export function generateJunit(file, size, seed = 1, casesPerSuite = undefined) {
  return writeDocument(file, size, seed, {
    totals: () => ({ tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }),
    header: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n',
    footer: () => '</testsuites>\n',
    unit(random, totals, index) {
      const className = `com.acme.${random.pick(WORDS)}.${random.pick(WORDS)}.${capital(random.pick(WORDS))}${capital(random.pick(WORDS))}Test${index}`;
      const cases = [];
      const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
      const caseCount = casesPerSuite ?? random.int(10, 90);
      let suiteTime = 0;
      for (let i = 0; i < caseCount; i++) {
        const name = `${random.pick(WORDS)}_${random.pick(VERBS)}_${random.pick(WORDS)}_${i} ${random.pick(CONDITIONS)}`;
        const seconds = random.chance(0.9) ? random.int(0, 40) / 1000 : random.int(40, 5000) / 1000;
        suiteTime += seconds;
        const open = `    <testcase name="${escapeXml(name)}" classname="${className}" time="${seconds.toFixed(3)}"`;
        const roll = random.next();
        counts.tests++;
        totals.tests++;
        if (roll < 0.04) {
          counts.failures++;
          totals.failed++;
          const expected = random.int(1, 500);
          const message = `expected: <${expected}> but was: <${expected + random.int(1, 9)}>`;
          const body = `org.opentest4j.AssertionFailedError: ${message}\n${random.pick(CONDITIONS)} the ${random.pick(WORDS)} ${random.pick(VERBS)} "${random.pick(WORDS)}" & more\n${stackTrace(random, className, random.int(15, 45))}`;
          const text = random.chance(0.5) ? `<![CDATA[${body}]]>` : escapeXml(body);
          cases.push(
            `${open}>\n      <failure message="${escapeXml(message)}" type="org.opentest4j.AssertionFailedError">${text}</failure>\n      <system-out><![CDATA[${logLines(random, random.int(3, 30))}]]></system-out>\n    </testcase>`,
          );
        } else if (roll < 0.05) {
          counts.errors++;
          totals.errors++;
          const body = `java.lang.IllegalStateException: ${random.pick(WORDS)} ${random.pick(VERBS)} null\n${stackTrace(random, className, random.int(20, 60))}`;
          cases.push(
            `${open}>\n      <error type="java.lang.IllegalStateException">${escapeXml(body)}</error>\n      <system-err>${escapeXml(logLines(random, random.int(2, 10)))}</system-err>\n    </testcase>`,
          );
        } else if (roll < 0.08) {
          counts.skipped++;
          totals.skipped++;
          cases.push(
            random.chance(0.5)
              ? `${open}>\n      <skipped message="disabled: ${random.pick(CONDITIONS)}"/>\n    </testcase>`
              : `${open}>\n      <skipped/>\n    </testcase>`,
          );
        } else {
          totals.passed++;
          cases.push(
            random.chance(0.1)
              ? `${open}>\n      <system-out>${escapeXml(logLines(random, random.int(1, 8)))}</system-out>\n    </testcase>`
              : `${open}/>`,
          );
        }
      }
      const properties = [
        'java.version="21.0.2"',
        'os.name="Linux"',
        'user.timezone="UTC"',
        'surefire.version="3.2.5"',
      ]
        .map((pair) => {
          const [key, value] = pair.split('=');
          return `      <property name="${key}" value=${value}/>`;
        })
        .join('\n');
      return (
        `  <testsuite name="${className}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${suiteTime.toFixed(3)}" timestamp="2026-11-22T10:00:00" hostname="runner">\n` +
        `    <properties>\n${properties}\n    </properties>\n${cases.join('\n')}\n` +
        `    <system-out><![CDATA[${logLines(random, random.int(5, 40))}]]></system-out>\n  </testsuite>\n`
      );
    },
  });
}

function coverageTotals() {
  return {
    files: 0,
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
  };
}

/** The executable lines of one source file and what ran: shared by the lcov and Cobertura generators. */
function sourceFile(random, index) {
  const path = `src/${random.pick(WORDS)}/${random.pick(WORDS)}/${random.pick(WORDS)}-${index}.ts`;
  const length = random.int(40, 700);
  const coveredShare = random.next() < 0.1 ? random.next() : 0.75 + random.next() * 0.25;
  const lines = [];
  for (let line = 1; line <= length; line++) {
    if (!random.chance(0.7)) continue;
    const hit = random.chance(coveredShare);
    const hits = hit ? (random.chance(0.7) ? random.int(1, 20) : random.int(21, 250_000)) : 0;
    const branches = random.chance(0.12) ? random.int(2, 4) : 0;
    const taken = [];
    for (let b = 0; b < branches; b++)
      taken.push(hit && random.chance(0.75) ? random.int(1, hits) : 0);
    lines.push({ line, hits, taken });
  }
  const functions = [];
  for (let start = 0; start < lines.length; start += random.int(5, 25)) {
    const first = lines[start];
    functions.push({
      name: `${random.pick(WORDS)}${capital(random.pick(VERBS))}${start}`,
      line: first.line,
      hits: first.hits,
    });
  }
  return { path, lines, functions };
}

/**
 * lcov as istanbul/nyc writes it: TN, SF, FN…, FNDA…, FNF/FNH, DA…, LF/LH, BRDA…, BRF/BRH,
 * end_of_record; branches never taken are written `-` when their line did not run.
 */
export function generateLcov(file, size, seed = 2) {
  return writeDocument(file, size, seed, {
    totals: coverageTotals,
    header: () => '',
    footer: () => '',
    unit(random, totals, index) {
      const source = sourceFile(random, index);
      const out = ['TN:', `SF:${source.path}`];
      for (const fn of source.functions) out.push(`FN:${fn.line},${fn.name}`);
      let functionsHit = 0;
      for (const fn of source.functions) {
        out.push(`FNDA:${fn.hits},${fn.name}`);
        if (fn.hits > 0) functionsHit++;
      }
      out.push(`FNF:${source.functions.length}`, `FNH:${functionsHit}`);
      let linesHit = 0;
      for (const { line, hits } of source.lines) {
        out.push(`DA:${line},${hits}`);
        if (hits > 0) linesHit++;
      }
      out.push(`LF:${source.lines.length}`, `LH:${linesHit}`);
      let branches = 0;
      let branchesHit = 0;
      for (const { line, hits, taken } of source.lines) {
        taken.forEach((count, b) => {
          out.push(`BRDA:${line},${Math.floor(line / 3)},${b},${hits === 0 ? '-' : count}`);
          branches++;
          if (count > 0) branchesHit++;
        });
      }
      out.push(`BRF:${branches}`, `BRH:${branchesHit}`, 'end_of_record');
      totals.files++;
      totals.lines.total += source.lines.length;
      totals.lines.covered += linesHit;
      totals.branches.total += branches;
      totals.branches.covered += branchesHit;
      totals.functions.total += source.functions.length;
      totals.functions.covered += functionsHit;
      return `${out.join('\n')}\n`;
    },
  });
}

/**
 * Cobertura XML as Cobertura/JaCoCo-converters write it: packages of classes with <methods> (each
 * with its own <lines>) and the class's <lines>, branch lines with condition-coverage and
 * <conditions>. Root totals are stated up front, as Cobertura does.
 */
export function generateCobertura(file, size, seed = 3) {
  const perPackage = 25;
  return writeDocument(file, size, seed, {
    totals: coverageTotals,
    header: (totals) => {
      const rate = (c) => (c.total === 0 ? '1' : (c.covered / c.total).toFixed(4));
      return (
        `<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n` +
        `<coverage line-rate="${rate(totals.lines)}" branch-rate="${rate(totals.branches)}" lines-covered="${totals.lines.covered}" lines-valid="${totals.lines.total}" branches-covered="${totals.branches.covered}" branches-valid="${totals.branches.total}" complexity="0" version="2.1.1" timestamp="1795300000000">\n` +
        `  <sources>\n    <source>/home/runner/work/app/app</source>\n  </sources>\n  <packages>\n    <package name="bench" line-rate="0" branch-rate="0" complexity="0">\n      <classes>\n`
      );
    },
    footer: () => '      </classes>\n    </package>\n  </packages>\n</coverage>\n',
    unit(random, totals, index) {
      const source = sourceFile(random, index);
      const name = source.path.replace(/\.ts$/, '').replaceAll('/', '.');
      const lineXml = ({ line, hits, taken }, indent) => {
        if (taken.length === 0)
          return `${indent}<line number="${line}" hits="${hits}" branch="false"/>`;
        const covered = taken.filter((count) => count > 0).length;
        const pct = Math.round((covered / taken.length) * 100);
        return (
          `${indent}<line number="${line}" hits="${hits}" branch="true" condition-coverage="${pct}% (${covered}/${taken.length})">\n` +
          `${indent}  <conditions>\n${indent}    <condition number="0" type="jump" coverage="${pct}%"/>\n${indent}  </conditions>\n${indent}</line>`
        );
      };
      const methods = [];
      let functionsHit = 0;
      source.functions.forEach((fn, f) => {
        const next = source.functions[f + 1]?.line ?? Infinity;
        const own = source.lines.filter(({ line }) => line >= fn.line && line < next);
        if (own.some(({ hits }) => hits > 0)) functionsHit++;
        methods.push(
          `          <method name="${fn.name}" signature="()V" line-rate="0" branch-rate="0" complexity="1">\n            <lines>\n` +
            `${own.map((line) => lineXml(line, '              ')).join('\n')}\n            </lines>\n          </method>`,
        );
      });
      let linesHit = 0;
      let branches = 0;
      let branchesHit = 0;
      for (const { hits, taken } of source.lines) {
        if (hits > 0) linesHit++;
        branches += taken.length;
        branchesHit += taken.filter((count) => count > 0).length;
      }
      totals.files++;
      totals.lines.total += source.lines.length;
      totals.lines.covered += linesHit;
      totals.branches.total += branches;
      totals.branches.covered += branchesHit;
      totals.functions.total += source.functions.length;
      totals.functions.covered += functionsHit;
      const newPackage =
        index > 0 && index % perPackage === 0
          ? `      </classes>\n    </package>\n    <package name="bench${index / perPackage}" line-rate="0" branch-rate="0" complexity="0">\n      <classes>\n`
          : '';
      return (
        `${newPackage}        <class name="${name}" filename="${source.path}" line-rate="0" branch-rate="0" complexity="0">\n` +
        `          <methods>\n${methods.join('\n')}\n          </methods>\n          <lines>\n` +
        `${source.lines.map((line) => lineXml(line, '            ')).join('\n')}\n          </lines>\n        </class>\n`
      );
    },
  });
}

/**
 * A typical repository's evidence: 5,000 tests in 20 JUnit files, lcov for 500 source files and
 * three benchmark outputs (pytest-benchmark JSON, Google Benchmark JSON, `go test -bench` text),
 * with the config that lists them.
 */
export function generateTypicalRepo(dir, seed = 4) {
  const tests = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  mkdirSync(path.join(dir, 'test-results'), { recursive: true });
  mkdirSync(path.join(dir, 'coverage'), { recursive: true });
  mkdirSync(path.join(dir, 'bench-results'), { recursive: true });
  for (let i = 0; i < 20; i++) {
    // 10 suites of 25 tests: 250 tests per file
    const file = path.join(dir, 'test-results', `TEST-module${i + 1}.xml`);
    const counted = generateJunit(file, { units: 10 }, seed * 100 + i, 25);
    for (const key of Object.keys(tests)) tests[key] += counted[key];
  }
  const coverage = generateLcov(path.join(dir, 'coverage', 'lcov.info'), { units: 500 }, seed);
  const random = rng(seed);
  const names = Array.from(
    { length: 12 },
    (_, i) => `${random.pick(WORDS)}_${random.pick(VERBS)}_${i}`,
  );
  const pytest = {
    machine_info: {
      node: 'runner',
      machine: 'x86_64',
      python_version: '3.12.3',
      cpu: { brand: 'AMD EPYC 7763' },
    },
    commit_info: { id: '0'.repeat(40), branch: 'main', dirty: false },
    benchmarks: names.map((name) => {
      const mean = random.int(1, 5000) / 1e6;
      return {
        group: null,
        name: `test_${name}`,
        fullname: `tests/test_perf.py::test_${name}`,
        params: null,
        stats: {
          min: mean * 0.9,
          max: mean * 1.3,
          mean,
          stddev: mean * 0.05,
          rounds: random.int(5, 5000),
          median: mean,
          iqr: mean * 0.02,
          q1: mean * 0.97,
          q3: mean * 1.02,
          iqr_outliers: 1,
          stddev_outliers: 2,
          outliers: '2;1',
          ld15iqr: mean * 0.9,
          hd15iqr: mean * 1.1,
          ops: 1 / mean,
          total: mean * 100,
          iterations: 1,
        },
      };
    }),
    datetime: '2026-11-22T10:00:00.000000',
    version: '4.0.0',
  };
  writeFileSync(
    path.join(dir, 'bench-results', 'pytest-benchmark.json'),
    `${JSON.stringify(pytest, null, 4)}\n`,
  );
  const google = {
    context: {
      date: '2026-11-22T10:00:00+00:00',
      host_name: 'runner',
      executable: './bench',
      num_cpus: 2,
      mhz_per_cpu: 2450,
      cpu_scaling_enabled: false,
      library_build_type: 'release',
    },
    benchmarks: names.map((name) => {
      const time = random.int(10, 90_000) / 10;
      return {
        name: `BM_${name}`,
        run_name: `BM_${name}`,
        run_type: 'iteration',
        repetitions: 1,
        repetition_index: 0,
        threads: 1,
        iterations: random.int(1000, 1e7),
        real_time: time,
        cpu_time: time * 0.98,
        time_unit: 'ns',
      };
    }),
  };
  writeFileSync(
    path.join(dir, 'bench-results', 'google-benchmark.json'),
    `${JSON.stringify(google, null, 2)}\n`,
  );
  const go = [
    'goos: linux',
    'goarch: amd64',
    'pkg: github.com/acme/app/internal/store',
    'cpu: AMD EPYC 7763 64-Core Processor',
  ];
  for (const name of names) {
    const ns = random.int(10, 500_000) / 10;
    go.push(
      `Benchmark${capital(name.replaceAll('_', ''))}-2   \t${random.int(1000, 3e7)}\t${ns.toFixed(1).padStart(12)} ns/op\t${random.int(0, 4096)} B/op\t${random.int(0, 64)} allocs/op`,
    );
  }
  go.push('PASS', 'ok  \tgithub.com/acme/app/internal/store\t12.345s');
  writeFileSync(path.join(dir, 'bench-results', 'go-bench.txt'), `${go.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'certify.yml'),
    [
      'evidence:',
      "  tests: ['test-results/*.xml']",
      "  coverage: ['coverage/lcov.info']",
      "  benchmarks: ['bench-results/*']",
      'levels:',
      "  bronze: { tests.passRate: '>= 90%' }",
      "  silver: { tests.passRate: '>= 98%', coverage.lines: '>= 70%' }",
      'require: bronze',
      '',
    ].join('\n'),
  );
  return { tests, coverage, benchmarkFiles: 3 };
}
