/**
 * One timed parse in a fresh process: `node bench/worker.mjs <what> <file> [kind]`. Prints one JSON line:
 * { ms, cpuMs, rssMB, result }. `ms` runs from just before the file is opened to the parsed result
 * (module loading is not timed); `rssMB` is the process's peak resident set size
 * (process.resourceUsage().maxRSS), i.e. everything the process ever held, Node itself included.
 *
 * <what>:
 *   certify          Certify's readEvidenceFile from its bundle (detect, parse, sha256 in one pass), the
 *                    file listed under `kind` (tests, coverage…) as a config lists it: the formats of
 *                    that kind are loaded before timing, as the action loads them on the first file
 *                    of the kind (without `kind`, every kind's, and the file is detected among all).
 *                    A file the action would read in a worker thread (src/run-in-worker.ts: at least
 *                    largeEvidenceBytes) is read in one here too, with the same young generation:
 *                    the time (and CPU time) to start the thread counts, loading modules in it
 *                    does not, as on the main thread
 *   read             plain streaming read of the bytes (the I/O floor)
 *   lines            bare streaming line scan: UTF-8 decode and every line as a string, no-op per line
 *   saxes            bare saxes pass: UTF-8 decode and tokenize, no-op open/close tag handlers
 *   junit2json       junit2json.parse on the whole file (xml2js object tree)
 *   fast-xml-parser  fast-xml-parser XMLParser (attributes kept) on the whole file
 *   lcov-parse       lcov-parse on the whole file
 *   parse-lcov       parse-lcov on the whole file
 *   cobertura-parse  cobertura-parse parseContent on the whole file (xml2js)
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

// A thread started by `certify` below says so before anything else (its start is timed).
if (!isMainThread) parentPort?.postMessage({ started: true });

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Certify reads with 256 KiB chunks (READ_CHUNK_BYTES in src/collect/discover.ts); the floors read the same way. */
const CHUNK = 256 * 1024;

const [what, file, kind] = process.argv.slice(2);
if (!what || !file) {
  console.error('usage: node bench/worker.mjs <what> <file>');
  process.exit(2);
}
const absolute = path.resolve(file);

async function streamRead(onChunk) {
  for await (const chunk of createReadStream(absolute, { highWaterMark: CHUNK })) onChunk(chunk);
}

const runners = {
  async certify() {
    const bundle = await import(
      pathToFileURL(path.join(HERE, '.build', 'collect', 'index.js')).href
    );
    const { readEvidenceFile, formatsOfKind } = bundle;
    const threshold = bundle.largeEvidenceBytes();
    if (isMainThread && statSync(absolute).size >= threshold)
      return () => inThread(bundle.WORKER_YOUNG_GENERATION_MB);
    const kinds = kind ? [kind] : ['tests', 'coverage', 'benchmarks', 'security', 'custom'];
    for (const each of kinds) await formatsOfKind(each);
    return async () => {
      const record = await readEvidenceFile(
        absolute,
        { cwd: path.dirname(absolute), maxBytes: Number.MAX_SAFE_INTEGER },
        kind,
      );
      if (record.status !== 'ok') throw new Error(`certify: ${record.status}: ${record.error}`);
      const data = record.data;
      return {
        format: record.format,
        sha256: record.sha256,
        totals: data.totals,
        ...(data.kind === 'coverage' ? { files: data.files.length } : {}),
      };
    };
  },
  async read() {
    return async () => {
      let bytes = 0;
      await streamRead((chunk) => {
        bytes += chunk.length;
      });
      return { bytes };
    };
  },
  async lines() {
    return async () => {
      const decoder = new TextDecoder('utf-8');
      let carry = '';
      let lines = 0;
      const onLine = (line) => {
        if (line.length < 0) lines--; // keeps the string observable; never true
        lines++;
      };
      await streamRead((chunk) => {
        const text = carry + decoder.decode(chunk, { stream: true });
        let start = 0;
        for (
          let newline = text.indexOf('\n');
          newline !== -1;
          newline = text.indexOf('\n', start)
        ) {
          onLine(text.slice(start, newline));
          start = newline + 1;
        }
        carry = text.slice(start);
      });
      carry += decoder.decode();
      if (carry !== '') onLine(carry);
      return { lines };
    };
  },
  async saxes() {
    const { SaxesParser } = await import('saxes');
    return async () => {
      const parser = new SaxesParser();
      let elements = 0;
      parser.on('opentag', () => {
        elements++;
      });
      parser.on('closetag', () => undefined); // the limit: a handler that does nothing
      parser.on('error', (error) => {
        throw error;
      });
      const decoder = new TextDecoder('utf-8');
      await streamRead((chunk) => {
        parser.write(decoder.decode(chunk, { stream: true }));
      });
      parser.write(decoder.decode());
      parser.close();
      return { elements };
    };
  },
  async junit2json() {
    const { parse } = await import('junit2json');
    return async () => {
      const report = await parse(readFileSync(absolute, 'utf8'));
      let tests = 0;
      for (const suite of report?.testsuite ?? []) tests += suite.testcase?.length ?? 0;
      return { tests };
    };
  },
  async 'fast-xml-parser'() {
    const { XMLParser } = await import('fast-xml-parser');
    return async () => {
      const parser = new XMLParser({ ignoreAttributes: false });
      const document = parser.parse(readFileSync(absolute, 'utf8'));
      return { root: Object.keys(document).filter((key) => !key.startsWith('?')) };
    };
  },
  async 'lcov-parse'() {
    const { default: lcovParse } = await import('lcov-parse');
    return async () => {
      const records = await new Promise((resolve, reject) => {
        lcovParse.source(readFileSync(absolute, 'utf8'), (error, data) =>
          error ? reject(new Error(String(error))) : resolve(data),
        );
      });
      return { files: records.length };
    };
  },
  async 'parse-lcov'() {
    const { default: parseLcov } = await import('parse-lcov');
    const parse = typeof parseLcov === 'function' ? parseLcov : parseLcov.default;
    return async () => {
      const records = parse(readFileSync(absolute, 'utf8'));
      return { files: records.length };
    };
  },
  async 'cobertura-parse'() {
    const { default: cobertura } = await import('cobertura-parse');
    return async () => {
      const records = await new Promise((resolve, reject) => {
        cobertura.parseContent(readFileSync(absolute, 'utf8'), (error, data) =>
          error ? reject(new Error(String(error))) : resolve(data),
        );
      });
      return { files: records.length };
    };
  },
};

/**
 * This script run as `certify` in a worker thread with the action's young generation: the time
 * and process CPU time until the thread runs, plus those of its timed parse.
 */
function inThread(youngGenerationMb) {
  return new Promise((resolve, reject) => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let startMs = 0;
    let startCpuMs = 0;
    const worker = new Worker(fileURLToPath(import.meta.url), {
      argv: process.argv.slice(2),
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    worker.on('message', (message) => {
      if (message.started) {
        startMs = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        startCpuMs = (cpu.user + cpu.system) / 1000;
        return;
      }
      resolve({
        timing: { ms: startMs + message.ms, cpuMs: startCpuMs + message.cpuMs },
        result: message.result,
      });
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`certify thread exited (${code}) without a result`)),
    );
  });
}

const prepare = runners[what];
if (!prepare) {
  console.error(`unknown worker '${what}' (one of ${Object.keys(runners).join(', ')})`);
  process.exit(2);
}
const run = await prepare();
const cpuStart = process.cpuUsage();
const start = performance.now();
const outcome = await run();
let ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
// cpuMs: this process's CPU time (all threads, GC helpers included) over the same span
let cpuMs = (cpu.user + cpu.system) / 1000;
let result = outcome;
if (outcome?.timing)
  ({
    timing: { ms, cpuMs },
    result,
  } = outcome);
if (!isMainThread) parentPort?.postMessage({ ms, cpuMs, result });
else {
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMB, result })}\n`);
}
