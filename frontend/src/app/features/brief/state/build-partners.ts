import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { summarizeRanking } from '../../../shared/summaries/summarize-ranking';
import { TableColumn, TableRow } from '../../../shared/ui/data-table/table-column';
import { PartnersData } from '../data-access/brief-rows';

export interface PartnersView {
  year: number;
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** One sentence per compared indicator, naming the highest and lowest communes. */
  sentences: readonly string[];
}

/**
 * The communes side by side on the same indicators: the budget ratios of the accounts year, then the vacancy rate
 * and the fluids bill per inhabitant of that year. The commune shown is marked in words.
 */
export function buildPartners(
  partners: PartnersData | null,
  year: number | null,
  commune: string | null,
  lang: Lang,
): PartnersView | null {
  if (!partners || year === null || partners.ratios.length === 0) return null;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const rows = partners.ratios.map((ratio) => {
    const overview = partners.overview.find(
      (row) => row.commune_insee === ratio.commune_insee && row.year === year,
    );
    const fluids = partners.fluids.find(
      (row) =>
        row.commune_insee === ratio.commune_insee && row.fluid === 'all' && row.year === year,
    );
    return {
      commune:
        ratio.commune_insee === commune
          ? t('brief.partners.current', { name: ratio.commune })
          : ratio.commune,
      name: ratio.commune,
      population: ratio.population,
      savingsRate: ratio.taux_epargne_brute,
      debtCapacity: ratio.capacite_desendettement_annees,
      equipment: ratio.depenses_equipement_par_habitant,
      debt: ratio.encours_dette_par_habitant,
      vacancy: overview?.vacancy_rate ?? null,
      fluids: fluids?.amount_per_inhabitant_eur ?? null,
    };
  });
  const ranking = (
    indicator: string,
    key: 'savingsRate' | 'vacancy' | 'equipment',
    kind: 'percent' | 'euros',
  ) =>
    summarizeRanking({
      lang,
      indicator,
      year,
      kind,
      items: rows.map((row) => ({ name: row.name, value: row[key] })),
    });
  return {
    year,
    caption: t('brief.partners.caption', { year }),
    columns: [
      { key: 'commune', label: t('brief.partners.commune'), kind: 'text' },
      { key: 'population', label: t('column.population'), kind: 'integer' },
      { key: 'savingsRate', label: t('brief.figure.savingsRate'), kind: 'percent' },
      { key: 'debtCapacity', label: t('brief.partners.debtCapacity'), kind: 'number' },
      { key: 'equipment', label: t('brief.partners.equipment'), kind: 'euros' },
      { key: 'debt', label: t('brief.partners.debt'), kind: 'euros' },
      { key: 'vacancy', label: t('kpi.vacancyRate'), kind: 'percent' },
      { key: 'fluids', label: t('brief.partners.fluids'), kind: 'euros' },
    ],
    rows: rows.map(({ name: _name, ...row }) => row),
    sentences: [
      ranking(t('brief.figure.savingsRate'), 'savingsRate', 'percent'),
      ranking(t('brief.partners.equipment'), 'equipment', 'euros'),
      ranking(t('kpi.vacancyRate'), 'vacancy', 'percent'),
    ],
  };
}
