import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/i18n/formatDate';

describe('formatDate', () => {
  it('writes an ISO date the way a Chinese paper does', () => {
    expect(formatDate('2022-02-09', 'zh-CN')).toBe('2022年2月9日星期三');
  });

  it('writes it in English for English readers', () => {
    expect(formatDate('2022-02-09', 'en')).toBe('Wednesday, February 9, 2022');
  });

  it('shows text that is not an ISO date unchanged rather than a wrong date', () => {
    expect(formatDate('2022年2月9日', 'zh-CN')).toBe('2022年2月9日');
    expect(formatDate('2022-13-45', 'zh-CN')).toBe('2022-13-45');
    expect(formatDate('2022-02-30', 'zh-CN')).toBe('2022-02-30');
  });
});
