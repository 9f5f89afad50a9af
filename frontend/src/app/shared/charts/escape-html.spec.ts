import { ChartOption } from './chart-option';
import { escapeHtml, escapeTooltipHtml, withSafeTooltips } from './escape-html';

const hostile = '<img src=x onerror=alert(1)>';

describe('escaping labels on their way into HTML', () => {
  it('writes every HTML-special character as an entity', () => {
    expect(escapeHtml(`${hostile} & "Voirie" l'été`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Voirie&quot; l&#39;été',
    );
  });

  it('keeps only line breaks, bold and the colour dot as markup in a tooltip', () => {
    const dot = '<span style="display:inline-block;background-color:#0b5fa5;"></span>';
    expect(escapeTooltipHtml(`${dot}<b>${hostile}</b><br>Rue <script>x</script><br/>fin`)).toBe(
      `${dot}<b>&lt;img src=x onerror=alert(1)&gt;</b><br>Rue &lt;script&gt;x&lt;/script&gt;<br>fin`,
    );
    expect(escapeTooltipHtml('<span style="x" onmouseover="alert(1)"></span>')).not.toContain('<span');
  });

  it('wraps the tooltip formatters of the chart and of each series, and leaves the rest of the option alone', () => {
    const option = {
      tooltip: { trigger: 'item', formatter: (p: { name: string }) => `${p.name}<br>12 %` },
      xAxis: { type: 'category', data: [hostile] },
      series: [
        {
          type: 'bar',
          data: [1],
          tooltip: { formatter: (p: { name: string }) => `Série : ${p.name}` },
        },
        { type: 'line', data: [2] },
      ],
    } as unknown as ChartOption;
    const safe = withSafeTooltips(option) as any;

    expect(safe.tooltip.formatter({ name: hostile })).toBe('&lt;img src=x onerror=alert(1)&gt;<br>12 %');
    expect(safe.series[0].tooltip.formatter({ name: hostile })).toBe('Série : &lt;img src=x onerror=alert(1)&gt;');
    expect(safe.series[1]).toBe((option as any).series[1]);
    expect(safe.xAxis).toBe((option as any).xAxis);
    expect(safe.tooltip.trigger).toBe('item');
  });
});
