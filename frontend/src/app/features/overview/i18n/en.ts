import { OVERVIEW_FR } from './fr';

/** English strings of the overview page. */
export const OVERVIEW_EN: Readonly<Record<keyof typeof OVERVIEW_FR, string>> = {
  'page.partialYear': '{year} is in progress: partial data.',
  'overview.title': 'Overview',
  'overview.intro': 'Key figures for {commune} in {year}, compared with {previous}.',
  'overview.kpis': 'Key figures',
  'overview.trends': 'Trends',
  'overview.quartiers': 'By neighbourhood',
  'overview.spendingChart': 'Operating and investment expenses',
  'overview.fluidsChart': 'Utility costs of public buildings',
  'kpi.operatingExpenses': 'Operating expenses',
  'kpi.investmentExpenses': 'Investment expenses',
  'kpi.fluidsCost': 'Utility costs',
  'kpi.energy': 'Energy use',
  'kpi.vacancyRate': 'Retail vacancy rate',
  'kpi.footfall': 'Footfall',
  'subject.operatingExpenses': 'Operating expenses',
  'subject.investmentExpenses': 'Investment expenses',
  'subject.fluidsCost': 'Utility costs',
  'subject.energy': 'Energy use',
  'subject.vacancyRate': 'The retail vacancy rate',
  'subject.footfall': 'Footfall',
  'column.year': 'Year',
  'column.operatingExpenses': 'Operating',
  'column.investmentExpenses': 'Investment',
};
