"use strict";
exports.id = 699;
exports.ids = [699];
exports.modules = {

/***/ 2699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportOnEvidence: () => (/* binding */ reportOnEvidence)
});

// UNUSED EXPORTS: MAX_FILE_MARKDOWN, renderBodyWithin, renderFull

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/metric-path.ts
var metric_path = __webpack_require__(525);
;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping for user-derived text (test names, messages, paths, level names) that reaches
 * GitHub markdown: PR comments, job summaries, check runs. The result is plain inline text:
 * it cannot break a table, open HTML (so it cannot forge our hidden marker), ping a person or
 * team, link an issue, load an image, or reorder text with bidi controls.
 */
// Bidi embedding/override/isolate controls and other invisible format characters used in
// "trojan source" style reordering.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters with markdown meaning inline: escaped with a backslash (GFM honours these).
const MARKDOWN = /[\\`*_[\]#!|~]/g;
const ZWSP = '\u200b';
// C0 controls other than tab and newline, and DEL: never meaningful in a report.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const DEFAULT_MAX_TEXT = 300;
/** Escapes text for an inline markdown position (a table cell, a list item, a heading). */
function escapeMarkdown(text, maxLength = DEFAULT_MAX_TEXT) {
    let value = clip(text.replace(BIDI, '').replace(CONTROL, ''), maxLength);
    value = value.replace(/\r\n?|\n/g, ' ');
    value = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // Backslash-escape markdown punctuation, but leave the entities just written intact.
    value = value.replace(MARKDOWN, (char) => `\\${char}`);
    // @user, @org/team → no notification; #123, GH-123, owner/repo#123 → no auto-link.
    value = value.replace(/@/g, `@${ZWSP}`).replace(/\\#/g, `\\#${ZWSP}`).replace(/\b(GH)-(\d)/gi, `$1-${ZWSP}$2`);
    // Bare URLs would autolink; break the scheme so they render as text.
    value = value.replace(/\b(https?|ftp|mailto|data|javascript):/gi, `$1${ZWSP}:`);
    value = value.replace(/\bwww\./gi, `www${ZWSP}.`);
    return value;
}
/** Escapes text for an HTML context in markdown (inside <summary>, <td>): entities, no markdown escapes. */
function escapeHtml(text, maxLength = DEFAULT_MAX_TEXT) {
    return clip(text.replace(BIDI, '').replace(CONTROL, ''), maxLength)
        .replace(/\r\n?|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`);
}
function clip(text, maxLength) {
    const chars = Array.from(text);
    if (chars.length <= maxLength)
        return text;
    return `${chars.slice(0, maxLength - 1).join('')}…`;
}

;// CONCATENATED MODULE: ./src/render/format.ts
/** Number and size formatting for reports: every figure is formatted here, never in templates. */
function formatNumber(value, unit = '') {
    if (value === null || value === undefined)
        return '–';
    const rounded = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
    if (unit === '' || unit === 'count')
        return rounded;
    if (unit === '%')
        return `${rounded}%`;
    return `${rounded} ${unit}`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}
function formatDate(iso) {
    return iso.slice(0, 10);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/render/view.ts



const view_FULL_VIEW = { listCap: 100, includePassing: true, compact: false };
const VERDICT_ICON = {
    pass: '✅',
    partial: '🟡',
    fail: '❌',
    'no-evidence': '⚪',
};
const STATUS_TEXT = {
    pass: '✅ pass',
    fail: '❌ fail',
    'no-evidence': '⚪ no evidence',
    'not-applicable': '➖ n/a (no baseline)',
};
const CATEGORY_NAME = {
    tests: 'Tests',
    coverage: 'Coverage',
    benchmarks: 'Performance',
    security: 'Security',
    custom: 'Custom metrics',
};
function cap(rows, limit, total = rows.length) {
    const shown = rows.slice(0, limit);
    return { rows: shown, total, more: Math.max(0, total - shown.length) };
}
const e = (text, max) => escapeMarkdown(text ?? '', max);
/** Every number formatted and every decision made: templates only loop and branch. */
function view_buildView(cert, options = view_FULL_VIEW) {
    const unreadable = cert.evidence.filter((f) => f.status !== 'ok');
    const requirementRows = cert.requirements
        .filter((r) => options.includePassing || r.status !== 'pass')
        .map((r) => ({
        level: e(r.level),
        metric: e(r.metric),
        target: e(r.expression),
        actual: formatNumber(r.actual, r.unit),
        status: STATUS_TEXT[r.status],
        evidence: r.sources.length === 0 ? '–' : r.sources.map((s) => e(s, 120)).join(', '),
    }));
    const gateText = cert.required === null
        ? 'no level required'
        : cert.passed
            ? `gate ✅ passed (requires ${e(cert.required)})`
            : `gate ❌ failed (requires ${e(cert.required)})`;
    const levelText = cert.level === null ? 'Not certified' : `Certified ${e(cert.level.toUpperCase())}`;
    const score = cert.score === null ? 'no score' : `score ${formatNumber(cert.score)}/100`;
    const achievedLevel = cert.levels.find((l) => l.name === cert.level);
    return {
        headline: `${cert.passed ? '✅' : '❌'} **${levelText}** · ${score} · ${gateText}${unreadable.length > 0 ? ` · ⚠️ ${unreadable.length} evidence ${unreadable.length === 1 ? 'file' : 'files'} not read` : ''}`,
        title: `${cert.level ?? 'Not certified'} · ${cert.score === null ? 'no score' : formatNumber(cert.score)}/100`,
        unreadableWarning: unreadable.length === 0
            ? null
            : `⚠️ ${unreadable.length} evidence ${unreadable.length === 1 ? 'file was' : 'files were'} unreadable: the level is computed without ${unreadable.length === 1 ? 'it' : 'them'}.`,
        approves: achievedLevel?.approves ? e(achievedLevel.approves) : null,
        facts: {
            reportId: e(cert.reportId),
            commit: cert.subject.sha ? e(cert.subject.sha.slice(0, 12)) : 'working tree',
            pullRequest: cert.subject.pullRequest === null ? null : String(cert.subject.pullRequest),
            generated: formatDate(cert.generatedAt),
            validUntil: formatDate(cert.validUntil),
            evidenceCount: String(cert.evidence.length),
            unreadableCount: unreadable.length,
        },
        levels: cert.levels.map((l) => ({
            name: e(l.name),
            icon: l.met ? '✅' : '❌',
            achieved: l.name === cert.level,
            approves: l.approves ? e(l.approves) : '–',
        })),
        categories: cert.categories.map((c) => ({
            name: CATEGORY_NAME[c.id] ?? c.id,
            icon: VERDICT_ICON[c.verdict],
            verdict: c.verdict,
            score: c.score === null ? '–' : formatNumber(c.score),
            summary: e(c.summary),
        })),
        next: cert.next
            ? {
                level: e(cert.next.level),
                items: cert.next.unmet.map((r) => ({ metric: e(r.metric), gap: e(r.gap ?? `${r.metric} ${r.expression}`) })),
            }
            : null,
        topLevel: cert.next === null && cert.level !== null,
        compact: options.compact,
        requirements: { ...cap(requirementRows, options.listCap), hiddenPassing: options.includePassing ? 0 : cert.requirements.length - requirementRows.length, all: cert.requirements.length },
        failingTests: cap(cert.failingTests.shown.map((t) => ({
            name: e(t.suite ? `${t.suite} › ${t.name}` : t.name, 200),
            location: t.file ? e(t.line ? `${t.file}:${t.line}` : t.file, 150) : '–',
            status: t.status === 'error' ? 'error' : 'failed',
            message: t.message ? e(firstLine(t.message), 200) : '–',
        })), options.listCap, cert.failingTests.total),
        flakyTests: cap(cert.flakyTests.shown.map((t) => ({
            name: e(t.suite ? `${t.suite} › ${t.name}` : t.name, 200),
            location: t.file ? e(t.file, 150) : '–',
            retries: String(t.retries),
        })), options.listCap, cert.flakyTests.total),
        tests: cert.metrics.tests
            ? {
                total: String(cert.metrics.tests.total),
                passed: String(cert.metrics.tests.passed),
                failed: String(cert.metrics.tests.failed),
                errors: String(cert.metrics.tests.errors),
                skipped: String(cert.metrics.tests.skipped),
                flaky: String(cert.metrics.tests.flaky),
                passRate: formatNumber(cert.metrics.tests.passRate, '%'),
                duration: formatDuration(cert.metrics.tests.durationMs),
            }
            : null,
        coverage: coverageRows(cert),
        benchmarks: benchmarkRows(cert, options.listCap),
        security: securityView(cert, options.listCap),
        evidence: cap(cert.evidence.map(evidenceRow), options.listCap),
        unmatched: cert.unmatched.map((u) => ({ kind: u.kind, pattern: e(u.pattern) })),
        comparison: comparisonView(cert, options.listCap),
        patch: patchView(cert, options.listCap),
        trend: options.compact ? null : trendView(cert),
        version: e(cert.tool.version),
    };
}
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return line.trim();
}
function evidenceRow(file) {
    return {
        path: e(file.path, 200),
        kind: file.kind ?? '–',
        format: file.format ?? '–',
        size: formatBytes(file.bytes),
        sha256: file.sha256 === '' ? '–' : file.sha256,
        status: file.status === 'ok' ? '✅ ok' : `⚠️ ${file.status}`,
        error: file.error ? e(file.error, 300) : null,
    };
}
function coverageRows(cert) {
    const coverage = cert.metrics.coverage;
    const groups = Object.entries(cert.metrics.groups);
    if (!coverage && groups.length === 0)
        return null;
    const row = (name, c) => ({
        name,
        lines: `${formatNumber(c.lines.pct, '%')} (${c.lines.covered}/${c.lines.total})`,
        branches: `${formatNumber(c.branches.pct, '%')} (${c.branches.covered}/${c.branches.total})`,
        functions: `${formatNumber(c.functions.pct, '%')} (${c.functions.covered}/${c.functions.total})`,
    });
    const rows = coverage ? [row('**All files**', coverage)] : [];
    for (const [name, group] of groups) {
        if (group.coverage)
            rows.push(row(`group ${e(name)}`, group.coverage));
    }
    return rows.length === 0 ? null : rows;
}
function benchmarkRows(cert, limit) {
    const series = cert.metrics.benchmarks;
    if (!series || series.length === 0)
        return null;
    const rows = series.map((s) => {
        const key = (0,metric_path/* joinMetricPath */.s8)(['benchmarks', s.name, s.measure]);
        const requirement = cert.requirements.find((r) => r.metric === key);
        const spread = s.spread
            ? [
                s.spread.pct !== undefined ? `±${formatNumber(s.spread.pct)}%` : null,
                s.spread.stddev !== undefined ? `σ ${formatNumber(s.spread.stddev)}` : null,
                s.spread.samples !== undefined ? `n=${s.spread.samples}` : null,
            ].filter(Boolean).join(', ') || '–'
            : '–';
        return {
            name: e(s.name, 150),
            measure: e(s.measure),
            value: formatNumber(s.value),
            unit: e(s.unit),
            direction: s.biggerIsBetter ? '↑ bigger is better' : '↓ smaller is better',
            target: requirement ? e(requirement.expression) : '–',
            status: requirement ? STATUS_TEXT[requirement.status] : '–',
            spread: e(spread),
        };
    });
    return cap(rows, limit);
}
function securityView(cert, limit) {
    const totals = cert.metrics.security;
    if (!totals)
        return null;
    return {
        critical: String(totals.critical),
        high: String(totals.high),
        medium: String(totals.medium),
        low: String(totals.low),
        total: String(totals.total),
        findings: cap(cert.findings.shown.map((f) => ({
            severity: f.severity,
            tool: e(f.tool),
            rule: e(f.ruleId, 120),
            location: f.file ? e(f.line ? `${f.file}:${f.line}` : f.file, 150) : f.package ? e(f.package) : '–',
            message: e(firstLine(f.message), 200),
        })), limit, cert.findings.total),
    };
}
const signed = (n, unit = '') => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n))}${unit}`;
function comparisonView(cert, limit) {
    const { baseline, delta } = cert;
    if (!delta) {
        const where = baseline.branch ? ` on ${e(baseline.branch)}` : '';
        return {
            present: false,
            line: `No baseline: nothing to compare with (first run${where}?)${baseline.note ? ` — ${e(baseline.note)}` : ''}`,
        };
    }
    const rows = [];
    rows.push({ metric: 'Level', before: e(delta.level.before ?? 'none'), after: e(delta.level.after ?? 'none'), change: delta.level.before === delta.level.after ? '=' : '≠' });
    if (cert.score !== null && delta.score !== null) {
        rows.push({ metric: 'Score', before: formatNumber(cert.score - delta.score), after: formatNumber(cert.score), change: signed(delta.score) });
    }
    const tests = cert.metrics.tests;
    const counts = delta.tests.counts;
    if (tests && counts) {
        for (const key of ['total', 'passed', 'failed', 'errors', 'skipped', 'flaky']) {
            rows.push({ metric: `Tests ${key}`, before: String(tests[key] - counts[key]), after: String(tests[key]), change: signed(counts[key]) });
        }
    }
    const coverage = cert.metrics.coverage;
    if (coverage) {
        for (const key of ['lines', 'branches', 'functions']) {
            const pp = delta.coverage[key];
            const now = coverage[key].pct;
            if (pp === null || now === null)
                continue;
            rows.push({ metric: `Coverage ${key}`, before: formatNumber(now - pp, '%'), after: formatNumber(now, '%'), change: `${signed(pp)} pp` });
        }
    }
    if (delta.security) {
        rows.push({ metric: 'Security findings', before: '–', after: String(cert.metrics.security?.total ?? 0), change: `${delta.security.newFindings} new, ${delta.security.fixedFindings} fixed` });
    }
    const benchmarks = delta.benchmarks.map((b) => ({
        name: e(b.name, 150),
        measure: e(b.measure),
        before: `${formatNumber(b.before)} ${e(b.unit)}`,
        after: `${formatNumber(b.after)} ${e(b.unit)}`,
        change: signed(b.changePct, '%'),
        verdict: b.regression
            ? `❌ regression (${b.decidedBy} decided)`
            : b.worsePct > 0
                ? '🟡 worse, within tolerance'
                : b.changePct === 0
                    ? 'unchanged'
                    : '✅ better, or within the measured spread',
    }));
    const via = baseline.source === 'artifact' ? `the base branch artifact${baseline.runId !== null ? ` of run ${baseline.runId}` : ''}` : 'a baseline file';
    return {
        present: true,
        line: `Compared with ${baseline.sha ? e(baseline.sha.slice(0, 12)) : 'an earlier run'}${baseline.generatedAt ? ` (${formatDate(baseline.generatedAt)})` : ''}, from ${via}${baseline.note ? ` — ${e(baseline.note)}` : ''}`,
        rows,
        benchmarks: cap(benchmarks, limit),
        newlyFailing: cap(delta.tests.newlyFailing.map((n) => e(n, 200)), limit),
        fixed: cap(delta.tests.fixed.map((n) => e(n, 200)), limit),
        tests: delta.tests.byTest === false
            ? 'Tests: which tests changed is unknown (the baseline does not list its tests)'
            : `Tests: ${delta.tests.newlyFailing.length} newly failing, ${delta.tests.fixed.length} fixed, ${delta.tests.added} added, ${delta.tests.removed} removed`,
    };
}
function patchView(cert, limit) {
    const patch = cert.metrics.coverage?.patch;
    if (!patch)
        return null;
    return {
        line: patch.lines.total === 0
            ? 'Patch coverage: the change adds no executable line that the coverage report measures.'
            : `Patch coverage: ${formatNumber(patch.lines.pct, '%')} (${patch.lines.covered}/${patch.lines.total} changed executable lines covered, diff from ${e(patch.source)})`,
        uncovered: cap(patch.uncovered.map((u) => ({ path: e(u.path, 200), ranges: e(u.ranges.join(', '), 300) })), limit),
    };
}
/** Mermaid text is not markdown: keep chart labels to a safe alphabet. */
const chartLabel = (text) => text.replace(/[^\w .:/+-]/g, ' ').slice(0, 60).trim() || '?';
const chartValue = (n) => (n === null ? 'NaN' : String(Math.round(n * 100) / 100));
/** Mermaid `xychart-beta` charts (GitHub renders them) of score and coverage, and benchmark series. */
function trendView(cert) {
    const trend = cert.trend;
    if (!trend || trend.runs.length < 2)
        return null;
    const labels = trend.runs.map((r, i) => `"${r.sha ? r.sha.slice(0, 7) : i === trend.runs.length - 1 ? 'this' : `#${i + 1}`}"`).join(', ');
    const charts = [
        [
            'xychart-beta',
            `  title "Score and line coverage (%), last ${trend.runs.length} runs"`,
            `  x-axis [${labels}]`,
            '  y-axis "percent" 0 --> 100',
            `  line [${trend.runs.map((r) => chartValue(r.score)).join(', ')}]`,
            `  line [${trend.runs.map((r) => chartValue(r.lines)).join(', ')}]`,
        ].join('\n'),
    ];
    for (const series of trend.benchmarks) {
        if (series.values.filter((v) => v !== null).length < 2)
            continue;
        charts.push([
            'xychart-beta',
            `  title "${chartLabel(series.name)} ${chartLabel(series.measure)} (${chartLabel(series.unit)})"`,
            `  x-axis [${labels}]`,
            `  line [${series.values.map(chartValue).join(', ')}]`,
        ].join('\n'));
    }
    return { charts, runs: String(trend.runs.length) };
}

;// CONCATENATED MODULE: ./src/render/fit.ts

/**
 * The order in which a report is shrunk to fit a size limit (GitHub: 65,536 characters for
 * a comment or a check-run summary): first passing detail goes, then lists are capped harder,
 * then details are replaced by a pointer to the job summary and artifact.
 */
const SMALLEST = { listCap: 5, includePassing: false, compact: true };
const SHRINK_STEPS = [
    { listCap: 100, includePassing: true, compact: false },
    { listCap: 100, includePassing: false, compact: false },
    { listCap: 25, includePassing: false, compact: false },
    { listCap: 5, includePassing: false, compact: false },
    SMALLEST,
];
function renderToFit(cert, template, limit) {
    return fittingRenderer(cert, template)(limit);
}
/**
 * `renderToFit` for one certification at several limits (report file, job summary, comment,
 * check run): each shrink step is rendered at most once. The answer for a limit is the first step
 * that fits it, so it is the same whichever limits were asked before; on a 100 MB JUnit run the
 * report and the job summary were two full renders of the same text.
 */
function fittingRenderer(cert, template) {
    const rendered = [];
    const step = (index) => (rendered[index] ??= template(view_buildView(cert, SHRINK_STEPS[index] ?? SMALLEST)));
    return (limit) => {
        for (let index = 0; index < SHRINK_STEPS.length; index++) {
            const markdown = step(index);
            if (markdown.length <= limit)
                return markdown;
        }
        return trimAtLine(step(SHRINK_STEPS.length - 1), limit);
    };
}
/** Last resort: cut at a line boundary and close any open <details>, with a note. */
function trimAtLine(markdown, limit) {
    const note = '\n\n_… cut to fit the size limit: the full report is in the job summary and the artifact._\n';
    const budget = Math.max(0, limit - note.length - 40);
    let cut = markdown.slice(0, budget);
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    return `${cut}${'\n\n</details>'.repeat(Math.max(0, open))}${note}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/report-files.ts


/**
 * Writes a file so readers never see half of it: write a temporary sibling, then rename
 * (atomic on the same file system). An interrupted run leaves the old file or none. `content`
 * is the text, or pieces of it written in turn (text as UTF-8, or bytes).
 */
async function writeFileAtomic(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, content);
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/score/test-hash.ts
var test_hash = __webpack_require__(7529);
// EXTERNAL MODULE: ./src/score/test-index.ts
var test_index = __webpack_require__(7829);
;// CONCATENATED MODULE: ./src/certification-json.ts


const MARKER = '\u0000testIndex';
/** Where the marker stands in the report's text: a top-level key (structure, never string content). */
const MARKED = `\n  "testIndex": ${JSON.stringify(MARKER)}`;
const WRAPPER_HEAD = '{\n  "testIndex": ';
const WRAPPER_TAIL = '\n}';
/**
 * certification.json as consecutive pieces: together, the UTF-8 of
 * `${JSON.stringify(certification, null, 2)}\n`.
 *
 * `testIndex` (one hex hash per test: hundreds of thousands on a big run) is written on its own,
 * at the same depth: from its sorted hash pairs straight into ASCII bytes when scoring made it
 * (no string per hash), else stringified apart. Inside the whole report, one non-Latin-1
 * character anywhere (a `…` in a clipped message) would make the whole text two bytes a
 * character, and encoding it to UTF-8 the slowest step of writing the report. The pieces are
 * written one after another (no joined copy).
 */
function certificationJson(certification) {
    const rest = JSON.stringify({ ...certification, testIndex: MARKER }, null, 2);
    const at = rest.indexOf(MARKED);
    if (at < 0)
        return [`${JSON.stringify(certification, null, 2)}\n`];
    const pairs = (0,test_index/* testIndexPairs */.o)(certification.testIndex);
    let index;
    if (pairs)
        index = testIndexText(pairs);
    else {
        const wrapped = JSON.stringify({ testIndex: certification.testIndex }, null, 2);
        index = wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length);
    }
    const cut = at + MARKED.length - JSON.stringify(MARKER).length;
    return [rest.slice(0, cut), index, `${rest.slice(at + MARKED.length)}\n`];
}
/** One line of a hash list, as a template: six spaces, the quoted 16 hex digits, a comma, the line end. */
const HASH_LINE = Buffer.from('      "0000000000000000",\n', 'latin1');
/** Where the hex digits start in a line, and where its comma is (the last line ends there). */
const HEX_AT = 7;
const COMMA_AT = 24;
const NEWLINE = 0x0a;
/** The two hex digits of every byte value: byte b at [2b, 2b + 1]. */
const HEX_PAIRS = Uint8Array.from({ length: 512 }, (_, i) => test_hash/* HEX_DIGITS */.Lf[i % 2 === 0 ? i >> 5 : (i >> 1) & 15] ?? 0);
/**
 * The test index as `JSON.stringify` writes it at depth 1 with a two-space indent:
 * `{`, then each list (`"passed": [` … `]`, or `[]` when empty), then `  }`.
 */
function testIndexText(pairs) {
    const lists = Object.entries(pairs);
    const pieces = [];
    let size = 0;
    lists.forEach(([state, list], i) => {
        const after = i < lists.length - 1 ? ',' : '';
        const head = list.length === 0 ? `    "${state}": []${after}\n` : `    "${state}": [\n`;
        const tail = list.length === 0 ? '' : `    ]${after}\n`;
        pieces.push(head, tail);
        size += head.length + tail.length + (list.length / 2) * HASH_LINE.length - (list.length > 0 ? 1 : 0);
    });
    const open = '{\n';
    const close = '  }';
    const text = Buffer.allocUnsafe(open.length + size + close.length);
    let at = text.write(open, 0, 'latin1');
    lists.forEach(([, list], i) => {
        at += text.write(pieces[2 * i] ?? '', at, 'latin1');
        at = writeHashLines(text, at, list);
        at += text.write(pieces[2 * i + 1] ?? '', at, 'latin1');
    });
    text.write(close, at, 'latin1');
    return text;
}
/**
 * Writes one line per pair from `start` (no comma after the last); returns the end. The lines are
 * the template repeated, then only the digits are written.
 */
function writeHashLines(text, start, pairs) {
    const count = pairs.length / 2;
    if (count === 0)
        return start;
    const end = start + count * HASH_LINE.length - 1;
    // the template once, then doubled by copying what is written (a pattern fill is slower)
    HASH_LINE.copy(text, start, 0, Math.min(HASH_LINE.length, end - start));
    for (let written = HASH_LINE.length; written < end - start; written *= 2) {
        text.copyWithin(start + written, start, start + Math.min(written, end - start - written));
    }
    text[start + (count - 1) * HASH_LINE.length + COMMA_AT] = NEWLINE;
    for (let i = 0, at = start + HEX_AT; i < count; i++, at += HASH_LINE.length) {
        writeHex32(text, at, pairs[2 * i] ?? 0);
        writeHex32(text, at + 8, pairs[2 * i + 1] ?? 0);
    }
    return end;
}
/** The 8 hex digits of a 32-bit value at `at`. */
function writeHex32(text, at, value) {
    const pairs = HEX_PAIRS;
    let pair = (value >>> 23) & 0x1fe;
    text[at] = pairs[pair] ?? 0;
    text[at + 1] = pairs[pair + 1] ?? 0;
    pair = (value >>> 15) & 0x1fe;
    text[at + 2] = pairs[pair] ?? 0;
    text[at + 3] = pairs[pair + 1] ?? 0;
    pair = (value >>> 7) & 0x1fe;
    text[at + 4] = pairs[pair] ?? 0;
    text[at + 5] = pairs[pair + 1] ?? 0;
    pair = (value << 1) & 0x1fe;
    text[at + 6] = pairs[pair] ?? 0;
    text[at + 7] = pairs[pair + 1] ?? 0;
}

// EXTERNAL MODULE: ./src/score/certify.ts + 9 modules
var certify = __webpack_require__(903);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/collect/diff/unified-diff.ts
/**
 * Added and modified lines from a unified diff (`git diff`, a PR's `.diff`, or the `patch` of
 * each file the pull request files API returns): new-file line numbers of `+` lines per file.
 * Deleted files and binary files contribute nothing.
 */
function parseUnifiedDiff(text, changed = new Map()) {
    let file = null;
    let line = 0;
    let inHunk = false;
    for (const raw of text.split('\n')) {
        const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (row.startsWith('diff --git ')) {
            file = null;
            inHunk = false;
        }
        else if (row.startsWith('+++ ')) {
            const target = row.slice(4).replace(/\t.*$/, '');
            file = target === '/dev/null' ? null : unquoted(target).replace(/^b\//, '');
            inHunk = false;
        }
        else if (row.startsWith('@@')) {
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
            inHunk = match !== null;
            line = match ? Number(match[1]) : 0;
        }
        else if (inHunk && file !== null) {
            if (row.startsWith('+')) {
                addLine(changed, file, line);
                line++;
            }
            else if (row.startsWith(' ') || row === '') {
                line++;
            }
            // '-' lines and '\ No newline at end of file' do not advance the new file.
        }
    }
    return changed;
}
/** Adds a PR-files-API `patch` (hunks only, no headers) for one file. */
function addFilePatch(changed, path, patch) {
    return parseUnifiedDiff(`+++ b/${path}\n${patch}`, changed);
}
function addLine(changed, file, line) {
    const lines = changed.get(file);
    if (lines)
        lines.push(line);
    else
        changed.set(file, [line]);
}
/** git quotes a path holding unusual characters ("b/odd name"); the quotes are not part of it. */
function unquoted(path) {
    return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/score/baseline.ts
var baseline = __webpack_require__(5531);
;// CONCATENATED MODULE: ./src/compare-sources.ts







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Reads a baseline certification.json; an unusable one is reported, never fatal. */
async function baselineFromFile(file, cwd) {
    const absolute = external_node_path_default().resolve(cwd, file);
    try {
        // loaded here, not at start-up: the module builds the whole report schema when imported
        const { MAX_CERTIFICATION_BYTES } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1891));
        const info = await (0,promises_.stat)(absolute);
        if (info.size > MAX_CERTIFICATION_BYTES)
            return { baseline: null, note: `baseline ${file}: ${info.size} bytes is too large` };
        const raw = JSON.parse(await (0,promises_.readFile)(absolute, 'utf8'));
        const source = { source: 'file', sha: null, generatedAt: null, runId: null, branch: null };
        return { baseline: (0,baseline/* readBaseline */.mF)(raw, source) };
    }
    catch (error) {
        return { baseline: null, note: `baseline ${file} could not be read: ${(0,errors/* messageOf */.bD)(error)}` };
    }
}
/** Changed lines from a diff file, or from `git diff <base>...HEAD` when history is present. */
async function changedLines(options) {
    if (options.diffFile) {
        try {
            return { lines: parseUnifiedDiff(await (0,promises_.readFile)(external_node_path_default().resolve(options.cwd, options.diffFile), 'utf8')), source: 'file' };
        }
        catch (error) {
            return { note: `diff ${options.diffFile} could not be read: ${(0,errors/* messageOf */.bD)(error)}` };
        }
    }
    if (options.diffBase) {
        try {
            const { stdout } = await run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', `${options.diffBase}...HEAD`, '--'], {
                cwd: options.cwd,
                maxBuffer: 256 * 1024 * 1024,
            });
            return { lines: parseUnifiedDiff(stdout), source: 'git' };
        }
        catch (error) {
            return { note: `git diff ${options.diffBase}...HEAD failed (is the history fetched? use fetch-depth: 0): ${(0,errors/* messageOf */.bD)(error).split('\n')[0] ?? ''}` };
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __webpack_require__(5165);
;// CONCATENATED MODULE: ./src/pipeline-report.ts









const MAX_FILE_MARKDOWN = 1024 * 1024;
/**
 * score → render → write, on evidence already read. Its own module so that start-up loads none
 * of it (the scoring, the report view and the template engine) before the first evidence read.
 */
async function reportOnEvidence(settings, collected, options) {
    const cwd = external_node_path_default().resolve(options.cwd);
    const template = await (0,pipeline/* loadTemplate */.PM)(settings, cwd);
    // The default policy lists many likely places; only globs the user wrote are worth reporting.
    const unmatched = settings.defaultEvidence ? [] : collected.unmatched;
    let baseline = options.baseline ?? null;
    let baselineNote;
    if (options.baselinePath)
        ({ baseline, note: baselineNote } = await baselineFromFile(options.baselinePath, cwd));
    let changes = await changedLines({
        cwd,
        ...(options.diffFile ? { diffFile: options.diffFile } : {}),
        ...(options.diffBase ? { diffBase: options.diffBase } : {}),
    });
    if (options.changesFallback && !options.diffFile && !(changes && 'lines' in changes)) {
        const fallback = await options.changesFallback();
        // Lines from the API make git's "history not fetched" beside the point; two failures are both said.
        changes = 'lines' in fallback || !changes ? fallback : { note: `${changes.note}; ${fallback.note}` };
    }
    const certification = (0,certify/* certify */.F)({
        settings,
        files: collected.files,
        unmatched,
        subject: options.subject,
        now: options.now ?? new Date(),
        version: version/* VERSION */.x,
        baseline,
        baselineBranch: options.baselineBranch ?? null,
        changes: changes && 'lines' in changes ? changes : null,
        ...(options.history ? { history: options.history } : {}),
    });
    const notes = [baselineNote, options.baselineNote, changes && 'note' in changes ? changes.note : undefined].filter((n) => n !== undefined);
    if (notes.length > 0)
        certification.baseline.note = [certification.baseline.note, ...notes].filter(Boolean).join('; ');
    const renderBody = renderBodyWithin(certification, template, settings);
    const markdown = renderBody(MAX_FILE_MARKDOWN);
    const outputDir = external_node_path_default().resolve(cwd, options.outputDir);
    const jsonPath = external_node_path_default().join(outputDir, 'certification.json');
    const markdownPath = external_node_path_default().join(outputDir, 'certification.md');
    await writeFileAtomic(jsonPath, certificationJson(certification));
    await writeFileAtomic(markdownPath, markdown);
    return { settings, certification, markdown, renderBody, template, outputDir, jsonPath, markdownPath };
}
/** The report body in at most `limit` characters (comment, check run, job summary); each shrink step rendered once. */
function renderBodyWithin(certification, template, settings) {
    const render = fittingRenderer(certification, template);
    return (limit) => (0,pipeline/* renderOrExplain */.v_)(() => render(limit), settings);
}
/** Renders the full report (for checks that it compiles against a view). */
function renderFull(certification, template) {
    return template(buildView(certification, FULL_VIEW));
}


/***/ })

};
;