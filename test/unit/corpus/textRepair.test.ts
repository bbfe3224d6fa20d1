import { describe, expect, it } from 'vitest';
import { joinLines, repairSpacing } from '../../../src/corpus/text/repairSpacing';
import { isLetterSpaced } from '../../../src/corpus/text/isLetterSpaced';
import { lineWidth } from '../../../src/corpus/text/lineWidth';
import { endsSentence, endsOnFunctionWord, startsWithContinuation } from '../../../src/corpus/text/sentenceEnd';

describe('repairSpacing', () => {
  it('removes the spaces the extraction put between Chinese characters and punctuation', () => {
    expect(repairSpacing('近 段 时 间 ， 多 国 报 告')).toBe('近段时间，多国报告');
    expect(repairSpacing('2023 年 12 月 6 日')).toBe('2023年12月6日');
  });
  it('keeps codes and words intact and the space between Latin words', () => {
    expect(repairSpacing('称为B.1.1.529，这')).toBe('称为B.1.1.529，这');
    expect(repairSpacing('变异毒株 BA.2 感')).toBe('变异毒株BA.2感');
    expect(repairSpacing('首次人工合成 3D')).toBe('首次人工合成3D');
    expect(repairSpacing('COVID 19 and Omicron')).toBe('COVID 19 and Omicron');
  });
});

describe('joinLines', () => {
  it('joins the lines of a column with no space, except between two Latin words', () => {
    expect(joinLines(['奥 密 克 戎 毒', '株 的 遗 传 谱 系 名'])).toBe('奥密克戎毒株的遗传谱系名');
    expect(joinLines(['the Sagol', 'Center'])).toBe('the Sagol Center');
  });
});

describe('line measures', () => {
  it('tells a justified, letter-spaced line from a set one', () => {
    expect(isLetterSpaced('染 病 例 逐 渐 增')).toBe(true);
    expect(isLetterSpaced('过 400 例 BA.2 毒 株 感 染 病')).toBe(true);
    expect(isLetterSpaced('提升能力 锻造作风 实干立身 争先出彩')).toBe(false);
    expect(isLetterSpaced('据对新冠病毒遗传谱系进')).toBe(false);
  });
  it('measures Chinese characters as one em and Latin text narrower', () => {
    expect(lineWidth('据对新冠病毒遗传谱系进')).toBe(11);
    expect(lineWidth('近 段 时 间 ，')).toBe(5);
    expect(lineWidth('BA.2 的')).toBeLessThan(4);
  });
  it('knows sentence ends, function-word line ends and continuation fragments', () => {
    expect(endsSentence('可追溯到 2021 年 12 月 6 日。')).toBe(true);
    expect(endsSentence('一起来看——')).toBe(false);
    expect(endsSentence('（据中国政府网）')).toBe(true);
    expect(endsSentence('“隐形奥密克')).toBe(false);
    expect(endsOnFunctionWord('全市各级各类学校和教师要')).toBe(true);
    expect(endsOnFunctionWord('科学普及')).toBe(false);
    expect(endsOnFunctionWord('战略主攻方向')).toBe(false);
    expect(startsWithContinuation('构,推进民办学校由')).toBe(true);
    expect(startsWithContinuation('其中，创新龙头企业')).toBe(false);
  });
});
