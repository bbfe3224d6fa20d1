import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('index.html', () => {
  it('declares a Chinese page titled 读报', () => {
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toMatch(/<title>读报<\/title>/);
  });

  it('lets readers zoom', () => {
    const viewport = /<meta name="viewport" content="([^"]*)"/.exec(html)?.[1];
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/maximum-scale|user-scalable/);
  });
});
