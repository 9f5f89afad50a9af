import { Lang } from '../../core/i18n/lang';
import { translate } from '../../core/i18n/translate';
import { TableColumn } from '../ui/data-table/table-column';

/** The columns of a quartier figures table (and of its CSV), keyed like `QuartierSummary`. */
export function quartierColumns(lang: Lang): TableColumn[] {
  const label = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return [
    // the figures that compare quartiers (per inhabitant, rates) first, the counts behind them
    { key: 'quartier', label: label('column.quartier'), kind: 'text' },
    {
      key: 'investment_per_inhabitant_eur',
      label: label('column.investmentPerInhabitant'),
      kind: 'euros',
    },
    { key: 'vacancy_rate', label: label('column.vacancyRate'), kind: 'percent' },
    { key: 'fluids_cost_eur', label: label('column.fluidsCost'), kind: 'euros' },
    { key: 'footfall', label: label('column.footfall'), kind: 'integer' },
    { key: 'investment_eur', label: label('column.investment'), kind: 'euros' },
    { key: 'vacant_premises', label: label('column.vacantPremises'), kind: 'integer' },
    { key: 'premises', label: label('column.premises'), kind: 'integer' },
    { key: 'buildings', label: label('column.buildings'), kind: 'integer' },
    { key: 'population', label: label('column.population'), kind: 'integer' },
  ];
}
