import { formatMonth } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { FluidsAlert } from '../data-access/alert-rows';

export interface FluidsAlertView {
  key: string;
  buildingId: string;
  building: string;
  kind: string;
  fluid: string;
  since: string;
  months: number;
  cost: number | null;
  acknowledged: boolean;
  acknowledgedBy: string | null;
  comment: string | null;
}

const KINDS: Readonly<Record<string, TranslationKey>> = {
  anomaly: 'brief.alertKind.anomaly',
  leak: 'brief.alertKind.leak',
  step: 'brief.alertKind.step',
  missing: 'brief.alertKind.missing',
  trajectory: 'brief.alertKind.trajectory',
  rule: 'brief.alertKind.rule',
};

const FLUIDS: Readonly<Record<string, TranslationKey>> = {
  electricity: 'alerts.fluid.electricity',
  gas: 'alerts.fluid.gas',
  heat: 'alerts.fluid.heat',
  fuel_oil: 'alerts.fluid.fuelOil',
  water: 'alerts.fluid.water',
  energy: 'alerts.fluid.energy',
};

/** The fluids alerts costliest first, in words. */
export function buildFluidsAlerts(alerts: readonly FluidsAlert[], lang: Lang): FluidsAlertView[] {
  return [...alerts]
    .sort((a, b) => (b.estimated_cost_eur ?? -1) - (a.estimated_cost_eur ?? -1))
    .map((alert) => ({
      key: alert.alert_key,
      buildingId: alert.building_id,
      building: alert.building_name,
      kind: KINDS[alert.kind] ? translate(lang, KINDS[alert.kind]) : alert.kind,
      fluid: FLUIDS[alert.fluid] ? translate(lang, FLUIDS[alert.fluid]) : alert.fluid,
      since: formatMonth(`${alert.since_month}-01`, LOCALE_BY_LANG[lang]),
      months: alert.months,
      cost: alert.estimated_cost_eur,
      acknowledged: alert.acknowledged,
      acknowledgedBy: alert.acknowledged_by,
      comment: alert.comment,
    }));
}
