import { ValueKind } from '../../core/i18n/format-value';
import { Lang } from '../../core/i18n/lang';
import { KpiStatus } from '../ui/kpi-card/kpi-status';
import { KpiView } from '../ui/kpi-card/kpi-view';
import { KpiRow } from './kpi-row';
import { comparisonPeriodLabel, rowPeriodLabel } from './period-label';

const STATUS: Readonly<Record<NonNullable<KpiRow['status']>, KpiStatus>> = {
  ok: 'ok',
  watch: 'warn',
  alert: 'alert',
};

/** A catalogue row's judgment as a card's status (the catalogue's 'watch' is the card's 'warn'). */
export function kpiStatus(row: KpiRow | null): KpiStatus | null {
  return row?.status ? STATUS[row.status] : null;
}

/**
 * A KPI card from a catalogue row: its value, change, kind of change, status and periods as the catalogue says;
 * the card only formats them. A missing row is a card without a figure ("n.d.").
 */
export function kpiRowView(
  row: KpiRow | null,
  card: { id: string; label: string; kind: ValueKind; unit?: string; trend?: (number | null)[] },
  lang: Lang,
): KpiView {
  return {
    id: card.id,
    label: card.label,
    value: row?.value ?? null,
    kind: card.kind,
    unit: card.unit ?? '',
    change: row?.change ?? null,
    changeIn: row?.change_kind ?? 'relative',
    comparedWith: row && row.change !== null ? comparisonPeriodLabel(row, lang) : null,
    // a whole year is named by the page; a year in progress or a month says which months it covers
    period: row && (!row.complete || row.period_kind === 'month') ? rowPeriodLabel(row, lang) : undefined,
    status: kpiStatus(row),
    trend: card.trend ?? [],
  };
}
