/** The bench's figures as targets met or missed, a markdown report and a console summary. */

const ms = (value) =>
  value === null || value === undefined
    ? '–'
    : value >= 100
      ? `${Math.round(value).toLocaleString('en-US')}`
      : value.toFixed(1);
/** A difference with its sign: +4.4, −1.8. */
const signed = (value) => (value < 0 ? `−${ms(-value)}` : `+${ms(value)}`);
const mb = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);
const ratio = (value) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
const mark = (ok) => (ok === null ? '–' : ok ? '✅' : '❌');

const LIMIT_NAMES = { saxes: 'saxes pass', lines: 'line scan' };

function fastestPeer(row) {
  let best;
  for (const [name, figure] of Object.entries(row.peers)) {
    if (figure.ms === undefined || figure.ms === null) continue;
    if (!best || figure.ms < best.ms) best = { name, ms: figure.ms };
  }
  return best;
}

/** Every target of issue 6 with the measured value: { target, measured, ok, note? }. */
export function evaluateTargets(result) {
  const targets = [];
  const rows = result.parsing;
  const largest = Math.max(...rows.map((row) => row.sizeMB));
  for (const row of rows.filter((r) => r.sizeMB === largest)) {
    const value = row.certify.ms / row.limit.ms;
    targets.push({
      target: `${row.sizeMB} MB ${row.label}: parse ≤ ${row.limitTarget}× the ${LIMIT_NAMES[row.limitKind]}`,
      measured: `${ratio(value)} (CPU time: ${ratio(row.certify.cpuMs / row.limit.cpuMs)})`,
      ok: Number.isFinite(value) ? value <= row.limitTarget : null,
    });
  }
  for (const row of rows) {
    const best = fastestPeer(row);
    const value = best ? best.ms / row.certify.ms : null;
    const bestCpu = best ? row.peers[best.name]?.cpuMs : undefined;
    targets.push({
      target: `${row.sizeMB} MB ${row.label}: ≥ 4× faster than the fastest peer`,
      // what a parse exactly as fast as the limit would score: how far the target asks past it
      measured: best
        ? `${ratio(value)} (${best.name}; CPU time: ${ratio(bestCpu / row.certify.cpuMs)}; a parse at the ${LIMIT_NAMES[row.limitKind]}: ${ratio(best.ms / row.limit.ms)})`
        : 'no peer finished',
      ok: value === null ? null : value >= 4,
    });
  }
  for (const row of rows.filter((r) => r.sizeMB === largest)) {
    const small = rows.find((r) => r.format === row.format && r.sizeMB !== largest);
    targets.push({
      target: `${row.sizeMB} MB ${row.label}: peak RSS ≤ 150 MB${small ? `, flat (vs ${small.sizeMB} MB)` : ''}`,
      measured: `${mb(row.certify.rssMB)} MB${small ? ` (${small.sizeMB} MB: ${mb(small.certify.rssMB)} MB)` : ''}`,
      ok: row.certify.rssMB === null ? null : row.certify.rssMB <= 150,
    });
  }
  if (result.actions.results) {
    const typical = result.actions.results.find((r) => r.id === 'typical');
    if (typical)
      targets.push({
        target: 'whole action on the typical repo < 1 s',
        measured: `${ms(typical.ms)} ms`,
        ok: typical.ms < 1000,
      });
    const junitRow = rows.find((r) => r.format === 'junit' && r.sizeMB === largest);
    const junitAction = result.actions.results.find((r) => r.id === `junit-${largest}mb`);
    if (junitRow && junitAction) {
      const value = junitAction.ms / junitRow.limit.ms;
      targets.push({
        target: `whole action on ${largest} MB JUnit ≤ 1.5× the saxes pass`,
        measured: `${ratio(value)} (${ms(junitAction.ms)} ms vs ${ms(junitRow.limit.ms)} ms)`,
        ok: value <= 1.5,
      });
    }
  }
  const s = result.startup;
  if (s && !s.skipped) {
    const fifo = s.actionFirstRead - s.nodeExit;
    targets.push({
      target: 'start-up: process start → first read (config FIFO) ≤ 60 ms above `node -e 0`',
      measured: `${signed(fifo)} ms (${ms(s.actionFirstRead)} vs ${ms(s.nodeExit)} ms)`,
      ok: fifo <= 60,
    });
    if (s.strace && s.straceActionEvidence !== null) {
      const evidence = s.straceActionEvidence - s.straceBareOpen;
      targets.push({
        target: 'start-up: process start → first evidence read (strace) ≤ 60 ms above bare node',
        measured: `${signed(evidence)} ms (${ms(s.straceActionEvidence)} vs ${ms(s.straceBareOpen)} ms)`,
        ok: evidence <= 60,
      });
    }
  }
  return targets;
}

function parsingTable(rows) {
  const lines = [
    '| input | Certify ms | Certify peak RSS MB | limit ms (kind) | plain read ms | Certify / limit | same, CPU time | fastest peer / Certify | fastest peer / limit | peers ms (peak RSS MB) | counts |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const best = fastestPeer(row);
    const peers = Object.entries(row.peers)
      .map(([name, f]) =>
        f.error
          ? `${name}: ${f.error}`
          : `${name}: ${ms(f.ms)} (${mb(f.rssMB)}), ${ratio(f.ms / row.certify.ms)}`,
      )
      .join('<br>');
    lines.push(
      `| ${row.sizeMB} MB ${row.label} | ${ms(row.certify.ms)} | ${mb(row.certify.rssMB)} | ${ms(row.limit.ms)} (${LIMIT_NAMES[row.limitKind]}) | ${ms(row.read.ms)} | ${ratio(row.certify.ms / row.limit.ms)} | ${ratio(row.certify.cpuMs / row.limit.cpuMs)} | ${best ? ratio(best.ms / row.certify.ms) : '–'} | ${best ? ratio(best.ms / row.limit.ms) : '–'} | ${peers || '–'} | ${row.counts} |`,
    );
  }
  return lines.join('\n');
}

function memoryTable(rows) {
  const formats = [...new Set(rows.map((row) => row.format))];
  const sizes = [...new Set(rows.map((row) => row.sizeMB))].sort((a, b) => a - b);
  const lines = [
    `| format | ${sizes.map((s) => `${s} MB: Certify / limit / read peak RSS MB`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
  ];
  for (const format of formats) {
    const cells = sizes.map((size) => {
      const row = rows.find((r) => r.format === format && r.sizeMB === size);
      return row
        ? `${mb(row.certify.rssMB)} / ${mb(row.limit.rssMB)} / ${mb(row.read.rssMB)}`
        : '–';
    });
    lines.push(`| ${rows.find((r) => r.format === format).label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function actionsTable(actions) {
  if (actions.skipped) return `_Not measured: ${actions.skipped}._`;
  const lines = [
    '| run | wall ms (median) | runs (ms) | exit | evidence read ok |',
    '| --- | ---: | --- | --- | --- |',
  ];
  for (const r of actions.results) {
    lines.push(
      `| ${r.label} | ${ms(r.ms)} | ${r.samplesMs.join(', ')} | ${r.exitCodes.join(', ')} | ${r.evidenceOk} |`,
    );
  }
  if (actions.stale)
    lines.push('', '_dist/index.js is older than src/: these figures are for the last build._');
  return lines.join('\n');
}

function startupTable(s) {
  if (!s || s.skipped) return `_Not measured: ${s?.skipped ?? 'no figures'}._`;
  const lines = [
    '| what | ms (median) |',
    '| --- | ---: |',
    `| \`node -e 0\`, spawn → exit | ${ms(s.nodeExit)} |`,
    `| bare node, spawn → opens a FIFO | ${ms(s.bareFirstRead)} |`,
    `| \`node dist/index.js\`, spawn → first read (its config, a FIFO) | ${ms(s.actionFirstRead)} |`,
    `| \`node dist/index.js\` with no evidence (globs match nothing), spawn → exit | ${ms(s.actionNoEvidenceExit)} |`,
  ];
  if (s.strace) {
    lines.push(
      `| under strace: bare node, execve → opens a file | ${ms(s.straceBareOpen)} |`,
      `| under strace: \`node dist/index.js\`, execve → opens its first evidence file | ${ms(s.straceActionEvidence)} |`,
    );
  }
  return lines.join('\n');
}

export function renderMarkdown(result) {
  const m = result.machine;
  return `# Certify benchmark: latest results

Produced by \`${result.command}\` on ${result.date.slice(0, 10)} (${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}).
Each figure is the median of ${result.runs} runs, each run in a separate process. Load average before/after: ${result.loadAverage.before.join(' ')} / ${result.loadAverage.after.join(' ')}. Bench time: ${result.benchSeconds} s.

## Targets

| target | measured | met |
| --- | --- | :---: |
${result.targets.map((t) => `| ${t.target} | ${t.measured} | ${mark(t.ok)} |`).join('\n')}

## Parsing one file

Certify: \`readEvidenceFile\` from an ncc bundle of the collectors (format detection, parse, sha256 of the same bytes in one pass), the file listed under its kind as a config lists it; that kind's formats are loaded before timing, as the action loads them on the first file of the kind.
A file of at least 64 MiB (LARGE_EVIDENCE_BYTES; the 100 MB inputs) is read as the action reads that much evidence: in a worker thread with an 8 MB young generation (src/run-in-worker.ts); the time and CPU time to start the thread are counted, loading modules in it is not (as on the main thread).
Limits on the same file: **saxes pass** = streaming read, UTF-8 decode, saxes tokenizer with no-op open/close tag handlers;
**line scan** = streaming read, UTF-8 decode, every line as a string to a no-op handler; **plain read** = streaming read of the bytes (256 KiB chunks, as Certify reads).
Peers read the whole file into a string and parse it (their only API). Peer ratios are peer time / Certify time (higher is better for Certify).
"fastest peer / limit" is the ratio a parse exactly as fast as the limit would score against the fastest peer: where it is under 4, the peer target asks for a parse faster than the limit itself.
Times are wall-clock medians; "CPU time" is the process's own CPU time over the same span (all threads), which a busy machine disturbs less.
"counts" says whether Certify's totals equal what the generator wrote.

${parsingTable(result.parsing)}

### Memory: 10 MB vs 100 MB

Peak RSS of the whole process (Node itself is about 45–55 MB of it).

${memoryTable(result.parsing)}

## Whole action

\`node dist/index.js\` as the runner runs it (INPUT_*/GITHUB_* variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files; comment off, no check run, no artifact): collect, score, render, write the report files and summary. The action is run from a copy of action.yml, dist/ and templates/ in a directory of its own, as the runner checks an action out (no node_modules beside it). With the 100 MB inputs the run goes on in a worker thread, as every run with 64 MiB of evidence or more does.

${actionsTable(result.actions)}

## Start-up

All variants interleaved in one loop (one warm-up round dropped). "First read" is timed with the method of STACK-NOTES: the config is a FIFO and the bench notes when the process opens it.

${startupTable(result.startup)}

Inputs are generated deterministically (\`bench/generate.mjs\`, seeded): JUnit as Surefire writes it (~5% failures and errors with multi-line messages and stack traces, ~3% skipped, system-out and system-err), lcov as istanbul writes it (FN/FNDA/DA/BRDA), Cobertura with methods and branch conditions.
`;
}

export function renderConsole(result) {
  const out = ['', 'Parsing (median ms / peak RSS MB):'];
  for (const row of result.parsing) {
    const best = fastestPeer(row);
    out.push(
      `  ${`${row.sizeMB} MB ${row.label}`.padEnd(22)} certify ${ms(row.certify.ms).padStart(7)} / ${mb(row.certify.rssMB).padStart(4)}   ${LIMIT_NAMES[row.limitKind]} ${ms(row.limit.ms).padStart(7)}   read ${ms(row.read.ms).padStart(6)}   certify/limit ${ratio(row.certify.ms / row.limit.ms)}   fastest peer/certify ${best ? `${ratio(best.ms / row.certify.ms)} (${best.name}; at the limit: ${ratio(best.ms / row.limit.ms)})` : '–'}   counts: ${row.counts}`,
    );
  }
  if (result.actions.results) {
    out.push('', 'Whole action (median ms):');
    for (const r of result.actions.results)
      out.push(
        `  ${r.label}: ${ms(r.ms)} (exit ${r.exitCodes.join(',')}, evidence ok ${r.evidenceOk})`,
      );
  }
  out.push('', 'Targets:');
  for (const t of result.targets)
    out.push(`  ${t.ok === null ? '-' : t.ok ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  return `${out.join('\n')}\n`;
}
