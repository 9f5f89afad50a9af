import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { TranslationKey } from './dictionaries';
import { DEFAULT_LANG, Lang, LOCALE_BY_LANG } from './lang';
import { translate, TranslationParams } from './translate';

/**
 * The language of the interface, as signals. Components read it through the `t` and `fmt` pipes;
 * the shell's effects call `use()` when the language is chosen.
 */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(DEFAULT_LANG);

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => LOCALE_BY_LANG[this.current()]);

  use(lang: Lang): void {
    this.current.set(lang);
    this.document.documentElement.lang = lang;
  }

  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this.current(), key, params);
  }
}
