import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ConfigurationError, messageOf } from '../errors.js';
import { excessiveNesting } from './nesting.js';

/** A config text read as YAML: the plain value, and the document to find lines in for messages. */
export interface ConfigDocument {
  raw: unknown;
  document: Document;
  lineCounter: LineCounter;
}

/**
 * Reads config text as YAML, before any schema looks at it. Errors name the file and line:
 * nesting too deep to be a config, invalid YAML, a `__proto__` key, an alias bomb.
 */
export function readConfigDocument(text: string, source: string): ConfigDocument {
  const deep = excessiveNesting(text);
  if (deep)
    throw new ConfigurationError(`${source}:${deep.line}: ${deep.reason}: not a config file`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first?.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : '';
    throw new ConfigurationError(
      `${source}${where}: invalid YAML: ${(first?.message.split('\n')[0] ?? 'parse error').replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const proto = protoKeyOffset(document);
  if (proto !== undefined) {
    throw new ConfigurationError(
      `${source}:${lineCounter.linePos(proto).line}: '__proto__' cannot be a name (it would be dropped silently)`,
    );
  }
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 50 }) as unknown;
  } catch (error) {
    throw new ConfigurationError(`${source}: ${messageOf(error)}`);
  }
  raw ??= {};
  return { raw, document, lineCounter };
}

/** Where a `__proto__` key is: zod's records skip such keys, so a level of that name would vanish. */
function protoKeyOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        offset = pair.key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}
