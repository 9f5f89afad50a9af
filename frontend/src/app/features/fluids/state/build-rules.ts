import { formatValue } from '../../../core/i18n/format-value';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { AlertRuleRow, BuildingBalanceRow } from '../data-access/fluids-rows';
import { fluidLabel, typeLabel } from './fluids-labels';

export interface RuleView {
  id: number;
  scope: string;
  fluid: string;
  rule: string;
  by: string;
}

/** A rule in words: "Électricité · Consommation en hausse de plus de 20 % sur un an". */
export function describeRule(rule: AlertRuleRow, buildings: readonly BuildingBalanceRow[], lang: Lang): RuleView {
  const locale = LOCALE_BY_LANG[lang];
  const measure = translate(
    lang,
    rule.measure === 'quantity' ? 'fluids.rules.measure.quantity' : 'fluids.rules.measure.amount_eur',
  );
  const value =
    rule.threshold_kind === 'percent'
      ? formatValue(rule.threshold_value, 'number', locale)
      : formatValue(rule.threshold_value, rule.measure === 'amount_eur' ? 'euros' : 'number', locale);
  const building = buildings.find((b) => b.building_id === rule.building_id);
  return {
    id: rule.id,
    scope:
      rule.building_id !== null ? (building?.name ?? rule.building_id) : typeLabel(lang, rule.building_type ?? 'other'),
    fluid: rule.fluid === null ? translate(lang, 'fluids.rules.anyFluid') : fluidLabel(lang, rule.fluid),
    rule:
      (rule.label ? `${rule.label} : ` : '') +
      translate(
        lang,
        rule.threshold_kind === 'percent' ? 'fluids.rules.describe.percent' : 'fluids.rules.describe.absolute',
        {
          measure,
          value,
        },
      ),
    by: rule.created_by,
  };
}
