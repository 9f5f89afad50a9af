import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { AlertRow } from '../data-access/fluids-rows';
import { AlertStatusFilter } from './fluids-choices';
import { fluidLabel, kindLabel, monthDate } from './fluids-labels';

/** One alert as the lists show it: words, not codes. */
export interface AlertView {
  key: string;
  buildingId: string;
  building: string;
  kind: string;
  fluid: string;
  period: string;
  months: number;
  cost: number | null;
  acknowledged: boolean;
  /** "Prise en compte par … le …", with the comment when there is one. */
  acknowledgement: string | null;
  pending: boolean;
}

const month = (value: string, lang: Lang) => formatValue(monthDate(value), 'month', LOCALE_BY_LANG[lang]);

export function toAlertView(alert: AlertRow, lang: Lang, pending: readonly string[] = []): AlertView {
  const period =
    alert.since_month === alert.month
      ? month(alert.month, lang)
      : translate(lang, 'fluids.alerts.period', {
          since: month(alert.since_month, lang),
          month: month(alert.month, lang),
        });
  const acknowledgement = alert.acknowledged
    ? [
        translate(lang, 'fluids.alerts.acknowledgedBy', {
          by: alert.acknowledged_by ?? '?',
          date: alert.acknowledged_at
            ? formatValue(alert.acknowledged_at.slice(0, 10), 'date', LOCALE_BY_LANG[lang])
            : '?',
        }),
        alert.comment,
      ]
        .filter(Boolean)
        .join(' : ')
    : null;
  return {
    key: alert.alert_key,
    buildingId: alert.building_id,
    building: alert.building_name,
    kind: kindLabel(lang, alert.kind),
    fluid: fluidLabel(lang, alert.fluid),
    period,
    months: alert.months,
    cost: alert.estimated_cost_eur,
    acknowledged: alert.acknowledged,
    acknowledgement,
    pending: pending.includes(alert.alert_key),
  };
}

export function filterAlerts(alerts: readonly AlertRow[], status: AlertStatusFilter): AlertRow[] {
  if (status === 'all') return [...alerts];
  return alerts.filter((alert) => alert.acknowledged === (status === 'acknowledged'));
}

/** One sentence on the open alerts: how many, their estimated cost, the costliest. */
export function summarizeAlerts(alerts: readonly AlertRow[], lang: Lang): string {
  const open = alerts.filter((alert) => !alert.acknowledged && alert.estimated_cost_eur !== null);
  if (open.length === 0) return translate(lang, 'fluids.summary.noAlerts');
  const costliest = [...open].sort((a, b) => (b.estimated_cost_eur ?? 0) - (a.estimated_cost_eur ?? 0))[0];
  const params = {
    count: open.length,
    cost: level(
      open.reduce((total, alert) => total + (alert.estimated_cost_eur ?? 0), 0),
      'euros',
      lang,
    ),
    building: costliest.building_name,
    kind: kindLabel(lang, costliest.kind).toLocaleLowerCase(LOCALE_BY_LANG[lang]),
    first: level(costliest.estimated_cost_eur ?? 0, 'euros', lang),
  };
  return translate(lang, open.length === 1 ? 'fluids.summary.alertsOne' : 'fluids.summary.alerts', params);
}
