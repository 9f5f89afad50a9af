import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';

/** A threshold as the API or DOMAIN.md gives it: which side is the danger, where watching and alarm begin. */
export interface Target {
  direction: 'below' | 'above';
  warning: number;
  critical: number;
  kind: ValueKind;
  /** Appended to the figures in words, e.g. " ans". */
  unit?: string;
}

const written = (value: number, target: Target, lang: Lang) =>
  `${level(value, target.kind, lang)}${target.unit ?? ''}`;

/** "Seuil d'alerte : 10,0 %, critique : 7,0 %" under a key figure. */
export function targetLabel(target: Target, lang: Lang): string {
  const key = target.direction === 'below' ? 'brief.target.floor' : 'brief.target.ceiling';
  return translate(lang, key, {
    warning: written(target.warning, target, lang),
    critical: written(target.critical, target, lang),
  });
}

/**
 * Where the figure stands against its threshold, in one sentence: "Il reste au-dessus du seuil d'alerte de
 * 10,0 %." / "Il passe sous le seuil critique de 7,0 %."
 */
export function targetSentence(status: KpiStatus | null, target: Target, lang: Lang): string {
  if (status === null) return '';
  const side = target.direction === 'below' ? 'floor' : 'ceiling';
  const threshold = status === 'alert' ? target.critical : target.warning;
  return translate(lang, `brief.target.${side}.${status}`, {
    threshold: written(threshold, target, lang),
  });
}

/** The API's ratio statuses in the KPI card's terms. */
export function ratioStatus(status: 'ok' | 'warning' | 'critical' | null): KpiStatus | null {
  if (status === 'warning') return 'warn';
  if (status === 'critical') return 'alert';
  return status === 'ok' ? 'ok' : null;
}
