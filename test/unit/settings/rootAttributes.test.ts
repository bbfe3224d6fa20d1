import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultReadingSettings } from '../../../src/settings/readingSettings';
import { applyRootAttributes, rootAttributes } from '../../../src/settings/rootAttributes';
import { cacheRootAttributes, rootAttributesKey } from '../../../src/settings/rootAttributesCache';

/** Just enough of an element to record its attributes and the properties of its inline style. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  const properties = new Map<string, string>();
  return {
    attributes,
    properties,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    style: { setProperty: (name: string, value: string | null) => void properties.set(name, value ?? '') },
  };
}

describe('rootAttributes', () => {
  it('names the theme and sets the size and spacing as custom properties', () => {
    expect(rootAttributes({ textScale: 1.25, lineHeight: 2.2, theme: 'sepia', script: 'traditional' })).toEqual({
      'data-theme': 'sepia',
      '--text-scale': '1.25',
      '--line-height': '2.2',
    });
  });

  it('leaves the colours to the system by default', () => {
    expect(rootAttributes(defaultReadingSettings)['data-theme']).toBe('system');
  });

  it('are put on the root element, custom properties in its style and not as a style attribute', () => {
    const root = fakeRoot();
    applyRootAttributes(root, { 'data-theme': 'dark', '--text-scale': '1.5' });
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-theme': 'dark' });
    expect(Object.fromEntries(root.properties)).toEqual({ '--text-scale': '1.5' });
  });
});

describe('the cached root attributes', () => {
  const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
  const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  it('are applied by index.html before the app loads', () => {
    const stored = new Map<string, string>();
    const attributes = rootAttributes({ ...defaultReadingSettings, theme: 'dark', textScale: 1.5 });
    cacheRootAttributes(attributes, { setItem: (key, value) => void stored.set(key, value) });
    expect(stored.has(rootAttributesKey)).toBe(true);

    const root = fakeRoot();
    const localStorage = { getItem: (key: string) => stored.get(key) ?? null };
    new Function('document', 'localStorage', inlineScript)({ documentElement: root }, localStorage);
    expect({ ...Object.fromEntries(root.attributes), ...Object.fromEntries(root.properties) }).toEqual(attributes);
    expect(root.attributes.has('style')).toBe(false);
  });

  it('skip a style attribute cached by an older version, which the CSP would refuse', () => {
    const root = fakeRoot();
    const localStorage = { getItem: () => JSON.stringify({ 'data-theme': 'dark', style: '--text-scale: 1.5' }) };
    new Function('document', 'localStorage', inlineScript)({ documentElement: root }, localStorage);
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-theme': 'dark' });
  });

  it('leave the page as it is when nothing is cached or storage is refused', () => {
    const root = fakeRoot();
    const run = (localStorage: unknown) => new Function('document', 'localStorage', inlineScript)({ documentElement: root }, localStorage);
    run({ getItem: () => null });
    run({
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    expect(root.attributes.size).toBe(0);
    expect(() =>
      cacheRootAttributes(rootAttributes(defaultReadingSettings), {
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      }),
    ).not.toThrow();
  });
});
