import { isPartialYear } from '../../../core/context/years';
import { TranslationKey } from '../../../core/i18n/fr';
import { ValueKind } from '../../../core/i18n/format-value';
import { Lang } from '../../../core/i18n/lang';
import { translate } from '../../../core/i18n/translate';
import { level } from '../../../shared/summaries/sentence-parts';
import { summarizeChange } from '../../../shared/summaries/summarize-change';
import { KpiStatus } from '../../../shared/ui/kpi-card/kpi-status';
import { fluidsCostStatus, vacancyStatus } from '../../overview/state/build-kpis';
import { BriefData, OverviewRow, RatioThreshold } from '../data-access/brief-rows';
import { accountsRow } from './accounts-year';
import { ratioStatus, Target, targetLabel, targetSentence } from './target-sentence';
import { relativeChange } from '../../../shared/numbers/relative-change';

export type Family = 'budget' | 'fluids' | 'commerce' | 'flows';

/** One key figure of the brief: the KPI card's inputs, its target, its sentence, what comments attach to. */
export interface BriefFigure {
  id: string;
  family: Family;
  /** Comment target, e.g. "budget:taux_epargne_brute". */
  target: string;
  label: string;
  value: number | null;
  kind: ValueKind;
  unit: string;
  change: number | null;
  changeIn: 'relative' | 'points';
  comparedWith: number | null;
  status: KpiStatus | null;
  trend: (number | null)[];
  /** "Seuil d'alerte : 10,0 % ; critique : 7,0 %", or a reference in words; null when none applies. */
  targetText: string | null;
  sentence: string;
  /** Where the figure comes from, e.g. "Compte administratif 2025". */
  source: string;
}

export interface FigureGroup {
  family: Family;
  heading: string;
  figures: BriefFigure[];
}

/** The DOMAIN.md references used when the API carries no threshold: town-centre vacancy (Procos) ~7.5 %. */
const VACANCY_TARGET: Target = {
  direction: 'above',
  warning: 0.075,
  critical: 0.1,
  kind: 'percent',
};
/** The overview's house convention for the fluids bill: watch above +3 % a year, alert above +10 %. */
const FLUIDS_COST_TARGET: Target = {
  direction: 'above',
  warning: 0.03,
  critical: 0.1,
  kind: 'percent',
};

/** Years of debt payback are read to one decimal: "5,1 ans". */
function oneDecimal(value: number, lang: Lang): string {
  return level(Math.round(value * 10) / 10, 'number', lang);
}

function thresholdTarget(
  thresholds: readonly RatioThreshold[],
  indicator: string,
  kind: ValueKind,
  unit?: string,
): Target | null {
  const found = thresholds.find((threshold) => threshold.indicator === indicator);
  return found
    ? { direction: found.direction, warning: found.warning, critical: found.critical, kind, unit }
    : null;
}

interface Context {
  year: number;
  lang: Lang;
  partial: boolean;
  t: (key: TranslationKey, params?: Record<string, string | number>) => string;
}

function overviewFigures(rows: readonly OverviewRow[], c: Context): BriefFigure[] {
  const sorted = [...rows].filter((row) => row.year <= c.year).sort((a, b) => a.year - b.year);
  const current = sorted.find((row) => row.year === c.year) ?? null;
  const previous = c.partial ? null : (sorted.find((row) => row.year === c.year - 1) ?? null);
  const source = c.t('brief.source.overview', { year: c.year });

  const operating = current?.operating_expenses_eur ?? null;
  const vacancy = current?.vacancy_rate ?? null;
  const footfall = current?.footfall ?? null;
  const vacancyLevel = vacancyStatus(vacancy);
  return [
    {
      id: 'operating',
      family: 'budget',
      target: 'budget:depenses_fonctionnement',
      label: c.t('kpi.operatingExpenses'),
      value: operating,
      kind: 'compactCurrency',
      unit: '',
      change: relativeChange(operating, previous?.operating_expenses_eur),
      changeIn: 'relative',
      comparedWith: previous?.year ?? null,
      status: null,
      trend: sorted.map((row) => row.operating_expenses_eur),
      targetText: null,
      sentence: summarizeChange({
        lang: c.lang,
        subject: c.t('subject.operatingExpenses'),
        plural: true,
        year: c.year,
        previousYear: c.year - 1,
        value: operating,
        previous: previous?.operating_expenses_eur ?? null,
        kind: 'compactCurrency',
      }),
      source,
    },
    {
      id: 'vacancy',
      family: 'commerce',
      target: 'commerce:taux_vacance',
      label: c.t('kpi.vacancyRate'),
      value: vacancy,
      kind: 'percent',
      unit: '',
      change:
        vacancy !== null && previous?.vacancy_rate != null ? vacancy - previous.vacancy_rate : null,
      changeIn: 'points',
      comparedWith: previous?.year ?? null,
      status: vacancyLevel,
      trend: sorted.map((row) => row.vacancy_rate),
      targetText: c.t('brief.target.vacancy', {
        threshold: level(VACANCY_TARGET.warning, 'percent', c.lang),
      }),
      sentence: [
        summarizeChange({
          lang: c.lang,
          subject: c.t('subject.vacancyRate'),
          plural: false,
          year: c.year,
          previousYear: c.year - 1,
          value: vacancy,
          previous: previous?.vacancy_rate ?? null,
          kind: 'percent',
        }),
        targetSentence(vacancyLevel, VACANCY_TARGET, c.lang),
      ]
        .filter(Boolean)
        .join(' '),
      source,
    },
    {
      id: 'footfall',
      family: 'flows',
      target: 'flux:frequentation',
      label: c.t('kpi.footfall'),
      value: footfall,
      kind: 'integer',
      unit: '',
      change: relativeChange(footfall, previous?.footfall),
      changeIn: 'relative',
      comparedWith: previous?.year ?? null,
      status: null,
      trend: sorted.map((row) => row.footfall),
      targetText: null,
      sentence: summarizeChange({
        lang: c.lang,
        subject: c.t('subject.footfall'),
        plural: false,
        year: c.year,
        previousYear: c.year - 1,
        value: footfall,
        previous: previous?.footfall ?? null,
        kind: 'integer',
      }),
      source,
    },
  ];
}

function budgetFigures(data: BriefData, c: Context): BriefFigure[] {
  const row = accountsRow(data.health, c.year);
  const history = [...data.health]
    .filter((h) => h.year <= (row?.year ?? c.year))
    .sort((a, b) => a.year - b.year);
  const accountsYear = row?.year ?? c.year;
  const source = c.t('brief.source.accounts', { year: accountsYear });
  const rateTarget = thresholdTarget(data.thresholds, 'taux_epargne_brute', 'percent');
  const capacityTarget = thresholdTarget(
    data.thresholds,
    'capacite_desendettement_annees',
    'number',
    c.t('brief.unit.yearsSuffix'),
  );
  const rateStatus = ratioStatus(row?.taux_epargne_brute_status ?? null);
  const capacityStatus = ratioStatus(row?.capacite_desendettement_status ?? null);
  const years = c.t('brief.unit.years');
  const capacity = row?.capacite_desendettement_annees ?? null;
  const capacityPrev = row?.capacite_desendettement_prev ?? null;

  return [
    {
      id: 'savings-rate',
      family: 'budget',
      target: 'budget:taux_epargne_brute',
      label: c.t('brief.figure.savingsRate'),
      value: row?.taux_epargne_brute ?? null,
      kind: 'percent',
      unit: '',
      change:
        row?.taux_epargne_brute != null && row.taux_epargne_brute_prev != null
          ? row.taux_epargne_brute - row.taux_epargne_brute_prev
          : null,
      changeIn: 'points',
      comparedWith: row?.taux_epargne_brute_prev != null ? accountsYear - 1 : null,
      status: rateStatus,
      trend: history.map((h) => h.taux_epargne_brute),
      targetText: rateTarget ? targetLabel(rateTarget, c.lang) : null,
      sentence: [
        summarizeChange({
          lang: c.lang,
          subject: c.t('brief.subject.savingsRate'),
          plural: false,
          year: accountsYear,
          previousYear: accountsYear - 1,
          value: row?.taux_epargne_brute ?? null,
          previous: row?.taux_epargne_brute_prev ?? null,
          kind: 'percent',
        }),
        rateTarget ? targetSentence(rateStatus, rateTarget, c.lang) : '',
      ]
        .filter(Boolean)
        .join(' '),
      source,
    },
    {
      id: 'debt-capacity',
      family: 'budget',
      target: 'budget:capacite_desendettement',
      label: c.t('brief.figure.debtCapacity'),
      value: capacity,
      kind: 'number',
      unit: years,
      change: relativeChange(capacity, capacityPrev),
      changeIn: 'relative',
      comparedWith: capacityPrev !== null ? accountsYear - 1 : null,
      status: capacityStatus,
      trend: history.map((h) => h.capacite_desendettement_annees),
      targetText: capacityTarget ? targetLabel(capacityTarget, c.lang) : null,
      sentence: [
        capacity === null
          ? c.t('brief.sentence.debtCapacityNone', { year: accountsYear })
          : capacityPrev === null
            ? c.t('brief.sentence.debtCapacity', {
                year: accountsYear,
                value: oneDecimal(capacity, c.lang),
              })
            : c.t('brief.sentence.debtCapacityVs', {
                year: accountsYear,
                value: oneDecimal(capacity, c.lang),
                previousYear: accountsYear - 1,
                previous: oneDecimal(capacityPrev, c.lang),
              }),
        capacityTarget ? targetSentence(capacityStatus, capacityTarget, c.lang) : '',
      ]
        .filter(Boolean)
        .join(' '),
      source,
    },
    {
      id: 'equipment',
      family: 'budget',
      target: 'budget:depenses_equipement',
      label: c.t('brief.figure.equipment'),
      value: row?.depenses_equipement ?? null,
      kind: 'compactCurrency',
      unit: '',
      change: row?.depenses_equipement_change ?? null,
      changeIn: 'relative',
      comparedWith: row?.depenses_equipement_prev != null ? accountsYear - 1 : null,
      status: null,
      trend: history.map((h) => h.depenses_equipement),
      targetText: null,
      sentence: summarizeChange({
        lang: c.lang,
        subject: c.t('brief.subject.equipment'),
        plural: true,
        year: accountsYear,
        previousYear: accountsYear - 1,
        value: row?.depenses_equipement ?? null,
        previous: row?.depenses_equipement_prev ?? null,
        kind: 'compactCurrency',
      }),
      source,
    },
  ];
}

function fluidsFigures(data: BriefData, c: Context): BriefFigure[] {
  const byFluid = (fluid: string) =>
    data.fluids
      .filter((row) => row.fluid === fluid && row.year <= c.year)
      .sort((a, b) => a.year - b.year);
  const bill = byFluid('all');
  const energy = byFluid('energy');
  const billNow = bill.find((row) => row.year === c.year) ?? null;
  const billBefore = bill.find((row) => row.year === c.year - 1) ?? null;
  const energyNow = energy.find((row) => row.year === c.year) ?? null;
  const energyBefore = energy.find((row) => row.year === c.year - 1) ?? null;
  const costChange = c.partial ? null : (billNow?.amount_change_vs_previous_year ?? null);
  const costLevel = fluidsCostStatus(costChange);
  const incomplete = (complete: boolean | undefined) =>
    complete === false ? ` ${c.t('brief.fluids.incomplete')}` : '';
  const source = c.t('brief.source.fluids', { year: c.year });

  return [
    {
      id: 'fluids-cost',
      family: 'fluids',
      target: 'fluids:cout',
      label: c.t('kpi.fluidsCost'),
      value: billNow?.amount_eur ?? null,
      kind: 'compactCurrency',
      unit: '',
      change: costChange,
      changeIn: 'relative',
      comparedWith: costChange !== null ? c.year - 1 : null,
      status: costLevel,
      trend: bill.map((row) => row.amount_eur),
      targetText: c.t('brief.target.fluidsCost'),
      sentence:
        [
          costChange === null
            ? summarizeChange({
                lang: c.lang,
                subject: c.t('subject.fluidsCost'),
                plural: false,
                year: c.year,
                previousYear: c.year - 1,
                value: billNow?.amount_eur ?? null,
                previous: null,
                kind: 'compactCurrency',
              })
            : c.t('brief.sentence.fluidsCost', {
                year: c.year,
                value: level(billNow!.amount_eur, 'compactCurrency', c.lang),
                previous: level(billBefore?.amount_eur ?? 0, 'compactCurrency', c.lang),
                change: level(Math.abs(costChange), 'percent', c.lang),
                direction: c.t(costChange >= 0 ? 'brief.word.up' : 'brief.word.down'),
              }),
          // A falling bill needs no threshold sentence; a rising one says where it stands.
          costChange !== null && costChange > 0
            ? targetSentence(costLevel, FLUIDS_COST_TARGET, c.lang)
            : '',
        ]
          .filter(Boolean)
          .join(' ') + incomplete(billNow?.complete),
      source,
    },
    {
      id: 'energy',
      family: 'fluids',
      target: 'fluids:energie',
      label: c.t('brief.figure.energyCorrected'),
      value: energyNow?.corrected_quantity ?? null,
      kind: 'energy',
      unit: '',
      change: c.partial ? null : (energyNow?.change_vs_previous_year ?? null),
      changeIn: 'relative',
      comparedWith: !c.partial && energyNow?.change_vs_previous_year != null ? c.year - 1 : null,
      status: null,
      trend: energy.map((row) => row.corrected_quantity),
      targetText: c.t('brief.target.tertiary'),
      sentence:
        (energyNow?.corrected_quantity == null
          ? c.t('brief.sentence.noData', { year: c.year })
          : c.partial || energyNow.change_vs_previous_year === null
            ? c.t('brief.sentence.energy', {
                year: c.year,
                value: level(energyNow.corrected_quantity, 'energy', c.lang),
              })
            : c.t('brief.sentence.energyVs', {
                year: c.year,
                value: level(energyNow.corrected_quantity, 'energy', c.lang),
                change: level(Math.abs(energyNow.change_vs_previous_year), 'percent', c.lang),
                direction: c.t(
                  energyNow.change_vs_previous_year >= 0 ? 'brief.word.up' : 'brief.word.down',
                ),
                previousYear: energyBefore?.year ?? c.year - 1,
              })) + incomplete(energyNow?.complete),
      source,
    },
  ];
}

const FAMILY_ORDER: readonly Family[] = ['budget', 'fluids', 'commerce', 'flows'];
const FAMILY_HEADINGS: Readonly<Record<Family, TranslationKey>> = {
  budget: 'brief.family.budget',
  fluids: 'brief.family.fluids',
  commerce: 'brief.family.commerce',
  flows: 'brief.family.flows',
};

/**
 * The key figures of the four families for the year shown, each against the year before and, where one exists,
 * against its threshold (API thresholds for the budget ratios, DOMAIN.md references otherwise).
 */
export function buildBriefFigures(data: BriefData | null, year: number, lang: Lang): FigureGroup[] {
  if (!data) return [];
  const c: Context = {
    year,
    lang,
    partial: isPartialYear(year),
    t: (key, params) => translate(lang, key, params),
  };
  const overview = overviewFigures(data.overview, c);
  const figures = [
    overview.find((f) => f.id === 'operating')!,
    ...budgetFigures(data, c),
    ...fluidsFigures(data, c),
    ...overview.filter((f) => f.id !== 'operating'),
  ];
  return FAMILY_ORDER.map((family) => ({
    family,
    heading: c.t(FAMILY_HEADINGS[family]),
    figures: figures.filter((figure) => figure.family === family),
  }));
}
