import { Injectable } from '@angular/core';
import { isLang, Lang } from './lang';

const STORAGE_KEY = 'pilotage.lang';

/** Remembers the chosen language in localStorage; quietly does nothing where storage is unavailable. */
@Injectable({ providedIn: 'root' })
export class LanguageStorage {
  read(): Lang | null {
    try {
      const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
      return isLang(saved) ? saved : null;
    } catch {
      return null;
    }
  }

  write(lang: Lang): void {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Private browsing or storage disabled: the choice lasts for the session only.
    }
  }
}
