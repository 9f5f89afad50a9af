const amount = (name: string, description: string) => ({ name, required: false, description });

/** The SCDL "budget" columns, in the schema's order, then two optional columns the schema lacks. */
export const budgetColumns = [
  {
    name: 'BGT_NATDEC',
    required: true,
    description:
      'Étape : budget primitif, budget supplémentaire, décision modificative, compte administratif (aussi BP, BS, DM, CA, CFU, codes TOTEM 01, 03, 02, 09, 10)',
    aliases: ['natdec', 'etape', 'etape_budgetaire'],
  },
  { name: 'BGT_ANNEE', required: true, description: 'Exercice (année)', aliases: ['annee', 'exercice'] },
  {
    name: 'BGT_SIRET',
    required: false,
    description:
      'SIRET du budget (14 chiffres) : son SIREN doit être celui de la commune ; un autre NIC que celui du budget principal est un budget annexe',
    aliases: ['siret'],
  },
  { name: 'BGT_NOM', required: false, description: 'Nom de la collectivité ou du budget', aliases: ['nom'] },
  {
    name: 'BGT_CONTNAT',
    required: true,
    description:
      "Compte par nature (article) selon le schéma ; les convertisseurs TOTEM y écrivent le chapitre (ContNat), vide sur les lignes ordinaires : il est alors déduit de l'article par le plan de comptes",
    aliases: ['contnat', 'compte', 'article'],
  },
  { name: 'BGT_CONTNAT_LABEL', required: false, description: 'Libellé du compte (ou du chapitre)' },
  {
    name: 'BGT_NATURE',
    required: true,
    description: "Chapitre par nature selon le schéma (011, 012, 65, 21...) ; l'article chez les convertisseurs TOTEM",
    aliases: ['chapitre'],
  },
  { name: 'BGT_NATURE_LABEL', required: false, description: "Libellé du chapitre (ou de l'article)" },
  {
    name: 'BGT_FONCTION',
    required: false,
    description: 'Code fonctionnel (0 à 4 chiffres, ex. 212), ou « 212 - Écoles primaires »',
    aliases: ['fonction'],
  },
  { name: 'BGT_FONCTION_LABEL', required: false, description: 'Libellé de la fonction' },
  {
    name: 'BGT_OPERATION',
    required: false,
    description: "Opération d'équipement (code ou libellé)",
    aliases: ['operation'],
  },
  {
    name: 'BGT_SECTION',
    required: false,
    description: 'fonctionnement / investissement (ou F / I) ; déduite du chapitre si absente',
    aliases: ['section'],
  },
  { name: 'BGT_OPBUDG', required: false, description: 'réel / ordre (ou 0 / 1) ; réel si absent', aliases: ['opbudg'] },
  { name: 'BGT_CODRD', required: true, description: 'recette / dépense (ou R / D, 0 / 1)', aliases: ['codrd', 'sens'] },
  amount('BGT_MTREAL', 'Montant réalisé (compte administratif)'),
  amount('BGT_MTBUDGPREC', 'Budgété précédemment (au CA : BP + BS + DM, le voté quand BGT_MTPREV est à 0)'),
  amount('BGT_MTRARPREC', 'Restes à réaliser N-1 repris'),
  amount('BGT_MTPROPNOUV', 'Propositions nouvelles'),
  amount('BGT_MTPREV', 'Montant voté'),
  amount('BGT_CREDOUV', 'Crédits ouverts (compte administratif)'),
  amount('BGT_MTRAR3112', 'Restes à réaliser au 31/12 (compte administratif)'),
  { name: 'BGT_ARTSPE', required: false, description: 'Article spécialisé (lu, non stocké)' },
  {
    name: 'BGT_NUMDM',
    required: false,
    description: 'Hors schéma : numéro de la décision modificative (sinon lu dans le nom du fichier, « DM2 », sinon 1)',
    aliases: ['numero_dm', 'num_dm', 'numero_decision'],
  },
  {
    name: 'BGT_NOMENCLATURE',
    required: false,
    description: 'Hors schéma : M57 ou M14 (sinon M57 dès 2024, et avant déduite des libellés du fichier)',
    aliases: ['nomenclature', 'bgt_nomen'],
  },
] as const;
