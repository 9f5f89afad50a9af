import { ValueKind } from '../../../core/i18n/format-value';
import { KpiStatus } from './kpi-status';

/** One key figure as a page's selectors build it for a KPI card: the value, its change, its status, its trend. */
export interface KpiView {
  id: string;
  label: string;
  value: number | null;
  kind: ValueKind;
  /** Written after the value ("ans", "sur 60 locaux"); none when absent. */
  unit?: string;
  change: number | null;
  /** A relative change (+3,2 %) or a change in points (+0,7 pt); relative when absent. */
  changeIn?: 'relative' | 'points';
  /** The comparison period: a year, or the same months of it ("janv.–oct. 2025"). */
  comparedWith: number | string | null;
  /** The period the value covers ("janv.–oct. 2026"), shown under the label when given. */
  period?: string;
  status: KpiStatus | null;
  trend: (number | null)[];
}
