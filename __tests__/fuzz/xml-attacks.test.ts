/**
 * DTD attacks (xml-attacks/*.xml) against every XML collector: external entities over file: and
 * http:, parameter entities, billion laughs and quadratic blow-up. Nothing may be fetched, read or
 * expanded: each document gives a positioned parse error (our tokenizer does not process DTDs, so a
 * declared entity is an undefined one) or a result with the reference left unexpanded, fast and
 * in little memory. The time and memory each takes are printed (and written to xml-attacks.md at
 * CI scale).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectorFor } from '../../src/collect/registry.js';
import { streamXml } from '../../src/collect/read/xml.js';
import { EvidenceParseError } from '../../src/errors.js';
import {
  asAsync,
  fullGc,
  parseDirect,
  readThroughEntryPoint,
  type Outcome,
} from './fuzz-harness.js';
import { fuzzDir, writeResults } from './fuzz-settings.js';

/** A minimal valid document of each XML format; %REF% is where the attack's reference goes. */
const BODIES: Record<string, string> = {
  'junit-xml':
    '<testsuite name="%REF%" tests="1" failures="1"><testcase classname="c" name="%REF%"><failure message="%REF%">%REF%</failure></testcase></testsuite>',
  'cobertura-xml':
    '<coverage line-rate="1" branch-rate="0" lines-covered="1" lines-valid="1" version="1" timestamp="1"><sources><source>%REF%</source></sources><packages><package name="%REF%"><classes><class name="%REF%" filename="%REF%.py"><methods/><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>',
  'clover-xml':
    '<coverage generated="1" clover="4.4.1"><project timestamp="1" name="%REF%"><metrics statements="1" coveredstatements="1"/><file name="%REF%" path="%REF%.java"><line num="1" count="1" type="stmt"/></file></project></coverage>',
  'jacoco-xml':
    '<report name="%REF%"><sessioninfo id="%REF%" start="1" dump="2"/><package name="p"><sourcefile name="%REF%.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/><counter type="LINE" missed="0" covered="1"/></sourcefile><counter type="LINE" missed="0" covered="1"/></package><counter type="LINE" missed="0" covered="1"/></report>',
  'nunit3-xml':
    '<test-run id="2" testcasecount="1" result="Failed" total="1" passed="0" failed="1" inconclusive="0" skipped="0"><test-suite type="Assembly" id="0" name="%REF%" fullname="%REF%" total="1" passed="0" failed="1"><test-case id="1" name="%REF%" fullname="%REF%" result="Failed"><failure><message>%REF%</message></failure></test-case></test-suite></test-run>',
  'nunit2-xml':
    '<test-results name="%REF%" total="1" errors="0" failures="1" not-run="0" inconclusive="0" ignored="0" skipped="0" invalid="0"><test-suite type="Assembly" name="%REF%" executed="True" result="Failure" success="False"><results><test-case name="%REF%" executed="True" result="Failure" success="False"><failure><message>%REF%</message></failure></test-case></results></test-suite></test-results>',
  trx: '<TestRun id="1" name="%REF%" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult executionId="e1" testId="t1" testName="%REF%" outcome="Failed"><Output><ErrorInfo><Message>%REF%</Message></ErrorInfo></Output></UnitTestResult></Results><TestDefinitions><UnitTest id="t1" name="%REF%"><Execution id="e1"/><TestMethod className="C" name="%REF%"/></UnitTest></TestDefinitions><ResultSummary outcome="Failed"><Counters total="1" executed="1" passed="0" failed="1"/></ResultSummary></TestRun>',
  'xunit-net-xml':
    '<assemblies><assembly name="%REF%" total="1" passed="0" failed="1" skipped="0"><collection name="%REF%" total="1" passed="0" failed="1" skipped="0"><test name="%REF%" type="T" method="M" result="Fail"><failure><message>%REF%</message></failure></test></collection></assembly></assemblies>',
};
const FORMATS = Object.keys(BODIES);

interface Attack {
  name: string;
  /** Everything before the root element: XML declaration, comment, DOCTYPE. */
  prologue: string;
  /** The entity reference to put where %REF% is. */
  reference: string;
  /** Text that must never appear in a result: what expansion or resolution would put there. */
  forbidden: RegExp;
}

const attackDir = path.join(fuzzDir, 'xml-attacks');
let server: Server;
let requests: string[] = [];
let scratch: string;
const rows: {
  attack: string;
  format: string;
  direct: Outcome;
  entry: Outcome;
  rssDelta: number;
  heapDelta: number;
}[] = [];

function attackFromFile(file: string, reference: string, forbidden: RegExp, port: number): Attack {
  const text = readFileSync(path.join(attackDir, file), 'utf8').replaceAll(
    '127.0.0.1:9/',
    `127.0.0.1:${port}/`,
  );
  const root = text.indexOf('<testsuite');
  return { name: file, prologue: text.slice(0, root), reference, forbidden };
}

function attacks(port: number): Attack[] {
  const big = 'a'.repeat(100_000);
  return [
    attackFromFile('xxe-file.xml', '&xxe;', /root:|nologin/, port),
    attackFromFile('xxe-http.xml', '&remote;', /remote|127\.0\.0\.1/, port),
    attackFromFile('parameter-entities.xml', '&leak;', /root:|%file;/, port),
    attackFromFile('billion-laughs.xml', '&lol9;', /lollol/, port),
    attackFromFile('quadratic-blowup.xml', '&a;', /aaaa/, port),
    {
      name: 'quadratic blow-up, 100,000 × 100,000 characters (built in the test)',
      prologue: `<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "${big}">]>\n`,
      reference: '&a;'.repeat(100_000),
      forbidden: /aaaa/,
    },
  ];
}

function documentFor(attack: Attack, format: string): string {
  return attack.prologue + (BODIES[format] ?? '').replaceAll('%REF%', attack.reference);
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'certify-xml-attacks-'));
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('<!ENTITY leak "FETCHED">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(scratch, { recursive: true, force: true });
  const table = attackTable();
  process.stdout.write(`\n${table}\n`);
  if (writeResults) writeFileSync(path.join(fuzzDir, 'xml-attacks.md'), table);
});

describe('the attack documents', () => {
  it('are valid documents of each format without the attack (so the attacks reach the parsers)', async () => {
    for (const format of FORMATS) {
      const collector = collectorFor(format);
      if (!collector) throw new Error(`no collector ${format}`);
      const text = `<?xml version="1.0"?>\n${(BODIES[format] ?? '').replaceAll('%REF%', 'x')}`;
      expect(collector.detect(text)).toBe(true);
      const outcome = await parseDirect(collector, Buffer.from(text), 64 * 1024);
      expect({ format, kind: outcome.kind }).toEqual({ format, kind: 'ok' });
    }
  });
});

describe('the XML tokenizer and DTDs', () => {
  const events = async (xml: string) => {
    const seen: string[] = [];
    const error = await streamXml(asAsync([Buffer.from(xml)]), {
      open: (name, attributes) => seen.push(`<${name} ${JSON.stringify(attributes)}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(text),
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    return { seen, error };
  };

  it('reads a DOCTYPE with declarations and ignores them: no entity is ever consulted', async () => {
    const { seen, error } = await events(
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd">]>\n<r a="1">t</r>',
    );
    expect(error).toBeUndefined();
    expect(seen).toEqual(['<r {"a":"1"}>', 't', '</r>']);
  });

  it('rejects a reference to a declared entity as undefined, at its line and column, in text and in attributes', async () => {
    const laughs = readFileSync(path.join(attackDir, 'billion-laughs.xml'), 'utf8');
    const { error } = await events(laughs);
    expect(error).toBeInstanceOf(EvidenceParseError);
    const lines = laughs.split('\n');
    const line = lines.findIndex((l) => l.includes('<testsuite name="&lol9;"')) + 1;
    expect((error as EvidenceParseError).position.line).toBe(line);
    expect((error as EvidenceParseError).position.column).toBeGreaterThan(0);
    expect((error as EvidenceParseError).reason).toMatch(/undefined entity/);
    const inText = await events('<!DOCTYPE r [<!ENTITY e "boom">]>\n<r>\n  a &e; b\n</r>');
    expect(inText.error).toBeInstanceOf(EvidenceParseError);
    expect((inText.error as EvidenceParseError).position.line).toBe(3);
    expect(inText.seen.join('')).not.toContain('boom');
  });

  it('expands only the five predefined entities and character references', async () => {
    const { seen, error } = await events('<r a="&lt;&#65;&amp;">&gt;&#x42;&quot;&apos;</r>');
    expect(error).toBeUndefined();
    expect(seen).toEqual(['<r {"a":"<A&"}>', '>B"\'', '</r>']);
  });
});

describe.each(FORMATS)('%s', (format) => {
  it('resolves no external entity, expands no entity, fetches nothing, in bounded time and memory', async () => {
    const collector = collectorFor(format);
    if (!collector) throw new Error(`no collector ${format}`);
    const port = (server.address() as AddressInfo).port;
    for (const attack of attacks(port)) {
      requests = [];
      const bytes = Buffer.from(documentFor(attack, format), 'utf8');
      fullGc();
      const base = process.memoryUsage();
      let rss = base.rss;
      let heap = base.heapUsed;
      const sample = () => {
        const now = process.memoryUsage();
        rss = Math.max(rss, now.rss);
        heap = Math.max(heap, now.heapUsed);
      };
      const direct = await parseDirect(collector, bytes, 64 * 1024, sample);
      sample();
      const entry = await readThroughEntryPoint(scratch, `${format}.xml`, bytes);
      rows.push({
        attack: attack.name,
        format,
        direct,
        entry,
        rssDelta: rss - base.rss,
        heapDelta: heap - base.heapUsed,
      });

      const context = { attack: attack.name, format };
      // a positioned parse error, or a result that holds nothing the attack would have put there
      expect({ ...context, kind: direct.kind }).toEqual({
        ...context,
        kind: direct.kind === 'ok' ? 'ok' : 'parse-error',
      });
      expect({ ...context, kind: entry.kind }).toEqual({
        ...context,
        kind:
          entry.kind === 'unrecognised'
            ? 'unrecognised'
            : entry.kind === 'ok'
              ? 'ok'
              : 'parse-error',
      });
      expect(direct.detail ?? '').not.toMatch(attack.forbidden);
      expect(entry.detail ?? '').not.toMatch(attack.forbidden);
      expect({ ...context, requests }).toEqual({ ...context, requests: [] });
      // a hang detector (expansion would take minutes), not a speed target
      expect(Math.max(direct.ms, entry.ms)).toBeLessThan(10_000);
      expect(rss - base.rss).toBeLessThan(64 * 1024 * 1024);
    }
    // A result (if any) must not carry expanded or resolved text either.
    for (const attack of attacks(port)) {
      const result = await collector
        .parse({
          path: 'attack.xml',
          chunks: asAsync([Buffer.from(documentFor(attack, format))]),
          bytes: 0,
        })
        .catch((error: unknown) => (error instanceof EvidenceParseError ? undefined : error));
      if (result !== undefined) expect(JSON.stringify(result)).not.toMatch(attack.forbidden);
    }
  });
});

function attackTable(): string {
  const mib = (bytes: number) => (Math.max(0, bytes) / (1024 * 1024)).toFixed(1);
  const lines = [
    '# XML attack figures',
    '',
    'Written by `__tests__/fuzz/xml-attacks.test.ts`: each attack document moved onto every XML format, parsed with the',
    'format forced (time, and peak growth of RSS and heap over a post-GC baseline, sampled per 64 KiB chunk) and read',
    'through `readEvidenceFile`. No HTTP request reached the local server in any case.',
    '',
    '| attack | format | forced parse | time (ms) | RSS Δ (MiB) | heap Δ (MiB) | readEvidenceFile | time (ms) |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const row of rows) {
    const what = (o: Outcome) =>
      o.detail
        ? `${o.kind}: ${o.detail
            .replace(/^[^:]*: ?/, '')
            .replaceAll('|', '\\|')
            .slice(0, 80)}`
        : o.kind;
    lines.push(
      `| ${row.attack} | ${row.format} | ${what(row.direct)} | ${row.direct.ms.toFixed(1)} | ${mib(row.rssDelta)} | ${mib(row.heapDelta)} | ${what(row.entry)} | ${row.entry.ms.toFixed(1)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
