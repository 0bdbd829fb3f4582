"use strict";
exports.id = 890;
exports.ids = [890,550,944];
exports.modules = {

/***/ 60890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchmarksCollectors: () => (/* binding */ benchmarksCollectors)
});

// EXTERNAL MODULE: ./src/collect/read/lines.ts
var read_lines = __webpack_require__(59064);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/model/benchmarks.ts
/**
 * Benchmark evidence: one series per (benchmark, measure). A requirement addresses a series
 * as `benchmarks.<name>.<measure>`, e.g. `benchmarks."render 1k rows".opsPerSec`,
 * `benchmarks.http_req_duration.p95`, `benchmarks.*.memory`.
 *
 * Measure names (the same word means the same thing in every format):
 *
 * | measure | meaning | direction | e.g. |
 * | --- | --- | --- | --- |
 * | `time` | time per iteration / operation / run (the tool's central estimate: mean, median or single figure) | smaller | cargo `ns/iter`, go `ns/op`, Criterion, Catch2 mean, BenchmarkDotNet Mean, JMH avgt, hyperfine mean, pytest mean, vitest mean, asv, Ruby real, console.time |
 * | `cpuTime` | CPU time per iteration where reported apart from wall time | smaller | Google Benchmark `cpu_time` |
 * | `opsPerSec` | operations (iterations, calls) per second | bigger | benchmark.js, JMH thrpt, pytest `ops`, vitest `hz` |
 * | `throughput` | data or elements processed per second | bigger | go `MB/s`, Criterion `thrpt`, Google Benchmark `bytes_per_second` |
 * | `itemsPerSec` | items per second as the harness counts them | bigger | Google Benchmark `items_per_second` |
 * | `memory` | bytes allocated per operation, or memory used | smaller | go `B/op`, BenchmarkDotNet, Julia, asv `mem_`/`peakmem_`, JMH `gc.alloc.rate.norm` |
 * | `allocs` | allocations per operation | smaller | go `allocs/op`, Julia |
 * | `avg`, `min`, `max`, `p50`, `p75`, `p90`, `p95`, `p99`, `p995`, `p999` | latency distribution (pNN = NNth percentile; p995 = 99.5th) | smaller | k6 trends, vitest percentiles, hyperfine median (`p50`) |
 * | `rate` | k6 rate (fraction 0..1, unit `ratio`) or counter rate (per second) | per metric | k6 `http_req_failed`, `checks`, `http_reqs` |
 * | `count`, `passes`, `fails` | k6 counter totals and rate pass/fail counts | per metric | k6 |
 * | `instructions`, `l1Accesses`, `l2Accesses`, `ramAccesses`, `estimatedCycles` | Cachegrind counters | smaller | iai |
 * | `value` | a figure with no better-known measure (custom JSON) | as declared | custom-json |
 *
 * Figures in units of their own name their own measure: a Go custom metric
 * (`b.ReportMetric(v, "widgets/op")`) is measure `widgets/op`; a libtest-style `cycles/iter` is
 * measure `cycles`. `value` and `unit` stay exactly as the tool printed them (ns/iter stays
 * ns/iter; compare across units with model/units.ts).
 */
const BIGGER_IS_BETTER = new Set(['opsPerSec', 'throughput', 'itemsPerSec']);
/** The usual direction of a measure; formats override it where they know better (k6 rates). */
function biggerIsBetterFor(measure) {
    return BIGGER_IS_BETTER.has(measure);
}
/**
 * The ± margin of a series in its own unit, for deciding whether a change is within noise:
 * the wider side of the tool's bounds, else the standard deviation, else `pct` of the value.
 */
function spreadMargin(series) {
    const spread = series.spread;
    if (!spread)
        return undefined;
    if (spread.lower !== undefined || spread.upper !== undefined) {
        const below = spread.lower === undefined ? 0 : series.value - spread.lower;
        const above = spread.upper === undefined ? 0 : spread.upper - series.value;
        return Math.max(below, above);
    }
    if (spread.stddev !== undefined)
        return spread.stddev;
    if (spread.pct !== undefined)
        return (Math.abs(series.value) * spread.pct) / 100;
    return undefined;
}

// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
;// CONCATENATED MODULE: ./src/collect/benchmarks/series.ts



/** Diagnostics kept per file; hostile input with a million bad lines must not grow memory. */
const DIAGNOSTICS_PER_FILE = 100;
/** A series with the measure's default direction, and without empty optional parts. */
function makeSeries(init) {
    const series = {
        name: init.name,
        measure: init.measure,
        value: init.value,
        unit: init.unit,
        biggerIsBetter: init.biggerIsBetter ?? biggerIsBetterFor(init.measure),
    };
    const spread = compactSpread(init.spread);
    if (spread)
        series.spread = spread;
    if (init.extra !== undefined && init.extra !== '')
        series.extra = init.extra;
    return series;
}
function compactSpread(spread) {
    if (!spread)
        return undefined;
    const kept = {};
    for (const key of ['pct', 'stddev', 'samples', 'min', 'max', 'lower', 'upper']) {
        const value = spread[key];
        if (value !== undefined && Number.isFinite(value))
            kept[key] = value;
    }
    return Object.keys(kept).length > 0 ? kept : undefined;
}
/** A number as tools print it: `1,431,759`, `40537.123`, `2.1498980114547953e+02`. */
function parsePrintedNumber(text) {
    if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ||
        !/\d/.test(text)) {
        return undefined;
    }
    const value = Number(text.replaceAll(',', ''));
    return Number.isFinite(value) ? value : undefined;
}
/**
 * One figure for a benchmark run several times (go `-count N`, Google Benchmark repetitions
 * without aggregates): the mean of the printed values, with their spread.
 */
function repeatedRuns(values) {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    return {
        value: mean,
        spread: {
            samples: values.length,
            stddev: values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0,
            min: values.reduce((low, value) => Math.min(low, value), Infinity),
            max: values.reduce((high, value) => Math.max(high, value), -Infinity),
        },
    };
}
/** Gathers one file's series and diagnostics, then makes the parse result. */
class SeriesCollector {
    series = [];
    diagnostics = [];
    dropped = 0;
    /**
     * Adds a series and returns it (a later line may still add to its `extra`). A value that is
     * not a finite number (`1e999` and 400-digit figures overflow to Infinity) is no measurement:
     * it is skipped with a warning rather than reported or compared.
     */
    add(init) {
        const series = makeSeries(init);
        if (Number.isFinite(series.value))
            this.series.push(series);
        else
            this.warn(`${(0,limits/* clipMessage */.Io)(series.name) ?? ''}: value ${String(series.value)} is not a finite number; skipped`);
        return series;
    }
    warn(message, position) {
        this.diagnose('warning', message, position);
    }
    notice(message, position) {
        this.diagnose('notice', message, position);
    }
    diagnose(severity, message, position) {
        if (this.diagnostics.length >= DIAGNOSTICS_PER_FILE) {
            this.dropped++;
            return;
        }
        this.diagnostics.push(position ? { severity, message, position } : { severity, message });
    }
    /**
     * The result, or an EvidenceParseError when nothing was found: a benchmark file without a
     * single result is not evidence of anything.
     */
    result(noResults, position) {
        if (this.series.length === 0)
            throw new errors/* EvidenceParseError */.zS(noResults, position);
        const diagnostics = [...this.diagnostics];
        if (this.dropped > 0) {
            diagnostics.push({
                severity: 'notice',
                message: `${this.dropped} more diagnostics not shown`,
            });
        }
        return { data: { kind: 'benchmarks', series: this.series }, diagnostics };
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/text-input.ts


/**
 * Lines longer than this are not benchmark results (names are short); they are skipped
 * before any pattern runs, so a hostile multi-megabyte line costs one length check.
 */
const MAX_RESULT_LINE_CHARS = 16 * 1024;
/**
 * The lines of a detection head, without `\r`. The last one may be cut at the head's end; a cut
 * result line is a prefix of a result line, so detecting on it is no false positive.
 */
function headLines(head) {
    return head.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}
/** Whether any line of the head passes `test`. */
function someHeadLine(head, test) {
    return headLines(head).some((line) => line.length <= MAX_RESULT_LINE_CHARS && test(line));
}
/**
 * Streams a text benchmark file line by line through `reader` (unrelated lines such as build
 * logs are the reader's to skip), then returns the series or fails when there is none.
 */
async function readTextSeries(input, tool, makeReader) {
    const out = new SeriesCollector();
    const reader = makeReader(out);
    let skippedLong = 0;
    const lines = await (0,read_lines/* forEachLine */.FF)(input.chunks, (text, lineNumber) => {
        if (text.length > MAX_RESULT_LINE_CHARS) {
            skippedLong++;
            return;
        }
        reader.line(text, lineNumber);
    });
    reader.end?.(lines);
    if (skippedLong > 0) {
        out.notice(`${skippedLong} lines longer than ${MAX_RESULT_LINE_CHARS} characters skipped`);
    }
    return out.result(lines === 0 ? `empty file: no ${tool} results` : `no ${tool} results found in ${lines} lines`, { line: Math.max(lines, 1) });
}
/**
 * Splits the last `count` whitespace-separated fields off a line, scanning from the right in
 * one pass (no backtracking regex over padded columns). `head` is what precedes them, trimmed.
 */
function trailingFields(text, count) {
    const fields = [];
    let end = text.length;
    while (fields.length < count) {
        while (end > 0 && isSpace(text.charCodeAt(end - 1)))
            end--;
        let start = end;
        while (start > 0 && !isSpace(text.charCodeAt(start - 1)))
            start--;
        if (start === end)
            return undefined;
        fields.unshift(text.slice(start, end));
        end = start;
    }
    return { head: text.slice(0, end).trim(), fields };
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xa0;
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/asv-text.ts

/**
 * airspeed velocity (`asv run`) console output:
 *
 *     [ 35.00%] ··· benchmarks.TimeSuite.time_iterkeys                     11.1±0.01μs
 *     [ 30.00%] ··· benchmarks.MemSuite.mem_list                                 2.42k
 *     [ 85.00%] ··· benchmarks.TimeSuite.time_iterkeys3                         failed
 *
 * Timing results become `time` series (value and unit as printed, value ∓ the `±` figure as
 * `lower`/`upper`); `mem_`/`peakmem_` results become `memory` series in bytes (asv prints sizes
 * with an SI suffix and no unit: `2.42k` → 2.42 kB); a bare number (`track_`) becomes `value`.
 * `failed` results are warnings. Parameterised benchmarks print a table instead of a value and
 * are not read (a notice says so).
 */
const asvTextCollector = {
    format: 'asv-text',
    kind: 'benchmarks',
    producers: 'airspeed velocity (asv run)',
    detect: (head) => someHeadLine(head, (line) => parseAsvLine(line)?.kind === 'result'),
    parse: (input) => readTextSeries(input, 'asv', (out) => ({
        line: (text, lineNumber) => {
            const parsed = parseAsvLine(text);
            if (parsed?.kind === 'result')
                out.add(parsed.series);
            else if (parsed?.kind === 'failed')
                out.warn(`benchmark ${parsed.name} failed: no result`, { line: lineNumber });
            else if (parsed?.kind === 'table')
                out.notice(`benchmark ${parsed.name} is parameterised; its table is not read`, {
                    line: lineNumber,
                });
        },
    })),
};
const PREFIX = /^\[\s*\d+(?:\.\d+)?%\] ·+ /;
const TIME = /^(\d+(?:\.\d+)?)(?:±(\d+(?:\.\d+)?))?(ns|μs|µs|us|ms|s|m|h)$/;
const SIZE = /^(\d+(?:\.\d+)?)([kMGT]?)(?:±(\d+(?:\.\d+)?)[kMGT]?)?$/;
function parseAsvLine(text) {
    const prefix = PREFIX.exec(text);
    if (!prefix)
        return undefined;
    const tail = trailingFields(text.slice(prefix[0].length), 1);
    const [result = ''] = tail?.fields ?? [];
    const name = tail?.head ?? '';
    // Progress lines ("Running (...)", "Building for ...") have spaces in what precedes the value.
    if (name === '' || /\s/.test(name))
        return undefined;
    if (result === 'failed')
        return { kind: 'failed', name };
    if (result === 'ok')
        return { kind: 'table', name };
    const time = TIME.exec(result);
    if (time) {
        const [, valueText = '', errorText, unit = ''] = time;
        const value = Number(valueText);
        const error = errorText === undefined ? undefined : Number(errorText);
        const spread = error === undefined ? undefined : { lower: value - error, upper: value + error };
        return { kind: 'result', series: { name, measure: 'time', value, unit, spread } };
    }
    const size = SIZE.exec(result);
    if (!size)
        return undefined;
    const [, valueText = '', suffix = ''] = size;
    const kind = name.slice(name.lastIndexOf('.') + 1);
    if (/^(?:peak)?mem_/.test(kind)) {
        return {
            kind: 'result',
            series: { name, measure: 'memory', value: Number(valueText), unit: `${suffix}B` },
        };
    }
    return suffix === ''
        ? { kind: 'result', series: { name, measure: 'value', value: Number(valueText), unit: '' } }
        : undefined;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(96723);
// EXTERNAL MODULE: ./src/collect/read/json-head.ts
var json_head = __webpack_require__(39352);
// EXTERNAL MODULE: ./src/collect/read/json-issues.ts
var json_issues = __webpack_require__(9994);
// EXTERNAL MODULE: ./src/collect/read/text.ts
var read_text = __webpack_require__(21272);
// EXTERNAL MODULE: ./src/collect/read/zod-first-issue.ts
var zod_first_issue = __webpack_require__(97495);
;// CONCATENATED MODULE: ./src/collect/benchmarks/json-input.ts




/**
 * Reads a benchmark JSON document whole (benchmark reports are small). A document cut short
 * ("Unexpected end of JSON input", which names no position) is reported at its end.
 */
async function readJsonDocument(input) {
    const text = await (0,read_text/* readText */.yR)(input.chunks);
    try {
        return (0,read_text/* parseJsonText */.lk)(text);
    }
    catch (error) {
        if (error instanceof errors/* EvidenceParseError */.zS && error.position.line === undefined) {
            throw new errors/* EvidenceParseError */.zS(error.reason, (0,read_text/* positionAt */.t$)(text, text.length));
        }
        throw error;
    }
}
/** Reads a benchmark JSON document whole and checks its outer shape (`format` names it in errors). */
async function readValidDocument(input, schema, format) {
    return validDocument(schema, await readJsonDocument(input), format);
}
/** Checks the document's outer shape; a mismatch names the JSON path of the first problem. */
function validDocument(schema, value, format) {
    const early = (0,zod_first_issue/* firstArrayIssue */.V)(schema, value);
    if (early) {
        throw new errors/* EvidenceParseError */.zS(`not ${format}: ${describeIssue(early.error, (0,json_issues/* jsonPathText */.tj)('', early.path))}`, { line: 1, column: 1 });
    }
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    throw new errors/* EvidenceParseError */.zS(`not ${format}: ${describeIssue(result.error)}`, {
        line: 1,
        column: 1,
    });
}
/**
 * Entries that may be skipped before a list is judged not to be benchmark results at all. A
 * rejected entry costs zod tens of times an accepted one: millions of `{}` would take minutes.
 */
const MAX_SKIPPED_ENTRIES = 1000;
/**
 * The entries of a list that match `schema`; each one that does not is skipped with a warning
 * naming its JSON path, so one damaged entry does not hide the others.
 */
function validEntries(items, schema, path, out) {
    const kept = [];
    let skipped = 0;
    items.forEach((item, index) => {
        const result = schema.safeParse(item);
        if (result.success) {
            kept.push({ entry: result.data, index });
            return;
        }
        if (++skipped > MAX_SKIPPED_ENTRIES) {
            throw new errors/* EvidenceParseError */.zS(`more than ${MAX_SKIPPED_ENTRIES} entries of ${path === '' ? 'the list' : path} are not benchmark results (${path}[${index}]: ${describeIssue(result.error)})`, { line: 1, column: 1 });
        }
        out.warn(`${path}[${index}]${entryLabel(item)} skipped: ${describeIssue(result.error)}`);
    });
    return kept;
}
/** Keys formats name an entry by: vitest, pytest-benchmark, BenchmarkDotNet, JMH, hyperfine. */
const ENTRY_NAME_KEYS = ['name', 'fullname', 'FullName', 'benchmark', 'command'];
/**
 * ` ("<name>")` for an entry that names itself, so that a warning says which benchmark was
 * skipped (vitest writes a benchmark that threw with its name and no figures).
 */
function entryLabel(item) {
    if (typeof item !== 'object' || item === null)
        return '';
    for (const key of ENTRY_NAME_KEYS) {
        const value = Object.hasOwn(item, key) ? item[key] : '';
        if (typeof value === 'string' && value !== '') {
            return ` (${JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value)})`;
        }
    }
    return '';
}
function describeIssue(error, base = '') {
    const issue = error.issues[0];
    if (!issue)
        return 'unexpected shape';
    const where = (0,json_issues/* jsonPathText */.tj)(base, issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/benchmarkdotnet-json.ts




/**
 * BenchmarkDotNet JSON exporter output (`--exporters json`; full, brief or compressed). Each
 * benchmark (named by `FullName`) gives a `time` series: `Statistics.Mean` in ns, with the
 * standard deviation, N, min, max and the confidence interval as `lower`/`upper`. With the
 * MemoryDiagnoser, `Memory.BytesAllocatedPerOperation` gives a `memory` series (B per op).
 * A benchmark without statistics (it failed to run) is a warning.
 */
const benchmarkdotnetJsonCollector = {
    format: 'benchmarkdotnet-json',
    kind: 'benchmarks',
    producers: 'BenchmarkDotNet (JsonExporter)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') &&
        (0,json_head/* hasJsonKey */.S)(head, 'HostEnvironmentInfo') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'BenchmarkDotNetVersion') || (0,json_head/* hasJsonKey */.S)(head, 'Benchmarks')),
    parse: async (input) => {
        const document = await readValidDocument(input, DOCUMENT, 'BenchmarkDotNet JSON');
        const out = new SeriesCollector();
        for (const { entry, index } of validEntries(document.Benchmarks, BENCHMARK, 'Benchmarks', out)) {
            const stats = entry.Statistics;
            if (!stats) {
                out.warn(`Benchmarks[${index}] ${entry.FullName}: no statistics (the benchmark did not run); no result`);
                continue;
            }
            out.add({
                name: entry.FullName,
                measure: 'time',
                value: stats.Mean,
                unit: 'ns',
                spread: {
                    stddev: stats.StandardDeviation,
                    samples: stats.N,
                    min: stats.Min,
                    max: stats.Max,
                    lower: stats.ConfidenceInterval?.Lower,
                    upper: stats.ConfidenceInterval?.Upper,
                },
            });
            const bytes = entry.Memory?.BytesAllocatedPerOperation;
            if (bytes !== undefined && bytes !== null) {
                out.add({ name: entry.FullName, measure: 'memory', value: bytes, unit: 'B' });
            }
        }
        return out.result('no benchmarks in the BenchmarkDotNet JSON', { line: 1 });
    },
};
const DOCUMENT = schemas/* object */.Ikc({ HostEnvironmentInfo: schemas/* unknown */.L5J(), Benchmarks: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
const BENCHMARK = schemas/* object */.Ikc({
    FullName: schemas/* string */.YjP(),
    Statistics: schemas/* object */.Ikc({
        Mean: schemas/* number */.aig(),
        StandardDeviation: schemas/* number */.aig().optional(),
        N: schemas/* number */.aig().optional(),
        Min: schemas/* number */.aig().optional(),
        Max: schemas/* number */.aig().optional(),
        ConfidenceInterval: schemas/* object */.Ikc({ Lower: schemas/* number */.aig(), Upper: schemas/* number */.aig() }).optional(),
    })
        .nullish(),
    Memory: schemas/* object */.Ikc({ BytesAllocatedPerOperation: schemas/* number */.aig().nullish() }).nullish(),
});

;// CONCATENATED MODULE: ./src/collect/benchmarks/benchmarkjs-text.ts


/**
 * benchmark.js console output (`String(bench)` of each cycle):
 *
 *     fib(20) x 12,146 ops/sec ±0.32% (96 runs sampled)
 *
 * One `opsPerSec` series per line: value and unit as printed, `±` as `pct`, runs as `samples`.
 */
const benchmarkjsTextCollector = {
    format: 'benchmarkjs-text',
    kind: 'benchmarks',
    producers: 'benchmark.js (and tools printing its cycle lines, e.g. benny, tinybench wrappers)',
    detect: (head) => someHeadLine(head, (line) => parseCycleLine(line) !== undefined),
    parse: (input) => readTextSeries(input, 'benchmark.js', (out) => ({
        line: (text) => {
            const series = parseCycleLine(text);
            if (series)
                out.add(series);
        },
    })),
};
// benchmark.js writes `±`; some consoles mangle it to `+-`. "1 run sampled" is singular.
const CYCLE = /^ x ([\d,.]+) (\S+) (?:±|\+-)\s?([\d.]+)% \((\d+) runs? sampled\)\s*$/;
function parseCycleLine(text) {
    const at = text.lastIndexOf(' x ');
    if (at <= 0)
        return undefined;
    const match = CYCLE.exec(text.slice(at));
    const name = text.slice(0, at).trim();
    if (!match || name === '')
        return undefined;
    const [, valueText = '', unit = '', pctText = '', runsText = ''] = match;
    const value = parsePrintedNumber(valueText);
    if (value === undefined)
        return undefined;
    return {
        name,
        measure: 'opsPerSec',
        value,
        unit,
        biggerIsBetter: true,
        spread: { pct: Number(pctText), samples: Number(runsText) },
        extra: `${runsText} samples`,
    };
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/benchmarkluau-text.ts


/**
 * Output of Luau's benchmark runner (`bench/bench.py`):
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * One `time` series per SUCCESS line (the average, with its StdDev% as `pct`; the driver goes
 * to `extra`). The results table the runner prints after them repeats the same figures and is
 * not read again. FAILED lines become warnings.
 */
const benchmarkluauTextCollector = {
    format: 'benchmarkluau-text',
    kind: 'benchmarks',
    producers: 'Luau bench runner (bench/bench.py)',
    detect: (head) => someHeadLine(head, (line) => parseSuccessLine(line) !== undefined),
    parse: (input) => readTextSeries(input, 'Luau benchmark', (out) => ({
        line: (text, lineNumber) => {
            const series = parseSuccessLine(text);
            if (series)
                out.add(series);
            else if (/^(?:FAILED|ERROR)\b/.test(text))
                out.warn(`no result: ${text.trim()}`, { line: lineNumber });
        },
    })),
};
const VALUE = /^(\d+(?:\.\d+)?)([a-zµμ]+)$/;
function parseSuccessLine(text) {
    if (!text.startsWith('SUCCESS:'))
        return undefined;
    // SUCCESS: <name> : <value><unit> +/- <pct>% on <driver>
    const tail = trailingFields(text, 5);
    if (!tail)
        return undefined;
    const [valueText = '', plusMinus, pctText = '', on, driver = ''] = tail.fields;
    const value = VALUE.exec(valueText);
    const pct = parsePrintedNumber(pctText.replace(/%$/, ''));
    if (!value || plusMinus !== '+/-' || !pctText.endsWith('%') || pct === undefined || on !== 'on')
        return undefined;
    const nameColon = tail.head.slice('SUCCESS:'.length).trim();
    if (!nameColon.endsWith(':'))
        return undefined;
    const name = nameColon.slice(0, -1).trim();
    if (name === '')
        return undefined;
    const [, number = '', unit = ''] = value;
    return { name, measure: 'time', value: Number(number), unit, spread: { pct }, extra: driver };
}

// EXTERNAL MODULE: ./src/model/units.ts
var units = __webpack_require__(18766);
;// CONCATENATED MODULE: ./src/collect/benchmarks/cargo-bench-text.ts



/**
 * `cargo bench` output of Rust's built-in (libtest) harness, also what Criterion prints with
 * `--output-format bencher`:
 *
 *     test bench_fib_20 ... bench:      18,149 ns/iter (+/- 755)
 *
 * The `(+/- N)` figure is libtest's spread (max − min of the winsorized samples); it becomes
 * `lower`/`upper` = value ∓ N. `test x ... FAILED` lines become warnings; every other line
 * (compiler output, `running N tests`, `test result:`) is ignored.
 */
const cargoBenchTextCollector = {
    format: 'cargo-bench-text',
    kind: 'benchmarks',
    producers: 'cargo bench (libtest #[bench]), Criterion --output-format bencher',
    detect: (head) => someHeadLine(head, (line) => parseLibtestLine(line)?.kind === 'result'),
    parse: (input) => readTextSeries(input, 'cargo bench', (out) => ({
        line: (text, lineNumber) => {
            readLibtestLine(text, lineNumber, out);
        },
    })),
};
const BENCH_MARK = ' ... bench:';
const RESULT = /^\s*([\d,.]+) (\S+) \(\+\/- ([\d,.]+)\)\s*$/;
/** Reads one line if it is a libtest bench result or failure; true when it was one. */
function readLibtestLine(text, lineNumber, out) {
    const parsed = parseLibtestLine(text);
    if (!parsed)
        return false;
    if (parsed.kind === 'failed')
        out.warn(`benchmark ${parsed.name} FAILED: no result`, { line: lineNumber });
    else
        out.add(parsed.series);
    return true;
}
function parseLibtestLine(text) {
    if (!text.startsWith('test '))
        return undefined;
    const mark = text.indexOf(BENCH_MARK);
    if (mark === -1) {
        const failed = / \.\.\. FAILED\s*$/.exec(text);
        // Only bench runs print FAILED without a result; test runs of a bench target do too, which is fine to report.
        return failed ? { kind: 'failed', name: text.slice(5, failed.index).trim() } : undefined;
    }
    const name = text.slice(5, mark).trim();
    const match = RESULT.exec(text.slice(mark + BENCH_MARK.length));
    if (!match || name === '')
        return undefined;
    const [, valueText = '', unit = '', devText = ''] = match;
    const value = parsePrintedNumber(valueText);
    const deviation = parsePrintedNumber(devText);
    if (value === undefined || deviation === undefined)
        return undefined;
    return {
        kind: 'result',
        series: {
            name,
            value,
            unit,
            ...measureOfUnit(unit),
            spread: { lower: value - deviation, upper: value + deviation },
        },
    };
}
/** libtest prints `ns/iter`; custom harnesses print `cycles/iter`, `MS/s` and the like. */
function measureOfUnit(unit) {
    if (unit.endsWith('/s'))
        return { measure: 'throughput', biggerIsBetter: true };
    if ((0,units/* dimensionOf */.eT)(unit) === 'time')
        return { measure: 'time', biggerIsBetter: false };
    const perIteration = unit.length > '/iter'.length && unit.endsWith('/iter');
    return { measure: perIteration ? unit.slice(0, -'/iter'.length) : unit, biggerIsBetter: false };
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/catch2-text.ts



/**
 * Catch2 (v2 and v3) console reporter benchmark tables:
 *
 *     benchmark name                       samples       iterations    est run time
 *                                          mean          low mean      high mean
 *                                          std dev       low std dev   high std dev
 *     -------------------------------------------------------------------------------
 *     Fibonacci 20                                   100             2     8.3712 ms
 *                                             41.731 us      41.25 us     42.622 us
 *                                              3.256 us      2.163 us      5.353 us
 *
 * Each benchmark is three rows: name with samples, iterations and estimated run time; mean with
 * its confidence interval (`lower`/`upper`); standard deviation. A name too long for its column
 * wraps onto rows of its own above the numbers. v2 heads the last column `estimated`, v3
 * `est run time`. The standard deviation is converted to the mean's unit (Catch2 prints each
 * figure in its own unit).
 */
const catch2TextCollector = {
    format: 'catch2-text',
    kind: 'benchmarks',
    producers: 'Catch2 v2/v3 console reporter (BENCHMARK)',
    detect: (head) => {
        const lines = headLines(head);
        const header = lines.findIndex((line) => HEADER.test(line));
        return (header !== -1 && lines.slice(header + 1).some((line) => parseFirstRow(line) !== undefined));
    },
    parse: (input) => readTextSeries(input, 'Catch2 benchmark', (out) => new Catch2Reader(out)),
};
const HEADER = /^benchmark name\s+samples\s+iterations\s+(?:estimated|est run time)\s*$/;
const RULE = /^(?:-{10,}|={10,}|\.{10,})\s*$/;
function parseFirstRow(text) {
    const tail = trailingFields(text, 4);
    if (!tail)
        return undefined;
    const [samples = '', iterations = '', estimate = '', unit = ''] = tail.fields;
    if (!/^\d+$/.test(samples) ||
        !/^\d+$/.test(iterations) ||
        parsePrintedNumber(estimate) === undefined)
        return undefined;
    if (!isDurationUnit(unit))
        return undefined;
    return { namePart: tail.head, samples: Number(samples), iterations: Number(iterations) };
}
/** A row of three durations (`mean low high` or `std dev low high`), in the first one's unit. */
function parseFigures(text) {
    if (!/^\s/.test(text))
        return undefined;
    const tail = trailingFields(text, 6);
    if (tail?.head !== '')
        return undefined;
    const [a = '', aUnit = '', b = '', bUnit = '', c = '', cUnit = ''] = tail.fields;
    if (![aUnit, bUnit, cUnit].every(isDurationUnit))
        return undefined;
    const value = parsePrintedNumber(a);
    const low = inUnit(parsePrintedNumber(b), bUnit, aUnit);
    const high = inUnit(parsePrintedNumber(c), cUnit, aUnit);
    if (value === undefined || low === undefined || high === undefined)
        return undefined;
    return { value, low, high, unit: aUnit };
}
function isDurationUnit(unit) {
    return (unit === 'ns' ||
        unit === 'us' ||
        unit === 'ms' ||
        unit === 's' ||
        unit === 'm' ||
        unit === 'µs' ||
        unit === 'μs');
}
function inUnit(value, from, to) {
    return value === undefined ? undefined : (0,units/* convertUnit */.oU)(value, from, to);
}
class Catch2Reader {
    out;
    state = 'outside';
    nameParts = [];
    pending;
    constructor(out) {
        this.out = out;
    }
    line(text, lineNumber) {
        if (this.state === 'outside') {
            if (HEADER.test(text))
                this.state = 'header';
            return;
        }
        if (this.state === 'header') {
            if (/^-{10,}\s*$/.test(text))
                this.state = 'table';
            return;
        }
        this.tableLine(text, lineNumber);
    }
    tableLine(text, lineNumber) {
        if (this.pending) {
            const figures = parseFigures(text);
            if (figures && !this.pending.mean) {
                this.pending.mean = figures;
                return;
            }
            if (figures && this.pending.mean) {
                this.finish(this.pending, this.pending.mean, figures);
                this.pending = undefined;
                return;
            }
            this.abandon(lineNumber);
        }
        if (text.trim() === '') {
            this.nameParts = [];
            return;
        }
        if (RULE.test(text) || HEADER.test(text)) {
            this.state = HEADER.test(text) ? 'header' : 'outside';
            this.nameParts = [];
            return;
        }
        const first = parseFirstRow(text);
        if (first) {
            const name = [...this.nameParts, first.namePart].filter((part) => part !== '').join(' ');
            this.nameParts = [];
            this.pending = { name, first, line: lineNumber };
        }
        else {
            // A long name wraps onto rows of its own above its figures.
            this.nameParts.push(text.trim());
        }
    }
    finish(pending, mean, stddev) {
        const deviation = (0,units/* convertUnit */.oU)(stddev.value, stddev.unit, mean.unit);
        this.out.add({
            name: pending.name,
            measure: 'time',
            value: mean.value,
            unit: mean.unit,
            spread: {
                stddev: deviation,
                lower: mean.low,
                upper: mean.high,
                samples: pending.first.samples,
            },
            extra: `${pending.first.samples} samples\n${pending.first.iterations} iterations`,
        });
    }
    abandon(lineNumber) {
        if (!this.pending)
            return;
        const missing = this.pending.mean ? 'standard deviation' : 'mean';
        this.out.warn(`benchmark '${this.pending.name}' has no ${missing} row; skipped`, {
            line: lineNumber,
        });
        this.pending = undefined;
    }
    end(lastLine) {
        this.abandon(lastLine);
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/console-time-text.ts

/**
 * `console.time()` / `console.timeEnd()` lines in the form Firefox and Deno print them:
 *
 *     benchmark 3: The Third - timer/timerEnd: 8827ms - timer ended
 *
 * One `time` series per line, the label (everything before the last `: `) as its name. Node.js
 * prints the same call without ` - timer ended` (`label: 1.234ms`), which cannot be told apart
 * from any log line by content, so it is not read.
 */
const consoleTimeTextCollector = {
    format: 'console-time-text',
    kind: 'benchmarks',
    producers: 'console.time/timeEnd (Firefox, Deno, bencher "js_time")',
    detect: (head) => someHeadLine(head, (line) => parseTimerLine(line) !== undefined),
    parse: (input) => readTextSeries(input, 'console.time', (out) => ({
        line: (text) => {
            const series = parseTimerLine(text);
            if (series)
                out.add(series);
        },
    })),
};
const ENDED = ' - timer ended';
const DURATION = /^(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s)$/;
function parseTimerLine(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(ENDED))
        return undefined;
    const body = trimmed.slice(0, -ENDED.length);
    const colon = body.lastIndexOf(': ');
    if (colon <= 0)
        return undefined;
    const duration = DURATION.exec(body.slice(colon + 2));
    if (!duration)
        return undefined;
    const [, value = '', unit = ''] = duration;
    return { name: body.slice(0, colon), measure: 'time', value: Number(value), unit };
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/criterion-text.ts




/**
 * Criterion.rs console output (`cargo bench` with Criterion), the whole log as printed:
 *
 *     Benchmarking fib 20: Collecting 100 samples in estimated 5.0215 s (278k iterations)
 *     fib 20                  time:   [17.994 µs 18.073 µs 18.163 µs]
 *                             thrpt:  [1.2938 Melem/s 1.2961 Melem/s 1.2987 Melem/s]
 *                             change: [-1.2170% -0.4236% +0.3695%] (p = 0.31 > 0.05)
 *
 * `time` is the point estimate with its confidence interval as `lower`/`upper`; `thrpt`
 * becomes a `throughput` series. A name too long for its column is printed on the line
 * before `time:`. libtest `bench:` lines in the same log (other bench targets) are read too.
 */
const criterionTextCollector = {
    format: 'criterion-text',
    kind: 'benchmarks',
    producers: 'Criterion.rs (cargo bench)',
    detect: (head) => someHeadLine(head, (line) => parseEstimate(line, 'time:') !== undefined),
    parse: (input) => readTextSeries(input, 'Criterion', (out) => new CriterionReader(out)),
};
const ESTIMATE = /^\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]\s*$/;
/** What follows the name in "Benchmarking <name>: Collecting <n> samples …" (found from the end). */
const COLLECTING = /^: Collecting (\d+) samples/;
/** `change: [-2.1% -0.3% +1.6%] (p = …)`, or its `time:` line under a bare `change:` (with throughput). */
const CHANGE = /^\s+(?:change|time):\s+(\[[+-]?[\d.]+% [+-]?[\d.]+% [+-]?[\d.]+%\].*)$/;
const VERDICT = /^\s+(No change in performance detected|Performance has (?:regressed|improved)|Change within noise threshold)\.\s*$/;
function parseEstimate(text, marker) {
    const at = text.lastIndexOf(marker);
    if (at === -1)
        return undefined;
    const match = ESTIMATE.exec(text.slice(at + marker.length));
    if (!match)
        return undefined;
    const [, lowText = '', lowUnit = '', valueText = '', unit = '', highText = '', highUnit = ''] = match;
    const value = parsePrintedNumber(valueText);
    const low = criterion_text_inUnit(parsePrintedNumber(lowText), lowUnit, unit);
    const high = criterion_text_inUnit(parsePrintedNumber(highText), highUnit, unit);
    if (value === undefined || low === undefined || high === undefined)
        return undefined;
    return { label: text.slice(0, at).trim(), low, value, high, unit };
}
/** Criterion picks each figure's unit on its own (`[999.1 ns 1.0012 µs 1.0023 µs]`). */
function criterion_text_inUnit(value, from, to) {
    return value === undefined ? undefined : (0,units/* convertUnit */.oU)(value, from, to);
}
class CriterionReader {
    out;
    previous = '';
    /** "Benchmarking <name>: Collecting <n> samples" comes right before that benchmark's result. */
    collecting;
    current;
    constructor(out) {
        this.out = out;
    }
    line(text, lineNumber) {
        this.read(text, lineNumber);
        if (text.trim() !== '')
            this.previous = text.trim();
    }
    read(text, lineNumber) {
        if (readLibtestLine(text, lineNumber, this.out)) {
            this.current = undefined;
            return;
        }
        if (this.readTime(text))
            return;
        const change = CHANGE.exec(text);
        if (this.current && change) {
            this.current.time.extra = `change: ${change[1] ?? ''}`;
        }
        else if (this.current?.time.extra && VERDICT.test(text)) {
            this.current.time.extra += `\n${text.trim()}`;
        }
        else if (this.current && text.includes('thrpt:')) {
            this.readThroughput(this.current.name, text);
        }
        else {
            this.readCollecting(text);
        }
    }
    /** The name may hold ": " itself; `(.+): Collecting` would backtrack over a multi-megabyte line. */
    readCollecting(text) {
        if (!text.startsWith('Benchmarking '))
            return;
        const at = text.lastIndexOf(': Collecting ');
        const collecting = at > 'Benchmarking '.length ? COLLECTING.exec(text.slice(at, at + 40)) : null;
        if (collecting?.[1]) {
            this.collecting = {
                name: text.slice('Benchmarking '.length, at),
                samples: Number(collecting[1]),
            };
        }
    }
    samplesOf(name) {
        return this.collecting?.name === name ? this.collecting.samples : undefined;
    }
    readTime(text) {
        const estimate = text.includes('time:') ? parseEstimate(text, 'time:') : undefined;
        if (!estimate)
            return false;
        const name = estimate.label === '' ? this.previous : estimate.label;
        if (name === '')
            return false;
        const time = this.out.add({
            name,
            measure: 'time',
            value: estimate.value,
            unit: estimate.unit,
            spread: { lower: estimate.low, upper: estimate.high, samples: this.samplesOf(name) },
        });
        this.current = { name, time };
        return true;
    }
    readThroughput(name, text) {
        const estimate = parseEstimate(text, 'thrpt:');
        if (estimate?.label !== '')
            return;
        this.out.add({
            name,
            measure: 'throughput',
            value: estimate.value,
            unit: estimate.unit,
            biggerIsBetter: true,
            spread: { lower: estimate.low, upper: estimate.high, samples: this.samplesOf(name) },
        });
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/custom-json.ts





/**
 * github-action-benchmark's custom JSON (`customBiggerIsBetter` / `customSmallerIsBetter`):
 * an array of `{ "name", "unit", "value", "range"?, "extra"? }`, plus two optional fields that
 * Certify documents for it: `"biggerIsBetter": true|false` and `"measure"`.
 *
 * The file itself does not say which way is better (github-action-benchmark learns it from the
 * tool name in the workflow). Certify takes, in order: the entry's `biggerIsBetter`; else the
 * unit: per-second units (`req/s`, `ops/sec`, `MB/s`) are bigger-is-better, everything else
 * (times, bytes, percentages, unknown units) smaller-is-better — and says so in a notice,
 * because a unit cannot tell "free memory" from "memory used".
 *
 * `range` (`"3"`, `0.52`, `"± 3"`) becomes `lower`/`upper` = value ∓ range; `"5%"` becomes
 * `pct`; other text stays in `extra`. The measure is `measure` if given, else `time`, `opsPerSec`,
 * `throughput` or `memory` by the unit's dimension, else `value`.
 */
const customJsonCollector = {
    format: 'custom-json',
    kind: 'benchmarks',
    producers: 'github-action-benchmark custom JSON (customBiggerIsBetter, customSmallerIsBetter)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '[') &&
        /^\s*\[\s*\{/.test(head) &&
        (0,json_head/* hasJsonKey */.S)(head, 'name') &&
        (0,json_head/* hasJsonKey */.S)(head, 'unit') &&
        (0,json_head/* hasJsonKey */.S)(head, 'value'),
    parse: async (input) => {
        const entries = await readValidDocument(input, schemas/* array */.YOg(schemas/* unknown */.L5J()), 'custom benchmark JSON');
        const out = new SeriesCollector();
        let inferred = 0;
        for (const { entry, index } of validEntries(entries, ENTRY, '', out)) {
            const range = readRange(entry.value, entry.range);
            if (range.text !== undefined)
                out.notice(`[${index}] ${entry.name}: range '${range.text}' is not a number or percentage; kept in extra`);
            if (entry.biggerIsBetter === undefined)
                inferred++;
            const extra = [entry.extra, range.text === undefined ? undefined : `range: ${range.text}`]
                .filter((part) => part !== undefined && part !== '')
                .join('\n');
            out.add({
                name: entry.name,
                measure: entry.measure ?? measureOf(entry.unit),
                value: entry.value,
                unit: entry.unit,
                biggerIsBetter: entry.biggerIsBetter ?? isPerSecond(entry.unit),
                spread: range.spread,
                extra,
            });
        }
        if (inferred > 0) {
            out.notice(`${inferred} entries have no "biggerIsBetter"; direction taken from the unit (per-second units: bigger is better; others: smaller). Add "biggerIsBetter" to each entry to state it.`);
        }
        return out.result('no entries in the custom benchmark JSON', { line: 1 });
    },
};
const ENTRY = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    value: schemas/* number */.aig(),
    unit: schemas/* string */.YjP(),
    range: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    extra: schemas/* string */.YjP().optional(),
    biggerIsBetter: schemas/* boolean */.zMY().optional(),
    measure: schemas/* string */.YjP().min(1).optional(),
});
function readRange(value, range) {
    if (range === undefined)
        return {};
    if (typeof range === 'number')
        return { spread: { lower: value - range, upper: value + range } };
    const text = range.trim();
    const percent = /^(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*%$/i.exec(text);
    if (percent)
        return { spread: { pct: Number(percent[1]) } };
    const absolute = /^(?:±|\+-|\+\/-)?\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text);
    if (absolute) {
        const margin = Number(absolute[1]);
        return { spread: { lower: value - margin, upper: value + margin } };
    }
    return text === '' ? {} : { text };
}
function isPerSecond(unit) {
    const dimension = (0,units/* dimensionOf */.eT)(unit);
    return (dimension === 'rate' || dimension === 'dataRate' || /\/\s*(?:s|sec|second)$/i.test(unit.trim()));
}
function measureOf(unit) {
    switch ((0,units/* dimensionOf */.eT)(unit)) {
        case 'time':
            return 'time';
        case 'rate':
            return 'opsPerSec';
        case 'dataRate':
            return 'throughput';
        case 'bytes':
            return 'memory';
        default:
            return 'value';
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/go-bench-text.ts


/**
 * `go test -bench` output (the Go benchmark data format, golang.org/design/14313):
 *
 *     pkg: github.com/gofiber/fiber/v3/middleware/cache
 *     BenchmarkAppendMsgitem-4   21228057   55.76 ns/op   2833.37 MB/s   0 B/op   0 allocs/op
 *
 * A result line is `<name>[-<GOMAXPROCS>] <iterations> (<value> <unit>)+`. Each value/unit pair
 * is one series: `ns/op` → time, `B/op` → memory, `allocs/op` → allocs, `MB/s` → throughput,
 * any other (b.ReportMetric) unit → a measure named after the unit, bigger is better when the
 * output declares `Unit <unit> better=higher` or the unit is per second.
 *
 * Names: the `-N` GOMAXPROCS suffix is dropped (it goes to `extra`), unless one benchmark ran at
 * several GOMAXPROCS (`-cpu 1,2,4`), where the suffix is what tells the runs apart. A name found
 * in more than one package gets ` (<package>)`. Repeated runs of one benchmark (`-count N`)
 * become one series per metric: the mean, with stddev, min, max and samples = N.
 */
const goBenchTextCollector = {
    format: 'go-bench-text',
    kind: 'benchmarks',
    producers: 'go test -bench (testing package)',
    detect: (head) => someHeadLine(head, (line) => parseResultLine(line) !== undefined),
    parse: (input) => readTextSeries(input, 'go test -bench', (out) => new GoBenchReader(out)),
};
const KNOWN_UNITS = {
    'ns/op': { measure: 'time', biggerIsBetter: false },
    'B/op': { measure: 'memory', biggerIsBetter: false },
    'allocs/op': { measure: 'allocs', biggerIsBetter: false },
    'MB/s': { measure: 'throughput', biggerIsBetter: true },
};
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function parseResultLine(text) {
    if (!text.startsWith('Benchmark'))
        return undefined;
    const fields = text.trim().split(/\s+/);
    // The format: an even number of fields, at least four.
    if (fields.length < 4 || fields.length % 2 !== 0)
        return undefined;
    const [printedName = '', iterationsText = ''] = fields;
    if (!/^\d+$/.test(iterationsText))
        return undefined;
    const metrics = [];
    for (let i = 2; i < fields.length; i += 2) {
        const valueText = fields[i] ?? '';
        const unit = fields[i + 1] ?? '';
        if (!NUMBER.test(valueText))
            return undefined;
        metrics.push({ value: Number(valueText), unit });
    }
    const procs = /-(\d+)$/.exec(printedName);
    return {
        name: procs ? printedName.slice(0, procs.index) : printedName,
        printedName,
        procs: procs?.[1],
        iterations: Number(iterationsText),
        metrics,
    };
}
class GoBenchReader {
    out;
    pkg = '';
    runs = [];
    better = new Map();
    constructor(out) {
        this.out = out;
    }
    line(text, lineNumber) {
        const result = parseResultLine(text);
        if (result) {
            this.runs.push({ ...result, pkg: this.pkg });
            return;
        }
        if (text.startsWith('pkg: ')) {
            this.pkg = text.slice(5).trim();
        }
        else if (text.startsWith('Unit ')) {
            this.readUnitMetadata(text);
        }
        else {
            const failed = /^\s*--- FAIL: (Benchmark\S*)/.exec(text);
            if (failed?.[1])
                this.out.warn(`${failed[1]} failed: no result`, { line: lineNumber });
        }
    }
    /** `Unit MB/s better=higher` (benchfmt unit metadata). */
    readUnitMetadata(text) {
        const [, unit, ...pairs] = text.trim().split(/\s+/);
        for (const pair of pairs) {
            if (unit && pair === 'better=higher')
                this.better.set(unit, true);
            if (unit && pair === 'better=lower')
                this.better.set(unit, false);
        }
    }
    end() {
        const packagesOf = new Map();
        const procsOf = new Map();
        for (const run of this.runs) {
            addTo(packagesOf, run.name, run.pkg);
            addTo(procsOf, `${run.pkg}\n${run.name}`, run.procs);
        }
        const groups = new Map();
        for (const run of this.runs) {
            const severalProcs = (procsOf.get(`${run.pkg}\n${run.name}`)?.size ?? 0) > 1;
            const severalPackages = (packagesOf.get(run.name)?.size ?? 0) > 1;
            const base = severalProcs ? run.printedName : run.name;
            const name = severalPackages && run.pkg !== '' ? `${base} (${run.pkg})` : base;
            const group = groups.get(name);
            if (group)
                group.push(run);
            else
                groups.set(name, [run]);
        }
        for (const [name, runs] of groups)
            this.emit(name, runs);
    }
    emit(name, runs) {
        const [first] = runs;
        if (!first)
            return;
        const procsNote = first.procs === undefined ? '' : `\n${first.procs} procs`;
        const extra = runs.length === 1
            ? `${first.iterations} times${procsNote}`
            : `${runs.length} runs${procsNote}`;
        const units = [...new Set(runs.flatMap((run) => run.metrics.map((metric) => metric.unit)))];
        for (const unit of units) {
            const values = runs.flatMap((run) => run.metrics.filter((metric) => metric.unit === unit).map((metric) => metric.value));
            const known = KNOWN_UNITS[unit];
            const measure = known?.measure ?? unit;
            const biggerIsBetter = this.better.get(unit) ?? known?.biggerIsBetter ?? unit.endsWith('/s');
            const [only] = values;
            if (values.length === 1 && only !== undefined) {
                this.out.add({ name, measure, value: only, unit, biggerIsBetter, extra });
            }
            else {
                this.out.add({ name, measure, unit, biggerIsBetter, extra, ...repeatedRuns(values) });
            }
        }
    }
}
function addTo(map, key, value) {
    const set = map.get(key);
    if (set)
        set.add(value);
    else
        map.set(key, new Set([value]));
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/googlebench-json.ts




/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out` output.
 *
 * Each run gives a `time` series (`real_time`, unit `<time_unit>/iter` as github-action-benchmark
 * writes it) and a `cpuTime` series (`cpu_time`); `bytes_per_second` and `items_per_second`
 * counters give `throughput` (B/s) and `itemsPerSec`. Every other counter the benchmark set
 * (`state.counters["hits"]`, written as a number beside the run's own fields) is a series of
 * its own, measure = the counter's name; the JSON gives neither its unit nor its direction (a
 * kIsRate counter is written already divided by the time, with nothing saying so), so the unit
 * is empty and smaller counts as better unless the name ends in `per_second` or `_rate`. A memory manager's `allocs_per_iter` and `max_bytes_used` give
 * `allocs` and `memory` (bytes). With `--benchmark_repetitions` the `mean` aggregate is the
 * value and the `stddev` aggregate the spread (samples = repetitions); repetitions reported
 * without aggregates are averaged. Runs with `error_occurred` are warnings, runs skipped with
 * `SkipWithMessage` (`skipped`, 1.8+, written with zero times) notices; complexity aggregates
 * (BigO, RMS) are skipped.
 */
const googlebenchJsonCollector = {
    format: 'googlebench-json',
    kind: 'benchmarks',
    producers: 'Google Benchmark (--benchmark_format=json, --benchmark_out)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') &&
        (0,json_head/* hasJsonKey */.S)(head, 'context') &&
        (0,json_head/* hasJsonKey */.S)(head, 'benchmarks') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'library_build_type') ||
            ((0,json_head/* hasJsonKey */.S)(head, 'executable') && (0,json_head/* hasJsonKey */.S)(head, 'num_cpus'))),
    parse: async (input) => {
        const document = await readValidDocument(input, googlebench_json_DOCUMENT, 'Google Benchmark JSON');
        const out = new SeriesCollector();
        const groups = new Map();
        for (const { entry: fields, index } of validEntries(document.benchmarks, RUN, 'benchmarks', out)) {
            const entry = withCounters(fields, document.benchmarks[index]);
            if (entry.error_occurred) {
                out.warn(`benchmarks[${index}] ${entry.name}: ${entry.error_message ?? 'error occurred'}; no result`);
                continue;
            }
            if (entry.skipped) {
                out.notice(`benchmarks[${index}] ${entry.name}: skipped${entry.skip_message ? ` (${entry.skip_message})` : ''}; no result`);
                continue;
            }
            const key = entry.run_type === 'aggregate' ? (entry.run_name ?? entry.name) : entry.name;
            const group = groups.get(key);
            if (group)
                group.push(entry);
            else
                groups.set(key, [entry]);
        }
        for (const [name, runs] of groups)
            emitGroup(name, runs, out);
        return out.result('no benchmark runs in the Google Benchmark JSON', { line: 1 });
    },
};
const googlebench_json_DOCUMENT = schemas/* object */.Ikc({ context: schemas/* unknown */.L5J(), benchmarks: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
const RUN = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    run_name: schemas/* string */.YjP().optional(),
    run_type: schemas/* string */.YjP().optional(),
    aggregate_name: schemas/* string */.YjP().optional(),
    aggregate_unit: schemas/* string */.YjP().optional(),
    repetitions: schemas/* number */.aig().optional(),
    threads: schemas/* number */.aig().optional(),
    iterations: schemas/* number */.aig().optional(),
    real_time: schemas/* number */.aig().optional(),
    cpu_time: schemas/* number */.aig().optional(),
    time_unit: schemas/* string */.YjP().default('ns'),
    bytes_per_second: schemas/* number */.aig().optional(),
    items_per_second: schemas/* number */.aig().optional(),
    error_occurred: schemas/* boolean */.zMY().optional(),
    error_message: schemas/* string */.YjP().optional(),
    /** Google Benchmark 1.8+: `state.SkipWithMessage` (zero iterations and times are written). */
    skipped: schemas/* boolean */.zMY().optional(),
    skip_message: schemas/* string */.YjP().optional(),
});
/**
 * Numeric members json_reporter.cc writes for every run: not counters. Everything else that is a
 * number is a user counter (`run.counters`) or a memory manager figure.
 */
const RUN_FIELDS = new Set([
    'family_index',
    'per_family_instance_index',
    'repetitions',
    'repetition_index',
    'threads',
    'iterations',
    'real_time',
    'cpu_time',
    'cpu_coefficient',
    'real_coefficient',
    'rms',
    'bytes_per_second',
    'items_per_second',
    'complexity_n',
]);
/** Memory manager figures (`benchmark::RegisterMemoryManager`), read as the measures they are. */
const MEMORY_FIELDS = {
    allocs_per_iter: { measure: 'allocs', unit: 'allocs/iter' },
    max_bytes_used: { measure: 'memory', unit: 'B' },
    total_allocated_bytes: { measure: 'total_allocated_bytes', unit: 'B' },
    net_heap_growth: { measure: 'net_heap_growth', unit: 'B' },
};
function withCounters(entry, raw) {
    const counters = new Map();
    if (typeof raw === 'object' && raw !== null) {
        for (const [key, value] of Object.entries(raw)) {
            if (typeof value === 'number' && Number.isFinite(value) && !RUN_FIELDS.has(key))
                counters.set(key, value);
        }
    }
    return { ...entry, counters };
}
function emitGroup(name, runs, out) {
    const aggregates = runs.filter((run) => run.run_type === 'aggregate');
    const iterations = runs.filter((run) => run.run_type !== 'aggregate');
    const mean = aggregates.find((run) => run.aggregate_name === 'mean');
    const [single] = iterations;
    if (mean) {
        emitAggregated(name, mean, aggregates, iterations.length, out);
    }
    else if (iterations.length === 1 && single) {
        emitRun(name, single, out);
    }
    else if (iterations.length > 1) {
        emitRepetitions(name, iterations, out);
    }
    else {
        const kinds = aggregates.map((run) => run.aggregate_name ?? '?').join(', ');
        out.notice(`${name}: only ${kinds} aggregates (no mean); not read`);
    }
}
function emitRun(name, run, out) {
    const unit = `${run.time_unit}/iter`;
    const extra = `iterations: ${run.iterations ?? '?'}\ncpu: ${run.cpu_time ?? '?'} ${run.time_unit}\nthreads: ${run.threads ?? 1}`;
    if (run.real_time !== undefined)
        out.add({ name, measure: 'time', value: run.real_time, unit, extra });
    if (run.cpu_time !== undefined)
        out.add({ name, measure: 'cpuTime', value: run.cpu_time, unit, extra });
    emitCounters(name, run, out);
}
function emitAggregated(name, mean, aggregates, iterationRuns, out) {
    const stddev = aggregates.find((run) => run.aggregate_name === 'stddev');
    const median = aggregates.find((run) => run.aggregate_name === 'median');
    const samples = mean.repetitions ?? (iterationRuns > 0 ? iterationRuns : undefined);
    const unit = `${mean.time_unit}/iter`;
    const medianNote = median?.real_time === undefined ? '' : `\nmedian: ${median.real_time} ${median.time_unit}`;
    const extra = `repetitions: ${samples ?? '?'}${medianNote}\nthreads: ${mean.threads ?? 1}`;
    if (mean.real_time !== undefined) {
        out.add({
            name,
            measure: 'time',
            value: mean.real_time,
            unit,
            extra,
            spread: { stddev: stddev?.real_time, samples },
        });
    }
    if (mean.cpu_time !== undefined) {
        out.add({
            name,
            measure: 'cpuTime',
            value: mean.cpu_time,
            unit,
            extra,
            spread: { stddev: stddev?.cpu_time, samples },
        });
    }
    emitCounters(name, mean, out, stddev, samples);
}
function emitRepetitions(name, runs, out) {
    const [first] = runs;
    if (!first)
        return;
    const unit = `${first.time_unit}/iter`;
    const extra = `repetitions: ${runs.length} (averaged by Certify: no aggregates in the file)\nthreads: ${first.threads ?? 1}`;
    const real = runs.flatMap((run) => (run.real_time === undefined ? [] : [run.real_time]));
    const cpu = runs.flatMap((run) => (run.cpu_time === undefined ? [] : [run.cpu_time]));
    if (real.length > 0)
        out.add({ name, measure: 'time', unit, extra, ...repeatedRuns(real) });
    if (cpu.length > 0)
        out.add({ name, measure: 'cpuTime', unit, extra, ...repeatedRuns(cpu) });
    for (const figure of countersOf(first)) {
        const values = runs.flatMap((run) => {
            const value = figureOf(run, figure.key);
            return value === undefined ? [] : [value];
        });
        if (values.length > 0)
            out.add({ name, ...figure.series, ...repeatedRuns(values) });
    }
}
/** The counters of a run, each with the series it gives, in the order the file writes them. */
function countersOf(run) {
    const figures = [];
    if (run.bytes_per_second !== undefined)
        figures.push({
            key: 'bytes_per_second',
            series: { measure: 'throughput', unit: 'B/s', biggerIsBetter: true },
        });
    if (run.items_per_second !== undefined)
        figures.push({
            key: 'items_per_second',
            series: { measure: 'itemsPerSec', unit: 'items/s', biggerIsBetter: true },
        });
    for (const key of run.counters.keys()) {
        const memory = Object.hasOwn(MEMORY_FIELDS, key) ? MEMORY_FIELDS[key] : undefined;
        figures.push({
            key,
            series: memory
                ? { ...memory, biggerIsBetter: false }
                : { measure: key, unit: '', biggerIsBetter: /(?:per_second|_rate)$/i.test(key) },
        });
    }
    return figures;
}
function figureOf(run, key) {
    if (key === 'bytes_per_second')
        return run.bytes_per_second;
    if (key === 'items_per_second')
        return run.items_per_second;
    return run.counters.get(key);
}
function emitCounters(name, run, out, stddev, samples) {
    for (const figure of countersOf(run)) {
        const value = figureOf(run, figure.key);
        if (value === undefined)
            continue;
        const spread = stddev ? { stddev: figureOf(stddev, figure.key), samples } : undefined;
        out.add({ name, value, ...figure.series, ...(spread ? { spread } : {}) });
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/hyperfine-json.ts




/**
 * hyperfine `--export-json` output. Each command gives a `time` series (the mean in seconds,
 * with stddev, min, max and the number of runs) and a `p50` series (the median). hyperfine
 * writes `stddev: null` for a single run. Runs that exited non-zero (`--ignore-failure`) are a
 * warning: their times are in the figures.
 */
const hyperfineJsonCollector = {
    format: 'hyperfine-json',
    kind: 'benchmarks',
    producers: 'hyperfine (--export-json)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') &&
        (0,json_head/* hasJsonKey */.S)(head, 'results') &&
        (0,json_head/* hasJsonKey */.S)(head, 'command') &&
        (0,json_head/* hasJsonKey */.S)(head, 'mean') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'stddev') || (0,json_head/* hasJsonKey */.S)(head, 'times') || (0,json_head/* hasJsonKey */.S)(head, 'exit_codes')),
    parse: async (input) => {
        const document = await readValidDocument(input, hyperfine_json_DOCUMENT, 'hyperfine JSON');
        const out = new SeriesCollector();
        for (const { entry } of validEntries(document.results, hyperfine_json_RESULT, 'results', out)) {
            const name = entry.command;
            const samples = entry.times?.length ?? entry.exit_codes?.length;
            const extra = [
                entry.user === undefined ? undefined : `user: ${entry.user} s`,
                entry.system === undefined ? undefined : `system: ${entry.system} s`,
            ]
                .filter((line) => line !== undefined)
                .join('\n');
            out.add({
                name,
                measure: 'time',
                value: entry.mean,
                unit: 's',
                spread: { stddev: entry.stddev ?? undefined, samples, min: entry.min, max: entry.max },
                extra,
            });
            if (entry.median !== undefined)
                out.add({ name, measure: 'p50', value: entry.median, unit: 's', spread: { samples } });
            const failed = entry.exit_codes?.filter((code) => code !== 0).length ?? 0;
            if (failed > 0)
                out.warn(`${name}: ${failed} of ${entry.exit_codes?.length ?? 0} runs exited non-zero`);
        }
        return out.result('no results in the hyperfine JSON', { line: 1 });
    },
};
const hyperfine_json_DOCUMENT = schemas/* object */.Ikc({ results: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
const hyperfine_json_RESULT = schemas/* object */.Ikc({
    command: schemas/* string */.YjP(),
    mean: schemas/* number */.aig(),
    stddev: schemas/* number */.aig().nullish(),
    median: schemas/* number */.aig().optional(),
    user: schemas/* number */.aig().optional(),
    system: schemas/* number */.aig().optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    times: schemas/* array */.YOg(schemas/* number */.aig()).optional(),
    exit_codes: schemas/* array */.YOg(schemas/* number */.aig().nullable()).optional(),
});

;// CONCATENATED MODULE: ./src/collect/benchmarks/iai-text.ts

/**
 * iai (Cachegrind-based Rust benchmarks) output:
 *
 *     bench_fibonacci_short
 *       Instructions:                1735 (No change)
 *       L1 Accesses:                 2364
 *       L2 Accesses:                    1
 *       RAM Accesses:                   1
 *       Estimated Cycles:            2404
 *
 * Five counters per benchmark, each a series named after the unindented line above them:
 * `instructions`, `l1Accesses`, `l2Accesses`, `ramAccesses`, `estimatedCycles` (smaller is
 * better). The change iai prints against the previous run is not kept.
 */
const iaiTextCollector = {
    format: 'iai-text',
    kind: 'benchmarks',
    producers: 'iai (Rust, Cachegrind)',
    detect: (head) => someHeadLine(head, (line) => parseCounter(line)?.measure === 'instructions'),
    parse: (input) => readTextSeries(input, 'iai', (out) => new IaiReader(out)),
};
const COUNTERS = {
    Instructions: { measure: 'instructions', unit: 'instructions' },
    'L1 Accesses': { measure: 'l1Accesses', unit: 'accesses' },
    'L2 Accesses': { measure: 'l2Accesses', unit: 'accesses' },
    'RAM Accesses': { measure: 'ramAccesses', unit: 'accesses' },
    'Estimated Cycles': { measure: 'estimatedCycles', unit: 'cycles' },
};
const COUNTER = /^\s+(Instructions|L1 Accesses|L2 Accesses|RAM Accesses|Estimated Cycles):\s+(\d+)(?:\s+\((?:No change|[+-]\d+(?:\.\d+)?%)\))?\s*$/;
function parseCounter(text) {
    const match = COUNTER.exec(text);
    const counter = COUNTERS[match?.[1] ?? ''];
    return match && counter ? { ...counter, value: Number(match[2]) } : undefined;
}
class IaiReader {
    out;
    name = '';
    constructor(out) {
        this.out = out;
    }
    line(text, lineNumber) {
        const counter = parseCounter(text);
        if (counter) {
            if (this.name === '')
                this.out.warn('counter without a benchmark name above it; skipped', { line: lineNumber });
            else
                this.out.add({
                    name: this.name,
                    measure: counter.measure,
                    value: counter.value,
                    unit: counter.unit,
                });
            return;
        }
        if (text.trim() !== '' && !/^\s/.test(text))
            this.name = text.trim();
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/jmh-json.ts




/**
 * JMH `-rf json` results. Each entry gives one series from its primary metric: `opsPerSec`
 * (bigger is better) for throughput units (`ops/s`, `ops/ms`, …), else `time` (`ns/op`, `us/op`,
 * … in avgt, sample and ss modes); value and unit as JMH wrote them, `scoreConfidence` as
 * `lower`/`upper`, the number of measurements as `samples`, the 0th/100th percentiles as min/max.
 * `@Param` values are appended to the name as github-action-benchmark does
 * (`bench ( {"size":"10"} )`). The `gc.alloc.rate.norm` secondary metric (`-prof gc`) gives a
 * `memory` series. JMH writes "NaN" (a string) where a figure is undefined; such figures are left out.
 */
const jmhJsonCollector = {
    format: 'jmh-json',
    kind: 'benchmarks',
    producers: 'JMH (-rf json)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '[') &&
        (0,json_head/* hasJsonKey */.S)(head, 'benchmark') &&
        (0,json_head/* hasJsonKey */.S)(head, 'mode') &&
        (0,json_head/* hasJsonKey */.S)(head, 'primaryMetric'),
    parse: async (input) => {
        const entries = await readValidDocument(input, schemas/* array */.YOg(schemas/* unknown */.L5J()), 'JMH JSON');
        const out = new SeriesCollector();
        for (const { entry } of validEntries(entries, jmh_json_ENTRY, '', out)) {
            const name = entry.params
                ? `${entry.benchmark} ( ${JSON.stringify(entry.params)} )`
                : entry.benchmark;
            const metric = entry.primaryMetric;
            const [lower, upper] = metric.scoreConfidence ?? [];
            const throughput = metric.scoreUnit.startsWith('ops/') ||
                (entry.mode === 'thrpt' && !metric.scoreUnit.endsWith('/op'));
            out.add({
                name,
                measure: throughput ? 'opsPerSec' : 'time',
                value: metric.score,
                unit: metric.scoreUnit,
                biggerIsBetter: throughput,
                spread: {
                    lower,
                    upper,
                    samples: metric.rawData?.reduce((count, fork) => count + fork.length, 0),
                    min: metric.scorePercentiles?.['0.0'],
                    max: metric.scorePercentiles?.['100.0'],
                },
                extra: `iterations: ${entry.measurementIterations ?? '?'}\nforks: ${entry.forks ?? '?'}\nthreads: ${entry.threads ?? '?'}`,
            });
            // JMH up to 1.36 prefixes profiler metrics with '·'; 1.37 writes them bare.
            const allocation = entry.secondaryMetrics?.['gc.alloc.rate.norm'] ??
                entry.secondaryMetrics?.['·gc.alloc.rate.norm'];
            if (allocation?.score !== undefined) {
                out.add({ name, measure: 'memory', value: allocation.score, unit: allocation.scoreUnit });
            }
        }
        return out.result('no benchmarks in the JMH JSON', { line: 1 });
    },
};
/** A number, or JMH's "NaN"/"Infinity" strings, which carry no figure. */
const FIGURE = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()])
    .transform((value) => (typeof value === 'number' ? value : undefined));
const jmh_json_ENTRY = schemas/* object */.Ikc({
    benchmark: schemas/* string */.YjP(),
    mode: schemas/* string */.YjP(),
    threads: schemas/* number */.aig().optional(),
    forks: schemas/* number */.aig().optional(),
    measurementIterations: schemas/* number */.aig().optional(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).optional(),
    primaryMetric: schemas/* object */.Ikc({
        score: schemas/* number */.aig(),
        scoreUnit: schemas/* string */.YjP(),
        scoreConfidence: schemas/* array */.YOg(FIGURE).optional(),
        scorePercentiles: schemas/* record */.g1P(schemas/* string */.YjP(), FIGURE).optional(),
        rawData: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* unknown */.L5J())).optional(),
    }),
    secondaryMetrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ score: FIGURE, scoreUnit: schemas/* string */.YjP() }))
        .optional(),
});

;// CONCATENATED MODULE: ./src/collect/benchmarks/julia-json.ts




/**
 * BenchmarkTools.jl `BenchmarkTools.save("out.json", estimate)` files, as github-action-benchmark
 * reads them: `[{"Julia": …, "BenchmarkTools": …}, [group…]]` where a group is
 * `["BenchmarkGroup", {"data": {key: group-or-estimate}}]` and an estimate is
 * `["TrialEstimate", {"time", "gctime", "memory", "allocs", "params"}]`.
 *
 * Each estimate, named by its keys joined with `/` (`fib/10`), gives `time` (ns), `memory` (B)
 * and `allocs` series. Raw `Trial`s (not reduced with minimum/median/mean first) are warnings.
 */
const juliaJsonCollector = {
    format: 'julia-json',
    kind: 'benchmarks',
    producers: 'BenchmarkTools.jl (BenchmarkTools.save of a TrialEstimate group)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '[') && (0,json_head/* hasJsonKey */.S)(head, 'BenchmarkTools') && head.includes('"BenchmarkGroup"'),
    parse: async (input) => {
        const [, groups] = await readValidDocument(input, julia_json_DOCUMENT, 'BenchmarkTools.jl JSON');
        const out = new SeriesCollector();
        groups.forEach((group, index) => {
            walk(group, [], `[1][${index}]`, out);
        });
        return out.result('no TrialEstimate in the BenchmarkTools.jl JSON', { line: 1 });
    },
};
/** Groups nested deeper than this are hostile input, not a benchmark suite. */
const MAX_DEPTH = 64;
const julia_json_DOCUMENT = schemas/* tuple */.PVZ([schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())]);
const NODE = schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* unknown */.L5J()]);
const GROUP = schemas/* object */.Ikc({ data: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) });
const julia_json_ESTIMATE = schemas/* object */.Ikc({
    time: schemas/* number */.aig(),
    gctime: schemas/* number */.aig(),
    memory: schemas/* number */.aig(),
    allocs: schemas/* number */.aig(),
    params: schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* unknown */.L5J()]),
});
function walk(value, labels, path, out) {
    const node = NODE.safeParse(value);
    if (!node.success) {
        out.warn(`${path}: not a ["type", {…}] pair; skipped`);
        return;
    }
    const [type, body] = node.data;
    const name = labels.join('/');
    if (type === 'BenchmarkGroup') {
        const group = GROUP.safeParse(body);
        if (!group.success)
            out.warn(`${path}: BenchmarkGroup without "data"; skipped`);
        else if (labels.length >= MAX_DEPTH)
            out.warn(`${path}: groups nested deeper than ${MAX_DEPTH}; skipped`);
        else
            for (const [key, child] of Object.entries(group.data.data))
                walk(child, [...labels, key], `${path}.data["${key}"]`, out);
    }
    else if (type === 'TrialEstimate') {
        const estimate = julia_json_ESTIMATE.safeParse(body);
        if (!estimate.success) {
            out.warn(`${path} (${name}): TrialEstimate without time/gctime/memory/allocs/params; skipped`);
            return;
        }
        const { time, gctime, memory, allocs, params } = estimate.data;
        // The same text github-action-benchmark shows; params as written in the file.
        const extra = `gctime=${gctime}\nmemory=${memory}\nallocs=${allocs}\nparams=${JSON.stringify(params[1])}`;
        out.add({ name, measure: 'time', value: time, unit: 'ns', extra });
        out.add({ name, measure: 'memory', value: memory, unit: 'B', extra });
        out.add({ name, measure: 'allocs', value: allocs, unit: 'allocs', extra });
    }
    else if (type === 'Trial') {
        out.warn(`${name}: a raw Trial; save an estimate (minimum, median or mean of the results) to have a figure`);
    }
    else {
        out.notice(`${path} (${name}): unsupported type ${type}; skipped`);
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/k6-summary-json.ts




/**
 * k6 end-of-test summary as JSON: `k6 run --summary-export=summary.json` (metric figures flat
 * under each metric, rates as `value`) and the `handleSummary(data)` object written with
 * `JSON.stringify` (figures under `values`, with `type` and `contains`).
 *
 * Each metric is a series name; each figure a measure:
 * - trends (`http_req_duration`, …): `avg`, `min`, `max`, `p50` (med), `p90`, `p95`, `p99`,
 *   `p999` (p(99.9)), `count` — smaller is better. Time trends are in ms (k6 keeps time in ms);
 *   the legacy export does not say which custom trends hold times, so those have no unit.
 * - rates (`http_req_failed`, `checks`): `rate` (fraction 0..1, unit `ratio`), `passes`,
 *   `fails`. A rate whose name says fail/error is better smaller; other rates (checks) bigger.
 * - counters (`http_reqs`, `iterations`, `data_received`): `count` and `rate` (per second).
 * - gauges: `value`, `min`, `max`; `vus` and `vus_max` are load settings, not results, and skipped.
 * Thresholds go to `extra`; a failed one is also a warning.
 */
const k6SummaryJsonCollector = {
    format: 'k6-summary-json',
    kind: 'benchmarks',
    producers: 'k6 (--summary-export, handleSummary JSON)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') && (0,json_head/* hasJsonKey */.S)(head, 'metrics') && (0,json_head/* hasJsonKey */.S)(head, 'root_group'),
    parse: async (input) => {
        const document = await readValidDocument(input, k6_summary_json_DOCUMENT, 'k6 summary JSON');
        const out = new SeriesCollector();
        for (const [name, raw] of Object.entries(document.metrics)) {
            const metric = normalize(name, raw);
            if (!metric) {
                out.warn(`metrics.${name}: not a k6 metric summary; skipped`);
                continue;
            }
            if (metric.type === 'gauge' && (baseName(name) === 'vus' || baseName(name) === 'vus_max'))
                continue;
            emitMetric(name, metric, out);
        }
        return out.result('no metrics in the k6 summary', { line: 1 });
    },
};
const k6_summary_json_DOCUMENT = schemas/* object */.Ikc({ root_group: schemas/* unknown */.L5J(), metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) });
const FIGURES = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
/** handleSummary JSON: `{type, contains, values, thresholds: {expr: {ok}}}`. */
const CURRENT = schemas/* object */.Ikc({
    type: schemas/* enum */.k5n(['trend', 'rate', 'counter', 'gauge']),
    contains: schemas/* string */.YjP().optional(),
    values: FIGURES,
    thresholds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ ok: schemas/* boolean */.zMY() })).optional(),
});
/** Built-in k6 trends that hold times (ms); the legacy export drops `contains`. */
const TIME_TRENDS = new Set([
    'http_req_duration',
    'http_req_blocked',
    'http_req_connecting',
    'http_req_tls_handshaking',
    'http_req_sending',
    'http_req_waiting',
    'http_req_receiving',
    'iteration_duration',
    'group_duration',
    'ws_connecting',
    'ws_session_duration',
    'ws_ping',
    'grpc_req_duration',
    'browser_http_req_duration',
    'browser_web_vital_fcp',
    'browser_web_vital_lcp',
    'browser_web_vital_inp',
    'browser_web_vital_ttfb',
    'browser_web_vital_fid',
]);
const DATA_COUNTERS = new Set(['data_received', 'data_sent']);
/** `http_req_duration{expected_response:true}` → `http_req_duration`. */
function baseName(name) {
    const brace = name.indexOf('{');
    return brace === -1 ? name : name.slice(0, brace);
}
function numbers(figures) {
    const map = new Map();
    for (const [key, value] of Object.entries(figures))
        if (typeof value === 'number')
            map.set(key, value);
    return map;
}
function normalize(name, raw) {
    const current = CURRENT.safeParse(raw);
    if (current.success) {
        const { type, contains, values, thresholds } = current.data;
        const unit = contains === 'time' ? 'ms' : contains === 'data' ? 'B' : '';
        return {
            type,
            unit,
            figures: numbers(values),
            thresholds: Object.entries(thresholds ?? {}).map(([expression, state]) => [
                expression,
                state.ok,
            ]),
        };
    }
    const legacy = FIGURES.safeParse(raw);
    if (!legacy.success)
        return undefined;
    const figures = numbers(legacy.data);
    const thresholds = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* boolean */.zMY()).safeParse(legacy.data['thresholds']);
    // --summary-export writes `true` for a threshold that failed.
    const passed = thresholds.success
        ? Object.entries(thresholds.data).map(([expression, failed]) => [expression, !failed])
        : [];
    const type = legacyType(figures);
    if (!type)
        return undefined;
    const base = baseName(name);
    const unit = type === 'trend' && TIME_TRENDS.has(base) ? 'ms' : DATA_COUNTERS.has(base) ? 'B' : '';
    return { type, unit, figures, thresholds: passed };
}
function legacyType(figures) {
    if (figures.has('passes') && figures.has('fails'))
        return 'rate';
    if (figures.has('count') && figures.has('rate') && !figures.has('avg'))
        return 'counter';
    if (figures.has('avg') ||
        figures.has('med') ||
        [...figures.keys()].some((key) => key.startsWith('p(')))
        return 'trend';
    if (figures.has('value'))
        return 'gauge';
    return undefined;
}
/** `med` → p50, `p(95)` → p95, `p(99.9)` → p999. */
function trendMeasure(stat) {
    if (stat === 'med')
        return 'p50';
    if (stat === 'avg' || stat === 'min' || stat === 'max' || stat === 'count')
        return stat;
    const percentile = /^p\((\d+(?:\.\d+)?)\)$/.exec(stat);
    return percentile?.[1] ? `p${percentile[1].replace('.', '')}` : undefined;
}
function emitMetric(name, metric, out) {
    const extra = metric.thresholds
        .map(([expression, passed]) => `threshold ${expression}: ${passed ? 'passed' : 'failed'}`)
        .join('\n');
    for (const [expression, passed] of metric.thresholds) {
        if (!passed)
            out.warn(`k6 threshold '${expression}' on ${name} failed`);
    }
    const badWhenHigh = /fail|error/i.test(name);
    const add = (measure, value, unit, biggerIsBetter) => {
        if (value !== undefined)
            out.add({ name, measure, value, unit, biggerIsBetter, extra });
    };
    const { figures } = metric;
    switch (metric.type) {
        case 'trend': {
            const seen = new Set();
            for (const [stat, value] of figures) {
                const measure = trendMeasure(stat);
                if (!measure || seen.has(measure))
                    continue;
                seen.add(measure);
                add(measure, value, measure === 'count' ? '' : metric.unit, measure === 'count');
            }
            break;
        }
        case 'rate':
            add('rate', figures.get('rate') ?? figures.get('value'), 'ratio', !badWhenHigh);
            add('passes', figures.get('passes'), '', !badWhenHigh);
            add('fails', figures.get('fails'), '', badWhenHigh);
            break;
        case 'counter':
            add('count', figures.get('count'), metric.unit, !badWhenHigh);
            add('rate', figures.get('rate'), `${metric.unit}/s`, !badWhenHigh);
            break;
        case 'gauge':
            add('value', figures.get('value'), metric.unit, false);
            add('min', figures.get('min'), metric.unit, false);
            add('max', figures.get('max'), metric.unit, false);
            break;
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/pytest-benchmark-json.ts




/**
 * pytest-benchmark `--benchmark-json` output. Each benchmark (named by its `fullname`,
 * `file.py::test[param]`) gives an `opsPerSec` series (`stats.ops`, unit `iter/sec`, listed
 * first as github-action-benchmark reports it) and a `time` series (`stats.mean` in seconds,
 * with stddev, min, max and rounds). pytest-benchmark keeps every time in seconds.
 */
const pytestBenchmarkJsonCollector = {
    format: 'pytest-benchmark-json',
    kind: 'benchmarks',
    producers: 'pytest-benchmark (--benchmark-json)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') && (0,json_head/* hasJsonKey */.S)(head, 'machine_info') && (0,json_head/* hasJsonKey */.S)(head, 'benchmarks'),
    parse: async (input) => {
        const document = await readValidDocument(input, pytest_benchmark_json_DOCUMENT, 'pytest-benchmark JSON');
        const out = new SeriesCollector();
        for (const { entry } of validEntries(document.benchmarks, pytest_benchmark_json_BENCHMARK, 'benchmarks', out)) {
            const { stats } = entry;
            const extra = `mean: ${humanSeconds(stats.mean)}\nrounds: ${stats.rounds}`;
            if (stats.ops !== undefined) {
                out.add({
                    name: entry.fullname,
                    measure: 'opsPerSec',
                    value: stats.ops,
                    unit: 'iter/sec',
                    spread: { samples: stats.rounds },
                    extra,
                });
            }
            out.add({
                name: entry.fullname,
                measure: 'time',
                value: stats.mean,
                unit: 's',
                spread: { stddev: stats.stddev, samples: stats.rounds, min: stats.min, max: stats.max },
            });
        }
        return out.result('no benchmarks in the pytest-benchmark JSON', { line: 1 });
    },
};
const pytest_benchmark_json_DOCUMENT = schemas/* object */.Ikc({ machine_info: schemas/* unknown */.L5J(), benchmarks: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
const pytest_benchmark_json_BENCHMARK = schemas/* object */.Ikc({
    fullname: schemas/* string */.YjP(),
    stats: schemas/* object */.Ikc({
        min: schemas/* number */.aig(),
        max: schemas/* number */.aig(),
        mean: schemas/* number */.aig(),
        stddev: schemas/* number */.aig(),
        rounds: schemas/* number */.aig(),
        ops: schemas/* number */.aig().optional(),
    }),
});
/** The mean as github-action-benchmark's extra shows it (`24.08868133322941 usec`). */
function humanSeconds(seconds) {
    if (seconds < 1e-6)
        return `${seconds * 1e9} nsec`;
    if (seconds < 1e-3)
        return `${seconds * 1e6} usec`;
    if (seconds < 1)
        return `${seconds * 1e3} msec`;
    return `${seconds} sec`;
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/ruby-benchmark-text.ts


/**
 * Ruby's `Benchmark.bm` / `Benchmark.bmbm` report:
 *
 *                  user     system      total        real
 *     for:     0.950000   0.000000   0.950000 (  0.952039)
 *
 * Rows are read only directly under the `user system total real` caption, so the rehearsal
 * rows of `bmbm` (printed before the caption) are not taken for results. Each row gives a
 * `time` series (the real, wall-clock column) and a `cpuTime` series (the total column), in
 * seconds; labels are kept as printed (`for:`), including the `>total:`/`>avg:` summary rows.
 */
const rubyBenchmarkTextCollector = {
    format: 'ruby-benchmark-text',
    kind: 'benchmarks',
    producers: 'Ruby Benchmark (bm, bmbm, benchmark)',
    detect: (head) => {
        const lines = headLines(head);
        return lines.some((line, i) => CAPTION.test(line) && parseRow(lines[i + 1] ?? '') !== undefined);
    },
    parse: (input) => readTextSeries(input, 'Ruby benchmark', (out) => new RubyReader(out)),
};
const CAPTION = /^\s+user\s+system\s+total\s+real\s*$/;
function parseRow(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(')'))
        return undefined;
    const open = trimmed.lastIndexOf('(');
    if (open === -1)
        return undefined;
    const real = parsePrintedNumber(trimmed.slice(open + 1, -1).trim());
    const tail = trailingFields(trimmed.slice(0, open), 3);
    if (real === undefined || !tail)
        return undefined;
    const [user, system, total] = tail.fields.map(parsePrintedNumber);
    if (user === undefined || system === undefined || total === undefined)
        return undefined;
    return { label: tail.head, user, system, total, real };
}
class RubyReader {
    out;
    underCaption = false;
    rows = 0;
    constructor(out) {
        this.out = out;
    }
    line(text) {
        if (CAPTION.test(text)) {
            this.underCaption = true;
            return;
        }
        if (!this.underCaption)
            return;
        const row = parseRow(text);
        if (!row) {
            this.underCaption = false;
            return;
        }
        this.rows++;
        const name = row.label === '' ? `(row ${this.rows})` : row.label;
        const extra = `user: ${row.user} s\nsystem: ${row.system} s\ntotal: ${row.total} s`;
        this.out.add({ name, measure: 'time', value: row.real, unit: 's', extra });
        this.out.add({ name, measure: 'cpuTime', value: row.total, unit: 's', extra });
    }
}

;// CONCATENATED MODULE: ./src/collect/benchmarks/vitest-bench-json.ts




/**
 * `vitest bench --outputJson` (tinybench statistics, times in milliseconds). Each benchmark,
 * named `<group fullName> > <name>` (`math.bench.ts > math > add`), gives `time` (mean, with sd,
 * rme as `pct`, min, max, sample count), `opsPerSec` (`hz`, with rme), and the percentiles
 * vitest reports: `p50` (median), `p75`, `p99`, `p995`, `p999`.
 */
const vitestBenchJsonCollector = {
    format: 'vitest-bench-json',
    kind: 'benchmarks',
    producers: 'vitest bench (--outputJson)',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') &&
        (0,json_head/* hasJsonKey */.S)(head, 'files') &&
        (0,json_head/* hasJsonKey */.S)(head, 'groups') &&
        (0,json_head/* hasJsonKey */.S)(head, 'benchmarks') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'hz') || (0,json_head/* hasJsonKey */.S)(head, 'rme')),
    parse: async (input) => {
        const document = await readValidDocument(input, vitest_bench_json_DOCUMENT, 'vitest bench JSON');
        const out = new SeriesCollector();
        document.files.forEach((file, fileIndex) => {
            file.groups.forEach((group, groupIndex) => {
                const path = `files[${fileIndex}].groups[${groupIndex}].benchmarks`;
                for (const { entry } of validEntries(group.benchmarks, vitest_bench_json_BENCHMARK, path, out)) {
                    const name = `${group.fullName} > ${entry.name}`;
                    const samples = entry.sampleCount ?? entry.samples?.length;
                    out.add({
                        name,
                        measure: 'time',
                        value: entry.mean,
                        unit: 'ms',
                        spread: { stddev: entry.sd, pct: entry.rme, samples, min: entry.min, max: entry.max },
                    });
                    out.add({
                        name,
                        measure: 'opsPerSec',
                        value: entry.hz,
                        unit: 'ops/s',
                        spread: { pct: entry.rme, samples },
                    });
                    const percentiles = {
                        p50: entry.median,
                        p75: entry.p75,
                        p99: entry.p99,
                        p995: entry.p995,
                        p999: entry.p999,
                    };
                    for (const [measure, value] of Object.entries(percentiles)) {
                        if (value !== undefined)
                            out.add({ name, measure, value, unit: 'ms' });
                    }
                }
            });
        });
        return out.result('no benchmarks in the vitest bench JSON', { line: 1 });
    },
};
const vitest_bench_json_DOCUMENT = schemas/* object */.Ikc({
    files: schemas/* array */.YOg(schemas/* object */.Ikc({
        groups: schemas/* array */.YOg(schemas/* object */.Ikc({ fullName: schemas/* string */.YjP(), benchmarks: schemas/* array */.YOg(schemas/* unknown */.L5J()) })),
    })),
});
const vitest_bench_json_BENCHMARK = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    hz: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    rme: schemas/* number */.aig().optional(),
    sd: schemas/* number */.aig().optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    sampleCount: schemas/* number */.aig().optional(),
    samples: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    median: schemas/* number */.aig().optional(),
    p75: schemas/* number */.aig().optional(),
    p99: schemas/* number */.aig().optional(),
    p995: schemas/* number */.aig().optional(),
    p999: schemas/* number */.aig().optional(),
});

;// CONCATENATED MODULE: ./src/collect/benchmarks/index.ts



















/** The benchmarks formats, most specific first (detection tries them in this order). */
const benchmarksCollectors = [
    // JSON, each keyed on fields only its producer writes.
    pytestBenchmarkJsonCollector,
    googlebenchJsonCollector,
    benchmarkdotnetJsonCollector,
    jmhJsonCollector,
    juliaJsonCollector,
    hyperfineJsonCollector,
    vitestBenchJsonCollector,
    k6SummaryJsonCollector,
    // Last of the JSON: any array of {name, unit, value}.
    customJsonCollector,
    // Text. Criterion before cargo: a Criterion log may also hold libtest `bench:` lines.
    criterionTextCollector,
    cargoBenchTextCollector,
    goBenchTextCollector,
    benchmarkjsTextCollector,
    catch2TextCollector,
    benchmarkluauTextCollector,
    asvTextCollector,
    rubyBenchmarkTextCollector,
    consoleTimeTextCollector,
    iaiTextCollector,
];


/***/ }),

/***/ 39352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ hasJsonKey),
/* harmony export */   U: () => (/* binding */ opensWith)
/* harmony export */ });
/**
 * Content checks on the head of a JSON file (its first 64 KB, maybe cut mid-document), for
 * collectors' `detect`. They look at text only: the head need not be valid JSON.
 */
/** Whether a JSON head opens with `{` or `[` (after whitespace). */
function opensWith(head, opener) {
    return head.trimStart().startsWith(opener);
}
/**
 * Whether a JSON head has `"key":` as a real key. A key quoted inside a string value is escaped
 * (`\"key\":`) and does not match, because the closing quote must follow the name directly.
 */
function hasJsonKey(head, key) {
    return new RegExp(`(?<!\\\\)"${escapeRegExp(key)}"\\s*:`).test(head);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   bD: () => (/* binding */ expectKindIn),
/* harmony export */   eL: () => (/* binding */ requireKind),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   tj: () => (/* binding */ jsonPathText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** "an object", "a number", … for messages about a value of the wrong type. */
function describeKind(kind) {
    return kind === 'object' || kind === 'array'
        ? `an ${kind}`
        : kind === 'null'
            ? 'null'
            : `a ${kind}`;
}
/** Throws unless a JSON value read at `at` is of the `expected` kind; `rule` says what it must be. */
function requireKind(kind, expected, rule, at) {
    if (kind !== expected)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${rule}, found ${describeKind(kind)}`, at);
}
/**
 * The check a streaming reader makes on a container it is about to enter: one of the expected
 * kind is descended into; anything else means the file is not `report` ("a Mocha JSON report").
 */
function expectKindIn(report) {
    return (kind, expected, what, at) => {
        if (kind !== expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`not ${report}: ${what} is ${describeKind(kind)}, expected ${describeKind(expected)}`, at);
        }
        return 'descend';
    };
}
/** A JSON path as written in messages: runs[0].results[3].level, metrics[2]["odd key"]. */
function jsonPathText(base, path) {
    let text = base;
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(String(segment))}]`;
    }
    return text;
}
/** The first problem zod found in a value read at `at`, as a positioned parse error. */
function schemaError(error, base, at) {
    const issue = error.issues[0];
    if (!issue)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${base}: invalid value`, at);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceParseError */ .zS(`${jsonPathText(base, issue.path)}: ${issue.message}`, at);
}


/***/ }),

/***/ 97495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ firstArrayIssue)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96723);

/**
 * The first problem with `value`, found element by element in the arrays `schema` describes
 * (through objects, arrays and optional or nullable members), or undefined when there is none
 * there. zod itself reports every bad element: a hostile million-entry array of `{}` would cost
 * seconds and hundreds of MB before the first issue could be named. Call it before
 * `schema.safeParse`, which then sees only values whose arrays are sound.
 */
function firstArrayIssue(schema, value) {
    return walk(schema, value, 0);
}
/** Deeper schemas than this are not descended (ours are a few levels; zod still checks the rest). */
const MAX_SCHEMA_DEPTH = 16;
function walk(schema, value, depth) {
    if (depth > MAX_SCHEMA_DEPTH)
        return undefined;
    const inner = schema instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodOptional */ .IiU || schema instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodNullable */ .l1C ? schema.unwrap() : schema;
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodArray */ .naA && Array.isArray(value)) {
        const element = inner.element;
        // nothing to find in a list of anything (checked entry by entry later): a safeParse per
        // element of a million-entry list would cost seconds
        if (!(element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodType */ .aRx) || element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodUnknown */ ._aJ || element instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodAny */ .Mlh)
            return undefined;
        for (let index = 0; index < value.length; index++) {
            const item = value[index];
            // a huge array inside the element is searched the same way before zod sees the element
            const nested = walk(element, item, depth + 1);
            if (nested)
                return { path: [index, ...nested.path], error: nested.error };
            const parsed = element.safeParse(item);
            if (!parsed.success)
                return { path: [index], error: parsed.error };
        }
        return undefined;
    }
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_0__/* .ZodObject */ .bvH && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const shape = inner.shape;
        if (typeof shape !== 'object' || shape === null)
            return undefined;
        for (const [key, member] of Object.entries(shape)) {
            const field = Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
            if (!Array.isArray(field) && (typeof field !== 'object' || field === null))
                continue;
            const nested = walk(member, field, depth + 1);
            if (nested)
                return { path: [key, ...nested.path], error: nested.error };
        }
    }
    return undefined;
}


/***/ }),

/***/ 10817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ clipMessage),
/* harmony export */   im: () => (/* binding */ MESSAGES_PER_FILE),
/* harmony export */   kO: () => (/* binding */ FINDINGS_PER_FILE),
/* harmony export */   l9: () => (/* binding */ MESSAGE_MAX_CHARS)
/* harmony export */ });
/**
 * Detail kept per evidence file. Counts are always complete; text detail is capped so a
 * 100 MB report with 10,000 failures does not keep every stack trace in memory.
 */
const MESSAGE_MAX_CHARS = 1000;
/** Failure/error/skip messages kept per file; later non-passing cases keep their status only. */
const MESSAGES_PER_FILE = 500;
/** Security findings kept per file (counts stay complete). */
const FINDINGS_PER_FILE = 1000;
/** Trims text kept as detail: first MESSAGE_MAX_CHARS characters, without a split surrogate pair. */
function clipMessage(text) {
    if (text === undefined)
        return undefined;
    const trimmed = text.trim();
    if (trimmed.length <= MESSAGE_MAX_CHARS)
        return trimmed;
    let end = MESSAGE_MAX_CHARS;
    const code = trimmed.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${trimmed.slice(0, end)}…`;
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


/***/ })

};
;