import { Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ImportKindDoc } from '../data-access/import-rows';
import { KindOption } from '../state/imports.selectors';

const ACCEPT: Readonly<Record<string, string>> = {
  csv: '.csv,.txt,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: '.geojson,.json,application/geo+json,application/json',
};

/**
 * Step 1: which kind of data, which file. Shows the columns the kind expects (required ones marked in words) and
 * asks for a check first: nothing is written until the report has been read. Inputs and outputs only.
 */
@Component({
  selector: 'app-upload-form',
  imports: [TranslatePipe],
  templateUrl: './upload-form.html',
  styleUrl: './upload-form.scss',
})
export class UploadForm {
  readonly kinds = input.required<readonly KindOption[]>();
  readonly selectedKind = input.required<string | null>();
  readonly kindDoc = input.required<ImportKindDoc | null>();
  readonly communeName = input.required<string>();
  readonly busy = input(false);

  readonly kindChange = output<string>();
  readonly fileChange = output<void>();
  readonly check = output<File>();

  protected readonly file = signal<File | null>(null);
  protected readonly tried = signal(false);
  protected readonly accept = computed(() =>
    (this.kindDoc()?.formats ?? ['csv', 'xlsx'])
      .map((format) => ACCEPT[format] ?? `.${format}`)
      .join(','),
  );

  protected pickKind(event: Event): void {
    this.kindChange.emit((event.target as HTMLSelectElement).value);
  }

  protected pickFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.fileChange.emit();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    const file = this.file();
    if (file) this.check.emit(file);
  }
}
