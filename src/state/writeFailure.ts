import { storageFaultOf } from '../db/storageError';
import { library } from './libraryState.svelte';

/**
 * A write of the reader's own data (a bookmark, a note) failed. When the disk is full the reader
 * is told, since the toggle or the note box alone would not show that nothing was saved.
 */
export function reportWriteFailure(error: unknown): void {
  console.error(error);
  if (storageFaultOf(error) === 'full') library.tell({ kind: 'notSaved' });
}
