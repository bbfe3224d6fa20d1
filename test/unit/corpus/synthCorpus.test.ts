import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAPERS } from '../../../src/corpus/synth/pageHeader';
import { splitIntoStories } from '../../../src/corpus/synth/splitIntoStories';
import { stripPageFurniture } from '../../../src/corpus/synth/stripPageFurniture';
import { synthesizePages, type SynthPage } from '../../../src/corpus/synth/synthesizePages';
import { writeSynthCorpus } from '../../../scripts/writeSynthCorpus';

const SEEDS_DIR = join(__dirname, '../../../seeds');
const seedTexts = readdirSync(SEEDS_DIR).map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
const synth = (pages: number, seed: number): SynthPage[] => [...synthesizePages(seedTexts, { pages, seed })];

const HEADER = /^([A-Z]\d{2})│(\S+) (\d{4})年(\d{1,2})月(\d{1,2})日 (星期[一二三四五六日])$/;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-synth-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('synthesizePages', () => {
  it('makes the same pages from the same seed, and other pages from another seed', () => {
    expect(synth(20, 42)).toEqual(synth(20, 42));
    expect(synth(20, 43)).not.toEqual(synth(20, 42));
  });

  it('makes the number of pages asked for, each under its own file name', () => {
    const pages = synth(57, 1);
    expect(pages).toHaveLength(57);
    expect(new Set(pages.map((page) => page.fileName)).size).toBe(57);
  });

  it('opens every page with a known masthead and a page header whose date and weekday are real', () => {
    for (const page of synth(60, 5)) {
      const [masthead, header] = page.text.split('\n');
      expect(PAPERS.map((paper) => paper.masthead)).toContain(masthead);
      const match = HEADER.exec(header);
      expect(match, header).not.toBeNull();
      const [, pageCode, , year, month, day, weekday] = match!;
      const date = new Date(Date.UTC(+year, +month - 1, +day));
      expect(date.getUTCMonth() + 1).toBe(+month);
      expect(weekday).toBe(WEEKDAYS[date.getUTCDay()]);
      expect(page.fileName).toBe(`${PAPERS.find((p) => p.masthead === masthead)!.slug}_${date.toISOString().slice(0, 10)}_${pageCode}.txt`);
    }
  });

  it('spreads the dates over about one year and numbers pages within issues', () => {
    const pages = synth(300, 9);
    const dates = new Set(pages.map((page) => page.fileName.split('_')[1]));
    expect(dates.size).toBeGreaterThan(20);
    expect([...dates].every((date) => date.startsWith('2022'))).toBe(true);
    const codes = new Set(pages.map((page) => page.fileName.split('_')[2].replace('.txt', '')));
    expect(codes).toContain('A01');
    expect(codes).toContain('A04');
  });

  it('makes pages about the size of a seed page, without the seeds\' own page furniture', () => {
    for (const page of synth(40, 2)) {
      const bytes = Buffer.byteLength(page.text);
      expect(bytes).toBeGreaterThan(8_000);
      expect(bytes).toBeLessThan(48_000);
      expect(page.text.match(/DAILY/g)).toHaveLength(1);
      expect(page.text.match(/│编辑：/g)).toHaveLength(1);
    }
  });

  it('moves whole stories: every story of a page is a story of a seed', () => {
    const stories = new Set(seedTexts.flatMap((text) => splitIntoStories(stripPageFurniture(text).text)));
    const [page] = synth(1, 3);
    const body = page.text.split('\n').slice(5).join('\n').trimEnd();
    const known = [...stories].filter((story) => body.includes(story));
    expect(known.reduce((length, story) => length + story.length, 0) + (known.length - 1) * 2).toBe(body.length);
  });
});

describe('splitIntoStories', () => {
  it('cuts before each lead, keeping a headline printed after its body with that body', () => {
    const text = '本报讯（记者甲）第一条新闻。\n\n第一条标题\n\n本报讯（记者乙）第二条新闻。\n\n第二条标题';
    expect(splitIntoStories(text)).toEqual(['本报讯（记者甲）第一条新闻。\n\n第一条标题', '本报讯（记者乙）第二条新闻。\n\n第二条标题']);
  });

  it('keeps a standalone byline with the body under it, and a 新华社 dateline opens a story', () => {
    const text = '旧的结尾。\n\n本报记者 张 苗\n\n本报讯 正文。\n 据新华社北京\n2月6日电 正文。';
    expect(splitIntoStories(text)).toEqual(['旧的结尾。', '本报记者 张 苗\n\n本报讯 正文。', ' 据新华社北京\n2月6日电 正文。']);
  });

  it('sets captions apart, each with the credit printed under it', () => {
    const text = '正文。\n\n图① 厂房。\n\n本报记者 翟鹏程 摄\n\n图② 车间。\n\n下一块正文。';
    expect(splitIntoStories(text)).toEqual(['正文。', '图① 厂房。\n\n本报记者 翟鹏程 摄', '图② 车间。', '下一块正文。']);
  });
});

describe('stripPageFurniture', () => {
  it('removes masthead, page header and editors\' footer, and reports the section', () => {
    const text = '正文。\nJIAOZUO DAILY\nA07│科技创新 2022年2月9日 星期三\n\n■新闻热线：8797000│编辑：赵玉玲│版式：车 璇\n下文。';
    expect(stripPageFurniture(text)).toEqual({ text: '正文。\n\n下文。', sections: ['科技创新'] });
  });
});

describe('writeSynthCorpus', () => {
  it('writes N page files, the same bytes for the same seed', () => {
    const [first, second] = [tempDir(), tempDir()];
    const written = writeSynthCorpus({ seedsDir: SEEDS_DIR, outDir: first, pages: 12, seed: 7 });
    writeSynthCorpus({ seedsDir: SEEDS_DIR, outDir: second, pages: 12, seed: 7 });
    const names = readdirSync(first).sort();
    expect(names).toHaveLength(12);
    expect(written.files).toHaveLength(12);
    expect(names.every((name) => name.endsWith('.txt'))).toBe(true);
    for (const name of names) expect(readFileSync(join(second, name))).toEqual(readFileSync(join(first, name)));
  });

  it('refuses a seeds directory without readable pages', () => {
    expect(() => writeSynthCorpus({ seedsDir: tempDir(), outDir: tempDir(), pages: 1, seed: 1 })).toThrow(/no readable seed pages/);
  });
});
