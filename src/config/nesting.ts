import { Lexer } from 'yaml';

/** Deepest flow nesting (`[` and `{`) a config may have; real configs use three or four. */
export const MAX_FLOW_DEPTH = 64;
/** Furthest column a block node may start at (indentation, or `- ` / `? ` written on one line). */
export const MAX_BLOCK_COLUMN = 256;

/** Marks a scalar in the lexer's token stream; the next token is the scalar's source text. */
const SCALAR = '\u001f';

/**
 * Where a YAML text nests too deep to be a config, found with yaml's Lexer (a loop, no
 * recursion) before anything builds the document: the composer recurses once per level, and
 * a few thousand levels (`[[[[…` fits 500,000 of them in the 1 MiB limit) overflow the stack,
 * slowly, or can abort the process outright when V8 compiles a regular expression at the
 * bottom of the stack. Undefined when the nesting is fine.
 */
export function excessiveNesting(text: string): { line: number; reason: string } | undefined {
  let line = 1;
  let column = 0;
  let flowDepth = 0;
  let atLineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const isScalar = scalarNext;
    scalarNext = token === SCALAR;
    if (!isScalar) {
      if (token === '[' || token === '{') {
        if (++flowDepth > MAX_FLOW_DEPTH)
          return { line, reason: `'[' and '{' nested deeper than ${MAX_FLOW_DEPTH} levels` };
      } else if (token === ']' || token === '}') {
        flowDepth = Math.max(0, flowDepth - 1);
      } else if (
        (token === '-' || token === '?' || (atLineStart && token.trim() === '')) &&
        column + token.length > MAX_BLOCK_COLUMN
      ) {
        return {
          line,
          reason: `block collections nested or indented past column ${MAX_BLOCK_COLUMN}`,
        };
      }
    }
    const newline = token.lastIndexOf('\n');
    if (newline === -1) {
      column += token.length;
    } else {
      for (let i = token.indexOf('\n'); i !== -1; i = token.indexOf('\n', i + 1)) line++;
      column = token.length - newline - 1;
    }
    atLineStart = token === '\n';
  }
  return undefined;
}
