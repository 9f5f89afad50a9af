import type { Knex } from 'knex';
import { AppError } from '../../http/app-error';
import * as repository from './brief.repository';
import type { BriefDocument } from './brief.schemas';
import { alertsSection, executionSection, figuresSection, programmesSection, quartiersSection } from './brief-sections';
import * as f from './french-format';
import { coverage, headlineFigures, openAlerts } from './headline-source';

const SOURCE_NAMES: Record<string, string> = {
  budget: 'budget',
  fluids: 'fluides',
  commerce: 'commerce',
  counts: 'comptages',
};

/**
 * The council brief as one document: the families' headline figures, every open alert (critical first), budget
 * execution, programmes at risk and the quartiers that stand out. `staff`: whether the reader may see the alerts.
 */
export async function briefDocument(
  db: Knex,
  insee: string,
  year: number,
  staff: boolean,
  today = new Date(),
): Promise<BriefDocument> {
  const commune = await repository.commune(db, insee);
  if (!commune) throw AppError.notFound(`Commune inconnue : aucun code INSEE ${insee}`);
  const [figures, alerts, execution, programmes, quartiers, cover] = await Promise.all([
    headlineFigures(db, insee, year),
    staff ? openAlerts(db, insee) : Promise.resolve(null),
    repository.execution(db, insee, year),
    repository.programmesAtRisk(db, insee),
    repository.quartiers(db, insee, year),
    coverage(db, insee, year),
  ]);
  const sections = [
    figuresSection(figures),
    alertsSection(alerts),
    executionSection(execution),
    programmesSection(programmes),
    quartiersSection(quartiers, year),
  ];
  const dataAsOf = Object.entries(SOURCE_NAMES)
    .filter(([source]) => cover.latest[source])
    .map(([source, name]) => `${name} au ${f.longDate(cover.latest[source]!)}`)
    .join(', ');
  const critical = alerts?.filter((alert) => alert.severity === 'critical').length ?? null;
  const summary = [
    ...sections[0].figures
      .filter((figure) => figure.status === 'alert' || figure.status === 'watch')
      .map((figure) => `${figure.label} : ${figure.text} (${figure.threshold ?? 'seuil dépassé'}).`),
    critical === null ? 'Les alertes internes sont réservées aux élus et aux agents.' : sections[1].sentences[0],
    sections[2].sentences[0],
    sections[3].sentences[0],
    sections[4].sentences[0],
  ].filter(Boolean);
  return {
    commune: { insee: commune.insee_code, name: commune.name, population: commune.population },
    year,
    title: `Note au conseil municipal – ${commune.name}`,
    subtitle: `Situation ${year} : chiffres clés, alertes, exécution budgétaire, programmes et quartiers`,
    generated_on: f.longDate(today),
    data_as_of: dataAsOf ? `Données : ${dataAsOf}.` : 'Données : aucune date connue.',
    audience: staff ? 'staff' : 'public',
    summary,
    sections,
  };
}
