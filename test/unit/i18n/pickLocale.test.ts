import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../src/i18n/pickLocale';

describe('pickLocale', () => {
  it('uses Chinese for Chinese readers, whatever the variant', () => {
    expect(pickLocale(['zh-CN'])).toBe('zh-CN');
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-CN');
  });

  it('uses English when English comes before any Chinese', () => {
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(pickLocale(['fr', 'en'])).toBe('en');
  });

  it('falls back to Chinese, the language of the papers', () => {
    expect(pickLocale([])).toBe('zh-CN');
    expect(pickLocale(['fr', 'de'])).toBe('zh-CN');
  });
});
