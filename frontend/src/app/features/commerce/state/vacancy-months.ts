import { VacancyMonthRow } from '../data-access/commerce-rows';

/** Months up to the page's date (the register may run beyond the year shown), oldest first. */
export const monthsUpTo = (rows: readonly VacancyMonthRow[], date: string) =>
  [...rows].filter((row) => row.month <= date.slice(0, 7)).sort((a, b) => a.month.localeCompare(b.month));
