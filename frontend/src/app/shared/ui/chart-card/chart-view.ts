import { ChartOption } from '../../charts/chart-option';
import { TableColumn, TableRow } from '../data-table/table-column';

/** Everything a ChartCard shows, as a selector builds it. */
export interface ChartView {
  heading: string;
  summary: string;
  options: ChartOption;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  fileName: string;
}
