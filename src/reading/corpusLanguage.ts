/**
 * Language of the papers' text. Elements that show corpus text carry it as their `lang`, so
 * fonts and screen readers treat it as Chinese even when the UI around it is in English.
 */
export const corpusLanguage = 'zh-CN';
