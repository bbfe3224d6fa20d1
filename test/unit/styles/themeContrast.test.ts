import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The palettes of app.css: every text colour on its background meets WCAG AA (4.5:1) in each theme.
const css = readFileSync(new URL('../../../src/styles/app.css', import.meta.url), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`app.css has no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

/** The custom properties of a block; light-dark(a, b) gives a in light and b in dark. */
function palette(selector: string, scheme: 'light' | 'dark'): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const [, name, value] of block(selector).matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const split = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value!.trim());
    colours[name!] = split ? split[scheme === 'light' ? 1 : 2]! : value!.trim();
  }
  return colours;
}

function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const themes = {
  light: palette(':root', 'light'),
  dark: palette(':root', 'dark'),
  sepia: { ...palette(':root', 'light'), ...palette(":root[data-theme='sepia']", 'light') },
};

describe('theme palettes', () => {
  it('differ from one another', () => {
    expect(themes.dark['--background']).not.toBe(themes.light['--background']);
    expect(themes.sepia['--background']).not.toBe(themes.light['--background']);
    expect(themes.sepia['--text']).not.toBe(themes.light['--text']);
  });

  for (const [name, colours] of Object.entries(themes)) {
    it(`${name}: text, muted text, links and buttons (accent) and marks meet WCAG AA`, () => {
      const background = colours['--background']!;
      const pairs: [string, string, string][] = [
        ['text', colours['--text']!, background],
        ['muted', colours['--muted']!, background],
        ['accent', colours['--accent']!, background],
        ['button pressed (background on accent)', background, colours['--accent']!],
        ['mark', colours['--mark-text']!, colours['--mark-background']!],
      ];
      for (const [what, foreground, behind] of pairs) {
        expect(contrast(foreground, behind), `${name} ${what}: ${foreground} on ${behind}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
