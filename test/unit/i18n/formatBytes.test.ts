import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/i18n/formatBytes';
import { formatMonth } from '../../../src/i18n/formatMonth';

describe('sizes and months for the storage page', () => {
  it('shows kilobytes whole (never 0 KB) and larger units to a tenth', () => {
    expect(formatBytes(0, 'zh-CN')).toBe('1 KB');
    expect(formatBytes(66_437, 'zh-CN')).toBe('65 KB');
    expect(formatBytes(12_900_000, 'en')).toBe('12.3 MB');
    expect(formatBytes(1_387_359_759, 'zh-CN')).toBe('1.3 GB');
  });

  it('names a month in the reader’s language, and leaves other text as it is', () => {
    expect(formatMonth('2022-02', 'zh-CN')).toBe('2022年2月');
    expect(formatMonth('2022-02', 'en')).toBe('February 2022');
    expect(formatMonth('2022-13', 'zh-CN')).toBe('2022-13');
  });
});
