export type Locale = 'zh-CN' | 'en';

/**
 * The UI language: Chinese unless the reader's browser asks for English before any Chinese.
 * The papers are Chinese, so Chinese is the safe default.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'zh') return 'zh-CN';
    if (language === 'en') return 'en';
  }
  return 'zh-CN';
}
