import { Lang, LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { buildBarComparison } from '../../../shared/charts/build-bar-comparison';
import { level } from '../../../shared/summaries/sentence-parts';
import { ChartView } from '../../../shared/ui/chart-card/chart-view';
import { TypeYearRow } from '../data-access/fluids-rows';
import { typeLabel } from './fluids-labels';

/**
 * The buildings of each type together in a year (public): energy per m² of heated area, weather-corrected, as
 * sorted bars; the table adds the bill, the water and how many buildings each type counts.
 */
export function buildTypeChart(rows: readonly TypeYearRow[], year: number, lang: Lang): ChartView {
  const ofYear = rows.filter((row) => row.year === year);
  const types = [...new Set(ofYear.map((row) => row.type))];
  const group = (type: string, fluidGroup: TypeYearRow['fluid_group']) =>
    ofYear.find((row) => row.type === type && row.fluid_group === fluidGroup);
  const lines = types
    .map((type) => ({
      type,
      name: typeLabel(lang, type),
      all: group(type, 'all'),
      energy: group(type, 'energy'),
      water: group(type, 'water'),
    }))
    .sort((a, b) => (b.energy?.quantity_per_m2 ?? -1) - (a.energy?.quantity_per_m2 ?? -1));
  const rated = lines.filter((line) => line.energy?.quantity_per_m2 != null);
  const heading = translate(lang, 'fluids.types.heading', { year });
  const total = lines.reduce((sum, line) => sum + (line.all?.amount_eur ?? 0), 0);
  const highest = rated[0];
  const lowest = rated.at(-1);
  return {
    heading,
    summary:
      highest && lowest && highest !== lowest
        ? translate(lang, 'fluids.types.summary', {
            year,
            highest: highest.name,
            highestValue: level(highest.energy!.quantity_per_m2!, 'integer', lang),
            lowest: lowest.name,
            lowestValue: level(lowest.energy!.quantity_per_m2!, 'integer', lang),
            total: level(total, 'compactCurrency', lang),
          })
        : translate(lang, 'fluids.types.none', { year }),
    options: buildBarComparison({
      items: rated.map((line) => ({ name: line.name, value: line.energy!.quantity_per_m2 })),
      seriesName: translate(lang, 'fluids.column.kwhPerM2'),
      kind: 'integer',
      locale: LOCALE_BY_LANG[lang],
    }),
    columns: [
      { key: 'type', label: translate(lang, 'fluids.column.type'), kind: 'text' },
      { key: 'intensity', label: translate(lang, 'fluids.column.kwhPerM2'), kind: 'integer' },
      { key: 'costPerM2', label: translate(lang, 'fluids.column.costPerM2'), kind: 'currency' },
      { key: 'cost', label: translate(lang, 'fluids.column.cost'), kind: 'euros' },
      { key: 'energy', label: translate(lang, 'fluids.column.energyUse'), kind: 'energy' },
      { key: 'water', label: translate(lang, 'fluids.column.waterM3'), kind: 'integer' },
      { key: 'buildings', label: translate(lang, 'fluids.column.buildings'), kind: 'integer' },
      { key: 'area', label: translate(lang, 'fluids.column.area'), kind: 'integer' },
    ],
    rows: lines.map((line) => ({
      type: line.name,
      intensity: line.energy?.quantity_per_m2 ?? null,
      costPerM2: line.all?.amount_per_m2_eur ?? null,
      cost: line.all?.amount_eur ?? null,
      energy: line.energy?.corrected_quantity ?? null,
      water: line.water?.quantity ?? null,
      buildings: line.all?.buildings ?? null,
      area: line.all?.heated_area_m2 ?? null,
    })),
    fileName: heading,
  };
}
