// `npm ci` rejects lockfiles made on this registry (it served no non-Linux optional packages when
// they were made), so CI installs with `npm install` and then checks here that the install kept
// the committed lockfile: every committed entry unchanged and nothing removed. The one tolerated
// difference is an added optional package for another platform (npm records those when the
// registry serves them; they are never installed here).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(execFileSync('git', ['show', 'HEAD:package-lock.json'], { encoding: 'utf8' }));
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const problems = [];
const before = committed.packages ?? {};
const after = installed.packages ?? {};
for (const [name, entry] of Object.entries(before)) {
  if (!(name in after)) problems.push(`removed: ${name || '(root)'}`);
  else if (JSON.stringify(after[name]) !== JSON.stringify(entry)) problems.push(`changed: ${name || '(root)'}`);
}
const libc = process.report.getReport().header.glibcVersionRuntime ? 'glibc' : 'musl';
const foreign = (entry) =>
  entry.optional === true &&
  ((entry.os && !entry.os.includes(process.platform)) ||
    (entry.cpu && !entry.cpu.includes(process.arch)) ||
    (entry.libc && !entry.libc.includes(libc)));
let added = 0;
for (const [name, entry] of Object.entries(after)) {
  if (name in before) continue;
  if (foreign(entry)) added++;
  else problems.push(`added: ${name}`);
}
if (problems.length > 0) {
  console.error(`package-lock.json differs from the committed one:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `package-lock.json: ${Object.keys(before).length} committed entries unchanged` +
    (added > 0 ? `; ${added} optional packages for other platforms added by the registry (not installed)` : ''),
);
