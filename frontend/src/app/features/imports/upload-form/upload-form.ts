import { Component, computed, input, output, signal } from '@angular/core';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { ImportKindDoc } from '../data-access/import-rows';
import { KindOption } from '../state/imports.selectors';

const ACCEPT: Readonly<Record<string, string>> = {
  csv: '.csv,.txt,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: '.geojson,.json,application/geo+json,application/json',
};

/** What the agent chose: one file or several sent together, and the mobility counted when the files do not say. */
export interface UploadChoice {
  files: File[];
  siteKind: string | null;
}

/** Kinds whose files count a mobility (the `--kind` of the command line). */
const COUNTING_KINDS = new Set(['counts', 'counting-sites']);
export const MOBILITY_KINDS: readonly { kind: string; label: TranslationKey }[] = [
  { kind: 'bike', label: 'imports.mobility.bike' },
  { kind: 'pedestrian', label: 'imports.mobility.pedestrian' },
  { kind: 'car', label: 'imports.mobility.car' },
  { kind: 'facility', label: 'imports.mobility.facility' },
];

/**
 * Step 1: which kind of data, which files (several at once land together, all or nothing: the Etalab site, channel
 * and measure files), and for counting files the mobility they count when they do not say it. Shows the columns the
 * kind expects (required ones marked in words) and asks for a check first: nothing is written until the report has
 * been read. Inputs and outputs only.
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
  readonly check = output<UploadChoice>();

  protected readonly files = signal<File[]>([]);
  protected readonly siteKind = signal<string | null>(null);
  protected readonly mobilityKinds = MOBILITY_KINDS;
  protected readonly countsMobility = computed(() => COUNTING_KINDS.has(this.selectedKind() ?? ''));
  protected readonly tried = signal(false);
  protected readonly accept = computed(() =>
    (this.kindDoc()?.formats ?? ['csv', 'xlsx']).map((format) => ACCEPT[format] ?? `.${format}`).join(','),
  );

  protected pickKind(event: Event): void {
    this.kindChange.emit((event.target as HTMLSelectElement).value);
  }

  protected pickFile(event: Event): void {
    this.files.set(Array.from((event.target as HTMLInputElement).files ?? []));
    this.fileChange.emit();
  }

  protected pickSiteKind(event: Event): void {
    this.siteKind.set((event.target as HTMLSelectElement).value || null);
    this.fileChange.emit();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    const files = this.files();
    if (files.length) this.check.emit({ files, siteKind: this.countsMobility() ? this.siteKind() : null });
  }
}
