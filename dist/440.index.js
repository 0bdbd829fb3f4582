"use strict";
exports.id = 440;
exports.ids = [440];
exports.modules = {

/***/ 88700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ addFilePatch),
/* harmony export */   r: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
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


/***/ }),

/***/ 56963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ pctOf),
/* harmony export */   _5: () => (/* binding */ coverageOf),
/* harmony export */   _6: () => (/* binding */ FileCoverageBuilder),
/* harmony export */   hD: () => (/* binding */ sumFiles),
/* harmony export */   qN: () => (/* binding */ emptyCounter),
/* harmony export */   yF: () => (/* binding */ withLineDetailFrom)
/* harmony export */ });
function emptyCounter() {
    return { covered: 0, total: 0 };
}
/** Percent with two decimals, or null when nothing is measurable (0/0 is not 100%). */
function pctOf(counter) {
    if (counter.total === 0)
        return null;
    return Math.floor((counter.covered / counter.total) * 10000) / 100;
}
function sumFiles(files) {
    const totals = {
        lines: emptyCounter(),
        branches: emptyCounter(),
        functions: emptyCounter(),
    };
    for (const file of files) {
        for (const key of ['lines', 'branches', 'functions']) {
            totals[key].covered += file[key].covered;
            totals[key].total += file[key].total;
        }
    }
    return totals;
}
/**
 * Collects one file's figures while a parser streams through it. Duplicate line records
 * (same line reported twice) are merged by their highest hit count, as lcov and gcov tools do.
 */
class FileCoverageBuilder {
    path;
    hits = new Map();
    branches = emptyCounter();
    functions = emptyCounter();
    /** Line figures declared by the format (e.g. lcov LF/LH), used when no line records exist. */
    declaredLines;
    constructor(path) {
        this.path = path;
    }
    addLine(line, hits) {
        const previous = this.hits.get(line);
        if (previous === undefined || hits > previous)
            this.hits.set(line, hits);
    }
    addBranches(covered, total) {
        this.branches.covered += covered;
        this.branches.total += total;
    }
    addFunctions(covered, total) {
        this.functions.covered += covered;
        this.functions.total += total;
    }
    get lineCount() {
        return this.hits.size;
    }
    build() {
        if (this.hits.size === 0) {
            return {
                path: this.path,
                lines: this.declaredLines ? { ...this.declaredLines } : emptyCounter(),
                branches: { ...this.branches },
                functions: { ...this.functions },
            };
        }
        const lineNumbers = [...this.hits.keys()].sort((a, b) => a - b);
        const lineHits = lineNumbers.map((line) => this.hits.get(line) ?? 0);
        const covered = lineHits.reduce((count, hits) => count + (hits > 0 ? 1 : 0), 0);
        return {
            path: this.path,
            lines: { covered, total: lineNumbers.length },
            branches: { ...this.branches },
            functions: { ...this.functions },
            lineNumbers,
            lineHits,
        };
    }
}
/**
 * `file` with line detail unpacked from `source` when first read: `lineNumbers` and `lineHits`
 * are plain arrays, as every consumer reads them, but each is made only when first read. A large
 * report keeps millions of lines in compact storage instead of a boxed array slot per number
 * (the memory a 100 MB lcov file needs), and consumers that read one file's lines pay for that
 * file only. Both are own enumerable properties, so spreading, JSON and deep equality see them as
 * if they were plain; assigning replaces the value.
 */
function withLineDetailFrom(file, source) {
    const detail = { source };
    Object.defineProperty(file, COMPACT_LINE_DETAIL, { value: detail });
    return Object.defineProperties(file, LINE_DETAIL_ACCESSORS);
}
/** Where a file keeps its compact line detail: not enumerable, so no consumer ever sees it. */
const COMPACT_LINE_DETAIL = Symbol('compact line detail');
/**
 * The same accessor functions for every file (no closure per file): files built alike then
 * share one hidden class, which matters with tens of thousands of them.
 */
const LINE_DETAIL_ACCESSORS = {
    lineNumbers: lineDetailAccessor('lineNumbers'),
    lineHits: lineDetailAccessor('lineHits'),
};
function lineDetailAccessor(key) {
    return {
        configurable: true,
        enumerable: true,
        get() {
            const detail = this[COMPACT_LINE_DETAIL];
            if (detail.source) {
                const { numbers, hits } = detail.source.unpack();
                detail.lineNumbers = numbers;
                detail.lineHits = hits;
                detail.source = undefined;
            }
            return detail[key];
        },
        set(value) {
            Object.defineProperty(this, key, {
                configurable: true,
                enumerable: true,
                writable: true,
                value,
            });
        },
    };
}
function coverageOf(files) {
    return { kind: 'coverage', totals: sumFiles(files), files };
}


/***/ }),

/***/ 82175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ emptySecurityTotals)
/* harmony export */ });
/* unused harmony export securityOf */
function emptySecurityTotals() {
    return { critical: 0, high: 0, medium: 0, low: 0, total: 0 };
}
function securityOf(findings) {
    const totals = emptySecurityTotals();
    const byTool = {};
    for (const finding of findings) {
        const tool = (byTool[finding.tool] ??= emptySecurityTotals());
        for (const bucket of [totals, tool]) {
            bucket[finding.severity]++;
            bucket.total++;
        }
    }
    return { kind: 'security', totals, byTool, findings };
}


/***/ }),

/***/ 44700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ emptyTestTotals),
/* harmony export */   ec: () => (/* binding */ testId),
/* harmony export */   l9: () => (/* binding */ roundMs),
/* harmony export */   qK: () => (/* binding */ addCase),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
function emptyTestTotals() {
    return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationMs: 0 };
}
/** Totals derived from cases; durations sum what the cases give. */
function totalsOf(cases) {
    const totals = emptyTestTotals();
    for (const testCase of cases)
        addCase(totals, testCase);
    totals.durationMs = roundMs(totals.durationMs);
    return totals;
}
function addCase(totals, testCase) {
    totals.total++;
    if (testCase.status === 'passed')
        totals.passed++;
    else if (testCase.status === 'failed')
        totals.failed++;
    else if (testCase.status === 'error')
        totals.errors++;
    else
        totals.skipped++;
    if (testCase.flaky)
        totals.flaky++;
    totals.durationMs += testCase.durationMs ?? 0;
}
function roundMs(ms) {
    return Math.round(ms * 1000) / 1000;
}
/** Stable identity of a test across runs and files: suite + name + file. */
function testId(testCase) {
    return [testCase.suite, testCase.name, testCase.file ?? ''].join('\u241f');
}


/***/ }),

/***/ 18766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eT: () => (/* binding */ dimensionOf),
/* harmony export */   oU: () => (/* binding */ convertUnit)
/* harmony export */ });
/* unused harmony exports unitInfo, parseQuantity */
/**
 * Quantities with units, so a requirement written as `<= 200ms` can be compared with a
 * benchmark value printed in `ns/iter`. Pure; no I/O.
 *
 * Conventions:
 * - Time units: ps, ns, us/µs/μs (usec), ms (msec), s (sec, seconds), m/min (minutes), h.
 * - A per-iteration suffix (`/iter`, `/op`, `/call`, `/run`) keeps the dimension of what
 *   precedes it: `ns/iter` and `ms/op` are times, `B/op` is bytes, `allocs/op` a count.
 * - Bytes: B, and KB/MB/GB/TB as decimal (SI, 1000ⁿ, as Go's `MB/s` and most tools mean
 *   them); KiB/MiB/GiB/TiB as binary (1024ⁿ). `kB` and words such as `Megabytes` too.
 * - Rates: `<thing>/<time>` where thing is ops, iter, req, elem, items, … (`ops/s`,
 *   `iter/sec`, `req/s`, `ops/ms`, `Melem/s`, `Hz`) — all counts per second; data rates
 *   `<bytes>/<time>` (`MB/s`, `GiB/s`, `B/s`).
 * - Ratios: `%` (and `Percent`) and `ratio` (a fraction 0..1, as k6 writes rates).
 * - Anything else (`cycles/iter`, `instructions`, `auxMetricUnits`) is a unit of its own:
 *   it converts only to itself.
 */
// Base units are chosen so that the common conversions are exact in floating point
// (200 ms → 200_000_000 ns), which is why time is counted in ns and not in seconds.
const TIME = {
    ps: 1e-3,
    ns: 1,
    nsec: 1,
    nanoseconds: 1,
    us: 1e3,
    µs: 1e3,
    μs: 1e3,
    usec: 1e3,
    microseconds: 1e3,
    ms: 1e6,
    msec: 1e6,
    milliseconds: 1e6,
    s: 1e9,
    sec: 1e9,
    secs: 1e9,
    second: 1e9,
    seconds: 1e9,
    m: 6e10,
    min: 6e10,
    minutes: 6e10,
    h: 3.6e12,
    hours: 3.6e12,
};
const BYTES = {
    b: 1,
    byte: 1,
    bytes: 1,
    kb: 1e3,
    kilobytes: 1e3,
    mb: 1e6,
    megabytes: 1e6,
    gb: 1e9,
    gigabytes: 1e9,
    tb: 1e12,
    terabytes: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
/** Things counted per unit of time: `ops/s`, `req/s`, `iter/sec`, `Kelem/s`. */
const COUNTED = new Set([
    'ops',
    'op',
    'iter',
    'iters',
    'iterations',
    'req',
    'reqs',
    'requests',
    'elem',
    'elems',
    'elements',
    'items',
    'runs',
    'calls',
    'hits',
    'events',
    'msgs',
    'messages',
    'tx',
    '',
]);
const SI_PREFIX = { '': 1, K: 1e3, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const RATIO = { '%': 0.01, percent: 0.01, ratio: 1, fraction: 1 };
const PER_ITERATION = /\/(?:iter|iteration|op|call|run)$/i;
/** What a unit measures and its factor to the base unit; `undefined` for an empty unit. */
function unitInfo(rawUnit) {
    const unit = rawUnit.trim();
    if (unit === '')
        return undefined;
    const perIteration = PER_ITERATION.exec(unit);
    if (perIteration) {
        const base = unit.slice(0, perIteration.index);
        if (base === '')
            return { dimension: `other:${unit}`, factor: 1 };
        // An unknown base keeps its own name as dimension, so `allocs/op` compares with `allocs`.
        return knownUnit(base) ?? { dimension: `other:${base}`, factor: 1 };
    }
    return knownUnit(unit) ?? { dimension: `other:${unit}`, factor: 1 };
}
function knownUnit(unit) {
    // Exact spelling only: `MS` (mega-samples) and `M` are no time units.
    const time = TIME[unit];
    if (time !== undefined)
        return { dimension: 'time', factor: time };
    const bytes = BYTES[unit.toLowerCase()];
    if (bytes !== undefined)
        return { dimension: 'bytes', factor: bytes };
    const ratio = RATIO[unit.toLowerCase()];
    if (ratio !== undefined)
        return { dimension: 'ratio', factor: ratio };
    if (unit === 'Hz' || unit === 'hz')
        return { dimension: 'rate', factor: 1 };
    const slash = unit.lastIndexOf('/');
    if (slash === -1)
        return undefined;
    const per = TIME[unit.slice(slash + 1)];
    if (per === undefined)
        return undefined;
    const perSecond = 1e9 / per;
    const what = unit.slice(0, slash);
    const whatBytes = BYTES[what.toLowerCase()];
    if (whatBytes !== undefined)
        return { dimension: 'dataRate', factor: whatBytes * perSecond };
    const prefixed = /^([KkMGT]?)([A-Za-z]*)$/.exec(what);
    if (prefixed) {
        const [, prefix = '', noun = ''] = prefixed;
        if (COUNTED.has(noun.toLowerCase()) && (prefix === '' || noun !== '')) {
            return { dimension: 'rate', factor: (SI_PREFIX[prefix] ?? 1) * perSecond };
        }
        if (COUNTED.has(what.toLowerCase()))
            return { dimension: 'rate', factor: perSecond };
    }
    return undefined;
}
/** The dimension of a unit, or `undefined` for an empty unit (a plain number). */
function dimensionOf(unit) {
    return unitInfo(unit)?.dimension;
}
/**
 * Converts a value between two units of the same dimension. Returns `undefined` when they
 * measure different things (or either is unknown and they are not the same string).
 */
function convertUnit(value, fromUnit, toUnit) {
    if (fromUnit.trim() === toUnit.trim())
        return value;
    const from = unitInfo(fromUnit);
    const to = unitInfo(toUnit);
    if (!from || to?.dimension !== from.dimension)
        return undefined;
    if (from.factor === to.factor)
        return value;
    // Multiply before dividing when that keeps integers exact (200 ms → ns); divide first otherwise.
    const product = value * from.factor;
    return Number.isFinite(product) ? product / to.factor : (value / to.factor) * from.factor;
}
const QUANTITY = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:e[+-]?\d+)?)\s*(.*)$/i;
/**
 * Parses `200ms`, `512 MB`, `5000 ops/s`, `1,431,759 ops/sec`, `95%`, `3.5`.
 * A bare number has the unit '' and no dimension; an unknown unit is its own dimension.
 */
function parseQuantity(text) {
    const match = QUANTITY.exec(text.trim());
    if (!match)
        return undefined;
    const [, number = '', rest = ''] = match;
    if (!/\d/.test(number))
        return undefined;
    const value = Number(number.replaceAll(',', ''));
    if (!Number.isFinite(value))
        return undefined;
    const unit = rest.trim();
    // A unit starts with a letter, % or / (`ms`, `µs`, `%`, `/s`); `1,23 ms` is no quantity.
    if (unit !== '' && !/^[\p{L}%/]/u.test(unit))
        return undefined;
    const info = unitInfo(unit);
    return info ? { value, unit, dimension: info.dimension } : { value, unit };
}


/***/ }),

/***/ 92440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderBodyWithin: () => (/* binding */ renderBodyWithin),
  reportOnEvidence: () => (/* binding */ reportOnEvidence)
});

// UNUSED EXPORTS: MAX_FILE_MARKDOWN, renderFull

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/metric-path.ts
var metric_path = __webpack_require__(50525);
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

// EXTERNAL MODULE: ./src/report-files.ts
var report_files = __webpack_require__(86063);
// EXTERNAL MODULE: ./src/certification-json.ts
var certification_json = __webpack_require__(60688);
;// CONCATENATED MODULE: ./src/score/categories.ts

const round1 = (n) => Math.round(n * 10) / 10;
/** The category a requirement belongs to (groups count toward tests or coverage). */
function categoryOf(metric) {
    const ref = (0,metric_path/* parseMetric */.uo)(metric);
    if ('error' in ref)
        return undefined;
    switch (ref.kind) {
        case 'patch':
            return 'coverage';
        case 'regression':
            return 'benchmarks';
        case 'delta':
            return ref.area === 'score' ? undefined : ref.area;
        default:
            return ref.kind;
    }
}
/**
 * Category verdicts and scores. Scores (0–100), documented in the README:
 * - tests: pass rate, passed / (total − skipped);
 * - coverage: weighted mean of lines (50), branches (30), functions (20) over those measured;
 * - security: 100 − 25·critical − 10·high − 3·medium − 1·low, at least 0;
 * - benchmarks and custom: share of their requirements met (100 when none are set).
 * Verdict: `pass` when every requirement on the category holds, `fail` when none does,
 * `partial` otherwise, `no-evidence` when no file gave the category any figure.
 */
function scoreCategories(metrics, results) {
    const categories = [];
    const add = (id, present, score, summary) => {
        const own = results.filter((r) => categoryOf(r.metric) === id);
        if (!present) {
            if (own.length > 0)
                categories.push({ id, verdict: 'no-evidence', score: null, summary: 'no evidence' });
            return;
        }
        categories.push({ id, verdict: verdictOf(own), score: score(), summary: summary() });
    };
    const tests = metrics.tests;
    add('tests', tests !== undefined, () => (tests?.passRate === null || !tests ? null : round1(tests.passRate)), () => tests ? `${tests.passed}/${tests.total - tests.skipped} passed, ${tests.failed} failed, ${tests.errors} errors, ${tests.skipped} skipped` : '');
    const coverage = metrics.coverage;
    add('coverage', coverage !== undefined, () => {
        if (!coverage)
            return null;
        const parts = [
            [coverage.lines.pct, 50],
            [coverage.branches.pct, 30],
            [coverage.functions.pct, 20],
        ].filter((p) => p[0] !== null);
        const weight = parts.reduce((sum, [, w]) => sum + w, 0);
        return weight === 0 ? null : round1(parts.reduce((sum, [pct, w]) => sum + pct * w, 0) / weight);
    }, () => coverage ? `lines ${coverage.lines.pct ?? '–'}%, branches ${coverage.branches.pct ?? '–'}%, functions ${coverage.functions.pct ?? '–'}%` : '');
    add('benchmarks', metrics.benchmarks !== undefined, () => shareMet(results.filter((r) => categoryOf(r.metric) === 'benchmarks')), () => `${metrics.benchmarks?.length ?? 0} series`);
    const security = metrics.security;
    add('security', security !== undefined, () => security ? Math.max(0, 100 - 25 * security.critical - 10 * security.high - 3 * security.medium - security.low) : null, () => security ? `${security.critical} critical, ${security.high} high, ${security.medium} medium, ${security.low} low` : '');
    add('custom', metrics.custom !== undefined, () => shareMet(results.filter((r) => categoryOf(r.metric) === 'custom')), () => `${Object.keys(metrics.custom ?? {}).length} metrics`);
    return categories;
}
function verdictOf(all) {
    const results = all.filter((r) => r.status !== 'not-applicable');
    if (results.length === 0)
        return 'pass';
    const passing = results.filter((r) => r.status === 'pass').length;
    if (passing === results.length)
        return 'pass';
    if (results.every((r) => r.status === 'no-evidence'))
        return 'no-evidence';
    return passing === 0 ? 'fail' : 'partial';
}
function shareMet(results) {
    if (results.length === 0)
        return 100;
    return round1((results.filter((r) => r.status === 'pass').length / results.length) * 100);
}
/** Overall score: the mean of the category scores that could be computed. */
function overallScore(categories) {
    const scores = categories.map((c) => c.score).filter((s) => s !== null);
    return scores.length === 0 ? null : round1(scores.reduce((a, b) => a + b, 0) / scores.length);
}

;// CONCATENATED MODULE: ./src/score/levels.ts
function decideLevel(levels, results) {
    const info = levels.map((level) => ({
        name: level.name,
        ...(level.approves !== undefined ? { approves: level.approves } : {}),
        met: results.filter((r) => r.level === level.name).every((r) => r.status === 'pass' || r.status === 'not-applicable'),
    }));
    let achieved = null;
    let next = null;
    for (const level of info) {
        if (!level.met) {
            next = { level: level.name, unmet: results.filter((r) => r.level === level.name && r.status !== 'pass' && r.status !== 'not-applicable') };
            break;
        }
        achieved = level.name;
    }
    return { achieved, levels: info, next };
}
/** At or above the required level. No required level means the gate is open. */
function meetsRequired(levels, achieved, required) {
    if (required === null)
        return true;
    if (achieved === null)
        return false;
    const names = levels.map((l) => l.name);
    return names.indexOf(achieved) >= names.indexOf(required);
}

// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
// EXTERNAL MODULE: ./src/model/security.ts
var security = __webpack_require__(82175);
// EXTERNAL MODULE: ./src/model/tests.ts
var model_tests = __webpack_require__(44700);
// EXTERNAL MODULE: ./src/score/test-hash.ts
var test_hash = __webpack_require__(97529);
;// CONCATENATED MODULE: ./src/score/merged-tests.ts


const STATUS_RANK = { passed: 0, skipped: 1, failed: 2, error: 3 };
/**
 * Every test of every evidence file once, in the order first seen. The same test (suite + name +
 * file) in several files counts once: it passed if any run passed, and is flaky when another run
 * failed.
 *
 * Built for hundreds of thousands of tests: a test keeps the collector's own object (a new one is
 * made only for a test seen more than once), its evidence file is an index into `sources`, and
 * identities are found through their hash (the one `testIndex` stores) in a typed open-addressing
 * table, with an exact comparison of the parts on a hit, so no joined identity string is built.
 */
class MergedTests {
    /** The tests, in first-seen order. */
    cases = [];
    /** Evidence file paths; `fileOf` indexes them. */
    sources = [];
    /** Identity hash of each test, high and low halves. */
    highs;
    lows;
    fileOf;
    /** Open addressing on the high half: pairs of (test index + 1, 0 for empty; high half). */
    slots;
    mask;
    /** `capacity` is the number of cases about to be added (the table grows past it if needed). */
    constructor(capacity) {
        this.highs = new Uint32Array(capacity);
        this.lows = new Uint32Array(capacity);
        this.fileOf = new Uint32Array(capacity);
        const size = tableSize(capacity);
        this.slots = new Int32Array(size * 2);
        this.mask = size - 1;
    }
    get size() {
        return this.cases.length;
    }
    /** The evidence file whose run the test shows. */
    evidenceOf(index) {
        return this.sources[this.fileOf[index] ?? 0] ?? '';
    }
    /** The 16-hex-digit identity hash of the test (as `testIndex` lists it). */
    hashOf(index) {
        return (0,test_hash/* formatTestHash */.ih)(this.highs[index] ?? 0, this.lows[index] ?? 0);
    }
    /** Adds the cases of one evidence file. */
    addFile(path, cases) {
        const file = this.sources.length;
        this.sources.push(path);
        // hashing first, in a loop of its own, then the table: each loop stays small and fast
        const fileHighs = new Uint32Array(cases.length);
        const fileLows = new Uint32Array(cases.length);
        for (let i = 0; i < cases.length; i++) {
            const testCase = cases[i];
            if (testCase)
                (0,test_hash/* hashTestInto */.LS)(testCase, fileHighs, fileLows, i);
        }
        for (let i = 0; i < cases.length; i++) {
            const testCase = cases[i];
            if (!testCase)
                continue;
            const high = fileHighs[i] ?? 0;
            const low = fileLows[i] ?? 0;
            const earlier = this.find(testCase, high, low);
            if (earlier >= 0) {
                this.merge(earlier, testCase, file);
                continue;
            }
            const index = this.cases.length;
            if (index === this.highs.length)
                this.grow();
            this.highs[index] = high;
            this.lows[index] = low;
            this.fileOf[index] = file;
            this.cases.push(testCase);
            this.place(index, high);
        }
    }
    /** The index of the test with this identity, or -1. */
    find(testCase, high, low) {
        const slots = this.slots;
        const wrap = (this.mask << 1) | 1;
        // a slot is two entries, test index + 1 (0: empty) and its hash's high half: a probe reads one place
        for (let slot = (high & this.mask) << 1;; slot = (slot + 2) & wrap) {
            const held = slots[slot] ?? 0;
            if (held === 0)
                return -1;
            if (slots[slot + 1] === (high | 0) && this.lows[held - 1] === low && this.sameTest(held - 1, testCase))
                return held - 1;
        }
    }
    /** Enters the test at `index` in the table. */
    place(index, high) {
        const slots = this.slots;
        const wrap = (this.mask << 1) | 1;
        let slot = (high & this.mask) << 1;
        while (slots[slot] !== 0)
            slot = (slot + 2) & wrap;
        slots[slot] = index + 1;
        slots[slot + 1] = high;
    }
    /** The same identity: equal parts, or (rarely: a part holding the separator) equal joined ids. */
    sameTest(index, testCase) {
        const earlier = this.cases[index];
        if (earlier === undefined)
            return false;
        if (earlier.suite === testCase.suite && earlier.name === testCase.name && (earlier.file ?? '') === (testCase.file ?? ''))
            return true;
        return (0,model_tests/* testId */.ec)(earlier) === (0,model_tests/* testId */.ec)(testCase);
    }
    /** Folds another run of the test at `index` into it (a new object: the collectors' stay as read). */
    merge(index, next, nextFile) {
        const previous = this.cases[index];
        if (!previous)
            return;
        const runs = (previous.retries ?? 0) + (next.retries ?? 0) + 1;
        const passedOnce = previous.status === 'passed' || next.status === 'passed';
        const failedOnce = previous.status === 'failed' || previous.status === 'error' || next.status === 'failed' || next.status === 'error' || previous.flaky === true || next.flaky === true;
        const worse = STATUS_RANK[next.status] > STATUS_RANK[previous.status] ? next : previous;
        const shown = passedOnce ? (previous.status === 'passed' ? previous : next) : worse;
        const result = passedOnce ? { ...shown, status: 'passed' } : { ...shown };
        result.retries = runs;
        if (passedOnce && failedOnce)
            result.flaky = true;
        if (!result.message) {
            const message = worse.message ?? previous.message;
            if (message !== undefined)
                result.message = message;
        }
        result.durationMs = (previous.durationMs ?? 0) + (next.durationMs ?? 0);
        this.cases[index] = result;
        if (shown === next)
            this.fileOf[index] = nextFile;
    }
    grow() {
        const capacity = Math.max(16, this.highs.length * 2);
        const highs = new Uint32Array(capacity);
        const lows = new Uint32Array(capacity);
        const fileOf = new Uint32Array(capacity);
        highs.set(this.highs);
        lows.set(this.lows);
        fileOf.set(this.fileOf);
        this.highs = highs;
        this.lows = lows;
        this.fileOf = fileOf;
        const size = tableSize(capacity);
        if (size === this.mask + 1)
            return;
        this.slots = new Int32Array(size * 2);
        this.mask = size - 1;
        for (let i = 0; i < this.cases.length; i++)
            this.place(i, this.highs[i] ?? 0);
    }
}
/** A power of two at least twice the capacity: probe runs stay short. */
function tableSize(capacity) {
    let size = 16;
    while (size < capacity * 2)
        size *= 2;
    return size;
}

;// CONCATENATED MODULE: ./src/score/glob-match.ts
/**
 * Minimal glob matching for group patterns: `**` any path, `*` any run within a segment,
 * `?` one character, `{a,b}` alternatives. Pure, so scoring needs no file system.
 */
function globToRegExp(pattern) {
    let source = '';
    let i = 0;
    while (i < pattern.length) {
        const char = pattern.charAt(i);
        if (char === '*') {
            if (pattern[i + 1] === '*') {
                const slash = pattern[i + 2] === '/';
                source += slash ? '(?:.*/)?' : '.*';
                i += slash ? 3 : 2;
                continue;
            }
            source += '[^/]*';
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else if (char === '{') {
            const end = pattern.indexOf('}', i);
            if (end > i) {
                const options = pattern.slice(i + 1, end).split(',').map(escapeRegExp);
                source += `(?:${options.join('|')})`;
                i = end + 1;
                continue;
            }
            source += '\\{';
        }
        else {
            source += escapeRegExp(char);
        }
        i++;
    }
    return new RegExp(`^${source}$`, 'u');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Whether a source path matches a group's path pattern. Coverage tools often write absolute
 * paths (/home/runner/work/repo/repo/src/core/x.ts): a relative pattern also matches any
 * path that ends with a match, starting at a segment boundary.
 */
function pathMatches(pattern, filePath) {
    const normalized = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (pattern.test(normalized))
        return true;
    let slash = normalized.indexOf('/');
    while (slash !== -1) {
        if (pattern.test(normalized.slice(slash + 1)))
            return true;
        slash = normalized.indexOf('/', slash + 1);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/score/metrics.ts





/**
 * Merges what every readable evidence file says. The same test (suite + name + file) seen in
 * several files counts once (see MergedTests).
 */
function mergeEvidence(files) {
    const merged = {
        tests: null,
        uncountedTotals: (0,model_tests/* emptyTestTotals */.$T)(),
        coverage: null,
        coverageSources: [],
        testSources: [],
        benchmarks: null,
        findings: null,
        securityTotals: null,
        securitySources: [],
        custom: null,
    };
    const coverage = new Map();
    const tests = new MergedTests(caseCount(files));
    for (const file of files) {
        if (file.status !== 'ok' || !file.data)
            continue;
        for (const data of [file.data, ...(file.extra ?? [])]) {
            switch (data.kind) {
                case 'tests': {
                    merged.testSources.push(file.path);
                    merged.tests ??= tests;
                    if (data.cases.length === 0 && data.totals.total > 0) {
                        addTotals(merged.uncountedTotals, data.totals);
                        break;
                    }
                    tests.addFile(file.path, data.cases);
                    break;
                }
                case 'coverage': {
                    merged.coverageSources.push(file.path);
                    for (const fileCoverage of data.files) {
                        const previous = coverage.get(fileCoverage.path);
                        coverage.set(fileCoverage.path, previous ? mergeFileCoverage(previous, fileCoverage) : fileCoverage);
                    }
                    if (data.files.length === 0 && data.totals.lines.total + data.totals.branches.total + data.totals.functions.total > 0) {
                        // Totals-only formats (no per-file figures) still count.
                        coverage.set(`\u0000${file.path}`, { path: file.path, ...data.totals });
                    }
                    merged.coverage ??= [];
                    break;
                }
                case 'benchmarks':
                    merged.benchmarks ??= [];
                    for (const series of data.series)
                        merged.benchmarks.push({ ...series, evidence: file.path });
                    break;
                case 'security':
                    merged.securitySources.push(file.path);
                    merged.findings ??= [];
                    merged.securityTotals ??= (0,security/* emptySecurityTotals */.N)();
                    for (const key of ['critical', 'high', 'medium', 'low', 'total'])
                        merged.securityTotals[key] += data.totals[key];
                    for (const finding of data.findings)
                        merged.findings.push({ ...finding, evidence: file.path });
                    break;
                case 'custom':
                    merged.custom ??= {};
                    for (const metric of data.metrics) {
                        merged.custom[metric.name] = {
                            value: metric.value,
                            unit: metric.unit,
                            biggerIsBetter: metric.biggerIsBetter,
                            evidence: file.path,
                        };
                    }
                    break;
            }
        }
    }
    if (merged.coverage)
        merged.coverage = [...coverage.values()];
    return merged;
}
/** How many test cases the files list: the merged tests are at most that many. */
function caseCount(files) {
    let count = 0;
    for (const file of files) {
        if (file.status !== 'ok' || !file.data)
            continue;
        for (const data of [file.data, ...(file.extra ?? [])])
            if (data.kind === 'tests')
                count += data.cases.length;
    }
    return count;
}
function addTotals(into, add) {
    for (const key of Object.keys(into))
        into[key] += add[key];
}
function mergeFileCoverage(a, b) {
    if (a.lineNumbers && a.lineHits && b.lineNumbers && b.lineHits) {
        const hits = new Map();
        a.lineNumbers.forEach((line, i) => hits.set(line, a.lineHits?.[i] ?? 0));
        b.lineNumbers.forEach((line, i) => hits.set(line, Math.max(hits.get(line) ?? 0, b.lineHits?.[i] ?? 0)));
        const lineNumbers = [...hits.keys()].sort((x, y) => x - y);
        const lineHits = lineNumbers.map((line) => hits.get(line) ?? 0);
        return {
            path: a.path,
            lines: { covered: lineHits.filter((h) => h > 0).length, total: lineNumbers.length },
            branches: larger(a.branches, b.branches),
            functions: larger(a.functions, b.functions),
            lineNumbers,
            lineHits,
        };
    }
    // Without line detail the better-covered report of the same file is kept (shards overlap).
    return a.lines.covered >= b.lines.covered ? a : b;
}
function larger(a, b) {
    return b.covered > a.covered || (b.covered === a.covered && b.total > a.total) ? b : a;
}
function testMetrics(tests, extra) {
    const totals = (0,model_tests/* emptyTestTotals */.$T)();
    for (const testCase of tests)
        (0,model_tests/* addCase */.qK)(totals, testCase);
    if (extra)
        addTotals(totals, extra);
    totals.durationMs = (0,model_tests/* roundMs */.l9)(totals.durationMs);
    const ran = totals.total - totals.skipped;
    const passRate = ran > 0 ? Math.floor((totals.passed / ran) * 10000) / 100 : null;
    return { ...totals, passRate };
}
function coverageMetrics(files) {
    const totals = (0,coverage/* sumFiles */.hD)(files);
    return {
        lines: { ...totals.lines, pct: (0,coverage/* pctOf */.Dr)(totals.lines) },
        branches: { ...totals.branches, pct: (0,coverage/* pctOf */.Dr)(totals.branches) },
        functions: { ...totals.functions, pct: (0,coverage/* pctOf */.Dr)(totals.functions) },
    };
}
function groupMetrics(merged, group) {
    const result = {};
    if (merged.coverage && group.paths.length > 0) {
        const patterns = group.paths.map(globToRegExp);
        const files = merged.coverage.filter((file) => patterns.some((p) => pathMatches(p, file.path)));
        result.coverage = coverageMetrics(files);
    }
    if (merged.tests) {
        const members = merged.tests.cases.filter((t) => testInGroup(t, group));
        // A paths-only group has test metrics only when some test names a file inside it.
        if (group.tests.length > 0 || members.length > 0)
            result.tests = testMetrics(members);
    }
    return result;
}
/** A test is in a group when its name, suite or `suite name` matches a test pattern, or its file a path pattern. */
function testInGroup(test, group) {
    const names = [test.name, test.suite, `${test.suite} ${test.name}`];
    const testPatterns = group.tests.map((p) => globToRegExp(p.replace(/\//g, '\u2215')));
    if (testPatterns.some((p) => names.some((n) => p.test(n.replace(/\//g, '\u2215')))))
        return true;
    if (test.file && group.paths.length > 0) {
        return group.paths.map(globToRegExp).some((p) => pathMatches(p, test.file ?? ''));
    }
    return false;
}
function computeMetrics(merged, groups) {
    const metrics = { groups: {} };
    if (merged.tests)
        metrics.tests = testMetrics(merged.tests.cases, merged.uncountedTotals);
    if (merged.coverage)
        metrics.coverage = coverageMetrics(merged.coverage);
    if (merged.benchmarks)
        metrics.benchmarks = merged.benchmarks.map(({ evidence: _evidence, ...series }) => series);
    if (merged.securityTotals)
        metrics.security = { ...merged.securityTotals };
    if (merged.custom) {
        metrics.custom = Object.fromEntries(Object.entries(merged.custom).map(([name, { evidence: _evidence, ...metric }]) => [name, metric]));
    }
    for (const group of groups)
        metrics.groups[group.name] = groupMetrics(merged, group);
    return metrics;
}
function failingTests(merged, limit) {
    const shown = [];
    let total = 0;
    const tests = merged.tests;
    const cases = tests?.cases ?? [];
    for (let i = 0; i < cases.length; i++) {
        const t = cases[i];
        if (!t || (t.status !== 'failed' && t.status !== 'error'))
            continue;
        total++;
        if (shown.length >= limit || !tests)
            continue;
        shown.push({
            suite: t.suite,
            name: t.name,
            ...(t.file !== undefined ? { file: t.file } : {}),
            ...(t.line !== undefined ? { line: t.line } : {}),
            status: t.status === 'error' ? 'error' : 'failed',
            ...(t.message !== undefined ? { message: t.message } : {}),
            evidence: tests.evidenceOf(i),
        });
    }
    return { total, shown };
}
function flakyTests(merged, limit) {
    const shown = [];
    let total = 0;
    const tests = merged.tests;
    const cases = tests?.cases ?? [];
    for (let i = 0; i < cases.length; i++) {
        const t = cases[i];
        if (!t?.flaky)
            continue;
        total++;
        if (shown.length >= limit || !tests)
            continue;
        shown.push({
            suite: t.suite,
            name: t.name,
            ...(t.file !== undefined ? { file: t.file } : {}),
            retries: t.retries ?? 0,
            evidence: tests.evidenceOf(i),
        });
    }
    return { total, shown };
}

// EXTERNAL MODULE: ./src/score/baseline.ts
var baseline = __webpack_require__(35531);
// EXTERNAL MODULE: ./src/score/test-index.ts
var test_index = __webpack_require__(67829);
;// CONCATENATED MODULE: ./src/score/patch-coverage.ts

/**
 * Coverage of the changed lines: of the added/modified lines that the coverage report counts as
 * executable, how many ran. Coverage paths are often absolute or prefixed: a diff path matches a
 * coverage path equal to it or ending with `/<diff path>`.
 */
function patchCoverage(files, changed, source) {
    let covered = 0;
    let total = 0;
    const uncovered = [];
    for (const [path, lines] of changed) {
        const file = files.find((f) => samePath(f.path, path));
        if (!file?.lineNumbers || !file.lineHits)
            continue;
        const hits = new Map();
        file.lineNumbers.forEach((line, i) => hits.set(line, file.lineHits?.[i] ?? 0));
        const missed = [];
        for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
            const count = hits.get(line);
            if (count === undefined)
                continue;
            total++;
            if (count > 0)
                covered++;
            else
                missed.push(line);
        }
        if (missed.length > 0)
            uncovered.push({ path, ranges: toRanges(missed) });
    }
    return { lines: { covered, total, pct: (0,coverage/* pctOf */.Dr)({ covered, total }) }, uncovered, source };
}
function samePath(coveragePath, diffPath) {
    const a = coveragePath.replace(/\\/g, '/');
    return a === diffPath || a.endsWith(`/${diffPath}`);
}
/** [3,4,5,9] → ['3-5', '9']. */
function toRanges(lines) {
    const ranges = [];
    let start = lines[0];
    let previous = start;
    for (const line of lines.slice(1).concat([Number.NaN])) {
        if (previous !== undefined && line === previous + 1) {
            previous = line;
            continue;
        }
        if (start !== undefined && previous !== undefined)
            ranges.push(start === previous ? String(start) : `${start}-${previous}`);
        start = line;
        previous = line;
    }
    return ranges;
}

// EXTERNAL MODULE: ./src/model/expression.ts
var model_expression = __webpack_require__(60955);
// EXTERNAL MODULE: ./src/model/units.ts
var units = __webpack_require__(18766);
;// CONCATENATED MODULE: ./src/score/gaps.ts
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Smallest whole count `needed` so that (covered + needed) / total meets `target` percent. */
function countToReach(covered, total, targetPct, strict) {
    let needed = Math.max(0, Math.ceil((targetPct / 100) * total - covered - 1e-9));
    while (needed < total - covered && !(strict ? ((covered + needed) / total) * 100 > targetPct : ((covered + needed) / total) * 100 >= targetPct - 1e-9))
        needed++;
    return needed;
}
function describeGap(ref, result, metrics, context = { testNames: {} }) {
    const actual = result.actual ?? 0;
    const raising = result.op === '>=' || result.op === '>';
    if (ref.kind === 'coverage' && raising) {
        const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
        const counter = coverage?.[ref.field];
        if (counter && counter.total > 0) {
            const needed = countToReach(counter.covered, counter.total, result.target, result.op === '>');
            const noun = ref.field === 'lines' ? 'line' : ref.field === 'branches' ? 'branch' : 'function';
            const nouns = noun === 'branch' ? (needed === 1 ? 'branch' : 'branches') : plural(needed, noun).replace(/^\d+ /, '');
            return `${fmt(actual)}% → ${result.expression}: cover ${needed} more ${nouns} (${counter.covered}/${counter.total} now)`;
        }
    }
    if (ref.kind === 'tests') {
        const tests = ref.group === undefined ? metrics.tests : metrics.groups[ref.group]?.tests;
        if (tests && ref.field === 'passRate' && raising) {
            const ran = tests.total - tests.skipped;
            const needed = countToReach(tests.passed, ran, result.target, result.op === '>');
            return `${fmt(actual)}% → ${result.expression}: make ${plural(needed, 'more test')} pass (${tests.passed}/${ran} pass now)`;
        }
        if (!raising && (ref.field === 'failed' || ref.field === 'errors' || ref.field === 'flaky' || ref.field === 'skipped')) {
            const excess = excessOver(actual, result);
            const what = { failed: 'failing', errors: 'erroring', flaky: 'flaky', skipped: 'skipped' }[ref.field];
            const verb = ref.field === 'skipped' ? 'run or remove' : 'fix';
            const names = context.testNames[ref.field];
            const listed = ref.group === undefined && names && names.length > 0 ? `: ${names.slice(0, 3).join('; ')}${actual > 3 ? `; … and ${actual - 3} more` : ''}` : '';
            return `${fmt(actual)} → ${result.expression}: ${verb} ${plural(excess, `${what} test`)}${listed}`;
        }
    }
    if (ref.kind === 'security' && !raising) {
        const excess = excessOver(actual, result);
        return `${actual} → ${result.expression}: resolve ${plural(excess, `${ref.field === 'total' ? '' : `${ref.field} `}finding`)}`;
    }
    const unit = result.unit === 'count' ? '' : result.unit === '%' ? '%' : ` ${result.unit}`;
    const distance = Math.abs(result.target - actual);
    return `${fmt(actual)}${unit} → ${result.expression}: ${fmt(distance)}${unit} ${raising ? 'short' : 'over'}`;
}
function excessOver(actual, result) {
    if (result.op === '<')
        return Math.max(1, Math.floor(actual - result.target) + 1);
    if (result.op === '==' || result.op === '<=')
        return Math.max(1, Math.ceil(actual - result.target));
    return 1;
}
function fmt(value) {
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

;// CONCATENATED MODULE: ./src/score/benchmark-requirements.ts





/**
 * `benchmarks.<series>.<measure>` requirements. The series part may be a glob (`*`), giving one
 * result per matching series; values are converted to the requirement's unit (200ms vs ns/iter).
 */
function evaluateBenchmarkRequirement(level, requirement, merged) {
    if (requirement.ref.kind !== 'benchmarks')
        return [];
    const { series: namePattern, measure } = requirement.ref;
    const matcher = globToRegExp(namePattern.replace(/\//g, '\u2215'));
    const all = merged.benchmarks ?? [];
    const matching = all.filter((s) => matcher.test(s.name.replace(/\//g, '\u2215')) && (measure === undefined || s.measure === measure));
    // Without a measure, each series' first-listed measure is the one meant.
    const chosen = measure === undefined ? firstPerName(matching) : matching;
    const { expression } = requirement;
    if (chosen.length === 0) {
        return [
            {
                level,
                metric: requirement.metric,
                op: expression.op,
                target: expression.value,
                unit: expression.unit,
                expression: expression.text,
                actual: null,
                status: 'no-evidence',
                sources: [],
                gap: `no benchmark series matches ${requirement.metric}`,
            },
        ];
    }
    return chosen.map((series) => {
        const unit = expression.unit === '' ? series.unit : expression.unit;
        const actual = expression.unit === '' ? series.value : (0,units/* convertUnit */.oU)(series.value, series.unit, expression.unit);
        const metric = (0,metric_path/* joinMetricPath */.s8)(['benchmarks', series.name, series.measure]);
        const result = {
            level,
            metric,
            op: expression.op,
            target: expression.value,
            unit,
            expression: expression.text,
            actual: actual ?? null,
            status: 'no-evidence',
            sources: [series.evidence],
        };
        if (actual === undefined) {
            result.gap = `${series.name}: measured in ${series.unit}, which cannot be compared with ${expression.unit}`;
            return result;
        }
        result.status = (0,model_expression/* compare */.U)(actual, expression.op, expression.value) ? 'pass' : 'fail';
        if (result.status === 'fail') {
            const distance = Math.abs(actual - expression.value);
            const pct = expression.value !== 0 ? ` (${fmt((distance / Math.abs(expression.value)) * 100)}%)` : '';
            const better = series.biggerIsBetter ? 'more' : 'less';
            result.gap = `${fmt(actual)} ${unit} → ${expression.text}: needs ${fmt(distance)} ${unit}${pct} ${better}`;
        }
        return result;
    });
}
function firstPerName(series) {
    const seen = new Set();
    return series.filter((s) => (seen.has(s.name) ? false : (seen.add(s.name), true)));
}
/**
 * `regression.benchmarks.<series>[.<measure>]`: how much worse each matching series got since
 * the baseline, in %, counted only beyond the spread both runs measured (0 when within noise or
 * better). With `<= 10%` the requirement is the tolerance; the gap says which rule decided.
 */
function evaluateRegressionRequirement(level, requirement, deltas, merged) {
    if (requirement.ref.kind !== 'regression')
        return [];
    const { series: namePattern, measure } = requirement.ref;
    const matcher = globToRegExp(namePattern.replace(/\//g, '\u2215'));
    const matching = deltas.filter((d) => matcher.test(d.name.replace(/\//g, '\u2215')) && (measure === undefined || d.measure === measure));
    const chosen = measure === undefined ? firstPerName(matching) : matching;
    const { expression } = requirement;
    const base = { level, op: expression.op, target: expression.value, unit: '%', expression: expression.text };
    if (chosen.length === 0) {
        return [{ ...base, metric: requirement.metric, actual: null, status: 'no-evidence', sources: [], gap: `no benchmark series matching ${requirement.metric} exists in both this run and the baseline` }];
    }
    return chosen.map((d) => {
        const source = merged.benchmarks?.find((s) => s.name === d.name && s.measure === d.measure)?.evidence;
        const met = (0,model_expression/* compare */.U)(d.worsePct, expression.op, expression.value);
        const result = {
            ...base,
            metric: (0,metric_path/* joinMetricPath */.s8)(['regression', 'benchmarks', d.name, d.measure]),
            actual: d.worsePct,
            status: met ? 'pass' : 'fail',
            sources: source ? [source] : [],
        };
        if (!met) {
            result.gap = `${fmt(d.before)} → ${fmt(d.after)} ${d.unit}: ${fmt(d.worsePct)}% worse beyond the measured spread (${d.decidedBy} decided), allowed ${expression.text}`;
        }
        return result;
    });
}

;// CONCATENATED MODULE: ./src/score/requirements.ts



/** Test names a gap quotes, at most, per state. */
const GAP_NAMES = 3;
function sourcesOf(merged) {
    return {
        tests: merged.testSources,
        coverage: merged.coverageSources,
        security: merged.securitySources,
        custom: Object.fromEntries(Object.entries(merged.custom ?? {}).map(([name, m]) => [name, m.evidence])),
    };
}
const NO_COMPARISON = {
    delta: null,
    baseline: { source: 'none', sha: null, generatedAt: null, runId: null, branch: null },
};
function evaluateLevels(levels, metrics, merged, comparison = NO_COMPARISON) {
    const sources = sourcesOf(merged);
    const context = gapContextOf(merged);
    const results = [];
    for (const level of levels) {
        for (const requirement of level.requirements) {
            const { ref } = requirement;
            if ((ref.kind === 'delta' || ref.kind === 'regression') && comparison.delta === null) {
                results.push(notApplicable(level.name, requirement, comparison.baseline));
            }
            else if (ref.kind === 'regression') {
                results.push(...evaluateRegressionRequirement(level.name, requirement, comparison.delta?.benchmarks ?? [], merged));
            }
            else if (ref.kind === 'benchmarks') {
                results.push(...evaluateBenchmarkRequirement(level.name, requirement, merged));
            }
            else {
                results.push(evaluateRequirement(level.name, requirement, metrics, sources, context, comparison.delta));
            }
        }
    }
    return results;
}
/** The first few names of failed, errored, skipped and flaky tests, in one pass over the tests. */
function gapContextOf(merged) {
    const testNames = { failed: [], errors: [], skipped: [], flaky: [] };
    const label = (t) => (t.suite ? `${t.suite} › ${t.name}` : t.name);
    for (const t of merged.tests?.cases ?? []) {
        const list = t.status === 'failed' ? testNames.failed : t.status === 'error' ? testNames.errors : t.status === 'skipped' ? testNames.skipped : undefined;
        if (list && list.length < GAP_NAMES)
            list.push(label(t));
        if (t.flaky === true && testNames.flaky.length < GAP_NAMES)
            testNames.flaky.push(label(t));
    }
    return { testNames };
}
function notApplicable(level, requirement, baseline) {
    const where = baseline.branch ? ` on ${baseline.branch}` : '';
    return {
        level,
        metric: requirement.metric,
        op: requirement.expression.op,
        target: requirement.expression.value,
        unit: requirement.expression.unit === '%' ? '%' : '',
        expression: requirement.expression.text,
        actual: null,
        status: 'not-applicable',
        sources: [],
        gap: baseline.note ?? `no baseline to compare with (first run${where}?)`,
    };
}
function actualOf(ref, metrics, sources, delta) {
    switch (ref.kind) {
        case 'patch': {
            const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
            const patch = coverage?.patch;
            return { value: patch?.lines.pct ?? null, unit: '%', sources: patch ? sources.coverage : [] };
        }
        case 'delta': {
            if (ref.area === 'score')
                return { value: delta?.score ?? null, unit: '', sources: [] };
            if (ref.area === 'coverage')
                return { value: delta?.coverage[ref.field] ?? null, unit: 'pp', sources: sources.coverage };
            return { value: delta?.tests.counts?.[ref.field] ?? null, unit: 'count', sources: sources.tests };
        }
        case 'regression':
            return { value: null, unit: '%', sources: [] };
        case 'tests': {
            const tests = ref.group === undefined ? metrics.tests : metrics.groups[ref.group]?.tests;
            const unit = ref.field === 'passRate' ? '%' : ref.field === 'durationMs' ? 'ms' : 'count';
            // A group that matched no test has no evidence for its test metrics.
            const value = tests && (tests.total > 0 || ref.group === undefined) ? tests[ref.field] : null;
            return { value, unit, sources: tests ? sources.tests : [] };
        }
        case 'coverage': {
            const coverage = ref.group === undefined ? metrics.coverage : metrics.groups[ref.group]?.coverage;
            return { value: coverage?.[ref.field].pct ?? null, unit: '%', sources: coverage ? sources.coverage : [] };
        }
        case 'security':
            return { value: metrics.security?.[ref.field] ?? null, unit: 'count', sources: sources.security };
        case 'custom': {
            const metric = metrics.custom?.[ref.name];
            const source = sources.custom[ref.name];
            return { value: metric?.value ?? null, unit: metric?.unit ?? '', sources: source ? [source] : [] };
        }
        case 'benchmarks':
            return { value: null, unit: '', sources: [] };
    }
}
function evaluateRequirement(level, requirement, metrics, sources, context = { testNames: {} }, delta = null) {
    const actual = actualOf(requirement.ref, metrics, sources, delta);
    const { expression } = requirement;
    const unit = expression.unit === '%' ? '%' : actual.unit;
    const result = {
        level,
        metric: requirement.metric,
        op: expression.op,
        target: expression.value,
        unit,
        expression: expression.text,
        actual: actual.value,
        status: 'no-evidence',
        sources: actual.value === null ? [] : actual.sources,
    };
    if (actual.value === null) {
        result.gap =
            requirement.ref.kind === 'patch'
                ? 'no diff or no line coverage for the changed files: patch coverage needs both'
                : `no evidence measures ${requirement.metric}: add the file that does to the config's evidence`;
        return result;
    }
    result.status = (0,model_expression/* compare */.U)(actual.value, expression.op, expression.value) ? 'pass' : 'fail';
    if (result.status === 'fail')
        result.gap = describeGap(requirement.ref, result, metrics, context);
    return result;
}

;// CONCATENATED MODULE: ./src/score/certify.ts








/** Detail lists in the report are capped; totals stay exact. */
const DETAIL_LIMIT = 100;
/** Scores the evidence against the levels: the whole certification, as a pure function. */
function certify(input) {
    const { settings, files, subject, now } = input;
    const merged = mergeEvidence(files);
    const metrics = computeMetrics(merged, settings.groups);
    if (input.changes)
        addPatchCoverage(metrics, merged, settings, input.changes);
    const baselineInfo = input.baseline?.info ?? {
        source: 'none',
        sha: null,
        generatedAt: null,
        runId: null,
        branch: input.baselineBranch ?? null,
    };
    const delta = input.baseline ? (0,baseline/* compareEvidence */.NU)(merged, metrics, input.baseline, input.regressionTolerancePct ?? 10) : null;
    const requirements = evaluateLevels(settings.levels, metrics, merged, { delta, baseline: baselineInfo });
    const outcome = decideLevel(settings.levels, requirements);
    const categories = scoreCategories(metrics, requirements);
    const score = overallScore(categories);
    if (delta && input.baseline) {
        delta.score = score === null || input.baseline.score === null ? null : Math.round((score - input.baseline.score) * 10) / 10;
        delta.level.after = outcome.achieved;
    }
    const validUntil = new Date(now.getTime() + settings.validDays * 86_400_000);
    const findings = merged.findings ?? [];
    const severityRank = { critical: 0, high: 1, medium: 2, low: 3 };
    return {
        schemaVersion: 1,
        reportId: reportIdOf(subject, now, files),
        generatedAt: now.toISOString(),
        validUntil: validUntil.toISOString(),
        tool: { name: 'certify', version: input.version },
        subject,
        level: outcome.achieved,
        required: settings.required,
        passed: meetsRequired(settings.levels, outcome.achieved, settings.required),
        score,
        levels: outcome.levels,
        metrics,
        requirements,
        categories,
        evidence: files.map(toEvidenceRecord),
        unmatched: [...input.unmatched],
        failingTests: failingTests(merged, DETAIL_LIMIT),
        flakyTests: flakyTests(merged, DETAIL_LIMIT),
        findings: {
            total: merged.securityTotals?.total ?? 0,
            shown: [...findings]
                .sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
                .slice(0, DETAIL_LIMIT)
                .map(({ evidence: _evidence, ...finding }) => finding),
        },
        next: outcome.next,
        policy: {
            source: settings.source,
            levels: settings.levels.map((level) => ({
                name: level.name,
                ...(level.approves !== undefined ? { approves: level.approves } : {}),
                requirements: level.requirements.map((r) => ({ metric: r.metric, expression: r.expression.text })),
            })),
            groups: settings.groups.map((g) => ({ name: g.name, paths: [...g.paths], tests: [...g.tests] })),
            validDays: settings.validDays,
        },
        baseline: baselineInfo,
        delta,
        testIndex: (0,test_index/* testIndexOf */.A)(merged.tests),
        trend: (0,baseline/* trendOf */.RS)(input.history ?? [], {
            sha: subject.sha,
            generatedAt: now.toISOString(),
            score,
            lines: metrics.coverage?.lines.pct ?? null,
            benchmarks: metrics.benchmarks ?? [],
        }),
    };
}
function addPatchCoverage(metrics, merged, settings, changes) {
    if (!merged.coverage || !metrics.coverage)
        return;
    metrics.coverage.patch = patchCoverage(merged.coverage, changes.lines, changes.source);
    for (const group of settings.groups) {
        const coverage = metrics.groups[group.name]?.coverage;
        if (!coverage || group.paths.length === 0)
            continue;
        const patterns = group.paths.map(globToRegExp);
        const files = merged.coverage.filter((f) => patterns.some((p) => pathMatches(p, f.path)));
        coverage.patch = patchCoverage(files, changes.lines, changes.source);
    }
}
function toEvidenceRecord(file) {
    const { data: _data, extra: _extra, ...record } = file;
    return record;
}
/** A short id that names the commit and the evidence: same evidence at the same commit → same id. */
function reportIdOf(subject, now, files) {
    const date = now.toISOString().slice(0, 10).replace(/-/g, '');
    const sha = (subject.sha ?? 'local').slice(0, 7);
    let hash = 0x811c9dc5;
    for (const file of files) {
        for (let i = 0; i < file.sha256.length; i++) {
            hash ^= file.sha256.charCodeAt(i);
            hash = Math.imul(hash, 0x01000193) >>> 0;
        }
    }
    return `CERT-${date}-${sha}-${hash.toString(16).padStart(8, '0').slice(0, 6)}`;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Certify's version; a contract test keeps it equal to package.json. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/collect/diff/unified-diff.ts
var unified_diff = __webpack_require__(88700);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/compare-sources.ts







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Reads a baseline certification.json; an unusable one is reported, never fatal. */
async function baselineFromFile(file, cwd) {
    const absolute = external_node_path_default().resolve(cwd, file);
    try {
        // loaded here, not at start-up: the module builds the whole report schema when imported
        const { MAX_CERTIFICATION_BYTES } = await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 1891));
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
            return { lines: (0,unified_diff/* parseUnifiedDiff */.r)(await (0,promises_.readFile)(external_node_path_default().resolve(options.cwd, options.diffFile), 'utf8')), source: 'file' };
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
            return { lines: (0,unified_diff/* parseUnifiedDiff */.r)(stdout), source: 'git' };
        }
        catch (error) {
            return { note: `git diff ${options.diffBase}...HEAD failed (is the history fetched? use fetch-depth: 0): ${(0,errors/* messageOf */.bD)(error).split('\n')[0] ?? ''}` };
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __webpack_require__(15165);
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
    const certification = certify({
        settings,
        files: collected.files,
        unmatched,
        subject: options.subject,
        now: options.now ?? new Date(),
        version: VERSION,
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
    await (0,report_files/* writeFileAtomic */.Z)(jsonPath, (0,certification_json/* certificationJson */.v)(certification));
    await (0,report_files/* writeFileAtomic */.Z)(markdownPath, markdown);
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


/***/ }),

/***/ 35531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ compareEvidence),
/* harmony export */   RS: () => (/* binding */ trendOf),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony exports displayName, benchmarkDeltas, TREND_SERIES */
/* harmony import */ var _model_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44700);
/* harmony import */ var _test_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97529);



function displayName(test) {
    const name = test.suite ? `${test.suite} › ${test.name}` : test.name;
    return test.file ? `${name} (${test.file})` : name;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v) => (typeof v === 'string' ? v : null);
const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []);
/**
 * Reads the figures a comparison needs from an earlier certification.json, leniently: fields a
 * schema version lacks are simply absent from the comparison. Nothing in it is executed.
 */
function readBaseline(raw, info) {
    const report = isObject(raw) ? raw : {};
    const metrics = isObject(report['metrics']) ? report['metrics'] : {};
    const figures = {
        info: {
            ...info,
            sha: info.sha ?? (isObject(report['subject']) ? str(report['subject']['sha']) : null),
            generatedAt: info.generatedAt ?? str(report['generatedAt']),
        },
        level: str(report['level']),
        score: num(report['score']),
        failingNames: {},
    };
    const version = report['schemaVersion'];
    if (version !== 1)
        figures.info.note = `baseline schema version ${JSON.stringify(version ?? null)}: compared where its figures allow`;
    const tests = metrics['tests'];
    if (isObject(tests)) {
        const count = (key) => num(tests[key]) ?? 0;
        figures.tests = { total: count('total'), passed: count('passed'), failed: count('failed'), errors: count('errors'), skipped: count('skipped'), flaky: count('flaky') };
    }
    const coverage = metrics['coverage'];
    if (isObject(coverage)) {
        const pct = (key) => {
            const part = coverage[key];
            return isObject(part) ? num(part['pct']) : num(part);
        };
        figures.coverage = { lines: pct('lines'), branches: pct('branches'), functions: pct('functions') };
    }
    if (Array.isArray(metrics['benchmarks'])) {
        figures.benchmarks = metrics['benchmarks'].flatMap((s) => {
            if (!isObject(s))
                return [];
            const name = str(s['name']);
            const value = num(s['value']);
            if (name === null || value === null)
                return [];
            const spreadPct = isObject(s['spread']) ? num(s['spread']['pct']) : null;
            return [{
                    name,
                    measure: str(s['measure']) ?? 'value',
                    value,
                    unit: str(s['unit']) ?? '',
                    biggerIsBetter: s['biggerIsBetter'] === true,
                    ...(spreadPct !== null ? { spread: { pct: spreadPct } } : {}),
                }];
        });
    }
    const index = report['testIndex'];
    if (isObject(index))
        figures.testIndex = { passed: strings(index['passed']), failed: strings(index['failed']), skipped: strings(index['skipped']) };
    const failing = isObject(report['failingTests']) ? report['failingTests']['shown'] : undefined;
    if (Array.isArray(failing)) {
        for (const t of failing) {
            if (!isObject(t))
                continue;
            const test = { suite: str(t['suite']) ?? '', name: str(t['name']) ?? '', ...(str(t['file']) !== null ? { file: str(t['file']) ?? '' } : {}) };
            figures.failingNames[(0,_test_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashTestId */ .YJ)((0,_model_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .testId */ .ec)(test))] = displayName(test);
        }
    }
    const findings = isObject(report['findings']) ? report['findings']['shown'] : undefined;
    if (Array.isArray(findings)) {
        figures.findings = findings.filter(isObject).map((f) => ({
            ruleId: str(f['ruleId']) ?? '',
            severity: str(f['severity']) ?? '',
            ...(str(f['file']) !== null ? { file: str(f['file']) ?? '' } : {}),
            ...(num(f['line']) !== null ? { line: num(f['line']) ?? 0 } : {}),
        }));
    }
    return figures;
}
const round2 = (n) => Math.round(n * 100) / 100;
/**
 * Per-series change, direction-aware. A series got worse when its time grew or its rate fell;
 * it counts as a regression only when worse by more than `tolerancePct` AND by more than the
 * spread both runs measured (their ± percentages added), so noise is not a regression.
 */
function benchmarkDeltas(current, before, tolerancePct) {
    const earlier = new Map(before.map((s) => [`${s.name}\u0000${s.measure}`, s]));
    const deltas = [];
    for (const series of current) {
        const old = earlier.get(`${series.name}\u0000${series.measure}`);
        if (!old || old.value === 0 || old.unit !== series.unit)
            continue;
        const changePct = ((series.value - old.value) / Math.abs(old.value)) * 100;
        const worse = series.biggerIsBetter ? -changePct : changePct;
        const spread = (old.spread?.pct ?? 0) + (series.spread?.pct ?? 0);
        const threshold = Math.max(tolerancePct, spread);
        deltas.push({
            name: series.name,
            measure: series.measure,
            unit: series.unit,
            before: old.value,
            after: series.value,
            changePct: round2(changePct),
            regression: worse > threshold,
            decidedBy: spread > tolerancePct ? 'spread' : 'tolerance',
            worsePct: worse > spread ? round2(worse) : 0,
        });
    }
    return deltas;
}
/** What changed since the baseline, from the evidence (score and level are added after scoring). */
function compareEvidence(merged, metrics, baseline, tolerancePct) {
    const tests = merged.tests;
    const cases = tests?.cases ?? [];
    const delta = {
        tests: { newlyFailing: [], fixed: [], added: 0, removed: 0, byTest: Boolean(baseline.testIndex), counts: null },
        coverage: { lines: null, branches: null, functions: null },
        benchmarks: benchmarkDeltas(metrics.benchmarks ?? [], baseline.benchmarks ?? [], tolerancePct),
        security: null,
        score: null,
        level: { before: baseline.level, after: null },
    };
    if (metrics.tests && baseline.tests) {
        const now = metrics.tests;
        const was = baseline.tests;
        delta.tests.counts = {
            total: now.total - was.total,
            passed: now.passed - was.passed,
            failed: now.failed - was.failed,
            errors: now.errors - was.errors,
            skipped: now.skipped - was.skipped,
            flaky: now.flaky - was.flaky,
        };
    }
    if (baseline.testIndex) {
        const wasPassing = new Set(baseline.testIndex.passed);
        const wasFailing = new Set(baseline.testIndex.failed);
        const wasAny = new Set([...baseline.testIndex.passed, ...baseline.testIndex.failed, ...baseline.testIndex.skipped]);
        const nowAny = new Set();
        for (let i = 0; i < cases.length; i++) {
            const test = cases[i];
            if (!test || !tests)
                continue;
            const hash = tests.hashOf(i);
            nowAny.add(hash);
            const failing = test.status === 'failed' || test.status === 'error';
            if (!wasAny.has(hash))
                delta.tests.added++;
            if (failing && wasPassing.has(hash))
                delta.tests.newlyFailing.push(displayName(test));
            if (test.status === 'passed' && wasFailing.has(hash))
                delta.tests.fixed.push(displayName(test));
        }
        for (const hash of wasAny)
            if (!nowAny.has(hash))
                delta.tests.removed++;
    }
    if (metrics.coverage && baseline.coverage) {
        for (const key of ['lines', 'branches', 'functions']) {
            const now = metrics.coverage[key].pct;
            const was = baseline.coverage[key];
            delta.coverage[key] = now === null || was === null ? null : round2(now - was);
        }
    }
    if (merged.findings && baseline.findings) {
        const key = (f) => `${f.ruleId}\u0000${f.file ?? ''}\u0000${f.line ?? ''}`;
        const before = new Set(baseline.findings.map(key));
        const after = new Set(merged.findings.map(key));
        delta.security = {
            newFindings: [...after].filter((k) => !before.has(k)).length,
            fixedFindings: [...before].filter((k) => !after.has(k)).length,
        };
    }
    return delta;
}
/** At most this many benchmark series are charted; the first ones, in report order. */
const TREND_SERIES = 3;
/** The trend over earlier runs (oldest first) and this one. */
function trendOf(history, current) {
    if (history.length === 0)
        return null;
    const runs = [
        ...history.map((h) => ({ sha: h.info.sha, generatedAt: h.info.generatedAt, score: h.score, lines: h.coverage?.lines ?? null })),
        { sha: current.sha, generatedAt: current.generatedAt, score: current.score, lines: current.lines },
    ];
    const benchmarks = current.benchmarks.slice(0, TREND_SERIES).map((series) => ({
        name: series.name,
        measure: series.measure,
        unit: series.unit,
        values: [
            ...history.map((h) => h.benchmarks?.find((b) => b.name === series.name && b.measure === series.measure && b.unit === series.unit)?.value ?? null),
            series.value,
        ],
    }));
    return { runs, benchmarks };
}


/***/ })

};
;