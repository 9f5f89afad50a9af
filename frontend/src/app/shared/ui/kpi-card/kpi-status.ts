import { TranslationKey } from '../../../core/i18n/dictionaries';

/** How a figure stands against its threshold. Always shown as text and icon, never as colour alone. */
export type KpiStatus = 'ok' | 'warn' | 'alert';

export const KPI_STATUS_TEXT: Readonly<Record<KpiStatus, TranslationKey>> = {
  ok: 'kpi.status.ok',
  warn: 'kpi.status.warn',
  alert: 'kpi.status.alert',
};

export const KPI_STATUS_ICON: Readonly<Record<KpiStatus, string>> = {
  ok: '✓',
  warn: '!',
  alert: '✕',
};
