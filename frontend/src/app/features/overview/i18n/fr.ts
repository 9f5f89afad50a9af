/**
 * French strings of the overview page, the reference: en.ts has exactly the same keys (the compiler checks it), and no
 * other dictionary defines them again (translations.spec.ts checks it).
 */
export const OVERVIEW_FR = {
  'page.partialYear': 'Année {year} en cours : données partielles.',
  'overview.title': "Vue d'ensemble",
  'overview.intro': 'Les chiffres clés de {commune} en {year}, comparés à {previous}.',
  'overview.kpis': 'Indicateurs clés',
  'overview.trends': 'Évolution',
  'overview.quartiers': 'Par quartier',
  'overview.spendingChart': 'Dépenses de fonctionnement et d’investissement',
  'overview.fluidsChart': 'Coût des fluides des bâtiments publics',
  'kpi.operatingExpenses': 'Dépenses de fonctionnement',
  'kpi.investmentExpenses': "Dépenses d'investissement",
  'kpi.fluidsCost': 'Coût des fluides',
  'kpi.energy': "Consommation d'énergie",
  'kpi.vacancyRate': 'Taux de vacance commerciale',
  'kpi.footfall': 'Fréquentation',
  'subject.operatingExpenses': 'Les dépenses de fonctionnement',
  'subject.investmentExpenses': "Les dépenses d'investissement",
  'subject.fluidsCost': 'Le coût des fluides',
  'subject.energy': "La consommation d'énergie",
  'subject.vacancyRate': 'Le taux de vacance commerciale',
  'subject.footfall': 'La fréquentation',
  'column.year': 'Année',
  'column.operatingExpenses': 'Fonctionnement',
  'column.investmentExpenses': 'Investissement',
} as const;

// Makes these keys translation keys: core may not import a feature, so the feature adds its dictionary to core's list.
declare module '../../../core/i18n/dictionaries' {
  interface FrenchDictionaries {
    overview: typeof OVERVIEW_FR;
  }
}
