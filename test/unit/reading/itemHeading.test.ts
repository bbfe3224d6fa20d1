import { describe, expect, it } from 'vitest';
import { itemHeading } from '../../../src/reading/itemHeading';

describe('itemHeading', () => {
  it('uses the title when there is one', () => {
    expect(itemHeading({ title: '人工3D脊髓组织或可让瘫痪者重新行走', paragraphs: ['据新华社'] })).toEqual({
      text: '人工3D脊髓组织或可让瘫痪者重新行走',
      fromBody: false,
    });
  });

  it('uses the first words of the body, marked as such, when there is no title', () => {
    const heading = itemHeading({ title: null, paragraphs: ['本报讯（记者徐金华 通讯员徐习军）为深入贯彻落实“十大战略”中的创新驱动战略'] });
    expect(heading.fromBody).toBe(true);
    expect(heading.text).toBe('本报讯（记者徐金华 通讯员徐习军）为深入贯彻落实…');
  });

  it('keeps a short body whole and treats a blank title as none', () => {
    expect(itemHeading({ title: '  ', paragraphs: ['短讯。'] })).toEqual({ text: '短讯。', fromBody: true });
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = itemHeading({ title: null, paragraphs: ['𠀀'.repeat(30)] }).text;
    expect(text).toBe(`${'𠀀'.repeat(24)}…`);
  });
});
