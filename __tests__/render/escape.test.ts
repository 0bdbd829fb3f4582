import { describe, expect, it } from '@jest/globals';
import { escapeHtml, escapeMarkdown } from '../../src/render/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['table breaker', 'a | b', (out: string) => expect(out).not.toMatch(/(^|[^\\])\|/)],
    ['newline', 'line1\nline2\r\nline3', (out: string) => expect(out).not.toMatch(/[\r\n]/)],
    ['html', '<script>alert(1)</script>', (out: string) => expect(out).not.toMatch(/</)],
    ['hidden marker', '<!-- certify:comment id=x -->', (out: string) => expect(out).not.toContain('<!--')],
    ['mention', 'ping @octocat and @org/team', (out: string) => expect(out).not.toMatch(/@[A-Za-z]/)],
    ['issue link', 'fixes #123 and GH-45 and o/r#9', (out: string) => expect(out).not.toMatch(/#\d|GH-\d/)],
    ['image', '![x](https://evil.example/p.png)', (out: string) => expect(out).not.toMatch(/(^|[^\\])!|(^|[^\\])\[|https:/)],
    ['backticks', '`code` ```fence```', (out: string) => expect(out).not.toMatch(/(^|[^\\])`/)],
    ['bidi', 'abc\u202edcba\u2066x\u2069', (out: string) => expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)],
    ['emphasis', '**bold** _it_ ~~s~~', (out: string) => expect(out).not.toMatch(/(^|[^\\])[*_~]/)],
    ['entity', '&lt;b&gt;', (out: string) => expect(out).toContain('&amp;lt;')],
  ])('neutralises %s', (_name, input, check) => {
    check(escapeMarkdown(input));
  });

  it('caps excessive length', () => {
    const out = escapeMarkdown('x'.repeat(10_000), 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out.endsWith('…')).toBe(true);
  });

  it('escapes every occurrence, not just the first', () => {
    expect(escapeMarkdown('a|b|c|d').match(/\\\|/g)).toHaveLength(3);
  });
});

describe('escapeHtml', () => {
  it('leaves no tag, quote or mention', () => {
    const out = escapeHtml(`"><img src=x onerror=alert(1)> @admin #1`);
    expect(out).not.toMatch(/[<>"]|@a|#1/);
  });
});
