import { describe, expect, it } from 'vitest';
import { opensLead, readLead } from '../../../src/corpus/classify/detectLead';
import { isBylineLine, isSourceCredit } from '../../../src/corpus/classify/detectByline';
import { isPhotoCreditLine, splitCaptionCredit, startsCaption } from '../../../src/corpus/classify/detectCaption';

describe('leads', () => {
  it('reads 本报讯 leads with and without a credit', () => {
    expect(readLead('本报讯（记者徐金华通讯员徐习军）为深入贯彻')).toEqual({ byline: '记者徐金华 通讯员徐习军', dateline: '本报讯' });
    expect(readLead('本报讯为进一步深化濮伊两地教育合作')).toEqual({ byline: null, dateline: '本报讯' });
  });
  it('reads wire leads, even when the extraction broke them over lines', () => {
    expect(readLead('据新华社耶路撒冷2月8日电（记者尚昊、吕迎旭）以色列')).toEqual({ byline: '记者尚昊、吕迎旭', dateline: '据新华社耶路撒冷2月8日电' });
    expect(opensLead(' 据新华社耶')).toBe(true);
    expect(opensLead('新华社北京2')).toBe(true);
    expect(opensLead('本报记者 王学典')).toBe(false);
  });
});

describe('bylines and credits', () => {
  it('accepts lines that only name people', () => {
    for (const line of ['本报记者 王学典', '本报记者 张 苗', '记者 蒋文 通讯员 林文', '新华社记者 罗国芳', '□丁 垒']) {
      expect(isBylineLine(line), line).toBe(true);
    }
  });
  it('rejects running text and photo credits', () => {
    expect(isBylineLine('记者从科技部获悉，国家科')).toBe(false);
    expect(isBylineLine('本报记者 翟鹏程 摄')).toBe(false);
    expect(isSourceCredit('（据中国政府网）')).toBe(true);
  });
});

describe('captions', () => {
  it('recognises caption starts and photo credits', () => {
    expect(startsCaption('图① 1月30日，焦作科瑞森')).toBe(true);
    expect(startsCaption('⬆为贯彻落实《家庭教育促进法》')).toBe(true);
    expect(startsCaption('图书馆进口用于科研')).toBe(false);
    expect(isPhotoCreditLine('本报记者 翟鹏程 摄')).toBe(true);
  });
  it('splits the credit off the caption text', () => {
    expect(splitCaptionCredit('图② 产品占国内市场90%的份额。 本报记者 宋崇飞 摄')).toEqual({ text: '图② 产品占国内市场90%的份额。', credit: '本报记者 宋崇飞 摄' });
    expect(splitCaptionCredit('⬆开展了亲子活动。 （市实验幼儿园提供）')).toEqual({ text: '⬆开展了亲子活动。', credit: '市实验幼儿园提供' });
  });
});
