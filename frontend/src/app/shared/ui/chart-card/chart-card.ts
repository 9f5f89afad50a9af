import { DOCUMENT } from '@angular/common';
import { Component, inject, input, signal } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { TranslatePipe } from '../../../core/i18n/translate-pipe';
import { Translator } from '../../../core/i18n/translator';
import { ChartOption } from '../../charts/chart-option';
import { csvBlob } from '../../export/build-csv';
import { dataUrlToBlob } from '../../export/data-url-to-blob';
import { fileSlug, saveFile } from '../../export/save-file';
import { DataTable } from '../data-table/data-table';
import { TableColumn, TableRow } from '../data-table/table-column';
import { EChart } from '../echart/echart';
import { EAGER_CHARTS } from './eager-charts';

let nextId = 0;

/**
 * A titled chart with its one-sentence summary (visible, and the chart's accessible name), the same data as a
 * table on demand, a CSV download and a PNG copy. The chart itself (and ECharts with it) loads when the card
 * comes into view; its place is kept meanwhile, so nothing moves.
 */
@Component({
  selector: 'app-chart-card',
  imports: [EChart, DataTable, TranslatePipe],
  templateUrl: './chart-card.html',
  styleUrl: './chart-card.scss',
})
export class ChartCard {
  private readonly document = inject(DOCUMENT);
  private readonly translator = inject(Translator);
  private chart: ECharts | null = null;
  /** Draw at once rather than when scrolled into view (pages meant for paper). */
  protected readonly eager = inject(EAGER_CHARTS);

  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
  readonly options = input.required<ChartOption>();
  readonly columns = input.required<readonly TableColumn[]>();
  readonly rows = input.required<readonly TableRow[]>();
  /** Heading level inside the page outline. */
  readonly level = input<2 | 3>(2);
  readonly height = input('320px');
  /** Base name of the exported files, without extension; the heading by default. */
  readonly fileName = input('');

  protected readonly id = `chart-card-${nextId++}`;
  protected readonly showTable = signal(false);
  protected readonly status = signal('');

  protected onChartInit(chart: ECharts): void {
    this.chart = chart;
  }

  protected toggleView(): void {
    this.showTable.update((shown) => !shown);
  }

  private baseName(): string {
    return fileSlug(this.fileName() || this.heading());
  }

  protected downloadCsv(): void {
    saveFile(csvBlob(this.columns(), this.rows()), `${this.baseName()}.csv`, this.document);
  }

  protected async copyPng(): Promise<void> {
    if (!this.chart) return;
    const blob = dataUrlToBlob(this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }));
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      this.status.set(this.translator.t('chart.pngCopied'));
    } catch {
      // No clipboard access (permissions, older browser): the image is downloaded instead.
      saveFile(blob, `${this.baseName()}.png`, this.document);
      this.status.set(this.translator.t('chart.pngDownloaded'));
    }
  }
}
