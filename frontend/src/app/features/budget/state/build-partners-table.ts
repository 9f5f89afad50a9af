import { TranslationKey } from '../../../core/i18n/dictionaries';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { ComparisonRow } from '../data-access/budget-rows';

export interface PartnersTable {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/** The partner communes side by side in one table, the judging ratios first. */
export function buildPartnersTable(rows: readonly ComparisonRow[], year: number, lang: Lang): PartnersTable {
  const t = (key: TranslationKey) => translate(lang, key);
  return {
    caption: `${t('budget.partners.table')} – ${year}`,
    columns: [
      // the ratios that judge (savings, debt capacity) first, the amounts per inhabitant behind them
      { key: 'commune', label: t('budget.column.commune'), kind: 'text' },
      { key: 'savingsRate', label: t('budget.column.savingsRate'), kind: 'percent' },
      { key: 'debtCapacity', label: t('budget.column.debtCapacity'), kind: 'decimal' },
      { key: 'debt', label: t('budget.column.debtPerInhabitant'), kind: 'euros' },
      { key: 'rigidity', label: t('budget.column.rigidity'), kind: 'percent' },
      { key: 'rrf', label: t('budget.column.rrfPerInhabitant'), kind: 'euros' },
      { key: 'drf', label: t('budget.column.drfPerInhabitant'), kind: 'euros' },
      { key: 'equipment', label: t('budget.column.equipmentPerInhabitant'), kind: 'euros' },
      { key: 'population', label: t('budget.column.population'), kind: 'integer' },
    ],
    rows: rows.map((r) => ({
      commune: r.commune,
      population: r.population,
      rrf: r.rrf_par_habitant,
      drf: r.drf_par_habitant,
      savingsRate: r.taux_epargne_brute,
      debtCapacity: r.capacite_desendettement_annees,
      debt: r.encours_dette_par_habitant,
      equipment: r.depenses_equipement_par_habitant,
      rigidity: r.rigidite,
    })),
  };
}
