"use strict";
exports.id = 155;
exports.ids = [155];
exports.modules = {

/***/ 13536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  coverageCollectors: () => (/* binding */ coverageCollectors)
});

// EXTERNAL MODULE: ./src/collect/read/detach.ts
var detach = __webpack_require__(18356);
// EXTERNAL MODULE: ./src/collect/read/xml.ts + 1 modules
var xml = __webpack_require__(28583);
;// CONCATENATED MODULE: ./src/collect/coverage/merged-lines.ts
/**
 * One source file's executable lines with their hit counts, kept as two sorted arrays (the line
 * detail FileCoverage carries) and merged one report section at a time: a line reported again
 * (another lcov record, another Cobertura class of the same file) counts once, with its highest
 * count. Two flat arrays per file stay far smaller than a map per file for large reports.
 */
class MergedLines {
    numbers = [];
    hits = [];
    get size() {
        return this.numbers.length;
    }
    /** Merges a section's lines (line number → hits, each line once). */
    merge(lines) {
        if (lines.size === 0)
            return;
        const entries = [...lines].sort((a, b) => a[0] - b[0]);
        this.mergeSorted(entries.map(([line]) => line), entries.map(([, count]) => count));
    }
    /**
     * Merges a section's lines given as ascending line numbers (each once) and their hits; the
     * arrays are taken over, not copied.
     */
    mergeSorted(numbers, hits) {
        if (numbers.length === 0)
            return;
        if (this.numbers.length === 0) {
            this.numbers = numbers;
            this.hits = hits;
            return;
        }
        const merged = mergeAscending(this.numbers, this.hits, this.numbers.length, numbers, hits, numbers.length);
        this.numbers = merged.keys;
        this.hits = merged.hits;
    }
    counter() {
        let covered = 0;
        for (const hits of this.hits)
            if (hits > 0)
                covered++;
        return { covered, total: this.numbers.length };
    }
}
/** Records a hit count (of a line, branch or function), keeping the highest of a repeated key. */
function keepHighest(counts, key, hits) {
    const previous = counts.get(key);
    if (previous === undefined || hits > previous)
        counts.set(key, hits);
}
/**
 * Two sequences of ascending keys (each key once) with their counts, as one: a key in both keeps
 * its highest count. Only the first `length` entries of each are read.
 */
function mergeAscending(keys, hits, length, otherKeys, otherHits, otherLength) {
    const merged = { keys: [], hits: [] };
    let i = 0;
    let j = 0;
    while (i < length || j < otherLength) {
        const ours = i < length ? (keys[i] ?? 0) : Number.POSITIVE_INFINITY;
        const theirs = j < otherLength ? (otherKeys[j] ?? 0) : Number.POSITIVE_INFINITY;
        if (ours < theirs) {
            merged.keys.push(ours);
            merged.hits.push(hits[i++] ?? 0);
        }
        else if (theirs < ours) {
            merged.keys.push(theirs);
            merged.hits.push(otherHits[j++] ?? 0);
        }
        else {
            merged.keys.push(ours);
            merged.hits.push(Math.max(hits[i++] ?? 0, otherHits[j++] ?? 0));
        }
    }
    return merged;
}

// EXTERNAL MODULE: ./src/collect/coverage/source-path.ts
var source_path = __webpack_require__(1878);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/coverage.ts
var coverage = __webpack_require__(56963);
;// CONCATENATED MODULE: ./src/collect/coverage/cobertura-xml.ts






/** One source file, over every <class> that names it (several classes can share a file). */
class CoberturaFile {
    path;
    lines = new MergedLines();
    /** Source line → its condition-coverage figures; the first report of a line is kept. */
    branchLines = new Map();
    /** class + method + signature + first line → covered. */
    methods = new Map();
    constructor(path) {
        this.path = path;
    }
    build() {
        const branches = (0,coverage/* emptyCounter */.qN)();
        for (const line of this.branchLines.values()) {
            branches.covered += line.covered;
            branches.total += line.total;
        }
        let covered = 0;
        for (const hit of this.methods.values())
            if (hit)
                covered++;
        const file = {
            path: this.path,
            lines: this.lines.counter(),
            branches,
            functions: { covered, total: this.methods.size },
        };
        if (this.lines.size > 0) {
            file.lineNumbers = this.lines.numbers;
            file.lineHits = this.lines.hits;
        }
        return file;
    }
}
/**
 * One class's lines (line → highest hits), merged into its file when the class ends: ascending
 * arrays while the lines come in order, as producers write them (no map entry or sort per
 * line), a map once a line repeats or goes back.
 */
class ClassLines {
    numbers = [];
    hits = [];
    unordered;
    add(number, hits) {
        if (this.unordered) {
            keepHighest(this.unordered, number, hits);
            return;
        }
        const count = this.numbers.length;
        if (count === 0 || number > (this.numbers[count - 1] ?? 0)) {
            this.numbers.push(number);
            this.hits.push(hits);
            return;
        }
        const unordered = new Map();
        for (let i = 0; i < count; i++)
            unordered.set(this.numbers[i] ?? 0, this.hits[i] ?? 0);
        keepHighest(unordered, number, hits);
        this.unordered = unordered;
    }
    mergeInto(lines) {
        if (this.unordered)
            lines.merge(this.unordered);
        else
            lines.mergeSorted(this.numbers, this.hits);
    }
}
/**
 * Cobertura XML as written by Cobertura, coverage.py, istanbul/nyc/jest, coverlet, gcovr,
 * simplecov-cobertura, scoverage, php-code-coverage, MATLAB and others.
 *
 * Paths are the classes' `filename` attributes as reported (relative to one of the `<sources>`
 * in nearly every producer); they are not joined with `<source>`, which is usually an absolute
 * path on the machine that ran the tests. Lines: each (file, line number) once, hits merged by
 * highest, line numbers below 1 ignored; a class's own `<lines>` are used, or its methods' lines
 * when it lists none. Branches: `condition-coverage="NN% (covered/total)"` on lines with
 * branch="true" (any case), once per (file, line). Functions: `<method>` elements with lines (one
 * function per class, name, signature and first line), covered when the method's `hits`
 * attribute (istanbul) or any of its lines is above 0; with no <method> elements at all, the
 * root's functions-valid/functions-covered (gcovr) give the totals.
 * The root's lines-valid/lines-covered/branches-valid/branches-covered are only compared, and a
 * difference is reported as a notice (istanbul's writer, for one, lists branches only on lines where
 * a statement starts, so its root can count branches that no <line> carries).
 */
const coberturaXmlCollector = {
    format: 'cobertura-xml',
    kind: 'coverage',
    producers: 'Cobertura, coverage.py `xml`, istanbul/nyc/jest/vitest `cobertura`, coverlet, ReportGenerator, gcovr `--xml`, simplecov-cobertura, scoverage, PHPUnit `--coverage-cobertura`, MATLAB',
    detect: detectCobertura,
    async parse({ chunks }) {
        const reader = new CoberturaReader();
        await (0,xml/* streamXml */.sq)(chunks, reader);
        return reader.finish();
    },
};
class CoberturaReader {
    files = new Map();
    diagnostics = [];
    root;
    depth = 0;
    openClass;
    openMethod;
    ignoredLines = 0;
    open(name, attributes) {
        this.depth++;
        if (this.depth === 1) {
            if (name !== 'coverage')
                throw new errors/* EvidenceParseError */.zS(`root element is <${name}>, not Cobertura's <coverage>`);
            this.root = attributes;
            return;
        }
        if (name === 'class')
            this.openClassElement(attributes);
        else if (name === 'method' && this.openClass)
            this.openMethodElement(attributes);
        else if (name === 'line' && this.openClass)
            this.lineElement(attributes, this.openClass);
    }
    close(name) {
        this.depth--;
        if (name === 'method' && this.openMethod && this.openClass) {
            const method = this.openMethod;
            this.openMethod = undefined;
            if (method.lines === 0 && method.hits === undefined)
                return; // nothing executable to count
            const covered = method.hits !== undefined ? method.hits > 0 : method.anyLineHit;
            const file = this.openClass.file;
            const id = `${method.id}\u0000${method.firstLine ?? ''}`;
            file.methods.set(id, (file.methods.get(id) ?? false) || covered);
        }
        else if (name === 'class' && this.openClass) {
            const open = this.openClass;
            this.openClass = undefined;
            if (open.ownLines === 0) {
                const { numbers, hits, branches } = open.methodLines;
                for (let i = 0; i < numbers.length; i++)
                    addLine(open, numbers[i] ?? 0, hits[i] ?? 0, branches[i]);
            }
            open.lines.mergeInto(open.file.lines);
        }
    }
    finish() {
        const data = (0,coverage/* coverageOf */._5)([...this.files.values()].map((file) => file.build()));
        if (this.ignoredLines > 0) {
            this.diagnostics.push({
                severity: 'notice',
                message: `${this.ignoredLines} <line> element(s) with a line number below 1 were ignored`,
            });
        }
        this.compareDeclared('lines', 'lines-covered', 'lines-valid', data.totals.lines);
        this.compareDeclared('branches', 'branches-covered', 'branches-valid', data.totals.branches);
        this.declaredFunctions(data);
        if (this.files.size === 0)
            this.diagnostics.push({ severity: 'warning', message: 'no <class> elements: no files' });
        return { data, diagnostics: this.diagnostics };
    }
    openClassElement(attributes) {
        const raw = attributes['filename'] ?? attributes['name'];
        if (raw === undefined || raw === '') {
            throw new errors/* EvidenceParseError */.zS('a <class> element has neither a filename nor a name attribute');
        }
        const path = (0,source_path/* normalizeSourcePath */.a)(raw);
        let file = this.files.get(path);
        if (!file) {
            file = new CoberturaFile(path);
            this.files.set(path, file);
        }
        this.openClass = {
            file,
            name: attributes['name'] ?? '',
            lines: new ClassLines(),
            ownLines: 0,
            methodLines: noMethodLines(),
        };
        this.openMethod = undefined;
    }
    openMethodElement(attributes) {
        const className = this.openClass?.name ?? '';
        const hits = attributes['hits'];
        this.openMethod = {
            // detached: a key built from attribute values would keep the decoded text they came from
            id: (0,detach/* detach */.Y)(`${className}\u0000${attributes['name'] ?? ''}\u0000${attributes['signature'] ?? ''}`),
            hits: hits === undefined ? undefined : this.number(hits, 'hits', '<method>'),
            firstLine: undefined,
            anyLineHit: false,
            lines: 0,
        };
    }
    /** Runs once per <line> (millions in big reports): no object or string built unless it fails. */
    lineElement(attributes, open) {
        const numberText = attributes['number'] ?? '';
        let number = plainDigitsValue(numberText);
        if (number === undefined) {
            number = Number(numberText);
            // (hundreds of digits pass the pattern and make Infinity)
            if (!/^\s*[-+]?\d+\s*$/.test(numberText) || !Number.isSafeInteger(number)) {
                throw new errors/* EvidenceParseError */.zS(`<line number="${numberText}"> in ${open.file.path}: line number is not an integer`);
            }
        }
        const hitsText = attributes['hits'] ?? '';
        const hits = plainDigitsValue(hitsText) ??
            this.number(hitsText, 'hits', `<line number="${numberText}"> in ${open.file.path}`);
        if (number < 1) {
            this.ignoredLines++;
            return;
        }
        const branches = branchesOf(attributes);
        if (this.openMethod) {
            this.openMethod.lines++;
            this.openMethod.firstLine ??= number;
            if (hits > 0)
                this.openMethod.anyLineHit = true;
            // The class's own <lines> normally repeat these; keep them only until we know.
            if (open.ownLines === 0) {
                const methodLines = open.methodLines;
                methodLines.numbers.push(number);
                methodLines.hits.push(hits);
                methodLines.branches.push(branches);
            }
        }
        else {
            if (open.ownLines === 0)
                open.methodLines = noMethodLines();
            open.ownLines++;
            addLine(open, number, hits, branches);
        }
    }
    number(text, attribute, element) {
        const value = Number(text);
        if (text.trim() === '' || !Number.isFinite(value)) {
            throw new errors/* EvidenceParseError */.zS(`${element}: ${attribute}="${text}" is not a number`);
        }
        return value;
    }
    /**
     * gcovr writes no <method> elements but counts functions on the root (functions-valid,
     * functions-covered): with no methods anywhere, those are the report's function totals.
     */
    declaredFunctions(data) {
        if ([...this.files.values()].some((file) => file.methods.size > 0))
            return;
        const covered = Number(this.root?.['functions-covered']);
        const total = Number(this.root?.['functions-valid']);
        if (!Number.isInteger(covered) || !Number.isInteger(total) || total < 0)
            return;
        data.totals.functions = { covered, total };
        this.diagnostics.push({
            severity: 'notice',
            message: `functions ${covered}/${total} are the root's functions-covered/functions-valid (no <method> elements, so no per-file function figures)`,
        });
    }
    compareDeclared(metric, coveredKey, totalKey, counted) {
        const covered = Number(this.root?.[coveredKey]);
        const total = Number(this.root?.[totalKey]);
        if (!Number.isFinite(covered) || !Number.isFinite(total))
            return;
        if (covered === counted.covered && total === counted.total)
            return;
        this.diagnostics.push({
            severity: 'notice',
            message: `the root element declares ${metric} ${covered}/${total} (${coveredKey}/${totalKey}); the <line> elements give ${counted.covered}/${counted.total}, which Certify reports`,
        });
    }
}
function addLine(open, number, hits, branches) {
    open.lines.add(number, hits);
    const { branchLines } = open.file;
    if (branches && !branchLines.has(number))
        branchLines.set(number, branches);
}
function noMethodLines() {
    return { numbers: [], hits: [], branches: [] };
}
/**
 * The value of a number written as 1 to 15 plain digits (what producers write), undefined for
 * anything else: callers then read it the general way. Saves a regular expression per <line>.
 */
function plainDigitsValue(text) {
    const length = text.length;
    if (length === 0 || length > 15)
        return undefined;
    let value = 0;
    for (let i = 0; i < length; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}
const CONDITION_COVERAGE = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;
function branchesOf(attributes) {
    const branch = attributes['branch'];
    if (branch === undefined || branch === 'false' || branch === 'False')
        return undefined;
    if (branch.trim().toLowerCase() !== 'true')
        return undefined;
    const match = CONDITION_COVERAGE.exec(attributes['condition-coverage'] ?? '');
    if (!match)
        return undefined;
    const covered = Number(match[1]);
    const total = Number(match[2]);
    return Number.isSafeInteger(covered) && Number.isSafeInteger(total) ? { covered, total } : undefined;
}
/**
 * Cobertura's root is <coverage>, as is Clover's: Clover has a `clover` attribute and a
 * <project> child; Cobertura has rate attributes and <packages>/<sources>.
 */
function detectCobertura(head) {
    if ((0,xml/* xmlRootElement */.c6)(head) !== 'coverage')
        return false;
    const rootTag = /<(?:[\w.-]+:)?coverage\b[^>]*>/.exec(head)?.[0] ?? '';
    if (/\sclover\s*=/.test(rootTag) || /<(?:[\w.-]+:)?project[\s>/]/.test(head))
        return false;
    return (/\s(?:line-rate|lines-valid|branch-rate)\s*=/.test(rootTag) ||
        /<(?:[\w.-]+:)?(?:packages|sources)[\s>/]/.test(head));
}

;// CONCATENATED MODULE: ./src/collect/coverage/istanbul-final-json.ts
/**
 * The start of a coverage-final.json: an object whose first member is a file path mapped to an
 * istanbul file coverage object (optionally wrapped in `data`).
 */
const FINAL_JSON_HEAD = /^\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"(?:path|statementMap|fnMap|branchMap|s|f|b|data|all|hash|_coverageSchema|inputSourceMap)"\s*:/;
/** istanbul's per-file JSON (`coverage-final.json`): statement, function and branch hit counts. */
const istanbulFinalJsonCollector = {
    format: 'istanbul-final-json',
    kind: 'coverage',
    producers: 'istanbul/nyc `--reporter=json`, jest `--coverageReporters=json`, vitest `coverage.reporter: json` (coverage-final.json)',
    detect(head) {
        return FINAL_JSON_HEAD.test(head) && /"statementMap"\s*:\s*\{/.test(head);
    },
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    async parse({ chunks }) {
        const { readIstanbulCoverageMap } = await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 37213));
        return readIstanbulCoverageMap(chunks, [], 'expected a JSON object of file paths mapped to istanbul coverage (coverage-final.json)');
    },
};

;// CONCATENATED MODULE: ./src/collect/coverage/istanbul-summary-json.ts
/** The json-summary reporter writes the "total" member first. */
const SUMMARY_HEAD = /^\s*\{\s*"total"\s*:\s*\{\s*"(?:lines|statements|functions|branches|branchesTrue)"\s*:\s*\{\s*"(?:total|covered|skipped|pct)"\s*:/;
/**
 * istanbul's `json-summary` (coverage-summary.json): covered/total lines, branches and functions
 * for the whole run ("total") and for each file (no line detail exists in this format). The
 * totals are the file's own "total"; the per-file figures serve groups.
 */
const istanbulSummaryJsonCollector = {
    format: 'istanbul-summary-json',
    kind: 'coverage',
    producers: 'istanbul/nyc `--reporter=json-summary`, jest `--coverageReporters=json-summary`, vitest `coverage.reporter: json-summary`',
    detect(head) {
        return SUMMARY_HEAD.test(head);
    },
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async ({ chunks }) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 75447))).parseIstanbulSummary(chunks),
};

// EXTERNAL MODULE: ./src/collect/read/lines.ts
var read_lines = __webpack_require__(59064);
;// CONCATENATED MODULE: ./src/collect/coverage/istanbul-text.ts



// eslint-disable-next-line no-control-regex -- terminal colour codes are what is being removed
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
// Blanks before "File" are spaces and tabs only: `^\s*` under /m would run across line breaks
// from every line start, quadratic on a head of blank lines.
const TABLE_HEADER = /^[ \t]*File[ \t]*\|\s*% Stmts\s*\|\s*% Branch\s*\|\s*% Funcs\s*\|\s*% Lines\b/m;
const SUMMARY_HEADER = /^=+ Coverage summary =+\s*$/m;
const SUMMARY_LINE = /^(Statements|Branches|Functions|Lines)\s*:\s*(?:[\d.]+|Unknown)%\s*\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;
const ALL_FILES_ROW = /^\s*All files\s*\|/;
const METRIC_OF_LABEL = {
    Statements: 'statements',
    Branches: 'branches',
    Functions: 'functions',
    Lines: 'lines',
};
/**
 * istanbul's console reporters as jest/nyc/vitest print them (`text` table, `text-summary` block).
 *
 * Only the text-summary block carries counts ("Lines : 78.57% ( 33/42 )"), so only it yields
 * figures: overall lines, branches and functions, with no per-file detail. The `text` table has
 * rounded percentages only; counts cannot be recovered from it, so a file with just the table
 * yields no figures (with a warning), and a table whose "All files" row disagrees with the
 * summary block is reported (the two come from different runs).
 */
const istanbulTextCollector = {
    format: 'istanbul-text',
    kind: 'coverage',
    producers: 'jest/nyc/vitest console output with `--coverageReporters=text-summary` (`text` table alone gives no counts)',
    detect(head) {
        const text = head.replace(ANSI_ESCAPE, '');
        if (/^\s*[<{[]/.test(text))
            return false;
        return TABLE_HEADER.test(text) || SUMMARY_HEADER.test(text);
    },
    async parse({ chunks }) {
        const reader = new TextReportReader();
        await (0,read_lines/* forEachLine */.FF)(chunks, (line, lineNumber) => {
            reader.line(line, lineNumber);
        });
        return reader.finish();
    },
};
class TextReportReader {
    summary = new Map();
    summaryAt = 0;
    inSummary = false;
    sawTable = false;
    tableRow;
    tableAt = 0;
    line(raw, lineNumber) {
        const line = raw.replace(ANSI_ESCAPE, '');
        if (SUMMARY_HEADER.test(line)) {
            if (this.summaryAt !== 0) {
                throw new errors/* EvidenceParseError */.zS(`a second "Coverage summary" block (the first is at line ${this.summaryAt}): several runs in one file; Certify cannot tell which is the result, split the file`, { line: lineNumber, column: 1 });
            }
            this.summaryAt = lineNumber;
            this.inSummary = true;
            return;
        }
        if (this.inSummary) {
            const match = SUMMARY_LINE.exec(line.trim());
            const metric = match ? METRIC_OF_LABEL[match[1] ?? ''] : undefined;
            const covered = Number(match?.[2]);
            const total = Number(match?.[3]);
            if (match && metric && Number.isSafeInteger(covered) && Number.isSafeInteger(total)) {
                this.summary.set(metric, { covered, total });
                return;
            }
            this.inSummary = false;
        }
        if (TABLE_HEADER.test(line))
            this.sawTable = true;
        else if (this.sawTable && !this.tableRow && ALL_FILES_ROW.test(line)) {
            this.tableRow = line.split('|').map((cell) => cell.trim());
            this.tableAt = lineNumber;
        }
    }
    finish() {
        const diagnostics = [];
        if (this.summaryAt === 0) {
            if (!this.sawTable) {
                throw new errors/* EvidenceParseError */.zS('no istanbul coverage table or "Coverage summary" block', {
                    line: 1,
                    column: 1,
                });
            }
            diagnostics.push({
                severity: 'warning',
                message: 'the istanbul text table has rounded percentages only, no counts: no coverage figures taken from it. Add the text-summary reporter, or use json-summary or lcov',
                position: { line: this.tableAt || 1 },
            });
            return { data: emptyEvidence(), diagnostics };
        }
        const missing = ['lines', 'branches', 'functions'].filter((metric) => !this.summary.has(metric));
        if (missing.length > 0) {
            diagnostics.push({
                severity: 'warning',
                message: `the Coverage summary block has no ${missing.join(', ')} line (truncated?)`,
                position: { line: this.summaryAt },
            });
        }
        const disagreement = this.tableRow ? compareTable(this.tableRow, this.summary) : undefined;
        if (disagreement) {
            diagnostics.push({
                severity: 'warning',
                message: `the table's "All files" row (${disagreement.table}) does not match the Coverage summary block (${disagreement.summary}): they come from different runs; the counts are taken from the summary block`,
                position: { line: this.tableAt },
            });
        }
        const data = emptyEvidence();
        data.totals = {
            lines: this.summary.get('lines') ?? (0,coverage/* emptyCounter */.qN)(),
            branches: this.summary.get('branches') ?? (0,coverage/* emptyCounter */.qN)(),
            functions: this.summary.get('functions') ?? (0,coverage/* emptyCounter */.qN)(),
        };
        return { data, diagnostics };
    }
}
function emptyEvidence() {
    return {
        kind: 'coverage',
        totals: { lines: (0,coverage/* emptyCounter */.qN)(), branches: (0,coverage/* emptyCounter */.qN)(), functions: (0,coverage/* emptyCounter */.qN)() },
        files: [],
    };
}
/** istanbul-lib-coverage's percent(): floored to two decimals, 100 for 0/0. */
function istanbulPercent(counter) {
    if (counter.total <= 0)
        return 100;
    return Math.floor((1000 * 100 * counter.covered) / counter.total / 10) / 100;
}
/** The table's columns after "File": % Stmts, % Branch, % Funcs, % Lines. */
const TABLE_COLUMNS = ['statements', 'branches', 'functions', 'lines'];
function compareTable(row, summary) {
    const table = [];
    const block = [];
    let differs = false;
    for (const [index, metric] of TABLE_COLUMNS.entries()) {
        const cell = Number(row[index + 1]);
        const counter = summary.get(metric);
        if (!counter || !Number.isFinite(cell))
            continue;
        const pct = istanbulPercent(counter);
        table.push(`${metric} ${cell}%`);
        block.push(`${metric} ${pct}%`);
        if (Math.abs(pct - cell) > 0.005)
            differs = true;
    }
    return differs ? { table: table.join(', '), summary: block.join(', ') } : undefined;
}

;// CONCATENATED MODULE: ./src/collect/coverage/jest-json-coverage.ts
/**
 * The `coverageMap` of a jest `--json --coverage` result: the same istanbul data as
 * coverage-final.json, keyed by absolute path. Only the map is built; the test results in the
 * same file are streamed past.
 *
 * Detection claims a file only when it has a coverageMap and no test results: a full jest
 * `--json` result carries both, and the jest JSON tests collector owns its detection.
 */
const jestJsonCoverageCollector = {
    format: 'jest-json-coverage',
    kind: 'coverage',
    producers: 'jest `--json --coverage` (its coverageMap)',
    detect(head) {
        return (/^\s*\{/.test(head) &&
            /"coverageMap"\s*:/.test(head) &&
            !/"testResults"\s*:/.test(head) &&
            !/"numTotalTests"\s*:/.test(head));
    },
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    async parse({ chunks }) {
        const { readIstanbulCoverageMap } = await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 37213));
        return readIstanbulCoverageMap(chunks, ['coverageMap'], 'no "coverageMap" object in this jest JSON (was jest run with --coverage?)');
    },
};

;// CONCATENATED MODULE: ./src/collect/coverage/compact-numbers.ts
/**
 * values[0, length) in the narrowest typed array that holds each exactly: line numbers and hit
 * counts are nearly always small non-negative integers, which need 1, 2 or 4 bytes instead of 8.
 * Anything else (fractions, negatives, -0, counts of 2^32 and more) keeps 8 bytes as a Float64Array.
 * With a slab, the array is carved out of the slab's shared buffers.
 */
function compactNumbers(values, length = values.length, slab) {
    let largest = 0;
    for (let i = 0; i < length; i++) {
        const value = values[i] ?? 0;
        // `>>> 0` keeps exactly the integers 0 to 2^32 - 1, and makes -0 a 0 (told apart by 1 / value)
        if (value >>> 0 !== value || (value === 0 && 1 / value < 0)) {
            largest = Number.POSITIVE_INFINITY;
            break;
        }
        if (value > largest)
            largest = value;
    }
    const compact = largest <= 0xff
        ? allocate(Uint8Array, length, slab)
        : largest <= 0xffff
            ? allocate(Uint16Array, length, slab)
            : largest <= 0xffff_ffff
                ? allocate(Uint32Array, length, slab)
                : allocate(Float64Array, length, slab);
    for (let i = 0; i < length; i++)
        compact[i] = values[i] ?? 0;
    return compact;
}
/**
 * How many of the values are above zero (hit lines, taken branches). An indexed loop: for…of
 * over typed arrays of several kinds allocates an iterator result per element.
 */
function countAboveZero(values) {
    const { length } = values;
    let count = 0;
    for (let i = 0; i < length; i++)
        if ((values[i] ?? 0) > 0)
            count++;
    return count;
}
function allocate(type, length, slab) {
    return slab ? slab.take(type, length) : new type(length);
}
/**
 * Room for many small typed arrays in shared buffers. Made one by one, each of the tens of
 * thousands of per-file arrays of a large report would get its own buffer object and its own
 * allocation outside the heap, which together weigh more than the numbers; carved from shared
 * slabs, each costs only its view. Arrays larger than an eighth of a slab get a buffer of their
 * own, so a slab wastes little when one does not fit. What a slab holds lives as long as any of
 * its views: fit for arrays that are kept to the end of a parse.
 */
class TypedArraySlab {
    slabBytes;
    buffer;
    used = 0;
    constructor(slabBytes = 1 << 20) {
        this.slabBytes = slabBytes;
    }
    take(type, length) {
        const size = type.BYTES_PER_ELEMENT;
        const bytes = length * size;
        if (bytes * 8 > this.slabBytes)
            return new type(length);
        let offset = Math.ceil(this.used / size) * size;
        if (!this.buffer || offset + bytes > this.buffer.byteLength) {
            this.buffer = new ArrayBuffer(this.slabBytes);
            offset = 0;
        }
        this.used = offset + bytes;
        return new type(this.buffer, offset, length);
    }
}
/**
 * A growable store of numbers (one section's keys and counts while it is read): doubles its typed
 * array when full, so appending allocates nothing per number.
 */
class NumberStore {
    values;
    length = 0;
    constructor(capacity = 1024) {
        this.values = new Float64Array(Math.max(capacity, 1));
    }
    push(value) {
        if (this.length === this.values.length) {
            const grown = new Float64Array(this.values.length * 2);
            grown.set(this.values);
            this.values = grown;
        }
        this.values[this.length++] = value;
    }
    at(index) {
        return this.values[index] ?? 0;
    }
    clear() {
        this.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/collect/coverage/packed-counts.ts

/**
 * Keys that are integers from 0 up with counts from 0 to 2^32 - 1 (nearly always), packed as
 * variable-length integers (7 bits a byte, the high bit saying another byte follows): each key as
 * its distance from the one before, then its count. Line numbers step by 1 to a few and most
 * counts are small, so an entry takes 2 to 4 bytes instead of 6 (16-bit line, 32-bit count) in
 * typed arrays, one typed array per file instead of two.
 */
class PackedCounts {
    bytes;
    length;
    covered;
    constructor(bytes, length, covered) {
        this.bytes = bytes;
        this.length = length;
        this.covered = covered;
    }
    unpack() {
        const numbers = [];
        const hits = [];
        const { bytes } = this;
        let at = 0;
        let key = 0;
        for (let left = this.length; left > 0; left--) {
            // two variable-length integers: the key's distance from the previous key, then the count
            let byte = bytes[at++] ?? 0;
            let value = byte & 0x7f;
            for (let scale = 128; byte >= 0x80; scale *= 128) {
                byte = bytes[at++] ?? 0;
                value += (byte & 0x7f) * scale;
            }
            key += value;
            byte = bytes[at++] ?? 0;
            value = byte & 0x7f;
            for (let scale = 128; byte >= 0x80; scale *= 128) {
                byte = bytes[at++] ?? 0;
                value += (byte & 0x7f) * scale;
            }
            numbers.push(key);
            hits.push(value);
        }
        return { numbers, hits };
    }
}
/** Counts that are not all such integers (fractions, negatives, -0, 2^32 and more), in typed arrays. */
class TypedCounts {
    keys;
    hits;
    covered;
    constructor(keys, hits) {
        this.keys = keys;
        this.hits = hits;
        this.covered = countAboveZero(hits);
    }
    get length() {
        return this.keys.length;
    }
    unpack() {
        return { numbers: Array.from(this.keys), hits: Array.from(this.hits) };
    }
}
/** Packs the counts of many files, carving each file's bytes out of a shared slab. */
class CountsPacker {
    slab;
    /** Where a file's bytes are written before their exact size is known (grown as needed). */
    scratch = new Uint8Array(64 * 1024);
    constructor(slab) {
        this.slab = slab;
    }
    /**
     * keys[0, length) (ascending, each once) with their counts; `onlyWhetherHit` keeps 1 or 0 per
     * key instead of its count (branches: whether each was taken is all the report counts).
     */
    pack(keys, counts, length, onlyWhetherHit) {
        // at most 8 bytes for a key distance below 2^53 and 5 for a count
        if (this.scratch.length < length * 16)
            this.scratch = new Uint8Array(length * 16);
        const bytes = this.scratch;
        let at = 0;
        let previous = 0;
        let covered = 0;
        for (let i = 0; i < length; i++) {
            const key = keys[i] ?? 0;
            const count = counts[i] ?? 0;
            const distance = key - previous;
            // keys: integers ascending from 0 up; counts: integers from 0 (not -0) to 2^32 - 1
            const small = count >>> 0;
            if (!(distance > 0 || (i === 0 && key === 0)) ||
                !Number.isSafeInteger(key) ||
                small !== count ||
                (small === 0 && 1 / count < 0)) {
                return this.typed(keys, counts, length, onlyWhetherHit);
            }
            previous = key;
            at = writeVarint(bytes, at, distance);
            at = writeVarint(bytes, at, onlyWhetherHit ? (small > 0 ? 1 : 0) : small);
            if (small > 0)
                covered++;
        }
        const packed = this.slab.take(Uint8Array, at);
        packed.set(bytes.subarray(0, at));
        return new PackedCounts(packed, length, covered);
    }
    typed(keys, counts, length, onlyWhetherHit) {
        let hits = counts;
        if (onlyWhetherHit) {
            const ran = new Uint8Array(length);
            for (let i = 0; i < length; i++)
                ran[i] = (counts[i] ?? 0) > 0 ? 1 : 0;
            hits = ran;
        }
        return new TypedCounts(compactNumbers(keys, length, this.slab), compactNumbers(hits, length, this.slab));
    }
}
/** Writes a non-negative integer below 2^53, 7 bits a byte (low bits first); returns the new end. */
function writeVarint(bytes, start, value) {
    let at = start;
    let rest = value;
    while (rest >= 0x80) {
        // `& 0x7f` reads the low bits of any integer below 2^53 exactly; `>>> 7` only below 2^32
        bytes[at++] = (rest & 0x7f) | 0x80;
        rest = rest < 0x1_0000_0000 ? rest >>> 7 : Math.floor(rest / 128);
    }
    bytes[at++] = rest;
    return at;
}

;// CONCATENATED MODULE: ./src/collect/coverage/lcov.ts







/**
 * lcov tracefiles (geninfo, istanbul/nyc/jest/vitest/c8, grcov, gcovr, coverage.py, cargo-llvm-cov,
 * Dart/Flutter, …), read as lcov's own tools read them:
 * - lines from DA records (a line listed twice counts once, with its highest count; lines below 1
 *   are no source line), branches from BRDA ('-' = never taken), functions from FN/FNDA (each FN
 *   record one function, same-named ones told apart by line, FNDA matched to them in order) or
 *   lcov 2's FNL/FNA (aliases of one function counting once);
 * - LF/LH, BRF/BRH, FNF/FNH only for a file with no DA, BRDA or function records (when a record has
 *   both and they disagree, the detail records win, as in `lcov --summary`, and a warning says so);
 * - a source file in several records (concatenated shards, several TN: test names) is one file:
 *   its records are merged, never added up.
 */
const lcovCollector = {
    format: 'lcov',
    kind: 'coverage',
    producers: 'lcov/geninfo, istanbul/nyc/jest/vitest/c8 `lcov` reporter, coverage.py `lcov`, grcov, gcovr `--lcov`, cargo-llvm-cov `--lcov`, Dart/Flutter `--coverage`',
    detect: detectLcov,
    async parse({ chunks }) {
        const reader = new LcovReader();
        const lineCount = await (0,read_lines/* scanLineBytes */.jF)(chunks, (bytes, start, end, lineNumber) => {
            if (!reader.fastLine(bytes, start, end)) {
                reader.line(bytes.toString('utf8', start, end), lineNumber);
            }
        });
        return reader.finish(lineCount);
    },
};
/** A file starts (after blank lines and # comments) with a TN:, SF: or VER: record and names a source file. */
function detectLcov(head) {
    for (const raw of head.split('\n', 50)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!/^(?:TN|SF|VER):/.test(line))
            return false;
        return /^SF:./m.test(head);
    }
    return false;
}
/**
 * Everything known about one source file, over every record naming it: lines, branches and
 * functions are sets merged by highest count, not sums. Branches whose ids are small integers
 * (nearly all) are kept like lines, keyed by one number, with only whether they were taken (all
 * the report counts); others by text. Rare kinds of detail get a map only when they occur.
 */
class LcovFile {
    path;
    lines;
    branches;
    namedBranches;
    /** Functions by line and name (FN/FNDA) and by lcov 2 FNL start line. */
    functions;
    functionLines;
    /**
     * The largest LF/LH, BRF/BRH, FNF/FNH seen (the fallback for a file with no detail records):
     * without detail records the union of several records cannot be known, and a sum would count
     * the same lines twice. Plain fields, not objects: tens of thousands of files keep them.
     */
    declaredLines = 0;
    declaredLinesHit = 0;
    declaredBranches = 0;
    declaredBranchesHit = 0;
    declaredFunctions = 0;
    declaredFunctionsHit = 0;
    /** SF records seen for this file so far. */
    records = 0;
    constructor(path) {
        this.path = path;
    }
    build() {
        const branches = this.branches || this.namedBranches
            ? addCounters(keyedCounter(this.branches), countHit(this.namedBranches))
            : { covered: this.declaredBranchesHit, total: this.declaredBranches };
        const functions = this.functions || this.functionLines
            ? addCounters(this.functions?.counter() ?? counter(), countHit(this.functionLines))
            : { covered: this.declaredFunctionsHit, total: this.declaredFunctions };
        if (!this.lines)
            return {
                path: this.path,
                lines: { covered: this.declaredLinesHit, total: this.declaredLines },
                branches,
                functions,
            };
        return (0,coverage/* withLineDetailFrom */.yF)({ path: this.path, lines: keyedCounter(this.lines), branches, functions }, this.lines);
    }
}
/**
 * The functions of a file once its first record is read: their names in one string (a name is
 * never a line break), their start lines, and whether each ran, which is all the report counts.
 * One string per file instead of a map entry and a string per function; a later record of the
 * same file (rare) unpacks it to merge, by key (see functionKeys), and keeps the keys.
 */
class FunctionNames {
    names;
    lines;
    ran;
    constructor(
    /** Names, or keys once merged (`lines` then undefined). */
    names, lines, ran) {
        this.names = names;
        this.lines = lines;
        this.ran = ran;
    }
    static ofRecord(functions, slab) {
        const lines = slab.take(Float64Array, functions.size);
        lines.set(functions.lines);
        return new FunctionNames(functions.names.join('\n'), lines, ranOf(functions.hits, functions.size, slab));
    }
    static ofKeys(keys, slab) {
        return new FunctionNames([...keys.keys()].join('\n'), undefined, ranOf([...keys.values()], keys.size, slab));
    }
    /** Key → 1 if it ran, else 0: the same "ran" as the highest count gives. */
    toMap() {
        const names = this.names.split('\n');
        const keys = this.lines ? functionKeys(names, this.lines) : names;
        const map = new Map();
        keys.forEach((key, i) => map.set(key, this.ran[i] ?? 0));
        return map;
    }
    counter() {
        return { covered: countAboveZero(this.ran), total: this.ran.length };
    }
}
function ranOf(hits, length, slab) {
    const ran = slab.take(Uint8Array, length);
    for (let i = 0; i < length; i++)
        ran[i] = (hits[i] ?? 0) > 0 ? 1 : 0;
    return ran;
}
/**
 * The keys functions of one file are merged by across its records: `<line>\u0001<name>`
 * (`\u0001<name>` for a function no FN record placed), `\u0001<n>` added to a key that repeats
 * (same-named functions on one line).
 */
function functionKeys(names, lines) {
    const taken = new Set();
    // key → the last <n> given to it, so that thousands of one key stay linear
    const repeats = new Map();
    return names.map((name, i) => {
        const line = lines[i] ?? Number.NaN;
        const key = Number.isNaN(line) ? `${LINELESS}${name}` : `${line}${LINELESS}${name}`;
        let unique = key;
        if (taken.has(unique)) {
            let n = repeats.get(key) ?? 1;
            do
                unique = `${key}${LINELESS}${++n}`;
            while (taken.has(unique));
            repeats.set(key, n);
        }
        taken.add(unique);
        return unique;
    });
}
/**
 * The functions of one record (FN, FNDA), each once with its highest count, in the order they
 * first came. A function is its name and start line: istanbul (nyc, jest, vitest, c8) names
 * functions as written, so two class methods called `area` in one file are two FN records with
 * one name and different lines, and istanbul counts both (FNF, its text summary). FNDA gives
 * only a name: the n-th FNDA of a name goes with the n-th FN of that name, as producers write them
 * in the same order. Names are nearly always unique in a record, so a name is looked up once per
 * record line and the rare repeated names are kept apart; records of the same file are merged by
 * line and name (functionKeys).
 */
class RecordFunctions {
    names = [];
    hits = [];
    /** Each function's start line (FN); NaN for one known only from an FNDA record so far. */
    lines = [];
    /** Name → the first function of that name. */
    index = new Map();
    /** Names of more than one function: those functions in FN order, and FNDA records matched so far. */
    sameNamed;
    /** The function the next FNDA line most likely names. */
    next = 0;
    get size() {
        return this.names.length;
    }
    /** FN:<line>,<name>. Each FN record is a function, as its producer counts it (FNF). */
    declare(line, name) {
        const first = this.index.get(name);
        if (first === undefined) {
            this.index.set(name, this.push(name, line, 0));
            return;
        }
        // The function an FNDA record named before any FN record did: only the first of a name can be.
        if (Number.isNaN(this.lines[first])) {
            this.lines[first] = line;
            return;
        }
        const group = this.sameNamed?.get(name);
        const functions = group?.functions ?? [first];
        functions.push(this.push(name, line, 0));
        if (!group)
            (this.sameNamed ??= new Map()).set(name, { functions, matched: 0 });
    }
    /** FNDA:<count>,<name> */
    hit(name, hits) {
        const first = this.index.get(name);
        if (first === undefined) {
            this.index.set(name, this.push(name, Number.NaN, hits));
            return;
        }
        const group = this.sameNamed?.get(name);
        const i = group ? (group.functions[group.matched++ % group.functions.length] ?? first) : first;
        if (hits > (this.hits[i] ?? 0))
            this.hits[i] = hits;
        this.next = i + 1;
    }
    /**
     * Records `hits` for the function named by the ASCII bytes[start, end) when it is the next
     * expected one and the only function of that name, and true; false (nothing recorded) otherwise.
     */
    addNext(bytes, start, end, hits) {
        const i = this.next;
        const name = this.names[i];
        if (name?.length !== end - start)
            return false;
        for (let k = 0; k < name.length; k++) {
            if (name.charCodeAt(k) !== bytes[start + k])
                return false;
        }
        if (this.sameNamed?.has(name))
            return false;
        if (hits > (this.hits[i] ?? 0))
            this.hits[i] = hits;
        this.next = i + 1;
        return true;
    }
    counter() {
        return { covered: countAboveZero(this.hits), total: this.names.length };
    }
    push(name, line, hits) {
        this.names.push(name);
        this.lines.push(line);
        this.hits.push(hits);
        return this.names.length - 1;
    }
}
const SUMMARY_KEYS = [
    'LF',
    'LH',
    'BRF',
    'BRH',
    'FNF',
    'FNH',
];
const isSummaryKey = (key) => SUMMARY_KEYS.includes(key);
const DETAIL_KEYS = new Set(['DA', 'BRDA', 'FN', 'FNDA', 'FNL', 'FNA']);
/** Record types that carry nothing Certify counts (test name, version, MC/DC conditions). */
const IGNORED_KEYS = new Set(['TN', 'VER', 'MCDC', 'MCF', 'MCH']);
const INTEGER = /^-?\d+$/;
// Digits and exponent bounded so every count is a finite number (a 400-digit count or 1e999 is Infinity).
const COUNT = /^[-+]?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})(?:[eE][-+]?\d{1,2})?$/;
const FUNCTION = /^(-?\d+),(?:-?\d+,)?(.+)$/;
/**
 * Counts of one section keyed by a number (line numbers, branch ids): appended to growable
 * stores in order (tracefiles list them ascending), so they merge into the file without a map
 * or a sort; a section that repeats a key or goes back falls back to a map (highest count kept).
 * The stores are shared by all sections: they come one after another.
 */
class SectionCounts {
    keys;
    hits;
    packer;
    last = -1;
    /** How many of the ordered counts are above zero (counted as they come: no second pass). */
    covered = 0;
    unordered;
    constructor(keys, hits, packer) {
        this.keys = keys;
        this.hits = hits;
        this.packer = packer;
        keys.clear();
        hits.clear();
    }
    add(key, hits) {
        if (this.unordered) {
            keepHighest(this.unordered, key, hits);
        }
        else if (key > this.last) {
            this.keys.push(key);
            this.hits.push(hits);
            this.last = key;
            if (hits > 0)
                this.covered++;
        }
        else {
            const unordered = new Map();
            for (let i = 0; i < this.keys.length; i++)
                unordered.set(this.keys.at(i), this.hits.at(i));
            this.unordered = unordered;
            keepHighest(unordered, key, hits);
        }
    }
    get size() {
        return this.unordered ? this.unordered.size : this.keys.length;
    }
    counter() {
        if (this.unordered)
            return countHit(this.unordered);
        return { covered: this.covered, total: this.keys.length };
    }
    /**
     * The file's counts with this section's merged in (a key in both keeps the highest count).
     * `onlyWhetherHit` keeps 1 or 0 per key instead of its count (for branches).
     */
    mergeInto(into, onlyWhetherHit) {
        if (this.size === 0)
            return into;
        let keys = this.keys.values;
        let hits = this.hits.values;
        let length = this.keys.length;
        if (this.unordered) {
            const entries = [...this.unordered].sort((a, b) => a[0] - b[0]);
            keys = entries.map(([key]) => key);
            hits = entries.map(([, count]) => count);
            length = entries.length;
        }
        if (into) {
            const before = into.unpack();
            const merged = mergeAscending(before.numbers, before.hits, before.numbers.length, keys, hits, length);
            keys = merged.keys;
            hits = merged.hits;
            length = merged.keys.length;
        }
        return this.packer.pack(keys, hits, length, onlyWhetherHit);
    }
}
function keyedCounter(counts) {
    if (!counts)
        return counter();
    return { covered: counts.covered, total: counts.length };
}
/** One SF … end_of_record section while it is read. */
class LcovRecord {
    file;
    startLine;
    lines;
    branches;
    // rare kinds of detail: a map only once one occurs (a record is read per source file)
    namedBranches;
    functions = new RecordFunctions();
    functionLines;
    /** lcov 2 FNL index → function id within this record. */
    functionIndex;
    declared = {};
    slab;
    constructor(file, startLine, stores) {
        this.file = file;
        this.startLine = startLine;
        this.slab = stores.slab;
        this.lines = new SectionCounts(stores.lineKeys, stores.lineHits, stores.packer);
        this.branches = new SectionCounts(stores.branchKeys, stores.branchHits, stores.packer);
        file.records++;
    }
    /** Moves this record into its file; returns how its own summaries disagree with its detail. */
    close() {
        const { file, declared } = this;
        const branchCount = this.branches.size + (this.namedBranches?.size ?? 0);
        const differences = [
            disagreement('LF/LH', 'DA', declared.LF, declared.LH, this.lines.size > 0 ? this.lines.counter() : undefined),
            disagreement('BRF/BRH', 'BRDA', declared.BRF, declared.BRH, branchCount > 0
                ? addCounters(this.branches.counter(), countHit(this.namedBranches))
                : undefined),
            disagreement('FNF/FNH', 'function', declared.FNF, declared.FNH, this.functions.size + (this.functionLines?.size ?? 0) > 0
                ? addCounters(this.functions.counter(), countHit(this.functionLines))
                : undefined),
        ].filter((text) => text !== '');
        file.lines = this.lines.mergeInto(file.lines, false);
        file.branches = this.branches.mergeInto(file.branches, true);
        file.namedBranches = mergeHits(file.namedBranches, this.namedBranches);
        file.functionLines = mergeHits(file.functionLines, this.functionLines);
        const { functions } = this;
        if (functions.size > 0 && file.functions) {
            const merged = file.functions.toMap();
            mergeFunctions(merged, functionKeys(functions.names, functions.lines), functions.hits);
            file.functions = FunctionNames.ofKeys(merged, this.slab);
        }
        else if (functions.size > 0) {
            file.functions = FunctionNames.ofRecord(functions, this.slab);
        }
        file.declaredLines = Math.max(file.declaredLines, declared.LF ?? 0);
        file.declaredLinesHit = Math.max(file.declaredLinesHit, declared.LH ?? 0);
        file.declaredBranches = Math.max(file.declaredBranches, declared.BRF ?? 0);
        file.declaredBranchesHit = Math.max(file.declaredBranchesHit, declared.BRH ?? 0);
        file.declaredFunctions = Math.max(file.declaredFunctions, declared.FNF ?? 0);
        file.declaredFunctionsHit = Math.max(file.declaredFunctionsHit, declared.FNH ?? 0);
        return differences;
    }
}
/**
 * A file's functions with a later record's merged in (highest count kept), by key. A function
 * known only from FNDA (key without a line) is the file's function of that name if it has one;
 * a function with a line takes the place of the file's lineless one of its name.
 */
function mergeFunctions(into, keys, hits) {
    // Name → a key of that name in `into`, made once, so that each function is a lookup.
    const byName = new Map();
    for (const key of into.keys()) {
        const name = functionName(key);
        if (!byName.has(name))
            byName.set(name, key);
    }
    keys.forEach((key, i) => {
        const count = hits[i] ?? 0;
        if (into.has(key)) {
            keepHighest(into, key, count);
            return;
        }
        const name = functionName(key);
        const known = byName.get(name);
        if (key.startsWith(LINELESS)) {
            if (known !== undefined) {
                keepHighest(into, known, count);
            }
            else {
                into.set(key, count);
                byName.set(name, key);
            }
            return;
        }
        const lineless = `${LINELESS}${name}`;
        const before = into.get(lineless);
        if (before !== undefined)
            into.delete(lineless);
        into.set(key, Math.max(count, before ?? 0));
        if (known === undefined || known === lineless)
            byName.set(name, key);
    });
}
/** Function keys are `<line>\u0001<name>[\u0001<n>]`; an FNDA-only function has no line. */
const LINELESS = '\u0001';
function functionName(key) {
    return key.split(LINELESS, 2)[1] ?? '';
}
/** A file's map with a record's merged in (highest count kept); none while both are empty. */
function mergeHits(into, from) {
    if (!from || from.size === 0)
        return into;
    if (!into)
        return from;
    for (const [id, hits] of from)
        keepHighest(into, id, hits);
    return into;
}
/**
 * Reads the records of a tracefile. The frequent ones in their usual shape (DA, BRDA, FN, FNDA
 * and the summaries with plain numbers) are read straight from the bytes: millions of lines with
 * no decoding, string, split or regular expression per line. Every other line, and any frequent
 * one in an unusual shape, is decoded and read by `line`, which knows the whole format.
 */
class LcovReader {
    files = new Map();
    diagnostics = [];
    record;
    ignoredLines = 0;
    firstIgnored = 0;
    disagreeingRecords = 0;
    firstDisagreement;
    stores = LcovReader.sectionStores();
    static sectionStores() {
        const slab = new TypedArraySlab();
        return {
            lineKeys: new NumberStore(),
            lineHits: new NumberStore(),
            branchKeys: new NumberStore(),
            branchHits: new NumberStore(),
            slab,
            packer: new CountsPacker(slab),
        };
    }
    /**
     * The line bytes[start, end) when it is a frequent record in its usual shape (ASCII, no
     * surrounding space, inside an SF section): read, and true. False leaves it to `line`.
     */
    fastLine(bytes, start, end) {
        const record = this.record;
        if (!record || end - start < 4 || (bytes[end - 1] ?? 0) <= 32)
            return false;
        // the line end is never a letter or ':', so matching a prefix needs no length check
        switch (bytes[start]) {
            case 68: // DA:
                return (bytes[start + 1] === 65 &&
                    bytes[start + 2] === 58 &&
                    daBytes(record, bytes, start + 3, end));
            case 66: // BRDA:, BRF:, BRH:
                if (bytes[start + 1] !== 82)
                    return false;
                if (bytes[start + 2] === 68 && bytes[start + 3] === 65 && bytes[start + 4] === 58)
                    return brdaBytes(record, bytes, start + 5, end);
                if (bytes[start + 3] !== 58)
                    return false;
                if (bytes[start + 2] === 70)
                    return summaryBytes(record, 'BRF', bytes, start + 4, end);
                return bytes[start + 2] === 72 && summaryBytes(record, 'BRH', bytes, start + 4, end);
            case 70: // FN:, FNDA:, FNF:, FNH:
                if (bytes[start + 1] !== 78)
                    return false;
                if (bytes[start + 2] === 58)
                    return fnBytes(record, bytes, start + 3, end);
                if (bytes[start + 2] === 68 && bytes[start + 3] === 65 && bytes[start + 4] === 58)
                    return fndaBytes(record, bytes, start + 5, end);
                if (bytes[start + 3] !== 58)
                    return false;
                if (bytes[start + 2] === 70)
                    return summaryBytes(record, 'FNF', bytes, start + 4, end);
                return bytes[start + 2] === 72 && summaryBytes(record, 'FNH', bytes, start + 4, end);
            case 76: // LF:, LH:
                if (bytes[start + 2] !== 58)
                    return false;
                if (bytes[start + 1] === 70)
                    return summaryBytes(record, 'LF', bytes, start + 3, end);
                return bytes[start + 1] === 72 && summaryBytes(record, 'LH', bytes, start + 3, end);
            case 101: // end_of_record
                if (end - start !== 13 || bytes.toString('latin1', start, end) !== 'end_of_record')
                    return false;
                this.closeRecord();
                return true;
            default:
                return false;
        }
    }
    /** Any line, decoded: the whole format, and every message about malformed records. */
    line(raw, lineNumber) {
        const hasOuterSpace = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32);
        const line = hasOuterSpace ? raw.trim() : raw;
        if (line === '' || line.startsWith('#'))
            return;
        if (line === 'end_of_record') {
            this.closeRecord();
            return;
        }
        const colon = line.indexOf(':');
        const key = colon > 0 ? line.slice(0, colon) : '';
        const value = line.slice(colon + 1);
        const fail = (reason) => {
            throw new errors/* EvidenceParseError */.zS(`${reason}: '${clip(line)}'`, { line: lineNumber, column: 1 });
        };
        if (key === 'SF') {
            if (this.record) {
                this.diagnostics.push({
                    severity: 'warning',
                    message: `SF:${this.record.file.path} has no end_of_record before the next SF: record; it was ended there`,
                    position: { line: lineNumber },
                });
                this.closeRecord();
            }
            if (value === '')
                fail('SF: record without a file path');
            this.record = new LcovRecord(this.fileFor((0,source_path/* normalizeSourcePath */.a)(value)), lineNumber, this.stores);
            return;
        }
        if (IGNORED_KEYS.has(key))
            return;
        if (!DETAIL_KEYS.has(key) && !isSummaryKey(key)) {
            this.ignoredLines++;
            if (this.firstIgnored === 0)
                this.firstIgnored = lineNumber;
            return;
        }
        const record = this.record;
        if (!record)
            return fail(`${key}: record outside a source file section (no SF: before it)`);
        switch (key) {
            case 'DA': {
                // DA:<line>,<count>[,<checksum>]; line numbers below 1 are no source line
                const [lineText = '', countText = ''] = value.split(',', 2);
                const sourceLine = integerAt(lineText, 0, lineText.length);
                if (Number.isNaN(sourceLine) || !COUNT.test(countText)) {
                    return fail('DA: record is not <line>,<count>');
                }
                if (sourceLine >= 1)
                    record.lines.add(sourceLine, Number(countText));
                return;
            }
            case 'BRDA': {
                // BRDA:<line>,[e]<block>,<branch>,<taken>; lcov 2 branch ids may be expressions with commas
                const fields = value.split(',');
                const taken = fields[fields.length - 1] ?? '';
                if (fields.length < 4 ||
                    !INTEGER.test(fields[0] ?? '') ||
                    (taken !== '-' && !COUNT.test(taken))) {
                    fail('BRDA: record is not <line>,<block>,<branch>,<taken>');
                }
                const hits = taken === '-' ? 0 : Number(taken);
                const branch = fields.slice(2, -1).join(',');
                const id = branchNumber(fields[0] ?? '', fields[1] ?? '', branch);
                if (id >= 0)
                    record.branches.add(id, hits);
                else
                    keepHighest((record.namedBranches ??= new Map()), `${fields[0] ?? ''},${fields[1] ?? ''},${branch}`, hits);
                return;
            }
            case 'FN': {
                // FN:<start line>,[<end line>,]<name>
                const match = FUNCTION.exec(value);
                if (!match?.[1] || !match[2])
                    return fail('FN: record is not <line>,<name>');
                record.functions.declare(Number(match[1]), match[2]);
                return;
            }
            case 'FNDA': {
                // FNDA:<count>,<name>
                const comma = value.indexOf(',');
                const countText = value.slice(0, comma);
                if (comma <= 0 || comma === value.length - 1 || !COUNT.test(countText)) {
                    fail('FNDA: record is not <count>,<name>');
                }
                record.functions.hit(value.slice(comma + 1), Number(countText));
                return;
            }
            case 'FNL': {
                // lcov 2: FNL:<index>,<start line>[,<end line>] is one function, whatever its aliases;
                // lcov 2 itself knows a function by its start line (records merged by it)
                const [index = '', start = ''] = value.split(',');
                if (!INTEGER.test(index) || !INTEGER.test(start))
                    fail('FNL: record is not <index>,<line>');
                const id = String(Number(start));
                (record.functionIndex ??= new Map()).set(index, id);
                keepHighest((record.functionLines ??= new Map()), id, 0);
                return;
            }
            case 'FNA': {
                // lcov 2: FNA:<index>,<count>,<alias name>
                const [index = '', countText = ''] = value.split(',', 2);
                if (!COUNT.test(countText))
                    fail('FNA: record is not <index>,<count>,<name>');
                const id = record.functionIndex?.get(index);
                if (id === undefined)
                    return fail(`FNA: record for function index ${index} without an FNL: record`);
                keepHighest((record.functionLines ??= new Map()), id, Number(countText));
                return;
            }
            default: {
                if (!isSummaryKey(key))
                    return;
                if (!/^\d{1,15}$/.test(value))
                    fail(`${key}: record is not a count`);
                record.declared[key] = Number(value);
            }
        }
    }
    finish(lineCount) {
        if (this.record) {
            this.diagnostics.push({
                severity: 'warning',
                message: `the file ends inside the record for SF:${this.record.file.path} (no end_of_record): truncated? What it holds was counted`,
                position: { line: lineCount },
            });
            this.closeRecord();
        }
        if (this.disagreeingRecords > 0 && this.firstDisagreement) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.disagreeingRecords} record(s) declare summaries that differ from their own records, which are counted (as lcov does); the first: ${this.firstDisagreement.text}`,
                position: { line: this.firstDisagreement.line },
            });
        }
        if (this.ignoredLines > 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.ignoredLines} line(s) that are not lcov records were ignored`,
                position: { line: this.firstIgnored },
            });
        }
        if (this.files.size === 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: 'no source file records (SF:) in this lcov file',
            });
        }
        const files = [...this.files.values()].map((file) => file.build());
        return { data: (0,coverage/* coverageOf */._5)(files), diagnostics: this.diagnostics };
    }
    fileFor(path) {
        let file = this.files.get(path);
        if (!file) {
            file = new LcovFile(path);
            this.files.set(path, file);
        }
        return file;
    }
    closeRecord() {
        const record = this.record;
        if (!record)
            return;
        this.record = undefined;
        const differences = record.close();
        if (differences.length === 0)
            return;
        this.disagreeingRecords++;
        this.firstDisagreement ??= {
            text: `SF:${record.file.path} ${differences.join('; ')}`,
            line: record.startLine,
        };
    }
}
/**
 * "BRF/BRH 5/6 but BRDA 6/7" when a record's summary and detail records disagree, else ''.
 * `counted` is undefined when the record has no detail records of that kind.
 */
function disagreement(summary, detail, total, covered, counted) {
    if (total === undefined || counted === undefined)
        return '';
    if (counted.total === total && (covered === undefined || counted.covered === covered))
        return '';
    return `${summary} ${covered ?? '?'}/${total} but ${detail} records ${counted.covered}/${counted.total}`;
}
function countHit(map) {
    if (!map)
        return counter();
    let covered = 0;
    for (const count of map.values())
        if (count > 0)
            covered++;
    return { covered, total: map.size };
}
function counter() {
    return { covered: 0, total: 0 };
}
function addCounters(a, b) {
    return { covered: a.covered + b.covered, total: a.total + b.total };
}
/**
 * The number of a branch whose line, block and branch are written plainly (digits, no sign, no
 * leading zero: equal numbers mean equal text) and small (line < 2^21, block and branch < 2^16):
 * one exact number below 2^53. -1 for any other branch, which is then keyed by its text.
 */
function branchNumber(line, block, branch) {
    const l = plainInteger(line, 2_097_152);
    const b = l < 0 ? -1 : plainInteger(block, 65_536);
    const n = b < 0 ? -1 : plainInteger(branch, 65_536);
    return n < 0 ? -1 : (l * 65_536 + b) * 65_536 + n;
}
function plainInteger(text, limit) {
    if (!/^(?:0|[1-9]\d{0,6})$/.test(text))
        return -1;
    const value = Number(text);
    return value < limit ? value : -1;
}
// Byte-level readers of the frequent records in their usual shape (see LcovReader.fastLine).
// Each returns false for anything else, which the decoded path then reads or reports.
/** Where the run of ASCII digits from `start` ends (at most `end`). */
function digitsEnd(bytes, start, end) {
    let i = start;
    while (i < end) {
        const code = bytes[i] ?? 0;
        if (code < 48 || code > 57)
            break;
        i++;
    }
    return i;
}
/** The digits bytes[start, end) as a number (1 to 15 of them, checked by the caller). */
function digitsValue(bytes, start, end) {
    let value = 0;
    for (let i = start; i < end; i++)
        value = value * 10 + (bytes[i] ?? 0) - 48;
    return value;
}
/** bytes[start, end) as a plain integer (no leading zero) below `limit`, else -1. */
function plainValue(bytes, start, end, limit) {
    if (end <= start || end - start > 7 || (end - start > 1 && bytes[start] === 48))
        return -1;
    const value = digitsValue(bytes, start, end);
    return value < limit ? value : -1;
}
/** DA:<digits>,<digits>[,<checksum>] */
function daBytes(record, bytes, from, to) {
    const lineEnd = digitsEnd(bytes, from, to);
    if (lineEnd === from || lineEnd - from > 15 || bytes[lineEnd] !== 44)
        return false;
    const countEnd = digitsEnd(bytes, lineEnd + 1, to);
    const digits = countEnd - lineEnd - 1;
    if (digits === 0 || digits > 15 || (countEnd !== to && bytes[countEnd] !== 44))
        return false;
    const line = digitsValue(bytes, from, lineEnd);
    if (line >= 1)
        record.lines.add(line, digitsValue(bytes, lineEnd + 1, countEnd));
    return true;
}
/** BRDA:<line>,<block>,<branch>,<taken> with plain small numbers, taken digits or '-'. */
function brdaBytes(record, bytes, from, to) {
    const lineEnd = digitsEnd(bytes, from, to);
    const line = plainValue(bytes, from, lineEnd, 2_097_152);
    if (line < 0 || bytes[lineEnd] !== 44)
        return false;
    const blockEnd = digitsEnd(bytes, lineEnd + 1, to);
    const block = plainValue(bytes, lineEnd + 1, blockEnd, 65_536);
    if (block < 0 || bytes[blockEnd] !== 44)
        return false;
    const branchEnd = digitsEnd(bytes, blockEnd + 1, to);
    const branch = plainValue(bytes, blockEnd + 1, branchEnd, 65_536);
    if (branch < 0 || bytes[branchEnd] !== 44)
        return false;
    const takenFrom = branchEnd + 1;
    let taken = 0;
    if (!(to === takenFrom + 1 && bytes[takenFrom] === 45)) {
        if (to === takenFrom || to - takenFrom > 15 || digitsEnd(bytes, takenFrom, to) !== to) {
            return false;
        }
        taken = digitsValue(bytes, takenFrom, to);
    }
    // the same number branchNumber gives the decoded path
    record.branches.add((line * 65_536 + block) * 65_536 + branch, taken);
    return true;
}
/** FN:<line>,[<end line>,]<name> as the pattern FUNCTION reads it, with an ASCII name. */
function fnBytes(record, bytes, from, to) {
    const firstDigits = bytes[from] === 45 ? from + 1 : from;
    const firstEnd = digitsEnd(bytes, firstDigits, to);
    if (firstEnd === firstDigits || bytes[firstEnd] !== 44)
        return false;
    let nameStart = firstEnd + 1;
    const secondDigits = bytes[nameStart] === 45 ? nameStart + 1 : nameStart;
    const secondEnd = digitsEnd(bytes, secondDigits, to);
    if (secondEnd > secondDigits && bytes[secondEnd] === 44 && secondEnd + 1 < to) {
        nameStart = secondEnd + 1;
    }
    if (nameStart >= to || !isPlainAscii(bytes, nameStart, to))
        return false;
    const line = digitsValue(bytes, firstDigits, firstEnd);
    record.functions.declare(firstDigits > from ? -line : line, bytes.toString('latin1', nameStart, to));
    return true;
}
/** FNDA:<digits>,<name> with an ASCII name. */
function fndaBytes(record, bytes, from, to) {
    const countEnd = digitsEnd(bytes, from, to);
    if (countEnd === from || countEnd - from > 15 || bytes[countEnd] !== 44)
        return false;
    if (countEnd + 1 >= to || !isPlainAscii(bytes, countEnd + 1, to))
        return false;
    const hits = digitsValue(bytes, from, countEnd);
    if (!record.functions.addNext(bytes, countEnd + 1, to, hits)) {
        record.functions.hit(bytes.toString('latin1', countEnd + 1, to), hits);
    }
    return true;
}
/** LF, LH, BRF, BRH, FNF, FNH with 1 to 15 digits. */
function summaryBytes(record, key, bytes, from, to) {
    if (to === from || to - from > 15 || digitsEnd(bytes, from, to) !== to)
        return false;
    record.declared[key] = digitsValue(bytes, from, to);
    return true;
}
/** No byte above 127 and no carriage return (which FUNCTION's '.' does not match). */
function isPlainAscii(bytes, start, end) {
    for (let i = start; i < end; i++) {
        const code = bytes[i] ?? 0;
        if (code > 127 || code === 13)
            return false;
    }
    return true;
}
/** The integer written in text[start, end) ('-' allowed first), or NaN if it is anything else. */
function integerAt(text, start, end) {
    let i = start;
    const negative = text.charCodeAt(i) === 45;
    if (negative)
        i++;
    if (i >= end || end - i > 15)
        return Number.NaN; // longer: let Number() judge (e.g. 2^64-1)
    let value = 0;
    for (; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return Number.NaN;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}
function clip(text) {
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

;// CONCATENATED MODULE: ./src/collect/coverage/record-problems.ts
/**
 * Tallies records a coverage parser had to skip (a `<line>` without a usable count, say),
 * so a file with a few bad records still yields figures and one warning says what was left
 * out, with the first example, instead of thousands of warnings or a silent gap.
 */
class RecordProblems {
    tallies = new Map();
    /** `kind` says what the record is and what was done with it: "<line> without a count, skipped". */
    note(kind, example, position) {
        const tally = this.tallies.get(kind);
        if (tally)
            tally.count++;
        else
            this.tallies.set(kind, { count: 1, example, ...(position ? { position } : {}) });
    }
    diagnostics() {
        return [...this.tallies].map(([kind, { count, example, position }]) => ({
            severity: 'warning',
            message: `${count} × ${kind} (first: ${example})`,
            ...(position ? { position } : {}),
        }));
    }
}
/**
 * A count attribute as written by coverage tools: a plain non-negative integer. Digits beyond
 * 2^53 (a hostile `count="1111…"` overflows to Infinity) are no count.
 */
function countValue(text) {
    if (text === undefined)
        return undefined;
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed))
        return undefined;
    const value = Number(trimmed);
    return Number.isSafeInteger(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/collect/coverage/clover-xml.ts





/**
 * Clover XML: `<coverage><project>[<package>]<file><metrics/><line/>…`, written by OpenClover,
 * PHPUnit (php-code-coverage) and istanbul's clover reporter (jest, nyc, vitest).
 *
 * Per file:
 * - lines come from the `stmt` and `cond` `<line>` records (one executable line each, merged by
 *   the highest count), so line detail and line figures agree; a file without such records
 *   takes the `statements`/`coveredstatements` of its own `<metrics>`.
 * - branches and functions come from the file's `<metrics>` (`conditionals`, `methods`) when it
 *   has them, because the `<line>` records describe them incompletely: istanbul writes no
 *   `method` lines at all and drops branches that sit on non-statement lines, and php-code-coverage
 *   with path coverage declares conditionals without `cond` lines. Only without metrics are they
 *   counted from the records: `method` lines (count > 0 covered) and `cond` lines.
 *
 * `cond` records mean different things per producer: in Clover/OpenClover (no `count`
 * attribute) `truecount`/`falsecount` are how often the condition was true/false, i.e. two
 * branches, each covered when its count is > 0; istanbul (which writes a `count`) puts the number
 * of covered branches of the line in `truecount` and of uncovered ones in `falsecount`.
 *
 * Totals are the sum of the files. Test sources that OpenClover lists under `<testproject>` are
 * not project coverage and are left out (they are not in the project `<metrics>` either).
 */
const cloverXmlCollector = {
    format: 'clover-xml',
    kind: 'coverage',
    producers: 'OpenClover/Clover, PHPUnit --coverage-clover, istanbul clover reporter (jest, nyc, vitest)',
    detect(head) {
        if ((0,xml/* xmlRootElement */.c6)(head) !== 'coverage')
            return false;
        // Cobertura shares the <coverage> root; Clover's first child is always <project>.
        return /<coverage\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<project\b/.test(head);
    },
    parse: parseClover,
};
async function parseClover(input) {
    const reader = new CloverReader();
    const end = await (0,xml/* streamXml */.sq)(input.chunks, reader);
    return reader.finish(end);
}
class CloverReader {
    files = new Map();
    problems = new RecordProblems();
    stack = [];
    testProjectDepth = 0;
    current;
    fileElements = 0;
    projectMetrics;
    sawProject = false;
    open(name, attributes) {
        const parent = this.stack.at(-1);
        this.stack.push(name);
        if (name === 'testproject')
            this.testProjectDepth++;
        if (this.testProjectDepth > 0)
            return;
        switch (name) {
            case 'project':
                this.sawProject = true;
                break;
            case 'file':
                this.openFile(attributes);
                break;
            case 'metrics':
                if (parent === 'file' && this.current)
                    this.current.metrics ??= attributes;
                else if (parent === 'project')
                    this.projectMetrics ??= attributes;
                break;
            case 'line':
                if (parent === 'file' && this.current)
                    addLineRecord(this.current, attributes, this.problems);
                break;
        }
    }
    close(name) {
        this.stack.pop();
        if (name === 'testproject')
            this.testProjectDepth--;
        else if (name === 'file' && this.testProjectDepth === 0)
            this.current = undefined;
    }
    openFile(attributes) {
        const raw = attributes['path'] ?? attributes['name'];
        if (!raw) {
            this.problems.note('<file> without a path or name, skipped', `<file> #${this.fileElements + 1}`);
            this.current = undefined;
            return;
        }
        const path = (0,source_path/* normalizeSourcePath */.a)(raw);
        this.fileElements++;
        const existing = this.files.get(path);
        if (existing) {
            this.problems.note('<file> repeating a path already listed, merged (highest count per line, its <metrics> ignored)', path);
        }
        this.current = existing ?? {
            builder: new coverage/* FileCoverageBuilder */._6(path),
            statementRecords: 0,
            condBranches: { covered: 0, total: 0 },
            methodRecords: { covered: 0, total: 0 },
        };
        this.files.set(path, this.current);
    }
    finish(end) {
        if (!this.sawProject)
            throw new errors/* EvidenceParseError */.zS('not a Clover report: no <project> element under <coverage>', end);
        const diagnostics = this.problems.diagnostics();
        const excerpts = [];
        const fromMetrics = [];
        const built = [...this.files].map(([path, file]) => {
            const statements = metricPair(file.metrics, 'coveredstatements', 'statements');
            const conditionals = metricPair(file.metrics, 'coveredconditionals', 'conditionals');
            const methods = metricPair(file.metrics, 'coveredmethods', 'methods');
            if (file.builder.lineCount === 0) {
                file.builder.declaredLines = statements;
                if (statements && statements.total > 0)
                    fromMetrics.push(path);
            }
            else if (statements && statements.total !== file.statementRecords) {
                excerpts.push(`${path}: ${statements.total} declared, ${file.statementRecords} listed`);
            }
            const branches = conditionals ?? file.condBranches;
            const functions = methods ?? file.methodRecords;
            file.builder.addBranches(branches.covered, branches.total);
            file.builder.addFunctions(functions.covered, functions.total);
            return file.builder.build();
        });
        if (excerpts.length > 0) {
            diagnostics.push({
                severity: 'warning',
                message: `${excerpts.length} file(s) list a different number of statement lines than their <metrics> declare; line figures follow the listed lines (first: ${excerpts[0] ?? ''})`,
            });
        }
        if (fromMetrics.length > 0) {
            diagnostics.push({
                severity: 'notice',
                message: `${fromMetrics.length} file(s) list no statement lines; their line figures are their <metrics>, without line detail (first: ${fromMetrics[0] ?? ''})`,
            });
        }
        const project = this.projectMetrics;
        if (built.length === 0 && project) {
            // A report with project figures but no per-file records: the project <metrics> are all there is.
            diagnostics.push({
                severity: 'notice',
                message: 'no <file> elements: totals are the project <metrics>, no per-file figures',
            });
            const none = { covered: 0, total: 0 };
            return {
                data: {
                    kind: 'coverage',
                    totals: {
                        lines: metricPair(project, 'coveredstatements', 'statements') ?? none,
                        branches: metricPair(project, 'coveredconditionals', 'conditionals') ?? { ...none },
                        functions: metricPair(project, 'coveredmethods', 'methods') ?? { ...none },
                    },
                    files: [],
                },
                diagnostics,
            };
        }
        const declaredFiles = countValue(project?.['files']);
        if (declaredFiles !== undefined && declaredFiles !== this.fileElements) {
            diagnostics.push({
                severity: 'warning',
                message: `project <metrics> declare ${declaredFiles} files but the report lists ${this.fileElements}; totals cover the listed files`,
            });
        }
        return { data: (0,coverage/* coverageOf */._5)(built), diagnostics };
    }
}
function addLineRecord(file, attributes, problems) {
    const type = attributes['type'];
    const num = countValue(attributes['num']);
    const describe = () => `num="${attributes['num'] ?? ''}" type="${type ?? ''}" in ${file.builder.path}`;
    if (num === undefined || num < 1) {
        problems.note('<line> without a valid line number, skipped', describe());
        return;
    }
    const count = countValue(attributes['count']);
    if (type === 'method') {
        if (count === undefined)
            problems.note('method <line> without a valid count, skipped', describe());
        else
            countRecord(file.methodRecords, count > 0);
        return;
    }
    if (type === 'stmt') {
        if (count === undefined) {
            problems.note('stmt <line> without a valid count, skipped', describe());
            return;
        }
        file.statementRecords++;
        file.builder.addLine(num, count);
        return;
    }
    if (type === 'cond') {
        const whenTrue = countValue(attributes['truecount']);
        const whenFalse = countValue(attributes['falsecount']);
        if (count !== undefined) {
            // istanbul: the record is the line itself; true/false counts are covered/uncovered branches.
            file.statementRecords++;
            file.builder.addLine(num, count);
            if (whenTrue !== undefined && whenFalse !== undefined) {
                file.condBranches.covered += whenTrue;
                file.condBranches.total += whenTrue + whenFalse;
            }
            return;
        }
        if (whenTrue === undefined || whenFalse === undefined) {
            problems.note('cond <line> without valid counts, skipped', describe());
            return;
        }
        // Clover: a condition evaluated true N times and false M times; its line ran N + M times.
        file.builder.addLine(num, whenTrue + whenFalse);
        countRecord(file.condBranches, whenTrue > 0);
        countRecord(file.condBranches, whenFalse > 0);
        return;
    }
    problems.note('<line> of an unknown type, skipped', describe());
}
function countRecord(counter, covered) {
    counter.total++;
    if (covered)
        counter.covered++;
}
/** A covered/total pair from `<metrics>` attributes, when both are valid counts. */
function metricPair(metrics, coveredName, totalName) {
    if (!metrics)
        return undefined;
    const covered = countValue(metrics[coveredName]);
    const total = countValue(metrics[totalName]);
    if (covered === undefined || total === undefined || covered > total)
        return undefined;
    return { covered, total };
}

;// CONCATENATED MODULE: ./src/collect/coverage/jacoco-xml.ts




/**
 * JaCoCo XML report (`jacoco:report`, Gradle `jacocoTestReport`, `report-aggregate`):
 * `<report>` › [`<group>`…] › `<package name="com/acme">` › `<sourcefile name="A.java">` with
 * `<line nr mi ci mb cb>` and `<counter type missed covered>` children. The DOCTYPE names
 * report.dtd; `streamXml` skips a DOCTYPE and never fetches or processes it.
 *
 * Per source file (path = package name + '/' + file name): lines, branches and methods from its
 * LINE, BRANCH and METHOD counters; without counters, lines and branches from the `<line>`
 * records (a line is covered when it has covered instructions, `ci > 0`, as JaCoCo counts it;
 * branches `mb + cb`, covered `cb`). The line records are kept as line detail, hits = `ci`.
 *
 * Totals are the report-level counters (direct children of `<report>`): JaCoCo's own figure for
 * the whole report, which also counts classes compiled without source file information that
 * appear in no `<sourcefile>`. JaCoCo writes no counter whose total is 0, so a missing type is
 * 0/0. Without report-level counters the totals are the sum of the source files.
 */
const jacocoXmlCollector = {
    format: 'jacoco-xml',
    kind: 'coverage',
    producers: 'JaCoCo (Maven jacoco:report / report-aggregate, Gradle jacocoTestReport), Kover XML',
    detect(head) {
        if ((0,xml/* xmlRootElement */.c6)(head) !== 'report')
            return false;
        return (/<!DOCTYPE\s+report\s+PUBLIC\s+"-\/\/JACOCO\/\/DTD/.test(head) ||
            /<sessioninfo\b/.test(head) ||
            /<counter\s+type="(?:INSTRUCTION|LINE|BRANCH|METHOD|CLASS|COMPLEXITY)"/.test(head));
    },
    parse: parseJacoco,
};
async function parseJacoco(input) {
    const problems = new RecordProblems();
    const stack = [];
    const files = [];
    const reportCounters = new Map();
    let packageName = '';
    let current;
    await (0,xml/* streamXml */.sq)(input.chunks, {
        open(name, attributes) {
            const parent = stack.at(-1);
            stack.push(name);
            switch (name) {
                case 'package':
                    packageName = attributes['name'] ?? '';
                    break;
                case 'sourcefile': {
                    const fileName = attributes['name'] ?? '';
                    if (fileName === '')
                        problems.note('<sourcefile> without a name, read as the package path', `in package "${packageName}"`);
                    const path = (0,source_path/* normalizeSourcePath */.a)(packageName === '' ? fileName : `${packageName}/${fileName}`);
                    current = { builder: new coverage/* FileCoverageBuilder */._6(path), counters: new Map(), lineBranches: { covered: 0, total: 0 } };
                    break;
                }
                case 'line':
                    if (parent === 'sourcefile' && current)
                        jacoco_xml_addLine(current, attributes, problems);
                    break;
                case 'counter':
                    if (parent === 'report')
                        addCounter(reportCounters, attributes, problems, 'the report');
                    else if (parent === 'sourcefile' && current)
                        addCounter(current.counters, attributes, problems, current.builder.path);
                    break;
            }
        },
        close(name) {
            stack.pop();
            if (name === 'package')
                packageName = '';
            else if (name === 'sourcefile' && current) {
                files.push(finishFile(current));
                current = undefined;
            }
        },
    });
    const diagnostics = problems.diagnostics();
    const fileSum = (0,coverage/* sumFiles */.hD)(files);
    let totals = fileSum;
    if (reportCounters.size > 0) {
        totals = {
            lines: reportCounters.get('LINE') ?? { covered: 0, total: 0 },
            branches: reportCounters.get('BRANCH') ?? { covered: 0, total: 0 },
            functions: reportCounters.get('METHOD') ?? { covered: 0, total: 0 },
        };
        const differing = ['lines', 'branches', 'functions'].filter((key) => totals[key].covered !== fileSum[key].covered || totals[key].total !== fileSum[key].total);
        if (differing.length > 0) {
            diagnostics.push({
                severity: 'notice',
                message: `report-level counters differ from the sum of the <sourcefile> counters for ${differing.join(', ')} (${differing
                    .map((key) => `${totals[key].covered}/${totals[key].total} vs ${fileSum[key].covered}/${fileSum[key].total}`)
                    .join(', ')}): totals follow the report counters (classes without source information, or an edited or merged report)`,
            });
        }
    }
    const seen = new Set();
    let repeated = 0;
    for (const file of files) {
        if (seen.has(file.path))
            repeated++;
        seen.add(file.path);
    }
    if (repeated > 0) {
        diagnostics.push({
            severity: 'notice',
            message: `${repeated} source file(s) share a package path with another (several modules in one report); they are kept as separate entries`,
        });
    }
    return { data: { kind: 'coverage', totals, files }, diagnostics };
}
function jacoco_xml_addLine(file, attributes, problems) {
    const nr = countValue(attributes['nr']);
    const missed = countValue(attributes['mi']);
    const covered = countValue(attributes['ci']);
    if (nr === undefined || nr < 1 || missed === undefined || covered === undefined) {
        problems.note('<line> without valid nr/mi/ci, skipped', `nr="${attributes['nr'] ?? ''}" mi="${attributes['mi'] ?? ''}" ci="${attributes['ci'] ?? ''}" in ${file.builder.path}`);
        return;
    }
    if (missed + covered === 0)
        return; // no instructions: not an executable line
    file.builder.addLine(nr, covered);
    const missedBranches = countValue(attributes['mb']) ?? 0;
    const coveredBranches = countValue(attributes['cb']) ?? 0;
    file.lineBranches.covered += coveredBranches;
    file.lineBranches.total += missedBranches + coveredBranches;
}
function addCounter(counters, attributes, problems, where) {
    const type = attributes['type'];
    const missed = countValue(attributes['missed']);
    const covered = countValue(attributes['covered']);
    if (!type || missed === undefined || covered === undefined) {
        problems.note('<counter> without valid type/missed/covered, skipped', `type="${type ?? ''}" in ${where}`);
        return;
    }
    counters.set(type, { covered, total: missed + covered });
}
function finishFile(file) {
    const lineCounter = file.counters.get('LINE');
    if (lineCounter)
        file.builder.declaredLines = lineCounter;
    const branches = file.counters.get('BRANCH') ?? (file.counters.size > 0 ? { covered: 0, total: 0 } : file.lineBranches);
    const methods = file.counters.get('METHOD') ?? { covered: 0, total: 0 };
    file.builder.addBranches(branches.covered, branches.total);
    file.builder.addFunctions(methods.covered, methods.total);
    const built = file.builder.build();
    // JaCoCo's own LINE counter is the file's line figure; the records stay as line detail.
    return lineCounter ? { ...built, lines: { ...lineCounter } } : built;
}

;// CONCATENATED MODULE: ./src/collect/coverage/go-coverprofile.ts



/**
 * Go cover profile (`go test -coverprofile`, `go tool covdata textfmt`): a `mode: set|count|atomic`
 * line, then one block per line, `file:startLine.startCol,endLine.endCol numStmt count`.
 *
 * Blocks are read as golang.org/x/tools/cover ParseProfiles (what `go tool cover` uses) reads
 * them: identical block positions within a file are one block, their counts OR-ed in set mode
 * and summed in count/atomic mode, and a differing statement count for the same block is an
 * error. Unlike ParseProfiles, a repeated `mode:` line is accepted, so profiles of several
 * packages concatenated with `cat`/`tail` read as one.
 *
 * coverage.lines is the statement figure: covered = statements in blocks run at least once,
 * total = all statements. That is what `go test -cover` prints ("coverage: N% of statements") and
 * what `go tool cover -func` reports as its total; Go has no other line measure. Line detail for
 * patch coverage: every line a block with statements spans, hits = the highest count of those
 * blocks. Paths stay as written (import paths); there are no branch or function figures.
 */
const goCoverprofileCollector = {
    format: 'go-coverprofile',
    kind: 'coverage',
    producers: 'go test -coverprofile, go tool covdata textfmt',
    detect(head) {
        return /^mode: (?:set|count|atomic)\r?(?:\n|$)/.test(head);
    },
    parse: parseGoProfile,
};
/**
 * The part after the file name, as ParseProfiles matches it. The file name itself is found with
 * lastIndexOf, not `(.+):` in one expression: on a multi-megabyte line that expression backtracks
 * once per byte, and V8 can run out of regexp stack ("Maximum call stack size exceeded").
 */
const POSITION = /^(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/** Longest block (in lines) given line detail; longer ones are hostile or broken, not Go code. */
const MAX_BLOCK_LINES = 100_000;
async function parseGoProfile(input) {
    const reader = new GoProfileReader();
    await (0,read_lines/* forEachLine */.FF)(input.chunks, (line, lineNumber) => {
        reader.line(line, lineNumber);
    });
    return reader.finish();
}
class GoProfileReader {
    files = new Map();
    mode;
    mixedModes = false;
    line(line, lineNumber) {
        if (this.mode === undefined) {
            const match = /^mode: (\S+)\s*$/.exec(line);
            if (!match?.[1]) {
                throw new errors/* EvidenceParseError */.zS(`expected "mode: set|count|atomic" as the first line, found ${quote(line)}`, {
                    line: lineNumber,
                    column: 1,
                });
            }
            this.mode = match[1];
            return;
        }
        if (line.startsWith('mode: ')) {
            if (line.slice(6).trim() !== this.mode)
                this.mixedModes = true;
            return;
        }
        if (line.trim() === '')
            return;
        const colon = line.lastIndexOf(':');
        const match = colon > 0 ? POSITION.exec(line.slice(colon + 1)) : null;
        if (!match) {
            throw new errors/* EvidenceParseError */.zS(`not a cover profile block ("file:startLine.startCol,endLine.endCol numStmt count"): ${quote(line)}`, { line: lineNumber, column: 1 });
        }
        const file = line.slice(0, colon);
        const [, startLine, startCol, endLine, endCol, statements, count] = match;
        const key = `${startLine}.${startCol},${endLine}.${endCol}`;
        let blocks = this.files.get(file);
        if (!blocks) {
            blocks = new Map();
            this.files.set(file, blocks);
        }
        const block = {
            startLine: Number(startLine),
            endLine: Number(endLine),
            statements: Number(statements),
            count: Number(count),
        };
        const outOfRange = ['startLine', 'endLine', 'statements', 'count'].find((field) => !Number.isSafeInteger(block[field]));
        if (outOfRange) {
            // hundreds of digits make Infinity: no count or line go test wrote
            throw new errors/* EvidenceParseError */.zS(`${outOfRange} is out of range: ${quote(line)}`, {
                line: lineNumber,
                column: 1,
            });
        }
        const previous = blocks.get(key);
        if (!previous) {
            blocks.set(key, block);
            return;
        }
        if (previous.statements !== block.statements) {
            throw new errors/* EvidenceParseError */.zS(`inconsistent statement count for ${file}:${key}: ${previous.statements} before, ${block.statements} here`, { line: lineNumber, column: line.lastIndexOf(' ', line.lastIndexOf(' ') - 1) + 2 });
        }
        previous.count =
            this.mode === 'set' ? Math.max(previous.count, block.count) : previous.count + block.count;
    }
    finish() {
        if (this.mode === undefined) {
            throw new errors/* EvidenceParseError */.zS('empty file, expected "mode: set|count|atomic"', {
                line: 1,
                column: 1,
            });
        }
        const diagnostics = [];
        if (this.mixedModes) {
            diagnostics.push({
                severity: 'warning',
                message: `concatenated profiles with different modes; counts were merged as "${this.mode}" (the first mode line)`,
            });
        }
        let oversized = 0;
        const built = [];
        for (const [path, blocks] of this.files) {
            const hits = new Map();
            let covered = 0;
            let total = 0;
            for (const block of blocks.values()) {
                total += block.statements;
                if (block.count > 0)
                    covered += block.statements;
                if (block.statements === 0 || block.endLine < block.startLine)
                    continue;
                if (block.endLine - block.startLine >= MAX_BLOCK_LINES) {
                    oversized++;
                    continue;
                }
                for (let line = block.startLine; line <= block.endLine; line++) {
                    const previous = hits.get(line);
                    if (previous === undefined || block.count > previous)
                        hits.set(line, block.count);
                }
            }
            const lineNumbers = [...hits.keys()].sort((a, b) => a - b);
            built.push({
                path,
                lines: { covered, total },
                branches: { covered: 0, total: 0 },
                functions: { covered: 0, total: 0 },
                lineNumbers,
                lineHits: lineNumbers.map((line) => hits.get(line) ?? 0),
            });
        }
        if (oversized > 0) {
            diagnostics.push({
                severity: 'warning',
                message: `${oversized} block(s) span ${MAX_BLOCK_LINES} lines or more; their statements are counted but they give no line detail`,
            });
        }
        return { data: (0,coverage/* coverageOf */._5)(built), diagnostics };
    }
}
function quote(line) {
    return JSON.stringify(line.length > 120 ? `${line.slice(0, 120)}…` : line);
}

;// CONCATENATED MODULE: ./src/collect/coverage/coveragepy-json.ts
/**
 * coverage.py JSON report (`coverage json`, `pytest --cov-report=json`): `meta`, `files`
 * (per path: `executed_lines`, `missing_lines`, `excluded_lines`, `summary`, and with
 * `--branch` `executed_branches`/`missing_branches`; format 3 adds per-function/class regions)
 * and `totals`. Streamed: one file entry's line lists at a time; the regions (which repeat the
 * file's data) and contexts are skipped unread.
 *
 * Per file, the figures are coverage.py's own `summary`: lines = covered_lines of
 * num_statements (coverage.py measures executable lines, which it calls statements), branches =
 * covered_branches of num_branches (absent without `--branch`: 0/0). coverage.py has no
 * function coverage figure, so functions stay 0/0. Line detail: executed lines (hits 1) and
 * missing lines (hits 0); excluded lines are not executable, even where coverage.py also lists
 * them as executed (it does for an excluded line that ran). Totals are the sum of the files,
 * checked against `totals`.
 */
const coveragepyJsonCollector = {
    format: 'coveragepy-json',
    kind: 'coverage',
    producers: 'coverage.py (coverage json, pytest-cov --cov-report=json)',
    detect(head) {
        const meta = /^\{\s*"meta"\s*:\s*\{([^{}]*)\}/.exec(head)?.[1];
        // SimpleCov's coverage.json also starts with a "meta" object (with branch_coverage) but names itself.
        return meta !== undefined && /"(?:branch_coverage|show_contexts)"\s*:/.test(meta) && !/"simplecov_version"\s*:/.test(meta);
    },
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async (input) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(109)]).then(__webpack_require__.bind(__webpack_require__, 56109))).parseCoveragePy(input),
};

;// CONCATENATED MODULE: ./src/collect/coverage/simplecov-json.ts
const RESULTSET_HEAD = /^\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"(?:coverage|timestamp)"\s*:\s*(?:\{|\d)/;
const FORMATTER_HEAD = /^\{\s*"meta"\s*:\s*\{[^{}]*"simplecov_version"\s*:/;
/**
 * SimpleCov JSON, in its two shapes (streamed: one file entry at a time):
 *
 * - `.resultset.json` (what SimpleCov stores and merges): command name → `{coverage, timestamp}`,
 *   coverage = file → `{lines: [...], branches: {...}, methods: {...}}`, or in the legacy format
 *   (SimpleCov < 0.18) file → the lines array itself. Several command names (RSpec, Cucumber,
 *   parallel workers) are merged as SimpleCov's ResultsCombiner merges them: line hits added,
 *   with `nil + 0 = nil` (LinesCombiner), branches and methods added by source position.
 * - `coverage.json` (simplecov_json_formatter, built into recent SimpleCov): `meta` first, with
 *   `simplecov_version`; file → `{lines: [...], branches: [{coverage}], methods: [{coverage}]}`,
 *   `"ignored"` marking `:nocov:` lines and branches; the embedded `source` is skipped unread.
 *
 * Lines: `lines[i]` is the hit count of line i + 1; null (and "ignored") lines are not relevant,
 * a line is covered when its count is > 0. Branches: every branch leaf (resultset) or entry
 * (coverage.json) is one branch, covered when > 0. Functions: method coverage entries, covered
 * when > 0. Totals are the sum of the files (coverage.json's `total` is checked against it).
 * `.resultset.json` holds raw Ruby coverage: `:nocov:` blocks are only applied when SimpleCov
 * reads the sources, so a resultset can count a few lines SimpleCov's own report skips.
 */
const simplecovJsonCollector = {
    format: 'simplecov-json',
    kind: 'coverage',
    producers: 'SimpleCov (.resultset.json), simplecov_json_formatter (coverage.json)',
    detect(head) {
        return RESULTSET_HEAD.test(head) || FORMATTER_HEAD.test(head);
    },
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async (input) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 69576))).parseSimplecov(input),
};

;// CONCATENATED MODULE: ./src/collect/coverage/gcov-text.ts




/**
 * gcov text output (`gcov [-b] [-c] [-t] file.c` → `file.c.gcov`): every source line as
 * `count:lineno:source`, after a preamble of `-:0:Tag:value` lines (`Source:` names the file).
 *
 * Counted as gcov itself counts them (its "Lines executed", "Taken at least once" and function
 * summaries):
 * - lines: records whose count is a number (covered when > 0, a trailing `*` only marks
 *   unexecuted blocks on an executed line; `-H` suffixes like `1.2k` are read too) or `#####`/`=====`
 *   (never executed, on normal or exception-only paths); `-` lines hold no code.
 * - branches (`-b`): each `branch N taken X` line after a line record is branch N of that
 *   source line, covered when X (a count with `-c`, else a percentage that gcov only prints as
 *   0% when it is exactly 0) is > 0; `branch N never executed` is not covered. `call` and
 *   `unconditional` lines are not branches.
 * - functions (`-b`): each `function NAME called N ...` line, covered when N > 0.
 * Template instantiations (and other functions sharing a first line) are printed as sections
 * between `------------------` lines after the combined line records: their line records repeat
 * those lines per instantiation and are not counted again, and their branches are merged with
 * the same source line's branches of the other instantiations (branch N of line L is covered when
 * any instantiation took it), as gcovr counts them: a branch in the source is one branch. (gcov's
 * own stdout summary leaves instantiations' branches out entirely; the .gcov file keeps them.)
 * Each instantiation's `function` line is one function, as gcovr and gcov `-f` list them.
 * Several `Source:` preambles in one stream (`gcov -t`) give several files.
 */
const gcovTextCollector = {
    format: 'gcov-text',
    kind: 'coverage',
    producers: 'gcov (GCC), llvm-cov gcov',
    detect(head) {
        return /^\s*-:\s*0:(?:Source|Colorization):/.test(head);
    },
    parse: parseGcov,
};
const RECORD = /^\s*([^\s:]+):\s*(\d+):/;
const RECORD_PREFIX = /^\s*[^\s:]+:\s*\d+/;
const gcov_text_COUNT = /^(\d+(?:\.\d+)?)([kMGTPEZY]?)\*?$/;
const BRANCH = /^branch\s+(\d+)\s+(?:taken\s+(\S+)|never executed)/;
// Demangled names hold spaces, so the name is not matched: the count is found after the last
// " called " (a pattern like /^function\s+.+\s+called\s+/ backtracks cubically on a long line).
const FUNCTION_CALLED = /^\s+called\s+(\S+)\s+returned\b/;
const SEPARATOR = '------------------';
async function parseGcov(input) {
    const builders = new Map();
    const diagnostics = [];
    let current;
    let afterSeparator = false;
    let inInstantiation = false;
    let repeatedSources = 0;
    let lines = 0;
    await (0,read_lines/* forEachLine */.FF)(input.chunks, (raw, lineNumber) => {
        lines = lineNumber;
        const line = raw.includes('\u001b') ? withoutColors(raw) : raw;
        if (line === SEPARATOR) {
            afterSeparator = true;
            return;
        }
        const record = RECORD.exec(line);
        if (afterSeparator) {
            // After a separator comes either an instantiation's name or the next combined line record,
            // or (`-b`) the `function … called` line of a function starting on that next line (e.g. a
            // plain function right after a template's instantiations), which also belongs to it.
            inInstantiation = !record && !functionLine(line);
            afterSeparator = false;
        }
        if (record) {
            const [prefix, field = '', number = ''] = record;
            const lineNo = Number(number);
            if (!Number.isSafeInteger(lineNo)) {
                throw new errors/* EvidenceParseError */.zS(`line number ${number.slice(0, 40)} is out of range`, { line: lineNumber, column: line.indexOf(number) + 1 });
            }
            if (lineNo === 0) {
                const tag = /^Source:(.*)$/.exec(line.slice(prefix.length));
                if (tag) {
                    const path = (0,source_path/* normalizeSourcePath */.a)((tag[1] ?? '').trim());
                    const existing = builders.get(path);
                    if (existing)
                        repeatedSources++;
                    current = existing ?? { builder: new coverage/* FileCoverageBuilder */._6(path), branches: new Map(), line: 0 };
                    builders.set(path, current);
                    inInstantiation = false;
                }
                return;
            }
            if (!current) {
                throw new errors/* EvidenceParseError */.zS('line record before any "-:0:Source:" preamble line', { line: lineNumber, column: 1 });
            }
            const hits = countOf(field);
            if (hits === undefined) {
                throw new errors/* EvidenceParseError */.zS(`not a gcov execution count: ${JSON.stringify(field)} (expected a number, "-", "#####" or "=====")`, { line: lineNumber, column: line.indexOf(field) + 1 });
            }
            current.line = lineNo;
            if (hits !== null && !inInstantiation)
                current.builder.addLine(lineNo, hits);
            return;
        }
        const branch = BRANCH.exec(line);
        if (branch) {
            const source = requireSource(current, lineNumber);
            const key = `${source.line}:${branch[1] ?? ''}`;
            const taken = branch[2] !== undefined && amountOf(branch[2]) > 0;
            source.branches.set(key, (source.branches.get(key) ?? false) || taken);
            return;
        }
        const fn = functionLine(line);
        if (fn) {
            requireSource(current, lineNumber).builder.addFunctions(amountOf(fn[1] ?? '0') > 0 ? 1 : 0, 1);
            return;
        }
        if (RECORD_PREFIX.test(line) && !/^\s*\S+:\s*\d+-block\s/.test(line)) {
            throw new errors/* EvidenceParseError */.zS('incomplete line record (truncated file?)', { line: lineNumber, column: line.length + 1 });
        }
        // Anything else (instantiation names, call/unconditional/condition/block lines) holds no figure.
    });
    if (lines === 0)
        throw new errors/* EvidenceParseError */.zS('empty file, expected gcov output', { line: 1, column: 1 });
    if (builders.size === 0) {
        throw new errors/* EvidenceParseError */.zS('no "-:0:Source:" preamble line: not gcov output', { line: 1, column: 1 });
    }
    if (repeatedSources > 0) {
        diagnostics.push({
            severity: 'notice',
            message: `${repeatedSources} source(s) appear more than once; their lines were merged by the highest count, their branches by line and number, their functions added`,
        });
    }
    const files = [...builders.values()].map((source) => {
        for (const taken of source.branches.values())
            source.builder.addBranches(taken ? 1 : 0, 1);
        return source.builder.build();
    });
    return { data: (0,coverage/* coverageOf */._5)(files), diagnostics };
}
/** `function NAME called N returned …`: the match of the part from " called " on, if it is one. */
function functionLine(line) {
    if (!line.startsWith('function') || !/^function\s/.test(line))
        return null;
    const called = line.lastIndexOf(' called ');
    if (called <= 'function'.length)
        return null;
    return FUNCTION_CALLED.exec(line.slice(called));
}
function requireSource(current, lineNumber) {
    if (!current)
        throw new errors/* EvidenceParseError */.zS('branch or function line before any "-:0:Source:" line', { line: lineNumber, column: 1 });
    return current;
}
/** Hits of a line record: a number, 0 for never executed, null for a line without code, undefined if invalid. */
function countOf(field) {
    if (field === '-')
        return null;
    if (field === '#####' || field === '=====')
        return 0;
    if (!gcov_text_COUNT.test(field))
        return undefined;
    const count = amountOf(field);
    // hundreds of digits overflow to Infinity: not a count anyone measured
    return Number.isFinite(count) && count <= Number.MAX_SAFE_INTEGER ? count : undefined;
}
const SCALE = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Z: 1e21, Y: 1e24 };
/** A gcov amount: a count, a `-H` count like `1.2k`, or a percentage like `67%`. */
function amountOf(text) {
    const match = /^(\d+(?:\.\d+)?)([kMGTPEZY%]?)\*?$/.exec(text);
    if (!match)
        return 0;
    const value = Number(match[1]);
    const unit = match[2] ?? '';
    return unit === '' || unit === '%' ? value : Math.round(value * (SCALE[unit] ?? 1));
}
/** Drops the terminal control sequences `gcov -k`/`-q` writes (ESC [ params final-byte, e.g. `ESC[41;37m`, `ESC[K`). */
function withoutColors(line) {
    let out = '';
    let i = 0;
    while (i < line.length) {
        if (line.charCodeAt(i) === 27 && line[i + 1] === '[') {
            let end = i + 2;
            while (end < line.length && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x3f)
                end++;
            i = end + 1; // the final byte
            continue;
        }
        out += line.charAt(i);
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/collect/coverage/index.ts












/** The coverage formats, most specific first (detection tries them in this order). */
const coverageCollectors = [
    jestJsonCoverageCollector,
    istanbulFinalJsonCollector,
    istanbulSummaryJsonCollector,
    coberturaXmlCollector,
    lcovCollector,
    cloverXmlCollector,
    jacocoXmlCollector,
    goCoverprofileCollector,
    coveragepyJsonCollector,
    simplecovJsonCollector,
    gcovTextCollector,
    // text heuristics last: it only claims what no structured format did
    istanbulTextCollector,
];


/***/ }),

/***/ 1878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ normalizeSourcePath)
/* harmony export */ });
/* harmony import */ var _read_detach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18356);

/**
 * A source file path as a coverage tool reported it, made comparable: Windows separators become
 * '/' (so one group glob matches reports from Windows and Linux runners, and `C:\a\b.cs` and
 * `C:/a/b.cs` are one file) and a leading './' is dropped. The path is otherwise kept as reported:
 * absolute stays absolute, nothing is resolved against the file system.
 */
function normalizeSourcePath(raw) {
    let path = raw.replace(/\\/g, '/');
    while (path.startsWith('./'))
        path = path.slice(2);
    // a report keeps its paths: detached, so none keeps the decoded text it was cut from alive
    return (0,_read_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Y)(path);
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


/***/ })

};
;