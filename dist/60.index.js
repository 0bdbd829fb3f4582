"use strict";
exports.id = 60;
exports.ids = [60];
exports.modules = {

/***/ 61211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ closeCase),
/* harmony export */   FW: () => (/* binding */ unknownResultWarnings),
/* harmony export */   JX: () => (/* binding */ MessageText),
/* harmony export */   V8: () => (/* binding */ TestCaseList),
/* harmony export */   Xf: () => (/* binding */ newCase),
/* harmony export */   n: () => (/* binding */ secondsToMs)
/* harmony export */ });
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10817);
/* harmony import */ var _read_detach_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18356);
/* harmony import */ var _model_tests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44700);



/**
 * The cases of one evidence file as a parser finds them. Every case is kept (counts are always
 * complete); a message is kept for the first MESSAGES_PER_FILE cases that did not pass. Several
 * attempts of one test (the same `key`: retries, reruns appended to the same file) fold into one
 * case whose status is the last attempt's, flaky when an earlier attempt failed and the last passed.
 */
class TestCaseList {
    cases = [];
    indexByKey = new Map();
    /** Keys of tests with at least one failed or errored attempt. */
    everFailed = new Set();
    keptMessages = 0;
    /** False once the message quota is used up: parsers can stop collecting message text. */
    get wantsMessages() {
        return this.keptMessages < _model_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGES_PER_FILE */ .im;
    }
    /**
     * Adds a case (or an attempt of a case already added under `key`); returns its index. The list
     * takes the object over (no copy per case: 100 MB reports hold hundreds of thousands).
     */
    add(testCase, key) {
        if (key === undefined) {
            this.cases.push(this.keepMessage(testCase, false));
            return this.cases.length - 1;
        }
        const failedNow = testCase.status === 'failed' || testCase.status === 'error';
        const index = this.indexByKey.get(key);
        if (index === undefined) {
            if (failedNow)
                this.everFailed.add(key);
            this.indexByKey.set(key, this.cases.length);
            this.cases.push(this.keepMessage(testCase, false));
            return this.cases.length - 1;
        }
        const earlier = this.cases[index];
        if (!earlier)
            return index;
        const failedBefore = this.everFailed.has(key);
        if (failedNow)
            this.everFailed.add(key);
        testCase.retries = (earlier.retries ?? 0) + 1 + (testCase.retries ?? 0);
        const durationMs = sumDurations(earlier.durationMs, testCase.durationMs);
        if (durationMs !== undefined)
            testCase.durationMs = durationMs;
        if (testCase.status === 'passed' && (failedBefore || testCase.flaky === true))
            testCase.flaky = true;
        else
            delete testCase.flaky;
        this.cases[index] = this.keepMessage(testCase, earlier.message !== undefined);
        return index;
    }
    /** Changes the case at `index` in place (e.g. a suite name known only at the end of the file). */
    edit(index, change) {
        const testCase = this.cases[index];
        if (testCase)
            change(testCase);
    }
    evidence() {
        return { kind: 'tests', totals: (0,_model_tests_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(this.cases), cases: this.cases };
    }
    /**
     * Keeps a clipped message on a non-passing case while the quota lasts; a case that replaces an
     * earlier attempt with a kept message (`hadSlot`) reuses its slot.
     */
    keepMessage(testCase, hadSlot) {
        const message = testCase.status === 'passed' ? undefined : (0,_model_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .clipMessage */ .Io)(testCase.message);
        if (message !== undefined &&
            message !== '' &&
            (hadSlot || this.keptMessages < _model_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGES_PER_FILE */ .im)) {
            testCase.message = (0,_read_detach_js__WEBPACK_IMPORTED_MODULE_2__/* .detach */ .Y)(message);
            if (!hadSlot)
                this.keptMessages++;
            return testCase;
        }
        if (testCase.message !== undefined)
            delete testCase.message;
        if (hadSlot)
            this.keptMessages--;
        return testCase;
    }
}
/** A case with only the fields that have a value (no spreads: this runs once per test). */
function newCase(suite, name, status, durationMs, message) {
    const testCase = { suite, name, status };
    if (durationMs !== undefined)
        testCase.durationMs = durationMs;
    if (message !== undefined)
        testCase.message = message;
    return testCase;
}
/** The case an OpenCase is once its close tag is read. */
function closeCase(open) {
    return newCase(open.suite, open.name, open.status, open.durationMs, open.message?.value);
}
/**
 * One warning per result value the format does not define, each counted as an error;
 * `what` names the value ("NUnit result", "TRX outcome").
 */
function unknownResultWarnings(what, results) {
    return Array.from(results, (result) => ({
        severity: 'warning',
        message: `unknown ${what} "${result}" counted as an error`,
    }));
}
function sumDurations(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return a + b;
}
/**
 * Text collected piecewise (XML character data, output lines) for a message: leading whitespace
 * is skipped and at most a little more than MESSAGE_MAX_CHARS is held, however long the input.
 */
class MessageText {
    text = '';
    full = false;
    append(piece) {
        if (this.full)
            return;
        const addition = this.text === '' ? piece.trimStart() : piece;
        this.text += addition.slice(0, _model_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_MAX_CHARS */ .l9 + 1 - this.text.length);
        this.full = this.text.length > _model_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MESSAGE_MAX_CHARS */ .l9;
    }
    /** The text so far; longer than MESSAGE_MAX_CHARS when the input was, so clipMessage marks the cut. */
    get value() {
        const trimmed = this.text.trim();
        return trimmed === '' ? undefined : trimmed;
    }
}
/** Milliseconds from a number of seconds given as text; undefined when absent or not a number. */
function secondsToMs(seconds) {
    if (seconds === undefined || seconds === null || seconds === '')
        return undefined;
    const value = typeof seconds === 'number' ? seconds : Number(seconds);
    return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
}


/***/ }),

/***/ 4060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  testsCollectors: () => (/* binding */ testsCollectors)
});

// EXTERNAL MODULE: ./src/collect/read/json-head.ts
var json_head = __webpack_require__(39352);
;// CONCATENATED MODULE: ./src/collect/tests/cucumber-json.ts

/**
 * Cucumber's JSON report (`cucumber-js --format json:…`, cucumber-jvm `json:` plugin, Ruby
 * `cucumber --format json`): an array of features whose `elements` are scenarios.
 *
 * Every element of type "scenario" is one test (a Scenario Outline contributes one per example
 * row). Its outcome is the worst result among its steps and hooks — cucumber's own ordering:
 * failed > ambiguous > undefined > pending > skipped > passed. Background elements
 * (cucumber-jvm and Ruby write them before each scenario) are not tests; their results count
 * towards the scenario that follows. Mapping, after cucumber's summary and its default strict
 * mode, in which undefined, pending and ambiguous steps fail the run:
 *   passed → passed; failed → failed; undefined, pending, ambiguous → error (the scenario did not
 *   run as written: a step has no definition, is marked pending, or matches several);
 *   skipped (every step skipped, e.g. by a Before hook returning 'skipped') → skipped.
 * A scenario with no steps passes, as cucumber reports it.
 * Step durations are nanoseconds. cucumber-js writes only the last attempt of a retried
 * scenario, so flaky cannot be seen in this format.
 */
const cucumberJsonCollector = {
    format: 'cucumber-json',
    kind: 'tests',
    producers: 'cucumber-js --format json:report.json, cucumber-jvm (json plugin), cucumber (Ruby) --format json',
    detect: (head) => /^\s*\[\s*\{/.test(head) &&
        (0,json_head/* hasJsonKey */.S)(head, 'keyword') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'elements') || (0,json_head/* hasJsonKey */.S)(head, 'uri')),
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async ({ chunks }) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 17843))).parseCucumber(chunks),
};

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/collect/tests/case-list.ts
var case_list = __webpack_require__(61211);
// EXTERNAL MODULE: ./src/collect/read/lines.ts
var read_lines = __webpack_require__(59064);
;// CONCATENATED MODULE: ./src/collect/tests/ndjson.ts


/** Lines of a head read for detection; event streams put their first event on the first lines. */
const DETECT_LINES = 20;
/**
 * The first JSON object among the first lines of a newline-delimited JSON head (lines that are
 * not JSON, such as `go: downloading …` noise, are passed over). Undefined when there is none.
 */
function firstJsonLine(head) {
    const lines = head.split('\n', DETECT_LINES + 1).slice(0, DETECT_LINES);
    for (const line of lines) {
        const text = line.trim();
        if (!text.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(text);
            return isRecord(value) ? value : undefined;
        }
        catch {
            return undefined; // the first object line is cut by the head limit or broken
        }
    }
    return undefined;
}
/**
 * Calls `onObject` for every line that is a JSON object, streaming. A line that starts like an
 * object but does not parse (a truncated or damaged event) is an error naming its line and column.
 */
async function forEachJsonLine(chunks, onObject) {
    const summary = { objects: 0, skipped: 0 };
    await (0,read_lines/* forEachLine */.FF)(chunks, (line, lineNumber) => {
        const start = line.search(/\S/);
        if (start === -1)
            return;
        if (line[start] !== '{') {
            summary.skipped++;
            summary.firstSkipped ??= lineNumber;
            return;
        }
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw lineError(error, line, lineNumber);
        }
        if (!isRecord(value))
            throw new src_errors/* EvidenceParseError */.zS('expected a JSON object', {
                line: lineNumber,
                column: start + 1,
            });
        summary.objects++;
        onObject(value, lineNumber);
    });
    return summary;
}
function lineError(error, line, lineNumber) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    const column = match?.[1] ? Number(match[1]) + 1 : line.length + 1;
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return new src_errors/* EvidenceParseError */.zS(`invalid JSON event: ${reason}`, { line: lineNumber, column });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/collect/tests/dart-json.ts




/**
 * `dart test --reporter json` / `flutter test --machine` events (the test package's JSON reporter
 * protocol), one JSON object a line, read as a stream.
 *
 * Every test that reaches testDone is one test, except hidden ones: the protocol hides the
 * "loading …" pseudo-test of each file and setUpAll/tearDownAll, "not counted towards the total"
 * — unless they fail, and then they are shown and counted (a file that fails to load is one
 * error). testDone skipped → skipped; result success → passed, failure (a TestFailure: a failed
 * expect) → failed, error (any other exception) → error. The protocol lets an error arrive after
 * testDone; such a test "should be considered to have failed", so results are decided at the end.
 * A retried test (`retry:`) is reported once per attempt under a new id with the same name and
 * location: the attempts fold into one test, flaky when an earlier attempt failed. A test that
 * started but never finished (run cancelled, file truncated) is an error.
 */
const dartJsonCollector = {
    format: 'dart-json',
    kind: 'tests',
    producers: 'dart test --reporter json, flutter test --machine',
    detect: (head) => {
        const event = firstJsonLine(head);
        if (!event || typeof event['type'] !== 'string' || typeof event['time'] !== 'number')
            return false;
        return event['type'] === 'start'
            ? typeof event['protocolVersion'] === 'string'
            : EVENTS.has(event['type']);
    },
    parse: async ({ chunks }) => parseDartJson(chunks),
};
const EVENTS = new Set([
    'suite',
    'allSuites',
    'group',
    'testStart',
    'print',
    'error',
    'testDone',
    'debug',
    'done',
]);
async function parseDartJson(chunks) {
    const diagnostics = [];
    const suites = new Map();
    const tests = new Map();
    let messages = 0;
    // set inside the event callback (an object, so the check after it is not narrowed away)
    const run = { finished: false };
    const summary = await forEachJsonLine(chunks, (event, lineNumber) => {
        switch (event['type']) {
            case 'suite': {
                const suite = record(event['suite']);
                const id = suite?.['id'];
                if (typeof id === 'number')
                    suites.set(id, dart_json_text(suite?.['path']) ?? `suite ${id}`);
                return;
            }
            case 'testStart': {
                const test = record(event['test']);
                const id = test?.['id'];
                if (typeof id !== 'number')
                    return;
                tests.set(id, {
                    name: dart_json_text(test?.['name']) ?? '',
                    suiteId: numeric(test?.['suiteID']),
                    line: numeric(test?.['root_line']) ?? numeric(test?.['line']),
                    column: numeric(test?.['root_column']) ?? numeric(test?.['column']),
                    url: dart_json_text(test?.['root_url']) ?? dart_json_text(test?.['url']),
                    startTime: numeric(event['time']),
                    done: false,
                    result: undefined,
                    skipped: false,
                    hidden: false,
                    durationMs: undefined,
                    lateError: undefined,
                    message: undefined,
                });
                return;
            }
            case 'error': {
                const test = tests.get(numeric(event['testID']) ?? -1);
                if (!test)
                    return;
                if (test.message === undefined && messages < limits/* MESSAGES_PER_FILE */.im) {
                    const message = [dart_json_text(event['error']), dart_json_text(event['stackTrace'])]
                        .filter(Boolean)
                        .join('\n');
                    test.message = message.slice(0, limits/* MESSAGE_MAX_CHARS */.l9 + 1);
                    messages++;
                }
                if (test.done) {
                    const kind = event['isFailure'] === true ? 'failure' : 'error';
                    if (test.lateError !== 'error')
                        test.lateError = kind;
                }
                return;
            }
            case 'testDone': {
                const test = tests.get(numeric(event['testID']) ?? -1);
                if (!test) {
                    diagnostics.push({
                        severity: 'warning',
                        message: 'testDone for a test that never started; ignored',
                        position: { line: lineNumber },
                    });
                    return;
                }
                test.done = true;
                test.result = dart_json_text(event['result']);
                test.skipped = event['skipped'] === true;
                test.hidden = event['hidden'] === true;
                const time = numeric(event['time']);
                if (time !== undefined && test.startTime !== undefined)
                    test.durationMs = Math.max(0, time - test.startTime);
                return;
            }
            case 'done':
                run.finished = true;
                return;
            default:
                return;
        }
    });
    if (summary.objects === 0) {
        throw new src_errors/* EvidenceParseError */.zS(summary.skipped === 0
            ? 'empty file, expected dart test JSON reporter events'
            : 'no dart test JSON reporter events: no line is a JSON object', { line: summary.firstSkipped ?? 1, column: 1 });
    }
    const list = new case_list/* TestCaseList */.V8();
    const unknown = new Set();
    let unfinished = 0;
    for (const test of tests.values()) {
        if (test.done && test.hidden && test.lateError === undefined)
            continue;
        let status;
        if (!test.done) {
            status = 'error';
            unfinished++;
        }
        else if (test.lateError)
            status = test.lateError === 'error' ? 'error' : 'failed';
        else if (test.skipped)
            status = 'skipped';
        else
            status = statusOf(test.result, unknown);
        const suite = test.suiteId === undefined ? '' : (suites.get(test.suiteId) ?? '');
        list.add({
            suite,
            name: test.name,
            ...(suite === '' ? {} : { file: suite }),
            ...(test.line === undefined ? {} : { line: test.line }),
            status,
            ...(test.durationMs === undefined ? {} : { durationMs: test.durationMs }),
            ...(test.message === undefined ? {} : { message: test.message }),
            ...(!test.done
                ? {
                    message: test.message ?? 'started but never finished (run cancelled or file truncated)',
                }
                : {}),
        }, [test.suiteId ?? '', test.url ?? '', test.line ?? '', test.column ?? '', test.name].join('\u0000'));
    }
    if (!run.finished) {
        diagnostics.push({
            severity: 'warning',
            message: `no "done" event: the run was interrupted or the file is truncated${unfinished > 0 ? ` (${unfinished} unfinished test(s) counted as errors)` : ''}`,
        });
    }
    diagnostics.push(...(0,case_list/* unknownResultWarnings */.FW)('dart test result', unknown));
    return { data: list.evidence(), diagnostics };
}
function statusOf(result, unknown) {
    switch (result) {
        case 'success':
            return 'passed';
        case 'failure':
            return 'failed';
        case 'error':
            return 'error';
        default:
            unknown.add(result ?? '(none)');
            return 'error';
    }
}
function record(value) {
    return isRecord(value) ? value : undefined;
}
function dart_json_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function numeric(value) {
    // JSON.parse turns 1e999 into Infinity: no time anyone measured
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/collect/tests/go-test-json.ts



/**
 * `go test -json` (test2json) events, one JSON object a line, read as a stream.
 *
 * Every (Package, Test) that reaches pass, fail or skip is one test — subtests ("TestX/case")
 * too, and their parents, as go itself reports each with its own --- PASS/FAIL line (gotestsum
 * counts the same way). When a test appears more than once (-count=N, or gotestsum
 * --rerun-fails appending to the same file) it counts once with its last result, flaky when an
 * earlier run failed. A package that fails with no failed test in it (build failure, TestMain
 * exiting, panic or timeout outside a test) is one error case named "(package)"; a test that
 * was still running when its package ended, or when the file ends, is an error case too —
 * except a benchmark in a package that passed: go prints no "--- PASS" for a benchmark that
 * succeeded without logging, so it has a run event and no result, and the package's "ok" is its
 * verdict (gotestsum counts it as a passed test). The "bench" action ("--- BENCH:", test2json: the
 * benchmark printed log output but did not fail) is a pass.
 * Output lines are kept only as the message of failed and skipped tests (capped); passing
 * tests' output is dropped as soon as they pass.
 */
const goTestJsonCollector = {
    format: 'go-test-json',
    kind: 'tests',
    producers: 'go test -json ./... (test2json), gotestsum --jsonfile',
    detect: (head) => {
        const event = firstJsonLine(head);
        if (!event)
            return false;
        const action = event['Action'];
        // `go test -json` names the Package; `go tool test2json` run on a test binary without -p does not.
        if (typeof action !== 'string' || !ACTIONS.has(action))
            return false;
        return (action === 'start' ||
            ['Package', 'ImportPath', 'Test', 'Time'].some((key) => typeof event[key] === 'string'));
    },
    parse: async ({ chunks }) => parseGoTestJson(chunks),
};
const ACTIONS = new Set([
    'start',
    'run',
    'pause',
    'cont',
    'pass',
    'bench',
    'fail',
    'output',
    'skip',
    'build-output',
    'build-fail',
    'attr', // Go 1.25 t.Attr
]);
/** Lines go writes around a test's own output; they say nothing a status does not. */
const FRAMING = /^\s*(?:=== (?:RUN|PAUSE|CONT|NAME)|--- (?:PASS|FAIL|SKIP):)/;
async function parseGoTestJson(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    const packages = new Map();
    const buildOutput = new Map();
    const packageState = (name) => {
        let state = packages.get(name);
        if (!state) {
            state = { failedTests: 0, output: undefined, running: new Map() };
            packages.set(name, state);
        }
        return state;
    };
    const addTest = (pkg, test, status, durationMs, message) => {
        list.add((0,case_list/* newCase */.Xf)(pkg, test, status, durationMs, message), `${pkg}\u0000${test}`);
    };
    /** Tests with no result when their package (or the file) ended: they never finished. */
    const closeRunning = (pkg, state, why) => {
        for (const [test, output] of state.running) {
            addTest(pkg, test, 'error', undefined, output?.value ?? `${why}\n${state.output?.value ?? ''}`.trim());
            state.failedTests++;
        }
        state.running.clear();
    };
    const summary = await forEachJsonLine(chunks, (event) => {
        const action = stringField(event, 'Action');
        if (action === 'build-output') {
            const importPath = stringField(event, 'ImportPath') ?? '';
            const output = stringField(event, 'Output');
            if (output !== undefined && list.wantsMessages) {
                let text = buildOutput.get(importPath);
                if (!text)
                    buildOutput.set(importPath, (text = new case_list/* MessageText */.JX()));
                text.append(output);
            }
            return;
        }
        if (action === undefined)
            return;
        const pkg = stringField(event, 'Package') ?? '';
        const state = packageState(pkg);
        const test = stringField(event, 'Test');
        if (test === undefined || test === '') {
            if (action === 'output') {
                const output = stringField(event, 'Output');
                if (output !== undefined && list.wantsMessages)
                    (state.output ??= new case_list/* MessageText */.JX()).append(output);
            }
            else if (action === 'fail') {
                closeRunning(pkg, state, 'test did not finish: its package failed');
                if (state.failedTests === 0) {
                    const failedBuild = stringField(event, 'FailedBuild');
                    const message = (failedBuild === undefined ? undefined : buildOutput.get(failedBuild)?.value) ??
                        state.output?.value;
                    addTest(pkg, '(package)', 'error', (0,case_list/* secondsToMs */.n)(numberField(event, 'Elapsed')), message);
                }
                packages.delete(pkg);
            }
            else if (action === 'pass' || action === 'skip') {
                if (action === 'pass') {
                    for (const running of state.running.keys()) {
                        if (!running.startsWith('Benchmark'))
                            continue;
                        state.running.delete(running);
                        addTest(pkg, running, 'passed', undefined, undefined);
                    }
                }
                closeRunning(pkg, state, 'test did not finish before its package ended');
                packages.delete(pkg);
            }
            return;
        }
        switch (action) {
            case 'run':
                state.running.set(test, list.wantsMessages ? new case_list/* MessageText */.JX() : undefined);
                return;
            case 'output': {
                const output = stringField(event, 'Output');
                const text = state.running.get(test);
                if (text && output !== undefined && !FRAMING.test(output))
                    text.append(output);
                return;
            }
            case 'pass':
            case 'bench':
            case 'fail':
            case 'skip': {
                const status = action === 'fail' ? 'failed' : action === 'skip' ? 'skipped' : 'passed';
                const output = state.running.get(test);
                state.running.delete(test);
                if (status === 'failed')
                    state.failedTests++;
                addTest(pkg, test, status, (0,case_list/* secondsToMs */.n)(numberField(event, 'Elapsed')), status === 'passed' ? undefined : output?.value);
                return;
            }
            default:
                return; // pause, cont, start, attr: no result
        }
    });
    if (summary.objects === 0) {
        throw new src_errors/* EvidenceParseError */.zS(summary.skipped === 0
            ? 'empty file, expected go test -json events'
            : 'no go test -json events: no line is a JSON object', { line: summary.firstSkipped ?? 1, column: 1 });
    }
    for (const [pkg, state] of packages) {
        if (state.running.size > 0) {
            diagnostics.push({
                severity: 'warning',
                message: `the events of package ${pkg} end before its result (truncated or interrupted run): ${state.running.size} unfinished test(s) counted as errors`,
            });
            closeRunning(pkg, state, 'no result in the file: the run was interrupted or the file is truncated');
        }
    }
    if (summary.skipped > 0) {
        diagnostics.push({
            severity: 'notice',
            message: `${summary.skipped} line(s) that are not go test -json events were ignored (first at line ${summary.firstSkipped ?? 0})`,
            position: { line: summary.firstSkipped ?? 0 },
        });
    }
    return { data: list.evidence(), diagnostics };
}
function stringField(event, key) {
    const value = event[key];
    return typeof value === 'string' ? value : undefined;
}
function numberField(event, key) {
    const value = event[key];
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/collect/tests/jest-like-json.ts

/**
 * The Jest `--json` report shape, which Vitest's json reporter copies. jest-like-json-parse.ts
 * reads both; jest-json.ts and vitest-json.ts say which producer they are, and the checks below
 * tell them apart.
 */
/** Both producers start with the summary counters and list files under `testResults`. */
function isJestShaped(head) {
    return ((0,json_head/* opensWith */.U)(head, '{') && (0,json_head/* hasJsonKey */.S)(head, 'testResults') && (0,json_head/* hasJsonKey */.S)(head, 'numTotalTests'));
}
/**
 * Jest's summary keys all precede `testResults` (they come from one object literal), and Vitest's
 * report leaves out `numRuntimeErrorTestSuites`, `openHandles` and `wasInterrupted`. So a head
 * that reaches `testResults` without `numRuntimeErrorTestSuites` is Vitest's.
 */
function isVitestShaped(head) {
    return (isJestShaped(head) &&
        !(0,json_head/* hasJsonKey */.S)(head, 'numRuntimeErrorTestSuites') &&
        !(0,json_head/* hasJsonKey */.S)(head, 'openHandles'));
}

;// CONCATENATED MODULE: ./src/collect/tests/jest-json.ts

/**
 * `jest --json --outputFile=…` (and the report of `@jest/reporters`' JSON output).
 *
 * Every entry of testResults[].assertionResults[] is one test: passed → passed; failed → failed;
 * pending (skip), todo, skipped and disabled → skipped, as Jest's numPendingTests + numTodoTests.
 * A test retried by jest.retryTimes has invocations > 1: it counts once, as flaky when it passed
 * in the end. A test file that failed without a failed test (it could not run: syntax error,
 * failing import, error in a hook outside any test) is one error case, as Jest counts it in
 * numRuntimeErrorTestSuites next to the tests. A coverageMap in the same file is left to the
 * jest-json-coverage collector.
 */
const jestJsonCollector = {
    format: 'jest-json',
    kind: 'tests',
    producers: 'jest --json --outputFile=report.json',
    detect: isJestShaped,
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async (input) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 15495))).parseJestLike(input, 'Jest'),
};

// EXTERNAL MODULE: ./src/collect/read/detach.ts
var detach = __webpack_require__(18356);
// EXTERNAL MODULE: ./src/collect/read/xml.ts + 1 modules
var xml = __webpack_require__(28583);
// EXTERNAL MODULE: ./src/model/tests.ts
var tests = __webpack_require__(44700);
;// CONCATENATED MODULE: ./src/collect/tests/junit-xml.ts






const ROOTS = new Set(['testsuites', 'testsuite']);
const junitXmlCollector = {
    format: 'junit-xml',
    kind: 'tests',
    producers: 'Maven Surefire/Failsafe, Gradle, jest-junit, Vitest, pytest, gotestsum, mocha-junit-reporter, node --test, Bun, Deno, Playwright, PHPUnit, CTest, GoogleTest, Catch2, cargo nextest, cargo2junit, Bazel, Swift',
    detect(head) {
        const root = (0,xml/* xmlRootElement */.c6)(head);
        return root !== undefined && ROOTS.has(root);
    },
    async parse(input) {
        const reader = new JunitReader();
        await (0,xml/* streamXml */.sq)(input.chunks, reader);
        return reader.finish();
    },
};
/** Statuses meaning "this test did not run", from CTest, GoogleTest, tst and TeamCity. */
const NOT_RUN_STATUS = new Set(['disabled', 'notrun', 'ignored', 'skipped']);
const NOT_RUN_RESULT = new Set(['skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
const ERROR_STATUS = new Set(['error', 'errored']);
const TRUE_VALUES = new Set(['true', '1', 'yes']);
/** pytest's message for an error raised in teardown (a second testcase when the call failed). */
const PYTEST_TEARDOWN = 'failed on teardown with ';
/** jest-junit's classname for the pseudo testcases of a test file that failed to run. */
const JEST_SUITE_FAILED = 'Test suite failed to run';
/** In the schema location Maven Surefire and Failsafe write on their root `<testsuite>`. */
const SUREFIRE_SCHEMA = 'surefire-test-report';
/** mocha-junit-reporter's default `testsuitesTitle`: its root's `skipped` is mocha's pending count. */
const MOCHA_ROOT = 'Mocha Tests';
/**
 * `<testsuites name>` of producers that write each run of a test as one testcase and never a
 * rerun as another (their retries stay inside one testcase): jest-junit (its default
 * `suiteName`), Vitest, Bun, Deno and mocha-junit-reporter (its default `testsuitesTitle`).
 */
const NO_RERUN_TESTCASES_ROOTS = new Set([
    'jest tests',
    'vitest tests',
    'bun test',
    'deno test',
    'Mocha Tests',
]);
/**
 * Tests made from suite attributes in one file, at most: each becomes a case in memory, and a
 * few bytes of `tests="1000000000"` must not make a billion of them.
 */
const MAX_DECLARED_ONLY_TESTS = 100_000;
/** Above this, a `time` value is not seconds (container-structure-test < 1.14 wrote nanoseconds). */
const IMPLAUSIBLE_SECONDS = 1e6;
/**
 * Retry identities (classname + name + file attribute, an absent file the same as an empty one)
 * → index of the identity's first occurrence, in one scope. Keyed by the name alone, which every
 * kept case already holds as a string of its own: a testcase costs a map look-up and no key
 * string, and classname and file are compared only when a name comes again. Identities that
 * share a name with an earlier, different identity (the same method name in two classes) go to
 * a second map under a joined key.
 */
class RetryIdentities {
    /** Name → slot of the first identity seen with that name. */
    slotByName = new Map();
    firstIndexes = [];
    classnames = [];
    files = [];
    /** Joined identity → first index, for identities whose name's slot holds another. */
    others;
    /**
     * Index of the first occurrence of this identity, or undefined when `index` is its first.
     * `name`, `classname` and `file` must not be slices of a chunk (they are kept).
     */
    firstOf(index, name, classname, file) {
        const slot = this.slotByName.get(name);
        if (slot === undefined) {
            this.slotByName.set(name, this.firstIndexes.length);
            this.firstIndexes.push(index);
            this.classnames.push(classname);
            this.files.push(file);
            return undefined;
        }
        if (this.classnames[slot] === classname && this.files[slot] === file)
            return this.firstIndexes[slot];
        this.others ??= new Map();
        const key = `${classname}\u241f${name}\u241f${file}`;
        const first = this.others.get(key);
        if (first === undefined)
            this.others.set(key, index); // its parts are kept copies already
        return first;
    }
}
class JunitReader {
    depth = 0;
    suite;
    cases = [];
    capture;
    /** Every testcase as read, in file order (one plain object each: 100 MB files hold 200,000). */
    occurrences = [];
    /** Retry identities of testcases outside any `<testsuite>`. */
    rootIdentities = new RetryIdentities();
    /** Identities seen more than once: index of the first occurrence → indexes of all of them. */
    repeated = new Map();
    /** Occurrences that repeat the same run rather than retry it (jest-junit's suite errors). */
    sameRuns = new Set();
    /** The root marks a producer that never writes a rerun as a testcase: repeats are rows, not retries. */
    repeatsAreRows = false;
    /** mocha's pending count, from a mocha-junit-reporter root's `skipped` attribute. */
    mochaPending;
    /** Suites of a mocha-junit-reporter file declaring more tests than they list, in file order. */
    mochaShortSuites = [];
    lastClassname = '';
    lastClassnameCopy = '';
    lastFile = '';
    lastFileCopy = '';
    heldMessages = 0;
    declaredOnly = 0;
    implausibleTimes = 0;
    diagnostics = [];
    open(name, attributes) {
        this.depth++;
        if (this.depth === 1) {
            if (!ROOTS.has(name)) {
                throw new src_errors/* EvidenceParseError */.zS(`root element <${name}> is not a JUnit <testsuites> or <testsuite>`);
            }
            const rootName = attributes['name']?.trim();
            this.repeatsAreRows =
                (name === 'testsuites' &&
                    rootName !== undefined &&
                    NO_RERUN_TESTCASES_ROOTS.has(rootName)) ||
                    (attributes['xsi:noNamespaceSchemaLocation']?.includes(SUREFIRE_SCHEMA) ?? false);
            if (name === 'testsuites' && rootName === MOCHA_ROOT)
                this.mochaPending = countOf(attributes['skipped']);
        }
        const testCase = this.cases.at(-1);
        if (name === 'testsuite') {
            if (this.suite)
                this.suite.hasChildSuites = true;
            const suite = {
                depth: this.depth,
                identities: new RetryIdentities(),
                declared: pickDeclared(attributes),
                hasCases: false,
                caseCount: 0,
                hasChildSuites: false,
            };
            const suiteLabel = nonBlank(attributes['name']);
            const suiteFilePath = nonBlank(attributes['file']);
            if (suiteLabel !== undefined)
                suite.name = (0,detach/* detach */.Y)(suiteLabel);
            if (suiteFilePath !== undefined)
                suite.file = (0,detach/* detach */.Y)(suiteFilePath);
            if (this.suite)
                suite.parent = this.suite;
            this.suite = suite;
        }
        else if (name === 'testcase') {
            if (this.suite) {
                this.suite.hasCases = true;
                this.suite.caseCount++;
            }
            // node --test marks a failed testcase with a `failure` attribute, and never reruns a test
            if (attributes['failure'] !== undefined)
                this.repeatsAreRows = true;
            this.cases.push({
                depth: this.depth,
                attributes,
                suite: this.suite,
                error: undefined,
                failure: undefined,
                skipped: undefined,
                flakyRuns: 0,
                reruns: 0,
                rerunError: false,
            });
        }
        else if (testCase && this.depth === testCase.depth + 1) {
            this.openCaseChild(testCase, name, attributes);
        }
    }
    text(text) {
        this.capture?.fault.text?.append(text);
    }
    /** Text matters only inside a result element whose message is being collected. */
    wantsText() {
        return this.capture !== undefined;
    }
    close(name) {
        if (this.capture?.depth === this.depth)
            this.capture = undefined;
        const testCase = this.cases.at(-1);
        if (name === 'testcase' && testCase?.depth === this.depth) {
            this.cases.pop();
            this.finishCase(testCase);
        }
        else if (name === 'testsuite' && this.suite?.depth === this.depth) {
            this.finishSuite(this.suite);
            this.suite = this.suite.parent;
        }
        this.depth--;
    }
    finish() {
        this.addMochaPending();
        const list = new case_list/* TestCaseList */.V8();
        /** Index of every occurrence in a retry group → the group's runs. */
        const retryGroups = new Map();
        for (const indexes of this.repeated.values()) {
            const runs = indexes.flatMap((i) => {
                const testCase = this.occurrences[i];
                return testCase ? [{ testCase, sameRun: this.sameRuns.has(i) }] : [];
            });
            if (!isRetryShaped(runs))
                continue;
            // a producer that never writes reruns repeats an identity only as rows of their own
            if (this.repeatsAreRows && !runs.every((run) => run.sameRun))
                continue;
            for (const i of indexes)
                retryGroups.set(i, runs);
        }
        this.occurrences.forEach((testCase, i) => {
            const runs = retryGroups.get(i);
            const firstRun = runs?.[0];
            if (!runs || !firstRun)
                list.add(testCase);
            else if (firstRun.testCase === testCase)
                list.add(foldRuns(firstRun, runs));
        });
        if (this.implausibleTimes > 0) {
            this.diagnostics.push({
                severity: 'warning',
                message: `${this.implausibleTimes} testcase time value(s) exceed ${IMPLAUSIBLE_SECONDS} seconds; the producer may have written another unit (container-structure-test before 1.14 wrote nanoseconds). Durations are kept as written.`,
            });
        }
        return { data: list.evidence(), diagnostics: this.diagnostics };
    }
    openCaseChild(testCase, name, attributes) {
        if (name === 'error' || name === 'failure' || name === 'skipped') {
            if (testCase[name])
                return; // several of a kind: the first one's message stands for them
            const fault = {};
            testCase[name] = fault;
            if (this.heldMessages >= limits/* MESSAGES_PER_FILE */.im)
                return;
            this.heldMessages++;
            const message = attributes['message']?.trim();
            if (message)
                fault.message = (0,limits/* clipMessage */.Io)(message) ?? '';
            else {
                fault.text = new case_list/* MessageText */.JX();
                this.capture = { fault, depth: this.depth };
            }
        }
        else if (name === 'flakyFailure' || name === 'flakyError') {
            testCase.flakyRuns++;
        }
        else if (name === 'rerunFailure' || name === 'rerunError') {
            testCase.reruns++;
            if (name === 'rerunError')
                testCase.rerunError = true;
        }
    }
    /**
     * Runs once per testcase: no spreads, arrays or key strings, and kept strings are detached from
     * the chunk (a suite's cases share one copy of their classname and file).
     */
    finishCase(frame) {
        const attributes = frame.attributes;
        const status = junit_xml_statusOf(frame);
        const classname = this.keptClassname(attributes['classname'] ?? attributes['class'] ?? '');
        const name = (0,detach/* detach */.Y)(attributes['name'] ?? '');
        const fileAttribute = this.keptFile(attributes['file'] ?? '');
        const file = fileAttribute.trim() !== '' ? fileAttribute : suiteFile(frame.suite);
        const line = lineOf(attributes['line'], frame.suite);
        const durationMs = durationOf(attributes['time']);
        if (durationMs !== undefined && durationMs > IMPLAUSIBLE_SECONDS * 1000)
            this.implausibleTimes++;
        const retries = frame.flakyRuns + frame.reruns;
        const message = messageOf(frame, status);
        const suite = classname.trim() !== '' ? classname : (suiteName(frame.suite) ?? '');
        const testCase = newTestCase(suite, name, file, line, status, durationMs);
        if (message !== undefined)
            testCase.message = message;
        if (status === 'passed' && frame.flakyRuns > 0)
            testCase.flaky = true;
        if (retries > 0)
            testCase.retries = retries;
        const index = this.occurrences.length;
        this.occurrences.push(testCase);
        if (classname === JEST_SUITE_FAILED)
            this.sameRuns.add(index);
        const errorMessage = frame.error?.message ?? frame.error?.text?.value;
        // pytest's teardown error is a result of its own, never a retry of the failed call
        if (status === 'error' && errorMessage?.startsWith(PYTEST_TEARDOWN) === true)
            return;
        const identities = frame.suite?.identities ?? this.rootIdentities;
        const first = identities.firstOf(index, name, classname, fileAttribute);
        if (first === undefined)
            return;
        const indexes = this.repeated.get(first);
        if (indexes)
            indexes.push(index);
        else
            this.repeated.set(first, [first, index]);
    }
    /** One kept copy of a classname for its run of testcases (a suite's cases share it). */
    keptClassname(classname) {
        if (classname !== this.lastClassname) {
            this.lastClassname = classname;
            this.lastClassnameCopy = (0,detach/* detach */.Y)(classname);
        }
        return this.lastClassnameCopy;
    }
    /** One kept copy of a `file` attribute for its run of testcases (jest-junit: a suite's file). */
    keptFile(file) {
        if (file !== this.lastFile) {
            this.lastFile = file;
            this.lastFileCopy = (0,detach/* detach */.Y)(file);
        }
        return this.lastFileCopy;
    }
    /** The pending tests mocha-junit-reporter left out, as skipped tests (see the header). */
    addMochaPending() {
        if (this.mochaPending === undefined)
            return;
        const listed = this.occurrences.filter((testCase) => testCase.status === 'skipped').length;
        const missing = this.mochaPending - listed;
        if (missing <= 0)
            return;
        this.declaredOnly += missing;
        if (this.declaredOnly > MAX_DECLARED_ONLY_TESTS) {
            throw new src_errors/* EvidenceParseError */.zS(`the root declares more than ${MAX_DECLARED_ONLY_TESTS} skipped tests it does not list: not a plausible report`);
        }
        let left = missing;
        const add = (suite, file, count) => {
            for (let i = 0; i < count; i++) {
                this.occurrences.push({
                    suite,
                    name: `(pending test ${missing - left + 1} of ${missing} left out by mocha-junit-reporter)`,
                    ...(file !== undefined ? { file } : {}),
                    status: 'skipped',
                });
                left--;
            }
        };
        for (const short of this.mochaShortSuites)
            add(short.suite, short.file, Math.min(short.missing, left));
        add(MOCHA_ROOT, undefined, left);
        this.diagnostics.push({
            severity: 'warning',
            message: `mocha-junit-reporter lists ${listed} skipped testcase(s) but its root counts ${this.mochaPending} pending: ${missing} pending test(s) left out of the file (its includePending option is off) are counted as skipped`,
        });
    }
    /** A leaf suite with no testcase but declared counts: the tests the producer says it ran. */
    finishSuite(suite) {
        if (this.mochaPending !== undefined) {
            // mocha's `suite.tests` counts tests that never ran: only the root's pending count says
            // how many of those missing here were pending (addMochaPending), the rest are not results
            const missing = countOf(suite.declared['tests']) - suite.caseCount;
            if (missing > 0)
                this.mochaShortSuites.push({
                    suite: suite.name ?? suiteName(suite.parent) ?? '',
                    ...(suite.file !== undefined ? { file: suite.file } : {}),
                    missing,
                });
            return;
        }
        if (suite.hasCases || suite.hasChildSuites)
            return;
        const count = (name) => countOf(suite.declared[name]);
        const errors = count('errors');
        const failures = count('failures');
        const skipped = (suite.declared['skipped'] !== undefined ? count('skipped') : count('skips')) +
            count('disabled');
        const total = Math.max(count('tests'), errors + failures + skipped);
        if (total === 0)
            return;
        this.declaredOnly += total;
        if (this.declaredOnly > MAX_DECLARED_ONLY_TESTS) {
            throw new src_errors/* EvidenceParseError */.zS(`testsuites without <testcase> elements declare more than ${MAX_DECLARED_ONLY_TESTS} tests in all: not a plausible report`);
        }
        const statuses = [
            ...Array(errors).fill('error'),
            ...Array(failures).fill('failed'),
            ...Array(skipped).fill('skipped'),
            ...Array(total - errors - failures - skipped).fill('passed'),
        ];
        const suiteLabel = suite.name ?? suiteName(suite.parent) ?? '';
        statuses.forEach((status, i) => {
            this.occurrences.push({
                suite: suiteLabel,
                name: `(test ${i + 1} of ${total} declared by the suite, no <testcase> element)`,
                ...(suite.file !== undefined ? { file: suite.file } : {}),
                status,
            });
        });
        this.diagnostics.push({
            severity: 'warning',
            message: `testsuite "${suiteLabel}" lists no <testcase> but declares ${total} test(s) (${failures} failed, ${errors} errors, ${skipped} skipped): counted from its attributes`,
        });
    }
}
/**
 * A case with its fields in the order the model lists them (the report JSON keeps this order).
 * The fields nearly every testcase has are in the literal: a property added afterwards goes to a
 * separate property store, one more allocation per testcase.
 */
function newTestCase(suite, name, file, line, status, durationMs) {
    if (line === undefined && durationMs !== undefined) {
        return file === undefined
            ? { suite, name, status, durationMs }
            : { suite, name, file, status, durationMs };
    }
    const testCase = file === undefined
        ? line === undefined
            ? { suite, name, status }
            : { suite, name, line, status }
        : line === undefined
            ? { suite, name, file, status }
            : { suite, name, file, line, status };
    if (durationMs !== undefined)
        testCase.durationMs = durationMs;
    return testCase;
}
function junit_xml_statusOf(frame) {
    const attributes = frame.attributes;
    const status = attributes['status']?.trim().toLowerCase() ?? '';
    const result = attributes['result']?.trim().toLowerCase() ?? '';
    if (NOT_RUN_STATUS.has(status) ||
        NOT_RUN_RESULT.has(result) ||
        isTrue(attributes['skipped']) ||
        isTrue(attributes['disabled'])) {
        return 'skipped';
    }
    if (frame.error)
        return 'error';
    if (frame.failure)
        return 'failed';
    if (frame.reruns > 0)
        return frame.rerunError ? 'error' : 'failed';
    if (frame.skipped)
        return 'skipped';
    if (ERROR_STATUS.has(status))
        return 'error';
    if (FAILED_STATUS.has(status))
        return 'failed';
    return 'passed';
}
function messageOf(frame, status) {
    const { error, failure, skipped } = frame;
    const order = status === 'error'
        ? [error]
        : status === 'failed'
            ? [failure]
            : status === 'skipped'
                ? [skipped, failure, error]
                : [];
    for (const fault of order) {
        const message = fault?.message ?? fault?.text?.value;
        if (message !== undefined)
            return message;
    }
    return undefined;
}
/**
 * Runs of one identity are a retry when every run before the last failed or errored: tools rerun
 * only failing tests. Anything else (a pass or skip followed by more runs) is data-driven.
 */
function isRetryShaped(runs) {
    return runs
        .slice(0, -1)
        .every((run) => run.testCase.status === 'failed' || run.testCase.status === 'error');
}
/** One test from its runs: passed (flaky) or skipped as its last run; else error over failed. */
function foldRuns(firstRun, runs) {
    const first = firstRun.testCase;
    const last = runs.at(-1)?.testCase ?? first;
    let retries = 0;
    let durationMs;
    runs.forEach((run, i) => {
        if (i > 0 && !run.sameRun)
            retries++;
        retries += run.testCase.retries ?? 0;
        if (run.testCase.durationMs !== undefined)
            durationMs = (durationMs ?? 0) + run.testCase.durationMs;
    });
    const neverPassed = last.status === 'failed' || last.status === 'error';
    const errored = runs.some((run) => run.testCase.status === 'error');
    const status = neverPassed && errored ? 'error' : last.status;
    // the message of the last run that ended as the test did
    const message = runs.findLast((run) => run.testCase.status === status)?.testCase.message;
    const folded = { ...first, status };
    delete folded.message;
    delete folded.flaky;
    delete folded.retries;
    delete folded.durationMs;
    if (durationMs !== undefined)
        folded.durationMs = durationMs;
    if (last.status === 'passed' && runs.length > 1)
        folded.flaky = true;
    if (status !== 'passed' && message !== undefined)
        folded.message = message;
    if (retries > 0)
        folded.retries = retries;
    return folded;
}
function pickDeclared(attributes) {
    const declared = {};
    for (const name of ['tests', 'failures', 'errors', 'skipped', 'skips', 'disabled']) {
        const value = attributes[name];
        if (value !== undefined)
            declared[name] = value;
    }
    return declared;
}
function countOf(value) {
    if (value === undefined || !/^\s*\d+\s*$/.test(value))
        return 0;
    return Number(value);
}
function suiteName(suite) {
    for (let frame = suite; frame; frame = frame.parent)
        if (frame.name !== undefined)
            return frame.name;
    return undefined;
}
function suiteFile(suite) {
    for (let frame = suite; frame; frame = frame.parent)
        if (frame.file !== undefined)
            return frame.file;
    return undefined;
}
/** pytest's `line` is the 0-based item location; its suite is named "pytest" unless configured. */
function lineOf(value, suite) {
    if (value === undefined || !/^\s*\d+\s*$/.test(value))
        return undefined;
    const line = Number(value) + (suite?.name === 'pytest' ? 1 : 0);
    return line >= 1 && Number.isSafeInteger(line) ? line : undefined;
}
/** Seconds as written by the producer, tolerating locale-formatted numbers. */
function durationOf(value) {
    if (value === undefined)
        return undefined;
    const plain = plainSecondsInMs(value);
    if (plain !== NOT_PLAIN)
        return plain;
    const text = value.trim();
    if (!text)
        return undefined;
    let normalized = text;
    if (text.includes(',')) {
        const grouping = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) && (text.includes('.') || text.split(',').length > 2);
        if (grouping)
            normalized = text.replaceAll(',', '');
        else if (/^\d+,\d+$/.test(text))
            normalized = text.replace(',', '.');
        else
            return undefined;
    }
    const ms = (0,case_list/* secondsToMs */.n)(normalized);
    return ms === undefined ? undefined : (0,tests/* roundMs */.l9)(ms);
}
/** What `plainSecondsInMs` returns for text it leaves to the general reading. */
const NOT_PLAIN = -1;
/**
 * Seconds written as up to 9 digits with up to 6 decimals (what producers write: `0.016`,
 * `36.860`), in ms, read with integer arithmetic; NOT_PLAIN for any other text. It runs once per
 * testcase, and in a fresh process it runs mostly unoptimized, where `Number()` on a string and the
 * general reading's `trim` and `includes` cost several times more. The result is exactly the
 * general reading's `roundMs(Number(text) * 1000)`: with k decimals the value times 10^6 is the
 * integer M = digits × 10^(6-k) < 10^15, which the general reading's three roundings put less than
 * 0.5 away from (each is off by at most 2^-53 relatively), so its `Math.round` gives M too, and
 * both end with the same division M / 1000.
 */
function plainSecondsInMs(text) {
    const length = text.length;
    let whole = 0;
    let i = 0;
    for (; i < length; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            break;
        whole = whole * 10 + digit;
    }
    if (i === 0 || i > 9)
        return NOT_PLAIN;
    if (i === length)
        return whole * 1000;
    if (text.charCodeAt(i) !== 46 || length - i - 1 > 6 || length - i - 1 === 0)
        return NOT_PLAIN;
    let micros = 0;
    let scale = 1e6;
    for (i++; i < length; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NOT_PLAIN;
        scale /= 10;
        micros += digit * scale;
    }
    return (whole * 1e6 + micros) / 1000;
}
function isTrue(value) {
    return value !== undefined && TRUE_VALUES.has(value.trim().toLowerCase());
}
function nonBlank(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
}

;// CONCATENATED MODULE: ./src/collect/tests/mocha-json.ts
/**
 * `mocha --reporter json` (built-in JSON reporter; `--reporter-option output=file` since Mocha 9).
 *
 * The report lists every test that ended under `tests`, and the outcomes under `passes`,
 * `failures` and `pending`. Each entry of `tests` is one test: failed when it is among the
 * failures, skipped when pending, passed otherwise. A failure that is not a test — a failing
 * hook ('"before each" hook for "…"'), after which Mocha runs no more tests of that suite — is
 * counted by Mocha under `failures` ("N failing") but not under `tests`; it is one failed case
 * here too, so Certify's failed equals Mocha's and its total is Mocha's tests plus failed hooks.
 * Mocha has no error state: an exception in a test is a failure. A test retried with
 * `this.retries(n)` counts once; when it passed after `currentRetry` retries it is flaky.
 */
const mochaJsonCollector = {
    format: 'mocha-json',
    kind: 'tests',
    producers: 'mocha --reporter json',
    detect: (head) => 
    // stats (a flat object of counters) and then the top-level tests array, as the reporter writes them
    /^\s*\{\s*"stats"\s*:\s*\{[^{}]*"passes"\s*:\s*\d+[^{}]*\}\s*,\s*"tests"\s*:\s*\[/.test(head),
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async ({ chunks }) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(195)]).then(__webpack_require__.bind(__webpack_require__, 62195))).parseMocha(chunks),
};

;// CONCATENATED MODULE: ./src/collect/read/xml-root.ts

/**
 * A check for the first `open` of a `streamXml` pass: throws unless the root element is one of
 * `roots` (the first is the one the message names); every later element passes. `notWhat`
 * starts the message: "not NUnit 3 XML".
 */
function rootElementCheck(notWhat, roots) {
    let checked = false;
    return (name) => {
        if (checked)
            return;
        checked = true;
        if (!roots.includes(name)) {
            throw new src_errors/* EvidenceParseError */.zS(`${notWhat}: root element is <${name}>, expected <${roots[0]}>`);
        }
    };
}

;// CONCATENATED MODULE: ./src/collect/tests/nunit2-xml.ts



/**
 * NUnit 2.x result XML (root <test-results>), also written by NUnit 3 with `--result=file;format=nunit2`
 * and by tools that imitate it (Pickles, SpecFlow runners).
 *
 * Every <test-case> is one test, parameterized suites included. executed="False" → skipped
 * (NUnit's "not run": ignored, invalid). Otherwise by result: Success → passed; Failure → failed;
 * Error and Cancelled → error; Ignored/Skipped/NotRunnable/Inconclusive → skipped (NUnit 2 counts
 * those as not run). Files from NUnit ≤ 2.4 have no result attribute: success="True" → passed,
 * success="False" → failed. The root `total` counts only tests that ran, so it is smaller than
 * the number of cases when some were not run.
 */
const nunit2XmlCollector = {
    format: 'nunit2-xml',
    kind: 'tests',
    producers: 'NUnit 2 console (TestResult.xml), nunit3-console --result=…;format=nunit2',
    detect: (head) => (0,xml/* xmlRootElement */.c6)(head) === 'test-results',
    parse: async ({ chunks }) => parseNunit2(chunks),
};
async function parseNunit2(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    const unknown = new Set();
    const suites = [];
    const path = [];
    let current;
    const checkRoot = rootElementCheck('not NUnit 2 XML', ['test-results']);
    await (0,xml/* streamXml */.sq)(chunks, {
        open(name, attributes) {
            checkRoot(name);
            path.push(name);
            if (name === 'test-suite') {
                suites.push(attributes['name'] ?? '');
            }
            else if (name === 'test-case') {
                const { suite, name: caseName } = splitTestName(attributes['name'] ?? '', suites.at(-1) ?? '');
                current = {
                    suite,
                    name: caseName,
                    status: nunit2_xml_statusOf(attributes, unknown),
                    durationMs: (0,case_list/* secondsToMs */.n)(attributes['time']),
                    message: undefined,
                };
            }
            else if (name === 'message' && current && list.wantsMessages) {
                const holder = path.at(-2);
                if (holder === 'failure' || holder === 'reason')
                    current.message ??= new case_list/* MessageText */.JX();
            }
        },
        text(text) {
            if (current && path.at(-1) === 'message')
                current.message?.append(text);
        },
        close(name) {
            path.pop();
            if (name === 'test-suite')
                suites.pop();
            else if (name === 'test-case' && current) {
                list.add((0,case_list/* closeCase */.FD)(current));
                current = undefined;
            }
        },
    });
    diagnostics.push(...(0,case_list/* unknownResultWarnings */.FW)('NUnit result', unknown));
    return { data: list.evidence(), diagnostics };
}
const RESULTS = {
    Success: 'passed',
    Failure: 'failed',
    Error: 'error',
    Cancelled: 'error',
    Ignored: 'skipped',
    Skipped: 'skipped',
    NotRunnable: 'skipped',
    Inconclusive: 'skipped',
};
function nunit2_xml_statusOf(attributes, unknown) {
    if (attributes['executed'] === 'False')
        return 'skipped';
    const result = attributes['result'];
    if (result !== undefined) {
        const status = RESULTS[result];
        if (status)
            return status;
        unknown.add(result);
        return 'error';
    }
    if (attributes['success'] === 'True')
        return 'passed';
    if (attributes['success'] === 'False')
        return 'failed';
    unknown.add('(no result or success attribute)');
    return 'error';
}
/**
 * NUnit 2 names a case by its full name, "Namespace.Fixture.Method" or "…Method(1,"a.b")": the
 * fixture is what precedes the method, found before any argument list (arguments may hold dots).
 */
function splitTestName(fullName, enclosingSuite) {
    const argumentsStart = fullName.indexOf('(');
    const head = argumentsStart === -1 ? fullName : fullName.slice(0, argumentsStart);
    const dot = head.lastIndexOf('.');
    if (dot <= 0)
        return { suite: enclosingSuite, name: fullName };
    return { suite: fullName.slice(0, dot), name: fullName.slice(dot + 1) };
}

;// CONCATENATED MODULE: ./src/collect/tests/nunit3-xml.ts



/**
 * NUnit 3/4 result XML (root <test-run>), written by nunit3-console and the NUnit test adapter.
 *
 * Every <test-case> is one test, however deep its <test-suite> nesting (parameterized methods
 * and theories are suites of cases). Results as NUnit's own summary splits them: Passed →
 * passed; Failed → failed, or error when labelled Error, Cancelled or Invalid (NUnit lists those
 * as "Errors" and "Invalid", apart from assertion failures); Skipped (Ignored, Explicit) and
 * Inconclusive → skipped; Warning → passed (a warning is not a failed test).
 *
 * A suite whose OneTimeTearDown failed (result Failed, site TearDown) makes NUnit's overall
 * result Failed although every case passed: it becomes one error case so it cannot go unseen.
 */
const nunit3XmlCollector = {
    format: 'nunit3-xml',
    kind: 'tests',
    producers: 'nunit3-console --result, NUnit3TestAdapter (dotnet test --logger nunit)',
    detect: (head) => (0,xml/* xmlRootElement */.c6)(head) === 'test-run',
    parse: async ({ chunks }) => parseNunit3(chunks),
};
async function parseNunit3(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    const unknown = new Set();
    const suites = [];
    const path = [];
    let current;
    const checkRoot = rootElementCheck('not NUnit 3 XML', ['test-run']);
    let declaredTotal;
    let testCases = 0;
    await (0,xml/* streamXml */.sq)(chunks, {
        open(name, attributes) {
            checkRoot(name);
            path.push(name);
            if (name === 'test-run') {
                const total = Number(attributes['testcasecount'] ?? attributes['total']);
                if (Number.isFinite(total) &&
                    (attributes['testcasecount'] ?? attributes['total']) !== undefined)
                    declaredTotal = total;
            }
            else if (name === 'test-suite') {
                const parent = suites.at(-1);
                suites.push({
                    fullName: attributes['fullname'] ?? attributes['name'] ?? '',
                    className: attributes['classname'] ?? parent?.className,
                    tearDownFailed: attributes['result'] === 'Failed' && attributes['site'] === 'TearDown',
                    message: undefined,
                });
            }
            else if (name === 'test-case') {
                testCases++;
                const suite = suites.at(-1);
                current = {
                    suite: attributes['classname'] ?? suite?.className ?? suite?.fullName ?? '',
                    name: attributes['name'] ?? attributes['fullname'] ?? '',
                    status: nunit3_xml_statusOf(attributes['result'], attributes['label'], unknown),
                    durationMs: (0,case_list/* secondsToMs */.n)(attributes['duration']),
                    message: undefined,
                };
            }
            else if (name === 'message' && list.wantsMessages) {
                const holder = path.at(-2);
                if (current && (holder === 'failure' || holder === 'reason'))
                    current.message ??= new case_list/* MessageText */.JX();
                else if (!current && holder === 'failure') {
                    const suite = suites.at(-1);
                    if (suite?.tearDownFailed)
                        suite.message ??= new case_list/* MessageText */.JX();
                }
            }
        },
        text(text) {
            if (path.at(-1) !== 'message')
                return;
            if (current)
                current.message?.append(text);
            else
                suites.at(-1)?.message?.append(text);
        },
        close(name) {
            path.pop();
            if (name === 'test-case' && current) {
                list.add((0,case_list/* closeCase */.FD)(current));
                current = undefined;
            }
            else if (name === 'test-suite') {
                const suite = suites.pop();
                if (suite?.tearDownFailed) {
                    list.add({
                        suite: suite.fullName,
                        name: '(OneTimeTearDown)',
                        status: 'error',
                        ...(suite.message?.value === undefined ? {} : { message: suite.message.value }),
                    });
                }
            }
        },
    });
    if (declaredTotal !== undefined && declaredTotal !== testCases) {
        diagnostics.push({
            severity: 'warning',
            message: `<test-run> declares ${declaredTotal} test cases but the file has ${testCases} <test-case> elements; Certify counts the elements`,
        });
    }
    diagnostics.push(...(0,case_list/* unknownResultWarnings */.FW)('NUnit result', unknown));
    return { data: list.evidence(), diagnostics };
}
const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);
function nunit3_xml_statusOf(result, label, unknown) {
    switch (result) {
        case 'Passed':
        case 'Warning':
            return 'passed';
        case 'Failed':
            return label !== undefined && ERROR_LABELS.has(label.toLowerCase()) ? 'error' : 'failed';
        case 'Skipped':
        case 'Inconclusive':
            return 'skipped';
        default:
            unknown.add(result ?? '(none)');
            return 'error';
    }
}

;// CONCATENATED MODULE: ./src/collect/tests/rspec-json.ts

/**
 * `rspec --format json --out rspec.json`.
 *
 * Every entry of `examples` is one test: passed → passed; failed → failed; pending → skipped
 * (RSpec's "pending" covers xit/skip and pending examples that still fail as expected; a
 * pending example that unexpectedly passes is reported by RSpec itself as failed). Errors
 * outside of examples (a spec file that fails to load, an error in a before(:suite) hook) are
 * counted by RSpec apart from the examples ("0 examples, 0 failures, 1 error occurred outside of
 * examples") and fail the run: each is one error case, with RSpec's message when it gave one.
 */
const rspecJsonCollector = {
    format: 'rspec-json',
    kind: 'tests',
    producers: 'rspec --format json --out rspec.json',
    detect: (head) => (0,json_head/* opensWith */.U)(head, '{') &&
        (0,json_head/* hasJsonKey */.S)(head, 'examples') &&
        ((0,json_head/* hasJsonKey */.S)(head, 'full_description') ||
            (0,json_head/* hasJsonKey */.S)(head, 'summary_line') ||
            (0,json_head/* hasJsonKey */.S)(head, 'example_count')),
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async ({ chunks }) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(138)]).then(__webpack_require__.bind(__webpack_require__, 73138))).parseRspec(chunks),
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/collect/tests/tap.ts




/**
 * Test Anything Protocol 13/14 (`node --test` TAP reporter, tape, Perl's Test::More under prove,
 * pytest-tap, bats), read line by line.
 *
 * What counts as a test is what the producer counts:
 * - A TAP harness (prove, TAP 14) counts the top-level test points; a subtest is one point of
 *   its parent stream, its indented points are detail. So by default only top-level points count
 *   (Test::More `subtest` → one test, as prove's "Tests: N").
 * - node:test counts every test at every level except describe blocks ("# tests N" = pass +
 *   fail + cancelled + skipped + todo): a parent test with subtests is itself a test, failing
 *   when a subtest fails. Its streams are recognised by the YAML block with duration_ms that
 *   node writes after every point; then every point except `type: 'suite'` counts.
 * Directives: "# SKIP" → skipped; "# TODO" → skipped (a TODO failure is not a failure in TAP;
 * node counts it under "# todo"). "not ok" → failed, or error when node says the test was
 * cancelled or timed out (failureType cancelledByParent / testTimeoutFailure: node's
 * "# cancelled"). The message of a failure is its YAML `error`/`message`, or the "#" diagnostic
 * lines that follow it (Test::More), or the first failed subtest. "# Subtest: name" lines (and
 * TAP 14 indentation) give the suite; in flat streams a tape-style "# group" comment does.
 *
 * TAP makes a run that does not finish a failure, and so does Certify: "Bail out!" adds one
 * error case and ends the stream; a top-level plan ("1..N") that the top-level points do not
 * match, or no top-level plan at all, adds one error case "(plan)" — prove's "Bad plan" / "No
 * plan found": the stream is truncated or the producer crashed. A "# tests N" summary that
 * disagrees with the count is a warning.
 */
const tapCollector = {
    format: 'tap',
    kind: 'tests',
    producers: 'node --test --test-reporter=tap, tape, prove/Test::More, pytest --tap, bats --tap',
    detect: isTap,
    parse: async ({ chunks }) => parseTap(chunks),
};
const VERSION = /^TAP version (\d+)\s*$/i;
const PLAN = /^1\.\.(\d+)\s*(?:#\s*(.*))?$/;
const POINT = /^(not ok|ok)(?=\s|$)\s*(\d+)?\s*(?:-\s*)?(.*)$/;
const SUBTEST = /^#\s*Subtest(?::\s*(.*))?$/;
const BAIL = /^Bail out!\s*(.*)$/;
/** node/tape trailing counters: "# tests 14", "# pass  3". */
const SUMMARY = /^#\s*(tests|suites|pass|fail|cancelled|skipped|skip|todo|duration_ms|ok)\s+(\d+(?:\.\d+)?)\s*$/;
/** Spaces per subtest level (TAP 14, node:test, Test::More). */
const INDENT = 4;
const YAML_MAX_CHARS = 8 * 1024;
const DIAG_MAX_LINES = 50;
function isTap(head) {
    for (const raw of head.split('\n', 200)) {
        const line = raw.trim();
        if (line === '' || (line.startsWith('#') && !VERSION.test(line)))
            continue;
        // "ok 1 …", "ok - …", "not ok": not "ok  \tpkg 0.1s" (plain go test output)
        return VERSION.test(line) || PLAN.test(line) || /^(?:not )?ok(?:$| #| -| \d| [^\s])/.test(line);
    }
    return false;
}
async function parseTap(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    /** Names announced by "# Subtest:" per level, and tape-style group comments per level. */
    const subtests = [];
    const groups = [];
    /** First failed point per level, to explain its parent's failure. */
    const failedChild = [];
    const declared = new Map();
    let nodeStyle;
    // flags set inside the line callback (an object, so the checks after it are not narrowed away)
    const seen = { tap: false, bail: false };
    let plan;
    let topPoints = 0;
    let counted = 0;
    let pending;
    /** Indentation of the open YAML block's "---", when one is open. */
    let yamlIndent;
    const finish = () => {
        if (!pending)
            return;
        const point = pending;
        pending = undefined;
        const yaml = point.yaml?.join('\n') ?? '';
        nodeStyle ??= DURATION.test(yaml);
        const child = failedChild[point.level + 1];
        failedChild.length = point.level + 1;
        if (point.level > 0 && !nodeStyle) {
            if (!point.ok)
                failedChild[point.level] ??= splitDirective(point.description).description;
            subtests[point.level] = undefined;
            return;
        }
        const testCase = toCase(point, yaml, subtests, groups, list.wantsMessages, child);
        // the "# Subtest: name" this point closed names no later point
        subtests[point.level] = undefined;
        if (testCase) {
            list.add(testCase);
            counted++;
        }
    };
    const lines = await (0,read_lines/* forEachLine */.FF)(chunks, (raw, lineNumber) => {
        if (seen.bail)
            return;
        const indent = raw.length - raw.trimStart().length;
        const line = raw.trim();
        if (yamlIndent !== undefined && pending) {
            if (line === '...' && indent === yamlIndent) {
                yamlIndent = undefined;
                return;
            }
            if (line === '' || indent > yamlIndent || (indent === yamlIndent && !POINT.test(line))) {
                if (pending.yaml && pending.yamlChars < YAML_MAX_CHARS) {
                    // clipped to the budget: one huge line must not take the YAML parser a long time
                    const text = raw.slice(Math.min(indent, yamlIndent), Math.min(indent, yamlIndent) + YAML_MAX_CHARS - pending.yamlChars);
                    pending.yaml.push(text);
                    pending.yamlChars += text.length + 1;
                }
                return;
            }
            yamlIndent = undefined; // unterminated block: the producer went on without "..."
        }
        if (line === '')
            return;
        if (line === '---' && pending && indent > pending.level * INDENT && !pending.yaml) {
            pending.yaml = [];
            yamlIndent = indent;
            return;
        }
        const level = Math.floor(indent / INDENT);
        const point = POINT.exec(line);
        if (point) {
            finish();
            seen.tap = true;
            pending = {
                ok: point[1] === 'ok',
                number: point[2],
                description: point[3] ?? '',
                level,
                line: lineNumber,
                yaml: undefined,
                yamlChars: 0,
                diag: [],
            };
            if (level === 0)
                topPoints++;
            return;
        }
        if (pending &&
            !pending.ok &&
            !pending.yaml &&
            line.startsWith('#') &&
            !SUBTEST.test(line) &&
            !SUMMARY.test(line)) {
            if (pending.diag.length < DIAG_MAX_LINES)
                pending.diag.push(line.replace(/^#\s?/, ''));
            return;
        }
        finish();
        const bail = BAIL.exec(line);
        if (bail) {
            seen.tap = true;
            seen.bail = true;
            list.add({
                suite: '',
                name: 'Bail out!',
                status: 'error',
                message: bail[1] === undefined || bail[1] === '' ? 'the producer stopped the run' : bail[1],
            });
            return;
        }
        if (VERSION.test(line)) {
            seen.tap = true;
            return;
        }
        const planMatch = PLAN.exec(line);
        if (planMatch) {
            seen.tap = true;
            if (level === 0)
                plan = { count: Number(planMatch[1]), line: lineNumber };
            return;
        }
        const subtest = SUBTEST.exec(line);
        if (subtest) {
            subtests[level] = tap_unescape(subtest[1] ?? '');
            subtests.length = level + 1;
            return;
        }
        if (line.startsWith('#')) {
            const summary = SUMMARY.exec(line);
            if (summary?.[1] && summary[2] && level === 0)
                declared.set(summary[1], Number(summary[2]));
            else if (!summary)
                groups[level] = line.replace(/^#\s*/, '');
        }
    });
    finish();
    if (!seen.tap) {
        throw new src_errors/* EvidenceParseError */.zS(lines === 0 ? 'empty file, expected TAP' : 'no TAP version, plan or test line found', {
            line: 1,
            column: 1,
        });
    }
    if (!seen.bail) {
        if (!plan) {
            list.add({
                suite: '',
                name: '(plan)',
                status: 'error',
                message: 'no top-level plan (1..N): the TAP stream is incomplete (truncated, or the producer crashed)',
            });
        }
        else if (plan.count !== topPoints) {
            list.add({
                suite: '',
                name: '(plan)',
                status: 'error',
                message: `planned ${plan.count} test(s) at line ${plan.line} but the stream has ${topPoints}`,
            });
        }
    }
    const declaredTests = declared.get('tests');
    if (declaredTests !== undefined && declaredTests !== counted) {
        diagnostics.push({
            severity: 'warning',
            message: `the TAP summary says "# tests ${declaredTests}" but Certify counted ${counted} test points`,
        });
    }
    return { data: list.evidence(), diagnostics };
}
const CANCELLED = /^\s*failureType:\s*'?(?:cancelledByParent|testTimeoutFailure)'?\s*$/m;
const SUITE_TYPE = /^\s*type:\s*'?suite'?\s*$/m;
const DURATION = /^\s*duration_ms:\s*([\d.eE+-]+)\s*$/m;
/** node:test: where the test is declared, "'/path/file.test.mjs:12:3'". */
const LOCATION = /^\s*location:\s*'(.+):(\d+):\d+'\s*$/m;
function toCase(point, yaml, subtests, groups, wantsMessage, failedChild) {
    // cheap substring checks first: these run once per test point
    if (yaml.includes('suite') && SUITE_TYPE.test(yaml))
        return undefined;
    const { description, directive, reason } = splitDirective(point.description);
    let status;
    if (directive === 'skip' || directive === 'todo')
        status = 'skipped';
    else if (point.ok)
        status = 'passed';
    else
        status = yaml.includes('failureType') && CANCELLED.test(yaml) ? 'error' : 'failed';
    const parents = subtests
        .slice(0, point.level)
        .filter((name) => name !== undefined && name !== '');
    const testCase = {
        suite: parents.length > 0 ? parents.join(' > ') : (groups[point.level] ?? ''),
        // Test::More ends a skipped subtest with "ok N # skip reason": its name is on "# Subtest: name"
        name: description === ''
            ? subtests[point.level] || `test ${point.number ?? point.line}`
            : description,
        status,
    };
    const location = yaml.includes('location:') ? LOCATION.exec(yaml) : null;
    if (location?.[1] && location[2]) {
        testCase.file = location[1].replace(/^file:\/\//, '');
        const lineNumber = Number(location[2]);
        // hundreds of digits make Infinity: no line of any file
        if (Number.isSafeInteger(lineNumber))
            testCase.line = lineNumber;
    }
    const duration = DURATION.exec(yaml)?.[1];
    if (duration !== undefined && Number.isFinite(Number(duration)))
        testCase.durationMs = Number(duration);
    if (wantsMessage && status !== 'passed') {
        const message = status === 'skipped'
            ? reason
            : (failureMessage(yaml) ??
                (point.diag.length > 0 ? point.diag.join('\n') : undefined) ??
                (failedChild === undefined ? undefined : `failed subtest: ${failedChild}`));
        if (message)
            testCase.message = message;
    }
    return testCase;
}
/** Splits "desc # SKIP reason" at the first unescaped '#' that starts a SKIP or TODO directive. */
function splitDirective(text) {
    // as Test::Harness reads it: SKIP may run on ("# Skipped: …"), TODO is a whole word
    const match = text.includes('#') ? /(^|[^\\])#\s*(skip\S*|todo\b)\s*(.*)$/i.exec(text) : null;
    if (!match)
        return { description: tap_unescape(text.trim()) };
    const description = tap_unescape(text.slice(0, match.index + (match[1] ?? '').length).trim());
    const directive = (match[2] ?? '').toLowerCase().startsWith('skip') ? 'skip' : 'todo';
    return { description, directive, reason: match[3] ?? '' };
}
function tap_unescape(text) {
    return text.includes('\\') ? text.replace(/\\([\\#])/g, '$1') : text;
}
/**
 * A damaged block makes the YAML parser build an Error per problem, thousands on one long line:
 * without stack traces (synchronous, so restored before anything else runs) and without pretty
 * errors (each re-scans its whole line) that stays linear.
 */
function parseYamlQuietly(yaml) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return (0,dist/* parse */.qg)(yaml, { prettyErrors: false });
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
/** The error text of a YAML diagnostic block (node: `error`, others: `message`), else the block. */
function failureMessage(yaml) {
    if (yaml.trim() === '')
        return undefined;
    try {
        const value = parseYamlQuietly(yaml);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            for (const key of ['error', 'message']) {
                const field = Reflect.get(value, key);
                if (typeof field === 'string' && field.trim() !== '')
                    return field;
            }
        }
    }
    catch {
        // not valid YAML: keep the raw block
    }
    return yaml;
}

;// CONCATENATED MODULE: ./src/collect/tests/trx.ts



/**
 * Visual Studio / `dotnet test --logger trx` results (MSTest, xUnit.net, NUnit adapters).
 *
 * Every leaf result element is one test: <UnitTestResult>, and the other result elements the TRX
 * schema (vstst.xsd) allows in <Results>: <TestResultAggregation> (ordered tests; a real file
 * written through NUnit Adapter 3.10 has one for every test), <GenericTestResult>,
 * <ManualTestResult>, <WebTestResult>, <LoadTestResult>, <TestResult>. A result with
 * <InnerResults> is a parent whose rows are the tests: it is not counted itself, as the
 * `dotnet test` console counts leaf results only (the TRX <Counters> also count the parent). Older writers put the rows
 * (resultType="DataDrivenDataRow") beside their parent (resultType="DataDrivenTest") instead of
 * inside it; such a parent is dropped too when rows with its testId exist. Outcomes follow the TRX outcome enum:
 * Passed/PassedButRunAborted/Warning/Completed → passed; Failed → failed; Error/Timeout/Aborted →
 * error (the test did not run to a verdict); NotExecuted/Inconclusive/NotRunnable/Pending/
 * InProgress/Disconnected → skipped. Class names come from <TestDefinitions>, written after the
 * results, so they are applied at the end.
 */
const trxCollector = {
    format: 'trx',
    kind: 'tests',
    producers: 'dotnet test --logger trx, vstest.console /logger:trx, MSTest (Visual Studio)',
    detect: (head) => (0,xml/* xmlRootElement */.c6)(head) === 'TestRun',
    parse: async ({ chunks }) => parseTrx(chunks),
};
const OUTCOMES = {
    Passed: 'passed',
    PassedButRunAborted: 'passed',
    Warning: 'passed',
    Completed: 'passed',
    Failed: 'failed',
    Error: 'error',
    Timeout: 'error',
    Aborted: 'error',
    NotExecuted: 'skipped',
    Inconclusive: 'skipped',
    NotRunnable: 'skipped',
    Pending: 'skipped',
    InProgress: 'skipped',
    Disconnected: 'skipped',
};
/** The result elements of vstst.xsd's <Results> (and of <InnerResults>). */
const RESULT_ELEMENTS = new Set([
    'UnitTestResult',
    'TestResultAggregation',
    'GenericTestResult',
    'ManualTestResult',
    'WebTestResult',
    'LoadTestResult',
    'TestResult',
]);
const OUTCOMES_ANY_CASE = new Map(Object.entries(OUTCOMES).map(([outcome, status]) => [outcome.toLowerCase(), status]));
async function parseTrx(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    const unknownOutcomes = new Set();
    const results = [];
    const path = [];
    /** The test id of every case, by case index: class names come at the end of the file. */
    const testIds = [];
    const classNames = new Map();
    /** Flat data-driven parents, kept back until it is known whether their rows follow. */
    const parents = [];
    const testIdsWithRows = new Set();
    let definition;
    const checkRoot = rootElementCheck('not a TRX file', ['TestRun']);
    await (0,xml/* streamXml */.sq)(chunks, {
        open(name, attributes) {
            checkRoot(name);
            path.push(name);
            if (RESULT_ELEMENTS.has(name) && holdsResults(path.at(-2))) {
                results.push({
                    testId: attributes['testId'] ?? '',
                    resultType: attributes['resultType'],
                    testName: attributes['testName'] ?? '',
                    outcome: attributes['outcome'] ?? '',
                    durationMs: parseTimeSpan(attributes['duration']),
                    hasInner: false,
                    message: undefined,
                });
            }
            else if (name === 'InnerResults') {
                const parent = results.at(-1);
                if (parent)
                    parent.hasInner = true;
            }
            else if (name === 'Message' && path.at(-2) === 'ErrorInfo') {
                const result = results.at(-1);
                if (result && list.wantsMessages)
                    result.message = new case_list/* MessageText */.JX();
            }
            else if (name === 'UnitTest') {
                definition = attributes['id'];
            }
            else if (name === 'TestMethod' && definition !== undefined) {
                // MSTest writes "Namespace.Class, Assembly, Version=…": the class is what precedes the comma
                const className = attributes['className']?.split(',')[0]?.trim();
                if (className)
                    classNames.set(definition, className);
            }
        },
        text(text) {
            if (path.at(-1) === 'Message')
                results.at(-1)?.message?.append(text);
        },
        close(name) {
            path.pop();
            if (name === 'UnitTest')
                definition = undefined;
            if (!RESULT_ELEMENTS.has(name) || !holdsResults(path.at(-1)))
                return;
            const result = results.pop();
            if (!result || result.hasInner)
                return;
            if (result.resultType === 'DataDrivenTest') {
                parents.push(result);
                return;
            }
            if (result.resultType === 'DataDrivenDataRow')
                testIdsWithRows.add(result.testId);
            addResult(result);
        },
    });
    for (const parent of parents)
        if (!testIdsWithRows.has(parent.testId))
            addResult(parent);
    function addResult(result) {
        const status = trx_statusOf(result.outcome, unknownOutcomes);
        const testCase = (0,case_list/* newCase */.Xf)('', result.testName, status, result.durationMs, result.message?.value);
        testIds[list.add(testCase)] = result.testId;
    }
    // xUnit writes the qualified name as testName; MSTest and NUnit the method name alone
    testIds.forEach((testId, index) => {
        const className = classNames.get(testId);
        if (className === undefined)
            return;
        list.edit(index, (testCase) => {
            testCase.suite = className;
            if (testCase.name.length > className.length && testCase.name.startsWith(className)) {
                if (testCase.name.charCodeAt(className.length) === 46 /* . */) {
                    testCase.name = testCase.name.slice(className.length + 1);
                }
            }
        });
    });
    diagnostics.push(...(0,case_list/* unknownResultWarnings */.FW)('TRX outcome', unknownOutcomes));
    return { data: list.evidence(), diagnostics };
}
/** Result elements sit directly in <Results>, or in a parent result's <InnerResults>. */
function holdsResults(element) {
    return element === 'Results' || element === 'InnerResults';
}
function trx_statusOf(outcome, unknown) {
    // writers use the enum's own spelling ("Passed"); other casings are accepted too
    const status = OUTCOMES[outcome] ?? OUTCOMES_ANY_CASE.get(outcome.toLowerCase());
    if (status)
        return status;
    unknown.add(outcome);
    return 'error';
}
/** Milliseconds from a .NET TimeSpan ("[d.]hh:mm:ss[.fffffff]"). */
function parseTimeSpan(text) {
    if (!text)
        return undefined;
    const parts = text.trim().split(':');
    if (parts.length !== 3)
        return undefined;
    const [dayHours = '', minutes = '', seconds = ''] = parts;
    const dot = dayHours.indexOf('.');
    const days = dot === -1 ? 0 : Number(dayHours.slice(0, dot));
    const hours = Number(dot === -1 ? dayHours : dayHours.slice(dot + 1));
    const ms = ((days * 24 + hours) * 60 + Number(minutes)) * 60000 + Number(seconds) * 1000;
    return /^\d/.test(minutes) && /^\d/.test(seconds) && Number.isFinite(ms) && ms >= 0
        ? ms
        : undefined;
}

;// CONCATENATED MODULE: ./src/collect/tests/vitest-json.ts

/**
 * `vitest run --reporter=json --outputFile=…`: Vitest's copy of the Jest report shape, without
 * Jest's numRuntimeErrorTestSuites/openHandles/wasInterrupted (and, since Vitest 1, with a `meta`
 * object on every test).
 *
 * Every assertion result is one test: passed → passed; failed → failed; skipped, todo and
 * pending → skipped. A file that failed with no failed test (failed import, error in a
 * beforeAll/afterAll hook) is one error case. Vitest's report does not say whether a test was
 * retried (`retry` option): a test that passed on a retry cannot be told from one that passed
 * first time, so flaky is never set from this format.
 */
const vitestJsonCollector = {
    format: 'vitest-json',
    kind: 'tests',
    producers: 'vitest run --reporter=json --outputFile=report.json',
    detect: isVitestShaped,
    // loaded on first parse: zod (its schemas) stays off the path of runs that read only XML/lcov
    parse: async (input) => (await Promise.all(/* import() */[__webpack_require__.e(837), __webpack_require__.e(723), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 15495))).parseJestLike(input, 'Vitest'),
};

;// CONCATENATED MODULE: ./src/collect/tests/xunit-net-xml.ts



/**
 * xUnit.net v2 XML (`xunit.console … -xml`, `dotnet test --logger xunit`, and tools that write the
 * same shape such as Fixie): root <assemblies>, or a single <assembly>.
 *
 * Every <test> is one test: result Pass → passed, Fail → failed, Skip and NotRun → skipped.
 * Failures outside any test (class/collection/assembly cleanup, listed under <errors>) are what
 * xUnit.net counts as "Errors" next to the test total; each becomes one error case named by its
 * type and name, so a run with a failed cleanup is not reported clean.
 */
const xunitNetXmlCollector = {
    format: 'xunit-net-xml',
    kind: 'tests',
    producers: 'xunit.console -xml, dotnet test --logger xunit (XunitXml.TestLogger), Fixie',
    detect: (head) => {
        const root = (0,xml/* xmlRootElement */.c6)(head);
        // a lone <assembly> root: v2 with <collection>s, or the v1 format with <class>es
        return (root === 'assemblies' || (root === 'assembly' && /<(?:collection|class)[\s>]/.test(head)));
    },
    parse: async ({ chunks }) => parseXunit(chunks),
};
async function parseXunit(chunks) {
    const list = new case_list/* TestCaseList */.V8();
    const diagnostics = [];
    const unknown = new Set();
    const path = [];
    let current;
    const checkRoot = rootElementCheck('not xUnit.net XML', ['assemblies', 'assembly']);
    let declaredTotal;
    let tests = 0;
    await (0,xml/* streamXml */.sq)(chunks, {
        open(name, attributes) {
            checkRoot(name);
            path.push(name);
            if (name === 'assembly') {
                const total = Number(attributes['total']);
                if (attributes['total'] !== undefined && Number.isFinite(total))
                    declaredTotal = (declaredTotal ?? 0) + total;
            }
            else if (name === 'test') {
                tests++;
                const type = attributes['type'] ?? '';
                const fullName = attributes['name'] ?? '';
                current = {
                    suite: type,
                    name: type !== '' && fullName.startsWith(`${type}.`)
                        ? fullName.slice(type.length + 1)
                        : fullName,
                    status: xunit_net_xml_statusOf(attributes['result'], unknown),
                    durationMs: (0,case_list/* secondsToMs */.n)(attributes['time']),
                    message: undefined,
                };
            }
            else if (name === 'error' && path.at(-2) === 'errors') {
                current = {
                    suite: attributes['type'] ?? 'error',
                    name: attributes['name'] ?? '',
                    status: 'error',
                    durationMs: undefined,
                    message: undefined,
                };
            }
            else if (current && list.wantsMessages && isMessageElement(name, path)) {
                current.message ??= new case_list/* MessageText */.JX();
            }
        },
        text(text) {
            if (current?.message && isMessageElement(path.at(-1) ?? '', path))
                current.message.append(text);
        },
        close(name) {
            path.pop();
            if ((name === 'test' || (name === 'error' && path.at(-1) === 'errors')) && current) {
                list.add((0,case_list/* closeCase */.FD)(current));
                current = undefined;
            }
        },
    });
    if (declaredTotal !== undefined && declaredTotal !== tests) {
        diagnostics.push({
            severity: 'warning',
            message: `the assemblies declare ${declaredTotal} tests but the file lists ${tests} <test> elements; Certify counts the listed ones`,
        });
    }
    diagnostics.push(...(0,case_list/* unknownResultWarnings */.FW)('xUnit.net result', unknown));
    return { data: list.evidence(), diagnostics };
}
/** failure/message (failures and errors) and the skip <reason> hold the text worth keeping. */
function isMessageElement(name, path) {
    return (name === 'message' && path.at(-2) === 'failure') || name === 'reason';
}
function xunit_net_xml_statusOf(result, unknown) {
    switch (result) {
        case 'Pass':
            return 'passed';
        case 'Fail':
            return 'failed';
        case 'Skip':
        case 'NotRun':
            return 'skipped';
        default:
            unknown.add(result ?? '(none)');
            return 'error';
    }
}

;// CONCATENATED MODULE: ./src/collect/tests/index.ts













/** The tests formats, most specific first (detection tries them in this order). */
const testsCollectors = [
    trxCollector,
    nunit3XmlCollector,
    nunit2XmlCollector,
    xunitNetXmlCollector,
    // Vitest's report is Jest's shape minus some keys: it must be tried first.
    vitestJsonCollector,
    jestJsonCollector,
    mochaJsonCollector,
    rspecJsonCollector,
    cucumberJsonCollector,
    goTestJsonCollector,
    dartJsonCollector,
    tapCollector,
    // Last: its <testsuites>/<testsuite> roots are the least specific.
    junitXmlCollector,
];


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


/***/ })

};
;