import { ChartOption } from './chart-option';

/** Text made safe to put inside HTML: imported labels (`<img src=x onerror=…>`) show as typed, never run. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Formatter = (...args: unknown[]) => unknown;
type TooltipLike = { formatter?: unknown } & Record<string, unknown>;

/** The markup a tooltip formatter may use, once escaped: line breaks, bold, and ECharts' own colour dot. */
const allowedMarkup = [
  /&lt;br\s*\/?&gt;/gi,
  /&lt;\/?(b|strong)&gt;/gi,
  /&lt;span style=&quot;[^&<>]*&quot;&gt;&lt;\/span&gt;/g,
];

/**
 * ECharts puts what a tooltip formatter returns into the page as HTML. The formatters interpolate labels that come
 * from imported files (programme, street, premises names): everything is escaped here, once for all charts, so a
 * formatter returns plain text, with only `<br>`, `<b>`/`<strong>` and `params.marker` (the colour dot) as markup.
 */
export function escapeTooltipHtml(html: string): string {
  return allowedMarkup
    .reduce((text, pattern) => text.replace(pattern, (escaped) => unescapeHtml(escaped)), escapeHtml(html))
    .replace(/<br\s*\/?>/gi, '<br>');
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function safeTooltip<T>(tooltip: T): T {
  if (Array.isArray(tooltip)) return tooltip.map(safeTooltip) as T;
  const t = tooltip as TooltipLike | undefined;
  if (!t || typeof t !== 'object' || typeof t.formatter !== 'function') return tooltip;
  const formatter = t.formatter as Formatter;
  return {
    ...t,
    formatter: (...args: unknown[]) => {
      const out = formatter(...args);
      return typeof out === 'string' ? escapeTooltipHtml(out) : out;
    },
  } as T;
}

/** The option with every function tooltip formatter (the chart's and each series') returning escaped HTML. */
export function withSafeTooltips(option: ChartOption): ChartOption {
  const o = option as Record<string, unknown>;
  const series = o['series'];
  return {
    ...option,
    ...(o['tooltip'] !== undefined ? { tooltip: safeTooltip(o['tooltip']) } : {}),
    ...(series !== undefined
      ? {
          series: (Array.isArray(series) ? series : [series]).map((s) =>
            s && typeof s === 'object' && 'tooltip' in s
              ? { ...s, tooltip: safeTooltip((s as TooltipLike)['tooltip']) }
              : s,
          ),
        }
      : {}),
  } as ChartOption;
}
