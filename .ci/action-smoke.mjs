// Runs dist/index.js the way the Actions runner does (INPUT_* / GITHUB_* env, summary and output
// files) on the bundled examples, with delivery off, and asserts the outputs it sets.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const workspace = mkdtempSync(path.join(tmpdir(), 'certify-smoke-'));
cpSync(path.join(root, 'examples'), workspace, { recursive: true });
const summary = path.join(workspace, 'summary.md');
const output = path.join(workspace, 'output.txt');
writeFileSync(summary, '');
writeFileSync(output, '');

function runAction(extra) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: 'example/certify-demo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    INPUT_CONFIG: 'certify.yml',
    'INPUT_REQUIRE-LEVEL': '',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_OUTPUT-DIR': 'out',
    INPUT_ID: '',
    INPUT_MODE: 'certify',
    INPUT_COMMENT: 'off',
    'INPUT_CHECK-RUN': 'false',
    INPUT_ARTIFACT: 'false',
    'INPUT_RETENTION-DAYS': '',
    'INPUT_FAIL-ON-DELIVERY-ERROR': 'false',
    'INPUT_GITHUB-TOKEN': '',
    ...extra,
  };
  return spawnSync(process.execPath, [path.join(root, 'dist/index.js')], { env, encoding: 'utf8', cwd: workspace });
}

function outputs() {
  // core writes name<<delimiter\nvalue\ndelimiter blocks
  const text = readFileSync(output, 'utf8');
  const values = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) values[match[1]] = match[3];
  return values;
}

function check(condition, message) {
  if (!condition) {
    console.error(`action smoke: FAILED: ${message}`);
    process.exit(1);
  }
  console.log(`ok - ${message}`);
}

const passing = runAction({});
process.stdout.write(passing.stdout);
process.stderr.write(passing.stderr);
const certification = JSON.parse(readFileSync(path.join(workspace, 'out/certification.json'), 'utf8'));
const first = outputs();
check(passing.status === certification.passed ? 0 : 1, `exit code ${passing.status} follows the gate (passed=${certification.passed})`);
check(first.level === (certification.level ?? ''), `output level '${first.level}' equals certification.json`);
check(first.score === String(certification.score), `output score ${first.score} equals certification.json`);
check(first.passed === String(certification.passed), `output passed ${first.passed}`);
check(existsSync(first['report-json'] ?? '') && existsSync(first['report-markdown'] ?? ''), 'report-json and report-markdown point at files');
check(readFileSync(summary, 'utf8').includes(certification.reportId), 'job summary holds the report');
check(certification.evidence.length > 0 && certification.evidence.every((e) => /^[0-9a-f]{64}$/.test(e.sha256)), 'every evidence file has a sha256');

writeFileSync(output, '');
const strict = runAction({ 'INPUT_REQUIRE-LEVEL': certification.levels.at(-1).name });
const strictCert = JSON.parse(readFileSync(path.join(workspace, 'out/certification.json'), 'utf8'));
check(strict.status === (strictCert.passed ? 0 : 1), `require-level ${strictCert.required}: exit ${strict.status} follows the gate`);
if (!strictCert.passed) check(/::error::Certification below the required level/.test(strict.stdout), 'a failed gate says why in one line');

writeFileSync(output, '');
const badConfig = runAction({ INPUT_CONFIG: 'missing.yml' });
check(badConfig.status === 1 && /missing\.yml: cannot read the config file/.test(badConfig.stdout), 'a missing config fails the step with a clear message');
console.log('action smoke: all checks passed');
