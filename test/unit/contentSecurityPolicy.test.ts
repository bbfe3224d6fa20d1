import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Content-Security-Policy of index.html (meta tag) and of public/_headers (static hosts).
// That the built app runs under it without a violation is a browser test (test/e2e/hostileContent.test.ts).
const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  return new Map(
    text.split(';').map((directive) => directive.trim()).filter(Boolean).map((directive) => {
      const [name, ...sources] = directive.split(/\s+/u);
      return [name, sources];
    }),
  );
}

const metaPolicy = parsePolicy(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1] ?? '');
const headerPolicy = parsePolicy(/^\s+Content-Security-Policy:\s*(.*)$/mu.exec(headers)?.[1] ?? '');
/** Inline scripts: a <script> with no src. */
const inlineScripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)]
  .filter(([, attributes]) => !/\bsrc=/u.test(attributes ?? ''))
  .map(([, , body]) => body);
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('allows only the app’s own origin for everything it loads', () => {
    expect(metaPolicy.get('default-src')).toEqual(["'self'"]);
    for (const directive of ['connect-src', 'worker-src', 'manifest-src', 'font-src', 'base-uri', 'form-action']) {
      expect(metaPolicy.get(directive), directive).toEqual(["'self'"]);
    }
    expect(metaPolicy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(metaPolicy.get('object-src')).toEqual(["'none'"]);
    // No inline styles: the reading settings set their custom properties through the CSSOM.
    expect(metaPolicy.get('style-src')).toEqual(["'self'"]);
  });

  it('runs no script but the app’s files and, by its hash, the start-up script as it is now', () => {
    expect(inlineScripts).toHaveLength(1);
    expect(metaPolicy.get('script-src')).toEqual(["'self'", ...inlineScripts.map(hashOf)]);
    const allowed = [...metaPolicy.values()].flat();
    for (const loose of ["'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'blob:']) expect(allowed).not.toContain(loose);
    expect(metaPolicy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('comes before any script, so that it covers them all', () => {
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('is the same in public/_headers, which also forbids framing the app', () => {
    expect(headers).toMatch(/^\/\*$/mu);
    expect(new Map([...headerPolicy].filter(([name]) => name !== 'frame-ancestors'))).toEqual(metaPolicy);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
