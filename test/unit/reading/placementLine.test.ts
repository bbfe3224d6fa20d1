import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '../../../src/i18n';
import { placementLine } from '../../../src/reading/placementLine';

const zh = messagesByLocale['zh-CN'];

describe('placementLine', () => {
  it('names paper, date and page, with the section after the page', () => {
    expect(placementLine({ paper: '焦作日报', date: '2022-02-09', page: 'A07', section: '要闻' }, zh, 'zh-CN')).toBe(
      '焦作日报 · 2022年2月9日星期三 · A07版 要闻',
    );
    expect(placementLine({ paper: '焦作日报', date: '2022-02-09', page: 'A07' }, messagesByLocale.en, 'en')).toBe(
      '焦作日报 · Wednesday, February 9, 2022 · Page A07',
    );
  });

  it('leaves out what is not known', () => {
    expect(placementLine({ paper: null, date: '2022-02-09', page: null }, zh, 'zh-CN')).toBe('2022年2月9日星期三');
    expect(placementLine({ paper: '焦作日报', date: null, page: 'A07', section: null }, zh, 'zh-CN')).toBe('焦作日报 · A07版');
    expect(placementLine({ paper: null, date: null, page: null }, zh, 'zh-CN')).toBe('');
  });
});
