import { Component, computed, effect, input, output, signal } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartOption } from '../../charts/chart-option';
import { withSafeTooltips } from '../../charts/escape-html';
import { withAccessibility } from '../../charts/with-accessibility';
import { echarts, registerPartsOf } from './echarts-setup';

/**
 * The one place ECharts enters the app: chart cards load it when they come into view (`@defer`), and the chart
 * types an option draws are registered on demand (echarts-setup.ts), so a page pays only for what it shows.
 * Aria description and decal patterns are on by default; `description` is the sentence screen readers hear.
 * Tooltip formatters return plain text (with `<br>` for a new line): the wrapper escapes what they interpolate.
 */
@Component({
  selector: 'app-echart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  template: `
    @if (drawn(); as drawnOption) {
      <div
        echarts
        class="chart"
        role="img"
        [attr.aria-label]="description() || null"
        [style.block-size]="height()"
        [options]="drawnOption"
        (chartInit)="chartInit.emit($event)"
      ></div>
    } @else {
      <div class="chart" role="img" [attr.aria-label]="description() || null" [style.block-size]="height()"></div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      inline-size: 100%;
    }
  `,
})
export class EChart {
  readonly options = input.required<ChartOption>();
  readonly description = input('');
  readonly height = input('320px');
  readonly chartInit = output<ECharts>();

  private readonly reducedMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  // tooltips are HTML: every label a formatter interpolates is escaped here, for every chart (escape-html.ts)
  private readonly option = computed(() =>
    withSafeTooltips(withAccessibility(this.options(), this.description(), this.reducedMotion)),
  );
  /** The option once the parts it needs are registered (the previous one stays drawn meanwhile). */
  protected readonly drawn = signal<ChartOption | null>(null);

  constructor() {
    effect((onCleanup) => {
      const option = this.option();
      let current = true;
      onCleanup(() => (current = false));
      void registerPartsOf(option).then(() => {
        if (current) this.drawn.set(option);
      });
    });
  }
}
