"use strict";
exports.id = 574;
exports.ids = [574];
exports.modules = {

/***/ 93574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readConfigDocument: () => (/* binding */ readConfigDocument)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/config/nesting.ts

/** Deepest flow nesting (`[` and `{`) a config may have; real configs use three or four. */
const MAX_FLOW_DEPTH = 64;
/** Furthest column a block node may start at (indentation, or `- ` / `? ` written on one line). */
const MAX_BLOCK_COLUMN = 256;
/** Marks a scalar in the lexer's token stream; the next token is the scalar's source text. */
const SCALAR = '\u001f';
/**
 * Where a YAML text nests too deep to be a config, found with yaml's Lexer (a loop, no
 * recursion) before anything builds the document: the composer recurses once per level, and
 * a few thousand levels (`[[[[…` fits 500,000 of them in the 1 MiB limit) overflow the stack,
 * slowly, or can abort the process outright when V8 compiles a regular expression at the
 * bottom of the stack. Undefined when the nesting is fine.
 */
function excessiveNesting(text) {
    let line = 1;
    let column = 0;
    let flowDepth = 0;
    let atLineStart = true;
    let scalarNext = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        const isScalar = scalarNext;
        scalarNext = token === SCALAR;
        if (!isScalar) {
            if (token === '[' || token === '{') {
                if (++flowDepth > MAX_FLOW_DEPTH)
                    return { line, reason: `'[' and '{' nested deeper than ${MAX_FLOW_DEPTH} levels` };
            }
            else if (token === ']' || token === '}') {
                flowDepth = Math.max(0, flowDepth - 1);
            }
            else if ((token === '-' || token === '?' || (atLineStart && token.trim() === '')) &&
                column + token.length > MAX_BLOCK_COLUMN) {
                return {
                    line,
                    reason: `block collections nested or indented past column ${MAX_BLOCK_COLUMN}`,
                };
            }
        }
        const newline = token.lastIndexOf('\n');
        if (newline === -1) {
            column += token.length;
        }
        else {
            for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1))
                line++;
            column = token.length - newline - 1;
        }
        atLineStart = token === '\n';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/document.ts



/**
 * Reads config text as YAML, before any schema looks at it. Errors name the file and line:
 * nesting too deep to be a config, invalid YAML, a `__proto__` key, an alias bomb.
 */
function readConfigDocument(text, source) {
    const deep = excessiveNesting(text);
    if (deep)
        throw new errors/* ConfigurationError */.j1(`${source}:${deep.line}: ${deep.reason}: not a config file`);
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const where = first?.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
        throw new errors/* ConfigurationError */.j1(`${source}${where}: invalid YAML: ${(first?.message.split('\n')[0] ?? 'parse error').replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const proto = protoKeyOffset(document);
    if (proto !== undefined) {
        throw new errors/* ConfigurationError */.j1(`${source}:${lineCounter.linePos(proto).line}: '__proto__' cannot be a name (it would be dropped silently)`);
    }
    let raw;
    try {
        raw = document.toJS({ maxAliasCount: 50 });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${source}: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    raw ??= {};
    return { raw, document, lineCounter };
}
/** Where a `__proto__` key is: zod's records skip such keys, so a level of that name would vanish. */
function protoKeyOffset(document) {
    let offset;
    (0,dist/* visit */.YR)(document, {
        Pair(_, pair) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === '__proto__') {
                offset = pair.key.range?.[0] ?? 0;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return offset;
}


/***/ })

};
;