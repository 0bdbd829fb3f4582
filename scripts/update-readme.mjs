// Regenerates the README parts that must match other files: the inputs/outputs tables (from
// action.yml) and the sample report (from `npm run demo`'s examples/out/certification.md).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const readmePath = path.join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
export function inputsOutputsTable() {
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) => `| \`${name}\` | ${cell(input.description)} | ${input.default === '' ? '' : `\`${cell(input.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return [
    '### Inputs',
    '',
    '| input | description | default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README lacks ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

readme = replaceBetween(readme, 'inputs-outputs', inputsOutputsTable());
const sample = path.join(root, 'examples/out/certification.md');
if (existsSync(sample)) {
  const body = readFileSync(sample, 'utf8').trim();
  readme = replaceBetween(readme, 'sample-report', `<blockquote>\n\n${body}\n\n</blockquote>`);
}
writeFileSync(readmePath, readme);
console.log('README.md updated');
