import { describe, expect, it } from 'vitest';
import { offlineReadiness } from '../../../src/pwa/offlineReadiness';
import type { LibraryStatus } from '../../../src/state/libraryStatus';

const stored: LibraryStatus = { name: 'ready', updating: false, notice: null };
const progress = { packsTotal: 5, packsDone: 2, articlesWritten: 30, articlesDeleted: 0, bytesTotal: 1, bytesDone: 0, currentPack: null, failed: [] };

describe('offlineReadiness', () => {
  it('is ready once the app is saved and the papers are stored, even while an update runs behind', () => {
    expect(offlineReadiness('ready', stored)).toEqual({ kind: 'ready' });
    expect(offlineReadiness('ready', { ...stored, updating: true })).toEqual({ kind: 'ready' });
    expect(offlineReadiness('ready', { ...stored, notice: { kind: 'offline' } })).toEqual({ kind: 'ready' });
  });

  it('shows the progress of each part on a first visit', () => {
    expect(offlineReadiness('installing', { name: 'firstIngest', progress: null })).toEqual({ kind: 'preparing', shellSaved: false, papers: 'waiting' });
    expect(offlineReadiness('ready', { name: 'firstIngest', progress })).toEqual({ kind: 'preparing', shellSaved: true, papers: { done: 2, total: 5 } });
    expect(offlineReadiness('installing', stored)).toEqual({ kind: 'preparing', shellSaved: false, papers: 'saved' });
  });

  it('says so when some papers could not be saved', () => {
    expect(offlineReadiness('ready', { ...stored, notice: { kind: 'updateFailed' } })).toEqual({ kind: 'incomplete' });
  });

  it('says the browser cannot keep the app offline, and nothing on the dev server', () => {
    expect(offlineReadiness('unsupported', stored)).toEqual({ kind: 'unavailable' });
    expect(offlineReadiness('failed', stored)).toEqual({ kind: 'unavailable' });
    expect(offlineReadiness('disabled', stored)).toEqual({ kind: 'hidden' });
  });

  it('leaves a failed library to its own notice, and says nothing while the database opens', () => {
    expect(offlineReadiness('ready', { name: 'failed', failure: { reason: 'offline' } })).toEqual({ kind: 'hidden' });
    expect(offlineReadiness('installing', { name: 'opening' })).toEqual({ kind: 'hidden' });
  });
});
