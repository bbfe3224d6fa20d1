import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '../../../src/i18n';

describe('UI strings', () => {
  it('exist in both languages and are never empty', () => {
    for (const messages of Object.values(messagesByLocale)) {
      for (const [key, value] of Object.entries(messages)) {
        const text = typeof value === 'function' ? String(value(1 as never)) : JSON.stringify(value);
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('name undated items and their source file in plain Chinese', () => {
    const zh = messagesByLocale['zh-CN'];
    expect(zh.undated).toBe('未注明日期');
    expect(zh.sourceFile('000.txt')).toBe('来源文件：000.txt');
    expect(zh.captions).toBe('图片说明');
  });
});
