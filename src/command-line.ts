import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEvidenceFile, DEFAULT_MAX_EVIDENCE_BYTES } from './collect/discover.js';
import { COLLECTORS } from './collect/registry.js';
import { ConfigurationError, messageOf } from './errors.js';
import { parseOutput } from './parse-output.js';
import { prepareRun, runPipeline } from './pipeline.js';
import { continueInWorker } from './run-in-worker.js';
import { subjectFromEnv } from './subject.js';
import { terminalSummary } from './terminal.js';
import { VERSION } from './version.js';
import { verifyCertification } from './verify.js';
import { safeForTerminal } from './terminal.js';

const USAGE = `Usage:
  certify [--config FILE] [--out DIR] [--require LEVEL] [--cwd DIR]
          [--baseline CERTIFICATION.json] [--diff FILE | --diff-base REF]
      Certify the evidence in the current directory; writes DIR/certification.{json,md}.
      --baseline compares with an earlier certification; --diff/--diff-base give the
      changed lines for patch coverage (a unified diff, or git diff REF...HEAD).
      Exit 0 at or above the required level, 1 below it, 2 for bad usage, bad config,
      or when no evidence file could be read at all.
  certify parse FILE [--format ID]
      Print one file's normalized evidence as JSON (exit 2 if it cannot be read).
  certify formats
      List the evidence formats Certify reads.
  certify verify REPORT [--cwd DIR]
      Re-read the evidence a certification.json lists, check each sha256 and recompute every
      figure; exit 0 when the report holds, 1 when anything differs.
  certify --help | --version
`;

export const EXIT_PASSED = 0;
export const EXIT_BELOW_REQUIRED = 1;
export const EXIT_USAGE = 2;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs the CLI and returns its exit code (never throws). With `entry` (the bundle's own file,
 * dist/cli/index.js), certifying large evidence goes on in a worker thread (run-in-worker.ts) that
 * runs that file with `argv`: it writes to the process's own stdout and stderr and resolves paths
 * against the process's working directory, so only a caller passing those as `io` and `cwd` (as
 * cli.ts does) should pass `entry`.
 */
export async function runCli(
  argv: string[],
  io: Io,
  cwd = process.cwd(),
  entry?: string,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        require: { type: 'string', short: 'r' },
        cwd: { type: 'string' },
        format: { type: 'string' },
        baseline: { type: 'string', short: 'b' },
        diff: { type: 'string' },
        'diff-base': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.err(`certify: ${messageOf(error)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return EXIT_PASSED;
  }
  if (values.version) {
    io.out(`${VERSION}\n`);
    return EXIT_PASSED;
  }
  const workdir = path.resolve(cwd, values.cwd ?? '.');
  const [command, ...rest] = positionals;
  try {
    if (command === 'parse') return await parseCommand(rest, values.format, workdir, io);
    if (command === 'formats') {
      for (const collector of COLLECTORS)
        io.out(
          `${collector.format.padEnd(24)} ${collector.kind.padEnd(11)} ${collector.producers}\n`,
        );
      return EXIT_PASSED;
    }
    if (command === 'verify') return await verifyCommand(rest, workdir, io);
    if (command !== undefined) {
      io.err(`certify: unknown command '${command}'\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const where = {
      cwd: workdir,
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(values.require !== undefined ? { requireLevel: values.require } : {}),
    };
    const prepared = await prepareRun(where);
    if (entry !== undefined) {
      const say = (line: string) => io.err(`certify: ${line}\n`);
      const code = await continueInWorker(prepared, entry, say, argv);
      if (code !== undefined) return code;
    }
    const result = await runPipeline(
      {
        ...where,
        outputDir: values.out ?? 'certification',
        ...(values.baseline !== undefined ? { baselinePath: values.baseline } : {}),
        ...(values.diff !== undefined ? { diffFile: values.diff } : {}),
        ...(values['diff-base'] !== undefined ? { diffBase: values['diff-base'] } : {}),
        subject: subjectFromEnv(),
      },
      prepared,
    );
    const shown = [result.jsonPath, result.markdownPath].map((p) => path.relative(cwd, p) || p);
    io.out(terminalSummary(result.certification, shown));
    const readable = result.certification.evidence.filter((f) => f.status === 'ok');
    if (readable.length === 0) {
      io.err('certify: no evidence file could be read: check the evidence globs in the config\n');
      return EXIT_USAGE;
    }
    return result.certification.passed ? EXIT_PASSED : EXIT_BELOW_REQUIRED;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.err(`certify: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.err(`certify: internal error: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
}

async function parseCommand(
  files: string[],
  format: string | undefined,
  cwd: string,
  io: Io,
): Promise<number> {
  if (files.length !== 1 || files[0] === undefined) {
    io.err(`certify parse: give exactly one file\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (format !== undefined && !COLLECTORS.some((c) => c.format === format)) {
    io.err(`certify parse: unknown format '${format}' (see 'certify formats')\n`);
    return EXIT_USAGE;
  }
  const absolute = path.resolve(cwd, files[0]);
  // An explicitly named file may live anywhere: the user chose it.
  const record = await readEvidenceFile(
    absolute,
    { cwd, maxBytes: DEFAULT_MAX_EVIDENCE_BYTES, allowOutside: [absolute] },
    undefined,
    format,
  );
  if (record.status !== 'ok') {
    io.err(`certify parse: ${record.error ?? `${record.path}: ${record.status}`}\n`);
    return EXIT_USAGE;
  }
  io.out(`${JSON.stringify(parseOutput(record), null, 2)}\n`);
  return EXIT_PASSED;
}

async function verifyCommand(files: string[], cwd: string, io: Io): Promise<number> {
  if (files.length !== 1 || files[0] === undefined) {
    io.err(`certify verify: give exactly one certification.json\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const result = await verifyCertification(path.resolve(cwd, files[0]), cwd);
  if (result.differences.length === 0) {
    io.out(
      `verified: ${result.checkedFiles} evidence file(s) unchanged; every figure recomputes to the report's\n`,
    );
    return EXIT_PASSED;
  }
  io.out(`NOT verified: ${result.differences.length} difference(s)\n`);
  for (const difference of result.differences) io.out(`  - ${safeForTerminal(difference)}\n`);
  return EXIT_BELOW_REQUIRED;
}
