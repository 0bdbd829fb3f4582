import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { EvidenceParseError } from '../../../src/errors.js';
import {
  MAX_JSON_DEPTH,
  walkJson,
  type JsonChoice,
  type JsonPath,
  type JsonPosition,
} from '../../../src/collect/read/json-walk.js';
import { chunksOf } from '../stream-support.js';

/** Builds the whole document through the walker (collect at the root). */
async function collectRoot(text: string, size = 7): Promise<unknown> {
  let result: unknown;
  await walkJson(chunksOf(text, size), { enter: () => 'collect', value: (_p, v) => (result = v) });
  return result;
}

/** Descends into every container and rebuilds the document from the scalars and their paths. */
async function rebuild(text: string, size: number): Promise<unknown> {
  const root: Record<string, unknown> = {};
  const place = (path: JsonPath, value: unknown) => {
    let target = root;
    let key: string | number = 'value';
    for (const segment of path) {
      target = target[key] as Record<string, unknown>;
      key = segment;
    }
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  await walkJson(chunksOf(text, size), {
    enter(path, kind): JsonChoice {
      if (kind === 'object') place(path, {});
      else if (kind === 'array') place(path, []);
      return 'descend';
    },
    value: (path, value) => {
      place(path, value);
    },
  });
  return root['value'];
}

async function failure(text: string, size = 5): Promise<EvidenceParseError> {
  try {
    await collectRoot(text, size);
  } catch (error) {
    if (error instanceof EvidenceParseError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text.slice(0, 80)}`);
}

describe('walkJson', () => {
  it('builds exactly what JSON.parse builds, whatever the chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (value, size, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : 0);
          expect(await collectRoot(text, size)).toEqual(JSON.parse(text));
          expect(await rebuild(text, size)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts and rejects the same texts as JSON.parse (truncations and byte flips, property)', async () => {
    const mutated = fc
      .tuple(
        fc.jsonValue(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('cut', 'flip', 'insert'),
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"',
          '\\',
          ' ',
          '-',
          '.',
          'e',
          '0',
          't',
          'n',
          '\u0000',
          '\n',
        ),
      )
      .map(([value, a, b, how, char]) => {
        const text = JSON.stringify(value);
        const at = text.length === 0 ? 0 : a % text.length;
        if (how === 'cut') return text.slice(0, at);
        if (how === 'flip') return text.slice(0, at) + char + text.slice(at + 1);
        return text.slice(0, at) + char + text.slice(at + (b % 2));
      });
    await fc.assert(
      fc.asyncProperty(mutated, fc.integer({ min: 1, max: 16 }), async (text, size) => {
        let native: unknown;
        let nativeOk = true;
        try {
          native = JSON.parse(text);
        } catch {
          nativeOk = false;
        }
        if (nativeOk) {
          expect(await collectRoot(text, size)).toEqual(native);
        } else {
          const error = await failure(text, size);
          expect(error.position.line).toBeGreaterThanOrEqual(1);
          expect(error.position.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names line and column of a syntax error', async () => {
    const error = await failure('{\n  "a": [1, 2,\n   ]\n}');
    expect(error.position).toEqual({ line: 3, column: 4 });
    expect(error.reason).toBe("expected a JSON value, found ']'");
  });

  it('reports truncation, empty input and trailing content', async () => {
    expect((await failure('{"runs": [{"tool": {')).reason).toMatch(
      /ends before the JSON document does/,
    );
    expect((await failure('{"a": "unterminated')).reason).toMatch(/ends inside a string/);
    expect((await failure('')).reason).toBe('empty file, expected JSON');
    expect((await failure('  \n ')).reason).toBe('empty file, expected JSON');
    expect((await failure('{} x')).reason).toMatch(/after the end of the JSON document/);
  });

  it('shows invisible characters in messages as code points', async () => {
    expect((await failure('{"a": \u0000}')).reason).toBe("expected a JSON value, found 'U+0000'");
  });

  it('refuses nesting deeper than the limit instead of exhausting memory', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const error = await failure(deep, 4096);
    expect(error.reason).toMatch(`deeper than ${MAX_JSON_DEPTH}`);
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(await collectRoot(ok, 4096)).toBeDefined();
  });

  it('checks the syntax of skipped values too', async () => {
    const walk = (text: string) =>
      walkJson(chunksOf(text, 3), {
        enter: (path): JsonChoice => (path.length === 0 ? 'descend' : 'skip'),
      });
    await expect(walk('{"big": [1, {"x": tru}], "b": 2}')).rejects.toThrow(
      /invalid JSON value 'tru'/,
    );
    await expect(walk('{"big": [1, {"x": true}], "b": 2}')).resolves.toBeUndefined();
  });

  it('offers members with their paths and positions, and leaves containers', async () => {
    const seen: [string, string, JsonPosition][] = [];
    const left: string[] = [];
    const text = '{"runs": [\n  {"tool": {"name": "x"}, "results": [1]}\n]}';
    await walkJson(chunksOf(text, 2), {
      enter(path, kind, at): JsonChoice {
        seen.push([path.join('/'), kind, at]);
        return path[2] === 'tool' ? 'collect' : 'descend';
      },
      value: (path, value) =>
        seen.push([path.join('/'), JSON.stringify(value), { line: 0, column: 0 }]),
      leave: (path, kind) => left.push(`${path.join('/')}:${kind}`),
    });
    expect(seen).toEqual([
      ['', 'object', { line: 1, column: 1 }],
      ['runs', 'array', { line: 1, column: 10 }],
      ['runs/0', 'object', { line: 2, column: 3 }],
      ['runs/0/tool', 'object', { line: 2, column: 12 }],
      ['runs/0/tool', '{"name":"x"}', { line: 0, column: 0 }],
      ['runs/0/results', 'array', { line: 2, column: 38 }],
      ['runs/0/results/0', 'number', { line: 2, column: 39 }],
      ['runs/0/results/0', '1', { line: 0, column: 0 }],
    ]);
    expect(left).toEqual(['runs/0/results:array', 'runs/0:object', 'runs:array', ':object']);
  });

  it('keeps a "__proto__" member as data, as JSON.parse does', async () => {
    const value = (await collectRoot('{"__proto__": {"polluted": true}}')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('drops a UTF-8 BOM and decodes characters split across chunks', async () => {
    expect(await collectRoot('\ufeff{"name": "Ä→𝄞"}', 1)).toEqual({ name: 'Ä→𝄞' });
  });
});
