import type { Knex } from 'knex';
import { parisDay } from '../../../../common/paris-time';
import * as repository from './commerce.repository';

/** Today in Paris ('YYYY-MM-DD'), the default "as of" of the vacancy endpoints. */
export const today = (): string => parisDay();

/** The same calendar day a year earlier (29 February falls back to 28 February). */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = Math.min(d, new Date(Date.UTC(y - 1, m, 0)).getUTCDate());
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The headline of the town-centre page: commune vacancy on the date and a year before, and the date of the latest
 * status change in the register (the census is only as current as that).
 */
export async function overview(db: Knex, commune: string, date: string) {
  const before = yearBefore(date);
  const [[now], [then], latest, references] = await Promise.all([
    repository.vacancyAt(db, commune, date, 'commune'),
    repository.vacancyAt(db, commune, before, 'commune'),
    repository.latestStatusDate(db, commune),
    repository.references(db, commune),
  ]);
  const lastYear = references.length ? references[references.length - 1].year : null;
  return {
    commune_insee: commune,
    date,
    latest_status_date: latest,
    vacancy: now ?? null,
    year_before: { date: before, vacancy: then ?? null },
    references: references
      .filter((r) => r.year === lastYear)
      .map(({ reference_id, reference_kind, reference_label, reference_rate, reference_year, reference_source }) => ({
        reference_id,
        reference_kind,
        reference_label,
        reference_rate,
        reference_year,
        reference_source,
      })),
  };
}
