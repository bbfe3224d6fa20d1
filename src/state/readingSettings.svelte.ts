import type { LibraryConnection } from './libraryConnection';
import { saveReadingSetting } from '../actions/saveReadingSetting';
import { library } from './libraryState.svelte';
import { applyRootAttributes, rootAttributes, type RootAttributes } from '../settings/rootAttributes';
import { cacheRootAttributes } from '../settings/rootAttributesCache';
import { defaultReadingSettings, type ReadingSettingKey, type ReadingSettings } from '../settings/readingSettings';
import { loadToTraditional, type Convert } from '../settings/toTraditional';

export interface ReadingSettingsDeps {
  load: () => Promise<ReadingSettings>;
  save: <K extends ReadingSettingKey>(key: K, value: ReadingSettings[K]) => Promise<void>;
  /** Puts the attributes on <html> and keeps a copy for the next start. */
  apply: (attributes: RootAttributes) => void;
  loadConverter: () => Promise<Convert>;
}

/**
 * The reader's reading settings, applied to the page as soon as they change and saved behind.
 * While 繁體 is chosen, `convert` turns article text into traditional characters once the
 * converter has loaded (until then, and if it cannot load, text shows as stored).
 */
export class ReadingSettingsState {
  current = $state.raw<ReadingSettings>(defaultReadingSettings);
  convert = $state.raw<Convert | null>(null);
  #deps: ReadingSettingsDeps;

  constructor(deps: ReadingSettingsDeps) {
    this.#deps = deps;
  }

  /** Corpus text as the reader chose to see it: in 繁體 once the converter is there, else as stored. */
  display(text: string): string {
    return this.convert === null ? text : this.convert(text);
  }

  async load(): Promise<void> {
    this.#show(await this.#deps.load());
  }

  async set<K extends ReadingSettingKey>(key: K, value: ReadingSettings[K]): Promise<void> {
    this.#show({ ...this.current, [key]: value });
    await this.#deps.save(key, value);
  }

  #show(settings: ReadingSettings): void {
    this.current = settings;
    this.#deps.apply(rootAttributes(settings));
    if (settings.script === 'simplified') {
      this.convert = null;
      return;
    }
    this.#deps.loadConverter().then(
      (convert) => {
        if (this.current.script === 'traditional') this.convert = convert;
      },
      (error: unknown) => console.warn('the 繁體 converter could not be loaded', error),
    );
  }
}

const connection = (): LibraryConnection => library.connection;

export const readingSettings = new ReadingSettingsState({
  load: () => connection().readingSettings(),
  save: (key, value) => saveReadingSetting(connection().db, key, value),
  apply: (attributes) => {
    applyRootAttributes(document.documentElement, attributes);
    cacheRootAttributes(attributes);
  },
  loadConverter: loadToTraditional,
});
