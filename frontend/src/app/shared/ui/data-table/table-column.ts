import { FormattableValue, ValueKind } from '../../../core/i18n/format-value';

/** One column of a data table, chart table or CSV export. `label` is already in the interface language. */
export interface TableColumn {
  key: string;
  label: string;
  kind: ValueKind;
}

export type TableRow = Readonly<Record<string, FormattableValue>>;
