import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';
import * as repository from './counts.repository';

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The period a counts page shows when none is asked: the 365 days up to the commune's latest day with counts (a
 * counter feed often lags behind today). Null when the commune has no counts at all.
 */
export async function defaultPeriod(
  db: Knex,
  commune: string,
  from?: string,
  to?: string,
): Promise<{ from: string; to: string } | null> {
  if (from && to) return { from, to };
  const latest = await repository.latestDay(db, commune);
  if (!latest && !to) return null;
  const end = to ?? latest!;
  return { from: from ?? addDays(end, -364), to: end };
}

export interface ImpactRequest {
  intervention?: string;
  start?: string;
  end?: string;
  sites?: string[];
  street?: string;
  zone?: string;
  controls?: string[];
  window: number;
}

/**
 * Resolves what an impact analysis compares: an intervention of the `interventions` table (its period, its counting
 * sites, or the sites of its street), or an ad-hoc period with sites, a street or a zone. The arithmetic stays in
 * the views (kpi_flows_impact_*).
 */
export async function impact(db: Knex, commune: string, request: ImpactRequest) {
  let intervention = null;
  let start = request.start;
  let end = request.end;
  let sites = request.sites ?? [];
  if (request.intervention) {
    intervention = await repository.findIntervention(db, commune, request.intervention);
    if (!intervention)
      throw AppError.notFound(`Aucune intervention ${request.intervention} dans la commune ${commune}`);
    start ??= intervention.start_date;
    end ??= intervention.end_date;
    if (!request.sites?.length && !request.street && !request.zone) {
      sites = intervention.site_ids?.length
        ? intervention.site_ids
        : intervention.street
          ? await repository.sitesWhere(db, commune, { street: intervention.street })
          : [];
    }
  }
  if (!request.sites?.length && (request.street || request.zone)) {
    sites = await repository.sitesWhere(db, commune, {
      street: request.street,
      zone: request.zone,
    });
  }
  if (sites.length === 0) {
    throw AppError.unprocessable(
      'Aucun site de comptage à analyser : indiquez les sites (sites=), ou une rue ou une zone qui a des sites de comptage',
    );
  }
  const named = [...sites, ...(request.controls ?? [])];
  const known = new Set(await repository.knownSites(db, commune, named));
  const missing = named.filter((s) => !known.has(s));
  if (missing.length)
    throw AppError.unprocessable(`Sites de comptage inconnus dans la commune ${commune} : ${missing.join(', ')}`);
  const controls = request.controls?.length ? request.controls : null;
  const args = [commune, sites, controls, start!, end!, request.window] as const;
  const [compared, summary, daily] = await Promise.all([
    repository.comparedSites(db, commune, sites, controls),
    repository.impactSummary(db, ...args),
    repository.impactDaily(db, ...args),
  ]);
  if (!compared.some((s) => s.grp === 'control')) {
    throw AppError.unprocessable(
      'Aucun site témoin : indiquez des sites témoins (controls=) du même type, hors de la zone',
    );
  }
  return {
    commune_insee: commune,
    intervention,
    start,
    end,
    window_days: request.window,
    sites: compared,
    summary,
    daily,
  };
}
