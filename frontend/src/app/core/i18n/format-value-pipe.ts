import { inject, Pipe, PipeTransform } from '@angular/core';
import { FormattableValue, formatValue, ValueKind } from './format-value';
import { Translator } from './translator';

/** `{{ amount | fmt: 'currency' }}` in the interface's locale. Impure so that it follows the language signal. */
@Pipe({ name: 'fmt', pure: false })
export class FormatValuePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(value: FormattableValue, kind: ValueKind = 'number'): string {
    return formatValue(value, kind, this.translator.locale());
  }
}
