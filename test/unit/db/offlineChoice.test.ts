import { describe, expect, it } from 'vitest';
import {
  getOfflineChoice,
  isPackKept,
  keepAgain,
  keepEverything,
  leaveOut,
  setOfflineChoice,
  updateOfflineChoice,
  type OfflineChoice,
} from '../../../src/db/offlineChoice';
import { itWithDb } from './helpers/testDatabase';

const feb9 = { id: 'e-2022-02-09-x', paper: '焦作日报', date: '2022-02-09' };
const feb10 = { id: 'e-2022-02-10-x', paper: '焦作日报', date: '2022-02-10' };
const march = { id: 'e-2022-03-01-x', paper: '焦作日报', date: '2022-03-01' };
const undated = { id: 'src-000', paper: '焦作日报', date: null };
const otherPaper = { id: 'e-2022-02-09-y', paper: '河南日报', date: '2022-02-09' };
const unnamed = { id: 'src-001', paper: null, date: null };
const all = [feb9, feb10, march, undated, otherPaper, unnamed];
const kept = (choice: OfflineChoice) => all.filter((pack) => isPackKept(choice, pack)).map((pack) => pack.id);

describe('the offline choice', () => {
  itWithDb('keeps everything until the reader leaves something out', async ({ db }) => {
    expect(await getOfflineChoice(db)).toEqual(keepEverything);
    expect(kept(keepEverything)).toEqual(all.map((pack) => pack.id));
  });

  it('leaves out one edition, a month of one paper, or a paper', () => {
    expect(kept(leaveOut(keepEverything, { kind: 'pack', packId: feb9.id }))).not.toContain(feb9.id);
    const month = leaveOut(keepEverything, { kind: 'month', paper: '焦作日报', month: '2022-02' });
    expect(kept(month)).toEqual([march.id, undated.id, otherPaper.id, unnamed.id]);
    const undatedPages = leaveOut(keepEverything, { kind: 'month', paper: '焦作日报', month: null });
    expect(kept(undatedPages)).toEqual([feb9.id, feb10.id, march.id, otherPaper.id, unnamed.id]);
    expect(kept(leaveOut(keepEverything, { kind: 'paper', paper: null }))).toEqual([feb9.id, feb10.id, march.id, undated.id, otherPaper.id]);
  });

  it('keeps a paper again with the months and editions of it left out one by one', () => {
    let choice = leaveOut(keepEverything, { kind: 'pack', packId: march.id });
    choice = leaveOut(choice, { kind: 'month', paper: '焦作日报', month: '2022-02' });
    choice = leaveOut(choice, { kind: 'pack', packId: otherPaper.id });
    choice = leaveOut(choice, { kind: 'paper', paper: '焦作日报' });
    const again = keepAgain(choice, { kind: 'paper', paper: '焦作日报' }, all);
    expect(kept(again)).toEqual(all.map((pack) => pack.id).filter((id) => id !== otherPaper.id));
    // Keeping one month again leaves the other exclusions alone.
    const monthAgain = keepAgain(leaveOut(choice, { kind: 'pack', packId: feb10.id }), { kind: 'month', paper: '焦作日报', month: '2022-02' }, all);
    expect(monthAgain.papers).toEqual(['焦作日报']);
    expect(monthAgain.packs).toEqual([march.id, otherPaper.id]);
  });

  itWithDb('is stored in the settings table, and a damaged value reads as keeping everything', async ({ db }) => {
    await updateOfflineChoice(db, (choice) => leaveOut(choice, { kind: 'pack', packId: feb9.id }));
    expect((await db.settings.get('offlineChoice'))?.value).toEqual({ papers: [], months: [], packs: [feb9.id] });
    await db.settings.put({ key: 'offlineChoice', value: { papers: 'all' } });
    expect(await getOfflineChoice(db)).toEqual(keepEverything);
    await setOfflineChoice(db, { papers: [''], months: [], packs: [] });
    expect(isPackKept(await getOfflineChoice(db), unnamed)).toBe(false);
  });
});
