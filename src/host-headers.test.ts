import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  headersFor,
  headersSample,
  HOST_HEADER_RULES,
  nginxSample,
  parseHeadersFile,
} from './host-headers';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The text of each fenced block in README in `language` ('' for a block that names none). */
function blocks(language: string): string[] {
  return [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
    .filter((match) => match[1] === language)
    .map((match) => match[2] ?? '');
}

describe('the headers a host sends', () => {
  it('README shows exactly the headers the build writes, and the nginx sample sends the same', () => {
    expect(blocks('')).toContain(headersSample());
    expect(blocks('nginx')).toEqual([nginxSample()]);
  });

  it('every path gets the content security policy, with frame-ancestors and Trusted Types', () => {
    const rules = parseHeadersFile(formatHeadersFile());
    for (const path of ['/', '/summary', '/sw.js', '/assets/index-abc.js']) {
      const csp = headersFor(rules, path)['Content-Security-Policy'];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(headersFor(rules, path)['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('the service worker is always revalidated and hashed assets are kept', () => {
    const rules = parseHeadersFile(formatHeadersFile());
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/assets/index-abc.js')['Cache-Control']).toMatch(/immutable/);
    expect(headersFor(rules, '/summary')['Cache-Control']).toBeUndefined();
  });

  it('_headers reads back as the rules it was written from', () => {
    expect(parseHeadersFile(formatHeadersFile())).toEqual(HOST_HEADER_RULES);
  });
});
