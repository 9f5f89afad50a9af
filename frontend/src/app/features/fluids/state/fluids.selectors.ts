import { createSelector } from '@ngrx/store';
import { contextFeature } from '../../../core/context/context.feature';
import { isPartialYear } from '../../../core/context/years';
import { formatSignedPercent, formatValue } from '../../../core/i18n/format-value';
import { LOCALE_BY_LANG } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { withDistinctNames } from '../../../shared/labels/distinct-names';
import { AlertRow, BuildingBalanceRow, Fluid, FLUIDS } from '../data-access/fluids-rows';
import { filterAlerts, summarizeAlerts, toAlertView } from './build-alert-list';
import { buildBuildingMonthlyChart, buildingFluids } from './build-building-monthly-chart';
import { buildTrajectoryChart } from './build-building-trajectory-chart';
import { buildCostBreakdownChart } from './build-cost-breakdown-chart';
import { buildDeviations } from './build-deviations-table';
import { buildRankingChart, rankingColumns, rankingRows } from './build-energy-ranking-chart';
import { buildFluidsKpis } from './build-fluids-kpis';
import { buildFluidsMap } from './build-fluids-map';
import { buildMonthlyCostChart } from './build-monthly-cost-chart';
import { buildMonthlyEnergyChart } from './build-monthly-energy-chart';
import { describeRule } from './build-rules';
import { buildCommuneTrajectory } from './build-commune-trajectory';
import { buildTrajectoryList } from './build-trajectory-list';
import { buildTypeChart } from './build-type-chart';
import { fluidsFeature } from './fluids.feature';
import { flagsLabel, fluidLabel, monthDate, typeLabel } from './fluids-labels';

const { selectYear, selectLang, selectCurrentCommune } = contextFeature;
const { selectOverview, selectAlerts, selectBuilding, selectTrajectory, selectRules } = fluidsFeature;

const selectCommuneName = createSelector(selectCurrentCommune, (commune) => commune?.name ?? '');

/** The buildings of the year, two buildings of the same name told apart by their quartier (or id). */
const selectOverviewBuildings = createSelector(selectOverview, (overview) =>
  withDistinctNames(
    overview.buildings,
    (b) => ({ id: b.building_id, name: b.name, place: b.quartier }),
    (b, name) => ({ ...b, name }),
  ),
);

/** Alerts named like the buildings above (they come with the building's name only). */
function namedAlerts(alerts: readonly AlertRow[], buildings: readonly BuildingBalanceRow[]): AlertRow[] {
  const names = new Map(buildings.map((b) => [b.building_id, b.name]));
  const named = alerts.map((a) => ({ ...a, building_name: names.get(a.building_id) ?? a.building_name }));
  return withDistinctNames(
    named,
    (a) => ({ id: a.building_id, name: a.building_name }),
    (a, name) => ({ ...a, building_name: name }),
  );
}

// ---- overview ------------------------------------------------------------------------------------------------

export const selectFluidsOverviewViewModel = createSelector(
  selectOverview,
  selectOverviewBuildings,
  selectYear,
  selectLang,
  selectCommuneName,
  (overview, buildings, year, lang, communeName) => ({
    status: overview.status,
    error: overview.error,
    hasData: overview.years.length > 0,
    communeName,
    year,
    partialYear: isPartialYear(year),
    // the public reads no alert: no alert card (a "0 €" would say there are none)
    kpis: buildFluidsKpis(overview.years, overview.kpis, overview.alerts, year, lang).filter(
      (kpi) => overview.reader === 'internal' || kpi.id !== 'alerts',
    ),
    cost: buildMonthlyCostChart(overview.months, overview.years, year, lang),
    energy: buildMonthlyEnergyChart(overview.months, overview.years, year, lang),
    ranking: buildRankingChart(buildings, year, lang),
    deviations: buildDeviations(buildings, year, lang),
    alertsSummary: summarizeAlerts(overview.alerts, lang),
    topAlerts: filterAlerts(namedAlerts(overview.alerts, buildings), 'open')
      .filter((alert) => alert.estimated_cost_eur !== null)
      .slice(0, 8)
      .map((alert) => toAlertView(alert, lang)),
    map: buildFluidsMap(overview.quartiers, overview.summaries, buildings, year, overview.mapMode, lang),
    /** Staff see the buildings (alerts, ranking, rises, points on the map); the public, an offer to sign in. */
    internal: overview.reader === 'internal',
    types: buildTypeChart(overview.types, year, lang),
  }),
);

// ---- alerts and data quality ---------------------------------------------------------------------------------

export const selectFluidsAlertsViewModel = createSelector(selectAlerts, selectLang, (alerts, lang) => ({
  status: alerts.status,
  error: alerts.error,
  actionError: alerts.actionError,
  statusFilter: alerts.statusFilter,
  summary: summarizeAlerts(alerts.alerts, lang),
  alerts: filterAlerts(namedAlerts(alerts.alerts, []), alerts.statusFilter).map((alert) =>
    toAlertView(alert, lang, alerts.pending),
  ),
  quality: {
    columns: [
      { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'month' as const },
      {
        key: 'building',
        label: translate(lang, 'fluids.column.building'),
        kind: 'text' as const,
      },
      { key: 'fluid', label: translate(lang, 'fluids.column.fluid'), kind: 'text' as const },
      { key: 'flags', label: translate(lang, 'fluids.column.flags'), kind: 'text' as const },
      {
        key: 'quantity',
        label: translate(lang, 'fluids.column.quantity'),
        kind: 'number' as const,
      },
      {
        key: 'missing',
        label: translate(lang, 'fluids.column.missingDays'),
        kind: 'integer' as const,
      },
      {
        key: 'overlap',
        label: translate(lang, 'fluids.column.overlapDays'),
        kind: 'integer' as const,
      },
    ],
    rows: alerts.quality.map((row) => ({
      month: monthDate(row.month),
      building: row.building_name,
      fluid: fluidLabel(lang, row.fluid),
      flags: flagsLabel(lang, row.quality_flags),
      quantity: row.quantity,
      missing: row.missing_days,
      overlap: row.overlap_days,
    })),
  },
}));

// ---- a building --------------------------------------------------------------------------------------------------

/** The fluid the reader picked; else the fluid of the building's costliest alert (the leak shows at once); else the first. */
export const selectBuildingFluid = createSelector(selectBuilding, (building): Fluid | null => {
  const fluids = buildingFluids(building.months);
  const chosen = building.fluid as Fluid | null;
  if (chosen !== null && fluids.includes(chosen)) return chosen;
  const alerted = building.alerts.find((alert) => fluids.includes(alert.fluid as Fluid));
  return (alerted?.fluid as Fluid | undefined) ?? fluids[0] ?? null;
});

export const selectFluidsBuildingViewModel = createSelector(
  selectBuilding,
  selectBuildingFluid,
  selectYear,
  selectLang,
  (building, fluid, year, lang) => {
    const detail = building.detail;
    const identity = detail?.building ?? null;
    const balance = detail?.balances.find((row) => row.year === year) ?? null;
    const fluids = buildingFluids(building.months);
    // the ten buildings of its type closest in heated area (itself included): a school is compared with schools of its size
    const area = identity?.heated_area_m2 ?? 0;
    const comparables = identity
      ? building.yearBuildings
          .filter((b) => b.type === identity.type)
          .sort((a, b) => Math.abs((a.heated_area_m2 ?? 0) - area) - Math.abs((b.heated_area_m2 ?? 0) - area))
          .slice(0, 10)
      : [];
    return {
      status: building.status,
      error: building.error,
      identity,
      year,
      facts: identity
        ? translate(lang, 'fluids.building.facts', {
            type: typeLabel(lang, identity.type),
            area: formatValue(identity.heated_area_m2, 'integer', LOCALE_BY_LANG[lang]),
            quartier: identity.quartier ?? translate(lang, 'fluids.building.noQuartier'),
          })
        : '',
      balance,
      changeText:
        balance?.energy_change_vs_previous_year == null
          ? null
          : formatSignedPercent(balance.energy_change_vs_previous_year, LOCALE_BY_LANG[lang]),
      fluids: fluids.map((code) => ({ code, label: fluidLabel(lang, code) })),
      fluid,
      monthly: fluid ? buildBuildingMonthlyChart(building.months, detail?.years ?? [], fluid, year, lang) : null,
      anomalies: building.months.filter((row) => row.anomalous).length,
      costs: buildCostBreakdownChart(detail?.years ?? [], lang),
      subject: (identity?.heated_area_m2 ?? 0) >= 1000,
      trajectory: building.trajectory.length ? buildTrajectoryChart(building.trajectory, lang) : null,
      reference: building.trajectory[0]
        ? translate(lang, 'fluids.building.reference', {
            year: building.trajectory[0].reference_year,
            source: translate(lang, `fluids.reference.${building.trajectory[0].reference_source}` as const),
          })
        : null,
      alerts: building.alerts.map((alert) => toAlertView(alert, lang)),
      comparablesTitle: identity
        ? translate(lang, 'fluids.building.comparables', {
            type: typeLabel(lang, identity.type),
            year,
          })
        : '',
      comparables: {
        columns: rankingColumns(lang),
        rows: rankingRows(
          [...comparables].sort((a, b) => (b.kwh_per_m2 ?? -1) - (a.kwh_per_m2 ?? -1)),
          lang,
        ),
      },
      quality: building.quality.map((row) => ({
        month: monthDate(row.month),
        fluid: fluidLabel(lang, row.fluid),
        flags: flagsLabel(lang, row.quality_flags),
        missing: row.missing_days,
      })),
      qualityColumns: [
        { key: 'month', label: translate(lang, 'fluids.column.month'), kind: 'month' as const },
        { key: 'fluid', label: translate(lang, 'fluids.column.fluid'), kind: 'text' as const },
        { key: 'flags', label: translate(lang, 'fluids.column.flags'), kind: 'text' as const },
        {
          key: 'missing',
          label: translate(lang, 'fluids.column.missingDays'),
          kind: 'integer' as const,
        },
      ],
    };
  },
);

// ---- décret tertiaire --------------------------------------------------------------------------------------------

export const selectFluidsTrajectoryViewModel = createSelector(
  selectTrajectory,
  selectYear,
  selectLang,
  (trajectory, year, lang) => ({
    status: trajectory.status,
    error: trajectory.error,
    year,
    hasData: trajectory.communeRows.length > 0 || trajectory.rows.length > 0,
    internal: trajectory.reader === 'internal',
    commune: buildCommuneTrajectory(trajectory.communeRows, year, lang),
    list: buildTrajectoryList(
      withDistinctNames(
        trajectory.rows,
        (row) => ({ id: row.building_id, name: row.name }),
        (row, name) => ({ ...row, name }),
      ),
      year,
      lang,
    ),
  }),
);

// ---- rules ----------------------------------------------------------------------------------------------------------

export const selectFluidsRulesViewModel = createSelector(selectRules, selectLang, (rules, lang) => ({
  status: rules.status,
  error: rules.error,
  saving: rules.saving,
  actionError: rules.actionError,
  rules: rules.rules.map((rule) => describeRule(rule, rules.buildings, lang)),
  buildings: withDistinctNames(
    rules.buildings,
    (b) => ({ id: b.building_id, name: b.name, place: b.quartier }),
    (b, name) => ({ ...b, name }),
  )
    .sort((a, b) => a.name.localeCompare(b.name, lang))
    .map((b) => ({ id: b.building_id, name: b.name })),
  fluids: FLUIDS.map((code) => ({ code, label: fluidLabel(lang, code) })),
}));
