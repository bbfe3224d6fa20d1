// The last root attributes, kept in localStorage: the settings table answers only after the
// database opens, so the inline script in index.html applies this copy before the first paint.
import type { RootAttributes } from './rootAttributes';

/** index.html reads this key too. */
export const rootAttributesKey = 'dubao.rootAttributes';

export function cacheRootAttributes(attributes: RootAttributes, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(rootAttributesKey, JSON.stringify(attributes));
  } catch {
    // Storage refused (private mode, quota): the page just starts with the default look.
  }
}
