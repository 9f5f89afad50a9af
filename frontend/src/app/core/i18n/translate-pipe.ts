import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslationKey } from './dictionaries';
import { TranslationParams } from './translate';
import { Translator } from './translator';

/** `{{ 'nav.overview' | t }}`. Impure so that it follows the language signal. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.translator.t(key, params);
  }
}
