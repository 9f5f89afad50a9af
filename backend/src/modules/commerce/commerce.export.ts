import type { Response } from 'express';
import ExcelJS from 'exceljs';

export type ExportFormat = 'json' | 'csv' | 'xlsx';

export interface ExportSheet {
  name: string;
  rows: Record<string, unknown>[];
}

/** French headers of the town-centre exports; a column not listed keeps its API name. */
const headers: Record<string, string> = {
  commune_insee: 'Code INSEE',
  level: 'Niveau',
  area_key: 'Clé de la zone',
  quartier_id: 'Id quartier',
  quartier: 'Quartier',
  street: 'Rue',
  month: 'Mois',
  date: 'Date',
  premises_id: 'Local',
  address: 'Adresse',
  lat: 'Latitude',
  lon: 'Longitude',
  surface_m2: 'Surface (m²)',
  status: 'Statut',
  activity: 'Activité',
  status_since: 'Statut depuis le',
  valid_from: 'Du',
  valid_to: 'Au',
  previous_status: 'Statut précédent',
  vacant_since: 'Vacant depuis le',
  vacant_days: 'Jours de vacance',
  premises: 'Locaux actifs (occupés + vacants)',
  occupied: 'Occupés',
  vacant: 'Vacants',
  works: 'En travaux',
  vacancy_rate: 'Taux de vacance',
  vacant_surface_m2: 'Surface vacante (m²)',
  vacancy_rate_surface: 'Taux de vacance en surface',
  vacant_over_1_year: 'Vacants depuis 1 an ou plus',
  vacant_over_3_years: 'Vacants depuis 3 ans ou plus',
  structural_vacancy_rate: 'Taux de vacance structurelle',
  median_vacant_days: 'Durée médiane de vacance (jours)',
  openings: 'Ouvertures',
  closures: 'Fermetures',
  vacancy_rate_12m_ago: 'Taux de vacance 12 mois avant',
  vacancy_rate_change_12m: 'Évolution sur 12 mois (points)',
  share: 'Part',
  year: 'Année',
  as_of: 'Situation au',
  spells_ended: 'Vacances terminées',
  median_days_ended: 'Durée médiane des vacances terminées (jours)',
  spells_ongoing: 'Vacances en cours',
  median_days_ongoing: 'Durée médiane des vacances en cours (jours)',
  ongoing_over_1_year: 'En cours depuis 1 an ou plus',
  ongoing_over_3_years: 'En cours depuis 3 ans ou plus',
  measured_month: 'Mois mesuré',
  reference_id: 'Référence',
  reference_label: 'Libellé de la référence',
  reference_rate: 'Taux de référence',
  reference_year: 'Année de la référence',
  reference_source: 'Source',
  gap: 'Écart (points)',
  above_reference: 'Au-dessus de la référence',
  counting_sites: 'Compteurs piétons',
  sites_reporting: 'Compteurs ayant des jours complets',
  footfall_mean_daily: 'Fréquentation moyenne par jour complet',
  footfall_change_12m: 'Évolution de la fréquentation sur 12 mois',
  site_id: 'Site de comptage',
  name: 'Nom',
  kind: 'Type',
  zone: 'Zone',
  day: 'Jour',
  period: 'Période',
  period_start: 'Début de période',
  count_total: 'Comptages valides',
  sites: 'Sites',
  sites_complete: 'Sites complets',
  hours_ok: 'Heures valides',
  hours_fault: 'Heures en défaut',
  hours_missing: 'Heures manquantes',
  hours_expected: 'Heures attendues',
  completeness: 'Complétude',
  mean_daily_complete: 'Moyenne par jour complet',
  share_of_zone: 'Part de la zone',
  days_followed: 'Jours suivis',
  days_complete: 'Jours complets',
  first_day: 'Première donnée',
  last_day: 'Dernière donnée',
  day_type: 'Type de jour',
  public_holiday: 'Jour férié',
  school_holiday: 'Vacances scolaires (zone B)',
  isodow: 'Jour de la semaine (1 = lundi)',
  hour_of_day: 'Heure',
  mean_count: 'Moyenne horaire',
  share_of_day: 'Part de la journée',
  current_total: 'Période',
  previous_total: 'Même période un an avant',
  change_rate: 'Évolution',
  days_compared: 'Jours comparés',
  site_days_compared: 'Jours-sites comparés',
  site_days_gap: 'Jours-sites écartés (données incomplètes)',
  site_days_calendar: 'Jours-sites écartés (calendrier différent)',
  days_in_period: 'Jours de la période',
  days: 'Jours',
  zone_mean_daily: 'Zone : moyenne par jour',
  zone_change: 'Zone : évolution',
  control_change: 'Témoins : évolution',
  control_sites: 'Sites témoins',
  effect: 'Effet propre estimé',
  effect_low: 'Effet : borne basse (95 %)',
  effect_high: 'Effet : borne haute (95 %)',
  change_vs_last_year: 'Zone : évolution sur un an',
  days_vs_last_year: 'Jours comparés sur un an',
  zone_count: 'Zone : comptages',
  zone_sites: 'Zone : sites complets',
  zone_panel_sites: 'Zone : sites suivis',
  zone_index: 'Zone : indice (avant = 1)',
  control_index: 'Témoins : indice (avant = 1)',
  log_ratio: 'Écart journalier (log)',
};

/**
 * Sends rows as JSON, or as a file a finance agent opens in Excel: CSV the French way (`;`, decimal comma, UTF-8
 * with a BOM so accents survive) or XLSX with real numbers, one sheet per table. Presentation only: the figures are
 * the views', untouched.
 */
export async function sendTable(
  res: Response,
  format: ExportFormat,
  fileName: string,
  sheets: ExportSheet[],
  json: unknown = sheets[0].rows,
): Promise<void> {
  if (format === 'json') {
    res.json(json);
    return;
  }
  if (format === 'csv') {
    const rows = sheets[0].rows;
    const columns = Object.keys(rows[0] ?? {});
    const lines = [columns.map((c) => csvCell(headers[c] ?? c)).join(';')];
    for (const row of rows) lines.push(columns.map((c) => csvCell(csvValue(row[c]))).join(';'));
    res.attachment(`${fileName}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(`\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    const columns = Object.keys(rows[0] ?? {});
    sheet.columns = columns.map((c) => ({
      header: headers[c] ?? c,
      key: c,
      width: Math.min(40, Math.max(10, (headers[c] ?? c).length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of rows)
      sheet.addRow(Object.fromEntries(columns.map((c) => [c, xlsxValue(row[c])])));
  }
  res.attachment(`${fileName}.xlsx`);
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function xlsxValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.join(', ');
  return value;
}
