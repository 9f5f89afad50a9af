/**
 * French strings of the council brief page, the reference: en.ts has exactly the same keys (the compiler checks it),
 * and no other dictionary defines them again (translations.spec.ts checks it).
 */
export const BRIEF_FR = {
  'brief.title': 'Synthèse pour le conseil',
  'brief.intro':
    'Comment va {commune} en {year} : les chiffres clés des quatre familles comparés à l’année précédente et à leurs seuils, les points qui demandent une décision, les communes partenaires.',
  'brief.print': 'Imprimer',
  'brief.download': 'Télécharger le PDF',
  'brief.printHint':
    'Le PDF est produit par le serveur (A4, graphiques vectoriels) : le même document que cette page, à emporter au conseil.',
  'brief.figures': 'Chiffres clés {year}',
  'brief.family.budget': 'Budget',
  'brief.family.fluids': 'Fluides des bâtiments publics',
  'brief.family.commerce': 'Commerce',
  'brief.family.flows': 'Flux',
  'brief.figure.equipment': 'Dépenses d’équipement',
  'brief.figure.energyCorrected': 'Énergie, corrigée du climat',
  'brief.subject.savingsRate': 'Le taux d’épargne brute',
  'brief.subject.equipment': 'Les dépenses d’équipement',
  'brief.subject.grossSavings': 'L’épargne brute',
  'brief.subject.netSavings': 'L’épargne nette',
  'brief.unit.yearsSuffix': ' ans',
  'brief.word.up': 'hausse',
  'brief.word.down': 'baisse',
  'brief.target.floor': 'Seuil d’alerte : {warning} ; seuil critique : {critical}',
  'brief.target.ceiling': 'Plafond de référence : {warning} ; zone rouge au-delà de {critical}',
  'brief.target.floor.ok': 'Il reste au-dessus du seuil d’alerte de {threshold}.',
  'brief.target.floor.warn': 'Il passe sous le seuil d’alerte de {threshold} : à surveiller.',
  'brief.target.floor.alert': 'Il est sous le seuil critique de {threshold}.',
  'brief.target.ceiling.ok': 'C’est en dessous du seuil de {threshold}.',
  'brief.target.ceiling.warn': 'C’est au-dessus du seuil de {threshold} : à surveiller.',
  'brief.target.ceiling.alert': 'C’est au-delà du seuil d’alerte de {threshold}.',
  'brief.target.vacancy': 'Repère : seuil d’alerte des centres-villes vers {threshold}',
  'brief.target.fluidsCost': 'Repère : vigilance au-delà de +3 % par an, alerte au-delà de +10 %',
  'brief.target.tertiary':
    'Décret tertiaire : −40 % d’ici 2030 pour les bâtiments de plus de 1 000 m² (suivi bâtiment par bâtiment)',
  'brief.sentence.debtCapacity': 'La capacité de désendettement est de {value} ans en {year}.',
  'brief.sentence.debtCapacityVs':
    'La capacité de désendettement est de {value} ans en {year}, contre {previous} ans en {previousYear}.',
  'brief.sentence.debtCapacityNone':
    'La capacité de désendettement ne peut pas être calculée pour {year} (dette inconnue ou épargne nulle).',
  'brief.sentence.fluidsCost':
    'Le coût des fluides s’élève à {value} en {year}, contre {previous} l’année précédente : {direction} de {change} à périmètre constant.',
  'brief.sentence.energy': 'La consommation d’énergie corrigée du climat s’élève à {value} en {year}.',
  'brief.sentence.energyVs':
    'La consommation d’énergie corrigée du climat s’élève à {value} en {year} : {direction} de {change} par rapport à {previousYear}, à périmètre constant.',
  'brief.sentence.noData': 'Aucune donnée n’est disponible pour {year}.',
  'brief.fluids.incomplete': '(Année incomplète : certains compteurs n’ont pas tous leurs relevés.)',
  'brief.source.overview': 'Source : vue d’ensemble {year}',
  'brief.source.accounts': 'Source : compte administratif {year}',
  'brief.source.fluids': 'Source : factures de fluides {year}, tous bâtiments municipaux',
  'brief.decisions.title': 'Points d’attention et décisions',
  'brief.comment.add': 'Commenter ce chiffre',
  'brief.charts': 'Évolution',
  'brief.chart.savings': 'Épargne brute et épargne nette',
  'brief.chart.grossSavings': 'Épargne brute',
  'brief.chart.netSavings': 'Épargne nette',
  'brief.chart.fluids': 'Coût des fluides des bâtiments municipaux',
  'brief.chart.vacancy': 'Taux de vacance commerciale',
  'brief.partners.title': 'Communes partenaires',
  'brief.partners.caption': 'Communes partenaires, compte administratif {year}',
  'brief.partners.commune': 'Commune',
  'brief.partners.current': '{name} (commune affichée)',
  'brief.partners.debtCapacity': 'Dette / épargne brute (ans)',
  'brief.partners.equipment': 'Équipement par habitant',
  'brief.partners.debt': 'Dette par habitant',
  'brief.partners.fluids': 'Fluides par habitant',
  'brief.partners.none': 'Aucune commune partenaire n’a de compte administratif pour cette année.',
  'brief.partners.source':
    'Sources : comptes administratifs {year} (ratios), recensement des locaux et factures de fluides de chaque commune.',
  'brief.cover.kind': 'Synthèse pour le conseil municipal',
  'brief.cover.year': 'Exercice {year}',
  'brief.cover.accounts': 'Ratios financiers : compte administratif {year}, le dernier voté.',
  'brief.cover.printedOn': 'Imprimé le',
  'brief.cover.data': 'Données',
  'brief.cover.decisions': 'Points d’attention',
  'brief.cover.sources': 'Sources',
  'brief.cover.contents':
    'Sommaire : chiffres clés · points d’attention et décisions · évolution · communes partenaires.',
  'brief.sources':
    'comptes administratifs (budget principal, opérations réelles), factures de fluides des bâtiments municipaux, recensement des locaux commerciaux, compteurs de flux.',
  'brief.footer': 'Pilotage · {commune} · exercice {year} · {data} · Imprimé le {printed}',
} as const;

// Makes these keys translation keys: core may not import a feature, so the feature adds its dictionary to core's list.
declare module '../../../core/i18n/dictionaries' {
  interface FrenchDictionaries {
    brief: typeof BRIEF_FR;
  }
}
