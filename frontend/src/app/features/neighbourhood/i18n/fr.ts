/**
 * French strings of the neighbourhoods page, the reference: en.ts has exactly the same keys (the compiler checks it),
 * and no other dictionary defines them again (translations.spec.ts checks it).
 */
export const NEIGHBOURHOOD_FR = {
  'quartiers.title': 'Quartiers',
  'quartiers.intro': 'Ce qui est dépensé et investi dans chaque quartier de {commune} en {year}.',
  'quartiers.map': 'Carte des quartiers',
  'quartiers.table': 'Chiffres par quartier',
  'quartiers.chart': '{indicator} par quartier',
} as const;

// Makes these keys translation keys: core may not import a feature, so the feature adds its dictionary to core's list.
declare module '../../../core/i18n/dictionaries' {
  interface FrenchDictionaries {
    neighbourhood: typeof NEIGHBOURHOOD_FR;
  }
}
