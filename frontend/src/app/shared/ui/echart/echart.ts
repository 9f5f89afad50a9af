import { Component, computed, input, output } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartOption } from '../../charts/chart-option';
import { withSafeTooltips } from '../../charts/escape-html';
import { withAccessibility } from '../../charts/with-accessibility';
import { echarts } from './echarts-setup';

/**
 * The one place ECharts enters the app (lazy pages only, so it stays out of the initial bundle).
 * Aria description and decal patterns are on by default; `description` is the sentence screen readers hear.
 * Tooltip formatters return plain text (with `<br>` for a new line): the wrapper escapes what they interpolate.
 */
@Component({
  selector: 'app-echart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts })],
  template: `
    <div
      echarts
      class="chart"
      role="img"
      [attr.aria-label]="description() || null"
      [style.block-size]="height()"
      [options]="option()"
      (chartInit)="chartInit.emit($event)"
    ></div>
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
  protected readonly option = computed(() =>
    withSafeTooltips(withAccessibility(this.options(), this.description(), this.reducedMotion)),
  );
}
