import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { ChartOption } from '../../charts/chart-option';
import { ChartPart, partsOf } from './chart-parts';

// What every chart uses: the core, the canvas, axes, tooltips, legends, reference lines and label layout.
// AriaComponent must be registered or `aria` options do nothing. The full `echarts` import would weigh about 1 MB.
echarts.use([
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  MarkLineComponent,
  CanvasRenderer,
  LabelLayout,
]);

type Installer = Parameters<typeof echarts.use>[0];

// Chart types and rarer components come in their own chunks, fetched the first time a chart draws them.
const loaders: Record<ChartPart, () => Promise<{ part: Installer }>> = {
  bar: () => import('./parts/bar'),
  line: () => import('./parts/line'),
  scatter: () => import('./parts/scatter'),
  heatmap: () => import('./parts/heatmap'),
  custom: () => import('./parts/custom'),
  visualMap: () => import('./parts/visual-map'),
  markArea: () => import('./parts/mark-area'),
};

const registered = new Map<ChartPart, Promise<void>>();

/** Registers (once) every part the option draws; resolves when ECharts can draw it. */
export function registerPartsOf(option: ChartOption): Promise<void> {
  return Promise.all(
    partsOf(option).map((part) => {
      let done = registered.get(part);
      if (!done) {
        done = loaders[part]().then((module) => echarts.use(module.part));
        registered.set(part, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

export { echarts };
