import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * What the action tells the runner: log lines, annotations, step outputs, the job summary and a
 * failed step, written as GitHub's workflow commands and environment files (docs: "Workflow
 * commands for GitHub Actions").
 *
 * Written here rather than through @actions/core because importing @actions/core loads its HTTP
 * client (undici, about 1 MB of bundle) for OIDC tokens Certify never asks for: 58–115 ms of every
 * run (measured in the bundled action on the typical repo, 2026-12-06), which a run that posts
 * nothing to GitHub would spend for five file appends. Delivery loads the GitHub client when it
 * posts, and that client brings undici with it then.
 */

/** Properties of an annotation: where the runner shows it. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

/** The runner reads `%`, CR and LF in a command's message as escapes; nothing else is special. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also ends at `:` and `,`, so those are escaped too. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issueCommand(
  command: string,
  message: string,
  properties: Readonly<Record<string, string | number | undefined>> = {},
): void {
  const listed = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${listed ? ` ${listed}` : ''}::${escapeData(message)}${EOL}`);
}

/** A plain line in the step's log. */
export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', message, { ...properties });
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', message, { ...properties });
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', message, { ...properties });
}

/** Marks the step failed (exit code 1 once the run ends) and says why as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A step output. In GITHUB_OUTPUT as `name<<delimiter`, the value, the delimiter: a random
 * delimiter, so no value can end the entry early and forge another output. Without GITHUB_OUTPUT
 * (an old runner, a local run), the `set-output` command the runner read before it.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', value, { name });
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output '${name}': its value holds the delimiter ${delimiter}`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends markdown to the job summary; false when the runner gave no summary file. */
export async function appendSummary(markdown: string): Promise<boolean> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return false;
  await appendFile(file, markdown, 'utf8');
  return true;
}
