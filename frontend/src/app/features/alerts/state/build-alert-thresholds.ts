import { formatDate } from '../../../core/i18n/format-value';
import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { AlertThreshold, AlertUnit, FamilyAlertKind } from '../data-access/alert-rows';
import { amountWithUnit } from './describe-family-alert';

/** One threshold of the programmes, vacancy and footfall alerts, as the thresholds table shows it. */
export interface AlertThresholdView {
  kind: FamilyAlertKind;
  /** "Hausse de la vacance d’une rue". */
  label: string;
  /** "alerte quand le taux de vacance d’une rue gagne plus de 10 points en 12 mois". */
  rule: string;
  value: number;
  /** "points", "%", "mois": next to the field. */
  unitName: string;
  /** "8 points". */
  defaultValue: string;
  /** "agent@lille.fr, le 15/09/2026", or "valeur par défaut". */
  changed: string;
  /** The default is in force (nobody set the commune's own value). */
  isDefault: boolean;
  /** The largest value the form accepts: a rate cannot move by more than 100. */
  max: number | null;
}

const KINDS: Readonly<Record<FamilyAlertKind, { label: TranslationKey; rule: TranslationKey }>> = {
  programme_overrun: {
    label: 'alerts.threshold.kind.programmeOverrun',
    rule: 'alerts.threshold.rule.programmeOverrun',
  },
  programme_slippage: {
    label: 'alerts.threshold.kind.programmeSlippage',
    rule: 'alerts.threshold.rule.programmeSlippage',
  },
  vacancy_spike: {
    label: 'alerts.threshold.kind.vacancySpike',
    rule: 'alerts.threshold.rule.vacancySpike',
  },
  footfall_drop: {
    label: 'alerts.threshold.kind.footfallDrop',
    rule: 'alerts.threshold.rule.footfallDrop',
  },
};

const ORDER = Object.keys(KINDS) as FamilyAlertKind[];

const UNIT_NAMES: Readonly<Record<AlertUnit, TranslationKey>> = {
  '%': 'alerts.unitName.percent',
  points: 'alerts.unitName.points',
  months: 'alerts.unitName.months',
};

export function thresholdLabel(kind: FamilyAlertKind, lang: Lang): string {
  return KINDS[kind] ? translate(lang, KINDS[kind].label) : kind;
}

/** The four thresholds in the order of the sections, each with its rule in words and who last changed it. */
export function buildAlertThresholds(thresholds: readonly AlertThreshold[], lang: Lang): AlertThresholdView[] {
  return thresholds
    .filter((threshold) => KINDS[threshold.kind])
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((threshold) => ({
      kind: threshold.kind,
      label: thresholdLabel(threshold.kind, lang),
      rule: translate(lang, KINDS[threshold.kind].rule, {
        value: amountWithUnit(threshold.threshold_value, threshold.unit, lang),
      }),
      value: threshold.threshold_value,
      unitName: translate(lang, UNIT_NAMES[threshold.unit]),
      defaultValue: amountWithUnit(threshold.default_value, threshold.unit, lang),
      isDefault: threshold.updated_by === null,
      changed: threshold.updated_by
        ? translate(lang, 'alerts.threshold.changedBy', {
            who: threshold.updated_by,
            date: threshold.updated_at ? formatDate(threshold.updated_at, LOCALE_BY_LANG[lang]) : '?',
          })
        : translate(lang, 'alerts.threshold.isDefault'),
      max: threshold.unit === 'months' ? null : 100,
    }));
}
