// Reading settings as attributes of <html>: app.css picks the palette from data-theme and sizes
// the article text from the custom properties in style.
import type { ReadingSettings } from './readingSettings';

export type RootAttributes = Record<'data-theme' | 'style', string>;

export function rootAttributes(settings: ReadingSettings): RootAttributes {
  return {
    'data-theme': settings.theme,
    style: `--text-scale: ${settings.textScale}; --line-height: ${settings.lineHeight}`,
  };
}

export function applyRootAttributes(root: Element, attributes: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
}
