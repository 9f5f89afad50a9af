import type { Response } from 'express';
import { sendTable, type ExportFormat } from '../../http/send-table';

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

/** Rates, shown as percentages in Excel (an `*_status` column is a label, not a rate). */
const rate = /(_rate|^share_|^taux_|^rigidite$)/;
/** Amounts, shown in euros in Excel; counts, codes and years stay plain numbers. */
const euros =
  /(_eur|^credits_|^executed|^carry_|^cancelled|^epargne_|^recettes_|^depenses_|_par_habitant$|^encours_|^remboursement_|^emprunts_|^variation_|^interets_|^charges_|^autres_charges|^cp_|^ap_)/;

function numberFormat(key: string): string | undefined {
  if (rate.test(key) && !key.endsWith('_status')) return '0.0%';
  return euros.test(key) ? '#,##0.00 "€"' : undefined;
}

/** Sends budget rows as JSON, CSV or XLSX (see `sendTable`), with French headers and euro/percent formats. */
export function sendRows(
  res: Response,
  rows: Record<string, unknown>[],
  options: { format: ExportFormat; fileName: string; sheet?: string },
): Promise<void> {
  return sendTable(res, {
    format: options.format,
    fileName: options.fileName,
    sheets: [{ name: options.sheet ?? 'Budget', rows }],
    headers,
    numberFormat,
    maxWidth: 50,
  });
}
