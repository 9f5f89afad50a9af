import type { ColumnDoc } from '../import-kind';
import { normaliseHeader } from '../read-table';

export type Status = 'planned' | 'in_progress' | 'done' | 'suspended';

/** The columns of an AP spreadsheet, long layout (one row per AP and year); the wide layout's CP columns apart. */
export const programmeColumns: readonly ColumnDoc[] = [
  {
    name: 'programme_id',
    required: true,
    description: "Numéro de l'autorisation de programme (AP)",
    aliases: ['numero_ap', 'n_ap', 'code_ap', 'ap', 'id', 'programme', 'numero'],
  },
  {
    name: 'name',
    required: true,
    description: "Intitulé de l'AP",
    aliases: ['libelle', 'intitule', 'nom', 'libelle_ap'],
  },
  { name: 'description', required: false, description: 'Description', aliases: ['objet'] },
  {
    name: 'function_code',
    required: false,
    description: 'Code fonctionnel M57 (ex. 212)',
    aliases: ['fonction', 'code_fonction'],
  },
  {
    name: 'quartier',
    required: false,
    description: 'Quartier (nom, tel que dans les quartiers importés) ; sinon déduit des coordonnées',
    aliases: ['nom_quartier'],
  },
  {
    name: 'building_id',
    required: false,
    description: 'Bâtiment concerné (building_id des bâtiments importés)',
    aliases: ['batiment', 'code_batiment', 'id_batiment'],
  },
  {
    name: 'street',
    required: false,
    description: 'Rue ou voie concernée',
    aliases: ['rue', 'voie', 'adresse'],
  },
  { name: 'lat', required: false, description: 'Latitude WGS84', aliases: ['latitude'] },
  { name: 'lon', required: false, description: 'Longitude WGS84', aliases: ['longitude', 'lng'] },
  {
    name: 'ap_amount_eur',
    required: true,
    description: "Montant de l'AP en vigueur (après révisions), euros",
    aliases: ['montant_ap', 'ap_votee', 'ap_actuelle', 'montant_autorise', 'ap_revisee', 'montant'],
  },
  {
    name: 'ap_initial_eur',
    required: false,
    description: "Montant de l'AP au premier vote, euros",
    aliases: ['ap_initiale', 'montant_initial', 'ap_votee_initiale'],
  },
  {
    name: 'start_date',
    required: true,
    description: 'Date de début (AAAA-MM-JJ ou JJ/MM/AAAA)',
    aliases: ['date_debut', 'debut'],
  },
  {
    name: 'planned_end_date',
    required: true,
    description: "Date d'achèvement prévue au vote",
    aliases: ['date_fin_prevue', 'fin_prevue', 'achevement_prevu'],
  },
  {
    name: 'expected_end_date',
    required: false,
    description: "Date d'achèvement aujourd'hui estimée (glissement)",
    aliases: ['date_fin_estimee', 'fin_estimee', 'fin_previsionnelle', 'achevement_estime'],
  },
  {
    name: 'status',
    required: false,
    description: 'Statut : prévu, en cours, terminé, suspendu',
    aliases: ['statut', 'etat'],
  },
  {
    name: 'year',
    required: false,
    description: 'Format long : exercice des crédits de paiement de la ligne',
    aliases: ['annee', 'exercice'],
  },
  {
    name: 'cp_planned_eur',
    required: false,
    description: "Format long : CP prévus (votés) de l'exercice",
    aliases: ['cp_prevus', 'cp_prevu', 'cp_votes', 'cp_vote', 'credits_de_paiement_prevus'],
  },
  {
    name: 'cp_executed_eur',
    required: false,
    description: "Format long : CP réalisés (mandatés) de l'exercice",
    aliases: ['cp_realises', 'cp_realise', 'cp_mandates', 'cp_mandate', 'cp_consommes', 'credits_de_paiement_realises'],
  },
];

export const statusSynonyms: Record<string, Status> = {
  prevu: 'planned',
  prevue: 'planned',
  planned: 'planned',
  'a venir': 'planned',
  programme: 'planned',
  'en cours': 'in_progress',
  encours: 'in_progress',
  in_progress: 'in_progress',
  'in progress': 'in_progress',
  termine: 'done',
  terminee: 'done',
  acheve: 'done',
  achevee: 'done',
  solde: 'done',
  soldee: 'done',
  done: 'done',
  clos: 'done',
  close: 'done',
  suspendu: 'suspended',
  suspendue: 'suspended',
  suspended: 'suspended',
  gele: 'suspended',
  'en pause': 'suspended',
};

/** Wide layout: one column per year, "CP 2024" / "CP prévus 2024" (planned) and "CP réalisés 2024" (executed). */
export function wideCreditColumn(header: string): { year: number; kind: 'planned' | 'executed' } | undefined {
  const h = normaliseHeader(header);
  const match = /^cp_(?:(\w+?)_)?(\d{4})(?:_(\w+))?$/.exec(h);
  if (!match) return undefined;
  const word = match[1] ?? match[3] ?? '';
  const kind = /^(realise|realises|mandate|mandates|consomme|consommes|execute|executes)$/.test(word)
    ? 'executed'
    : /^(|prevu|prevus|vote|votes|budget|inscrit|inscrits)$/.test(word)
      ? 'planned'
      : undefined;
  return kind ? { year: Number(match[2]), kind } : undefined;
}

/** The columns that describe the AP itself (repeated on each of its rows in the long layout). */
export const attributeColumns = [
  'name',
  'description',
  'function_code',
  'quartier',
  'building_id',
  'street',
  'lat',
  'lon',
  'ap_amount_eur',
  'ap_initial_eur',
  'start_date',
  'planned_end_date',
  'expected_end_date',
  'status',
] as const;

export type AttributeColumn = (typeof attributeColumns)[number];
