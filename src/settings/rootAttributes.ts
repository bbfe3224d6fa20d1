// Reading settings on <html>: app.css picks the palette from data-theme and sizes the article
// text from the custom properties --text-scale and --line-height.
import type { ReadingSettings } from './readingSettings';

/** An attribute, or a custom property when the name starts with `--`. */
export type RootAttributes = Record<'data-theme' | '--text-scale' | '--line-height', string>;

export function rootAttributes(settings: ReadingSettings): RootAttributes {
  return {
    'data-theme': settings.theme,
    '--text-scale': String(settings.textScale),
    '--line-height': String(settings.lineHeight),
  };
}

/** What of <html> the settings touch: its attributes and its inline style's custom properties. */
export interface RootElement {
  setAttribute(name: string, value: string): void;
  style: Pick<CSSStyleDeclaration, 'setProperty'>;
}

export function applyRootAttributes(root: RootElement, attributes: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(attributes)) {
    // Custom properties go through the CSSOM, which the Content-Security-Policy allows without
    // style-src 'unsafe-inline'; it also leaves other properties on <html> (--header-height) alone.
    if (name.startsWith('--')) root.style.setProperty(name, value);
    else root.setAttribute(name, value);
  }
}
