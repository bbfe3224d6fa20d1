import { describe, expect, it } from 'vitest';
import { separateDateline } from '../../../src/reading/separateDateline';

describe('separateDateline', () => {
  it('hides a dateline that already opens the body', () => {
    expect(
      separateDateline({ dateline: '据新华社耶路撒冷2月8日电', paragraphs: ['据新华社耶路撒冷2月8日电（记者尚昊、吕迎旭）以色列'] }),
    ).toBeNull();
  });

  it('shows a dateline the body does not repeat', () => {
    expect(separateDateline({ dateline: '新华社北京2月8日电', paragraphs: ['国务院日前印发'] })).toBe('新华社北京2月8日电');
    expect(separateDateline({ dateline: '本报讯', paragraphs: [] })).toBe('本报讯');
  });

  it('shows nothing when there is no dateline', () => {
    expect(separateDateline({ dateline: null, paragraphs: ['正文'] })).toBeNull();
    expect(separateDateline({ dateline: ' ', paragraphs: ['正文'] })).toBeNull();
  });
});
