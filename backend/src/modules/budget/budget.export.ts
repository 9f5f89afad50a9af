import type { Response } from 'express';
import ExcelJS from 'exceljs';

export type ExportFormat = 'json' | 'csv' | 'xlsx';

/** French headers of the exported columns; any other column keeps its API name. */
const headers: Record<string, string> = {
  commune_insee: 'Code INSEE',
  commune: 'Commune',
  year: 'Exercice',
  population: 'Population',
  section: 'Section (F/I)',
  direction: 'Sens (D/R)',
  is_real: 'Opération réelle',
  level: 'Niveau',
  function: 'Fonction',
  function_label: 'Libellé de la fonction',
  subfunction: 'Sous-fonction',
  subfunction_label: 'Libellé de la sous-fonction',
  function_code: 'Code fonctionnel',
  function_code_label: 'Libellé du code fonctionnel',
  chapter: 'Chapitre',
  chapter_label: 'Libellé du chapitre',
  account: 'Compte (article)',
  account_label: 'Libellé du compte',
  operation: 'Opération',
  credits_after_bp: 'Crédits après BP (€)',
  credits_after_bs: 'Crédits après BS (€)',
  credits_after_dm: 'Crédits après DM (€)',
  carry_prev: 'Reports N-1 (€)',
  credits_open: 'Crédits ouverts (€)',
  executed: 'Réalisé (€)',
  carry_next: 'Restes à réaliser (€)',
  cancelled: 'Crédits annulés (€)',
  execution_rate: "Taux d'exécution",
  commitment_rate: 'Taux de réalisation avec restes à réaliser',
  share_of_section: 'Part de la section',
  executed_per_inhabitant: 'Réalisé par habitant (€)',
  lines: 'Lignes',
  recettes_reelles_fonctionnement: 'Recettes réelles de fonctionnement (€)',
  depenses_reelles_fonctionnement: 'Dépenses réelles de fonctionnement (€)',
  interets_dette: 'Intérêts de la dette (€)',
  charges_personnel: 'Charges de personnel (€)',
  charges_generales: 'Charges à caractère général (€)',
  autres_charges_gestion: 'Autres charges de gestion courante (€)',
  epargne_gestion: 'Épargne de gestion (€)',
  epargne_brute: 'Épargne brute (€)',
  taux_epargne_brute: "Taux d'épargne brute",
  remboursement_capital: 'Remboursement du capital de la dette (€)',
  epargne_nette: 'Épargne nette (€)',
  encours_dette: 'Encours de dette au 31/12 (€)',
  capacite_desendettement_annees: 'Capacité de désendettement (années)',
  depenses_equipement: "Dépenses d'équipement (€)",
  recettes_investissement_hors_emprunt: "Recettes d'investissement hors emprunt (€)",
  emprunts_nouveaux: 'Emprunts nouveaux (€)',
  depenses_investissement_hors_dette: "Dépenses d'investissement hors dette (€)",
  variation_fonds_roulement: 'Variation du fonds de roulement (€)',
  rigidite: 'Rigidité des charges',
  rrf_par_habitant: 'RRF par habitant (€)',
  drf_par_habitant: 'DRF par habitant (€)',
  depenses_equipement_par_habitant: 'Équipement par habitant (€)',
  encours_dette_par_habitant: 'Dette par habitant (€)',
  axis: 'Axe',
  code: 'Code',
  label: 'Libellé',
  programme_id: 'N° AP',
  name: 'Intitulé',
  description: 'Description',
  status: 'Statut',
  quartier: 'Quartier',
  quartier_id: 'Id quartier',
  building_id: 'Bâtiment',
  building_name: 'Nom du bâtiment',
  street: 'Rue',
  ap_amount_eur: 'AP en vigueur (€)',
  ap_initial_eur: 'AP initiale (€)',
  ap_revision_eur: "Révisions de l'AP (€)",
  cp_executed_to_date: 'CP réalisés à ce jour (€)',
  cp_planned_total: 'CP prévus au total (€)',
  remaining_eur: "Reste sur l'AP (€)",
  progress_rate: 'Avancement',
  start_date: 'Début',
  planned_end_date: 'Fin prévue',
  expected_end_date: 'Fin estimée',
  slippage_days: 'Glissement (jours)',
  slippage_months: 'Glissement (mois)',
  is_late: 'En retard',
  cp_planned_eur: 'CP prévus (€)',
  cp_executed_eur: 'CP réalisés (€)',
  cp_executed_cumulative: 'CP réalisés cumulés (€)',
  place_kind: 'Type de lieu',
  place_key: 'Identifiant du lieu',
  place_label: 'Lieu',
  programmes: 'Programmes',
  planned_per_inhabitant: 'Prévu par habitant (€)',
};

const isRate = (key: string) =>
  /(_rate|^share_|^taux_|^rigidite$)/.test(key) && !key.endsWith('_status');

/**
 * Sends rows as JSON, or as a file a finance agent opens in Excel: CSV the French way (`;`, decimal comma, UTF-8 with
 * a BOM so accents survive, CRLF) or XLSX with real numbers (euros and percentages formatted). The figures are the
 * view's, untouched: only their presentation changes.
 */
export async function sendRows(
  res: Response,
  rows: Record<string, unknown>[],
  options: { format: ExportFormat; fileName: string; sheet?: string },
) {
  if (options.format === 'json') {
    res.json(rows);
    return;
  }
  const keys = Object.keys(rows[0] ?? {});
  if (options.format === 'csv') {
    const lines = [
      keys.map((k) => csvCell(headers[k] ?? k)).join(';'),
      ...rows.map((row) => keys.map((k) => csvCell(csvValue(row[k]))).join(';')),
    ];
    res.attachment(`${options.fileName}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(`\uFEFF${lines.join('\r\n')}\r\n`);
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  const sheet = workbook.addWorksheet(options.sheet ?? 'Budget');
  sheet.columns = keys.map((key) => ({
    header: headers[key] ?? key,
    key,
    width: Math.min(50, Math.max(10, (headers[key] ?? key).length + 2)),
    style: isRate(key)
      ? { numFmt: '0.0%' }
      : /(_eur|^credits_|^executed|^carry_|^cancelled|^epargne_|^recettes_|^depenses_|_par_habitant$|^encours_|^remboursement_|^emprunts_|^variation_|^interets_|^charges_|^autres_charges|^cp_|^ap_)/.test(
            key,
          )
        ? { numFmt: '#,##0.00 "€"' }
        : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(Object.fromEntries(keys.map((k) => [k, xlsxValue(row[k])])));
  res.attachment(`${options.fileName}.xlsx`);
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function xlsxValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}
