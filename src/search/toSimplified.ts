// 繁→简 with opencc-js (Taiwan standard traditional to mainland simplified, phrases first). Its
// dictionaries are about 100 KB, so they load on first need, through a dynamic import that the
// bundler splits into its own chunk; most queries hold no character that would change.
import { TRADITIONAL_CHARS } from './traditionalChars';

type Convert = (text: string) => string;

let traditional: Set<string> | null = null;
let converter: Promise<Convert> | null = null;

/** True when `text` holds a character that 繁→简 conversion may change. */
export function mayChangeToSimplified(text: string): boolean {
  traditional ??= new Set(Array.from(TRADITIONAL_CHARS));
  for (const char of text) if (traditional.has(char)) return true;
  return false;
}

function loadConverter(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'tw', to: 'cn' }));
  return converter;
}

/**
 * `text` converted to simplified Chinese; the converter is loaded (once) only when the text holds
 * a character that may change. If it cannot be loaded (offline before its chunk was cached),
 * the text is returned as it is and the next call tries again.
 */
export async function toSimplified(text: string): Promise<string> {
  if (!mayChangeToSimplified(text)) return text;
  try {
    return (await loadConverter())(text);
  } catch {
    converter = null;
    return text;
  }
}
