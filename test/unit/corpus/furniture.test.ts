import { describe, expect, it } from 'vitest';
import { parsePageHeader } from '../../../src/corpus/furniture/parsePageHeader';
import { classifyFurnitureLine } from '../../../src/corpus/furniture/classifyFurnitureLine';
import { paperForMasthead } from '../../../src/corpus/furniture/knownPapers';

describe('page furniture', () => {
  it('reads page, section and ISO date from a page header', () => {
    expect(parsePageHeader('A07│科技创新 2022年2月9日 星期三')).toEqual({ page: 'A07', section: '科技创新', date: '2022-02-09' });
    expect(parsePageHeader('2024年3月5日 星期二 │ 03 版 要闻')).toEqual({ page: '03版', section: '要闻', date: '2024-03-05' });
  });
  it('states nothing it cannot read: no date, no header; an impossible date stays null', () => {
    expect(parsePageHeader('科技创新')).toBeNull();
    expect(parsePageHeader('A07│科技创新 2022年2月30日')?.date).toBeNull();
  });
  it('maps a pinyin or English masthead to the paper, and leaves unknown ones unnamed', () => {
    expect(paperForMasthead('JIAOZUO DAILY')).toBe('焦作日报');
    expect(paperForMasthead('puyang  daily')).toBe('濮阳日报');
    expect(classifyFurnitureLine('NOWHERE DAILY')).toEqual({ kind: 'masthead', paper: null });
  });
  it('recognises footers, photo markers, jump lines and page notes, and not body text', () => {
    expect(classifyFurnitureLine('■新闻热线：8797000│编辑：赵玉玲│版式：车 璇│校对：刘 勇')?.kind).toBe('footer');
    expect(classifyFurnitureLine('③③')?.kind).toBe('photoMarker');
    expect(classifyFurnitureLine('（上接A01版①）')).toEqual({ kind: 'jump', continuedFrom: 'A01' });
    expect(classifyFurnitureLine('（下转A03版）')).toEqual({ kind: 'jump', continuedFrom: null });
    expect(classifyFurnitureLine('（本版照片均为本报资料照片）')?.kind).toBe('pageNote');
    expect(classifyFurnitureLine('会议指出，开展“能力作风建设年”活')).toBeNull();
  });
});
