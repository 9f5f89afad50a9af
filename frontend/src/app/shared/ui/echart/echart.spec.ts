import { TestBed } from '@angular/core/testing';
import type { ECharts } from 'echarts/core';
import { ChartOption } from '../../charts/chart-option';
import { EChart } from './echart';

const hostile = '<img src=x onerror="window.__pwned = true">';

/**
 * An imported label that is HTML reaches a tooltip of a real chart: it shows as text, nothing of it runs. Every
 * chart of the app goes through this wrapper.
 */
describe('EChart tooltips', () => {
  it('show an imported label as typed, never as HTML', async () => {
    const fixture = TestBed.createComponent(EChart);
    const host: HTMLElement = fixture.nativeElement;
    host.style.width = '400px';
    document.body.appendChild(host);
    let chart: ECharts | undefined;
    fixture.componentInstance.chartInit.subscribe((c) => (chart = c));
    const option: ChartOption = {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const [x, y, name] = (params as { value: [number, number, string] }).value;
          return `${name}<br>Fréquentation : ${x}<br>Vacance : ${y}`;
        },
      },
      xAxis: { type: 'value' },
      yAxis: { type: 'value' },
      series: [{ type: 'scatter', data: [[1, 2, hostile]] }],
    };
    fixture.componentRef.setInput('options', option);
    await fixture.whenStable();
    for (let i = 0; i < 50 && !chart; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    chart!.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const tooltip = Array.from(host.querySelectorAll('div')).find((div) => div.textContent?.includes('Fréquentation'));
    expect(tooltip).withContext('the tooltip is in the page').toBeDefined();
    expect(tooltip!.textContent).toContain(hostile);
    expect(tooltip!.querySelector('img')).toBeNull();
    expect(tooltip!.querySelectorAll('br').length).toBe(2);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    host.remove();
  });
});
