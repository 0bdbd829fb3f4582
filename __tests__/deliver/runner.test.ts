import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import path from 'node:path';
import * as runner from '../../src/deliver/runner.js';
import { parseOutputs } from '../support/action-harness.js';

/** What the runner reads back from a command's message or property (its escapes undone). */
function unescapeCommand(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16)),
  );
}

/** `::command props::message` lines, as the runner splits them. */
function commands(written: string): { command: string; properties: Record<string, string>; message: string }[] {
  return written
    .split(EOL)
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const end = line.indexOf('::', 2);
      const head = line.slice(2, end);
      const space = head.indexOf(' ');
      const command = space < 0 ? head : head.slice(0, space);
      const properties: Record<string, string> = {};
      if (space >= 0) {
        for (const pair of head.slice(space + 1).split(',')) {
          const eq = pair.indexOf('=');
          properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1));
        }
      }
      return { command, properties, message: unescapeCommand(line.slice(end + 2)) };
    });
}

let written = '';
let scratch = '';
const savedEnv = { ...process.env };

beforeEach(() => {
  written = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  scratch = mkdtempSync(path.join(tmpdir(), 'certify-runner-'));
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  rmSync(scratch, { recursive: true, force: true });
});

describe('annotations and log lines', () => {
  const hostile = '100% done\r\n::error::forged\nsecond line, with: colons';

  it('keeps a hostile message on one command line that reads back as written', () => {
    runner.warning(hostile);
    expect(written.split(EOL).filter((line) => line !== '')).toHaveLength(1);
    expect(commands(written)).toEqual([{ command: 'warning', properties: {}, message: hostile }]);
  });

  it('escapes property values so a path cannot add properties or end the command', () => {
    const file = 'src/a,b:c%d\nx.ts';
    runner.notice('note', { file, line: 12, title: 'T: 1, 2' });
    expect(commands(written)).toEqual([
      { command: 'notice', properties: { file, line: '12', title: 'T: 1, 2' }, message: 'note' },
    ]);
  });

  it('writes info as it is, ending the line', () => {
    runner.info('Certified: gold (score 92.5%)');
    expect(written).toBe(`Certified: gold (score 92.5%)${EOL}`);
    expect(commands(written)).toEqual([]);
  });

  it('setFailed marks the step failed and says why as an error', () => {
    runner.setFailed('below the required level');
    expect(process.exitCode).toBe(1);
    expect(commands(written)).toEqual([
      { command: 'error', properties: {}, message: 'below the required level' },
    ]);
  });
});

describe('setOutput', () => {
  it('appends heredoc entries to GITHUB_OUTPUT that read back exactly, whatever the value', () => {
    const file = path.join(scratch, 'output.txt');
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    const values = {
      level: 'gold',
      multi: 'line one\nline two\n',
      forged: 'x\nEOF\nother<<EOF\ninjected',
      empty: '',
    };
    for (const [name, value] of Object.entries(values)) runner.setOutput(name, value);
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual(values);
    expect(written).toBe('');
  });

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    delete process.env['GITHUB_OUTPUT'];
    runner.setOutput('score', '87.5\n::error::x');
    expect(commands(written)).toEqual([
      { command: 'set-output', properties: { name: 'score' }, message: '87.5\n::error::x' },
    ]);
  });
});

describe('appendSummary', () => {
  it('appends to GITHUB_STEP_SUMMARY and keeps what was there', async () => {
    const file = path.join(scratch, 'summary.md');
    writeFileSync(file, '# earlier step\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    expect(await runner.appendSummary('## Certification\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# earlier step\n## Certification\n');
  });

  it('does nothing without a summary file', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(await runner.appendSummary('x')).toBe(false);
  });

  it('rejects when the summary file cannot be written (the caller warns)', async () => {
    process.env['GITHUB_STEP_SUMMARY'] = path.join(scratch, 'missing-dir', 'summary.md');
    await expect(runner.appendSummary('x')).rejects.toThrow(/ENOENT/);
  });
});
