import { normaliseHeader } from '../read-table';

/** The layouts a counts file can have, told apart by its header. */
export type Layout = 'etalab-site' | 'etalab-channel' | 'etalab-measure' | 'eco-counter' | 'loops' | 'vendor';

export const layoutNames: Record<Layout, string> = {
  'etalab-site': 'sites (schéma Etalab comptage des mobilités)',
  'etalab-channel': 'channels (schéma Etalab)',
  'etalab-measure': 'mesures (schéma Etalab)',
  'eco-counter': 'export Eco-Counter d’un portail (Opendatasoft)',
  loops: 'export quotidien par boucle, 24 colonnes horaires',
  vendor: 'export de compteur (site, horodatage, sens, comptage)',
};

export function detectLayout(header: string[]): Layout {
  const names = new Set(header.map(normaliseHeader));
  if (names.has('identifiant_du_site_de_comptage') && names.has('comptage_horaire')) return 'eco-counter';
  if ((names.has('numero_de_boucle') || names.has('boucle')) && (names.has('00') || names.has('0'))) return 'loops';
  if (names.has('channel_id')) return names.has('start_datetime') ? 'etalab-measure' : 'etalab-channel';
  const countish = ['count', 'comptage', 'nb', 'nombre', 'passages', 'valeur', 'value', 'total', 'nb_passages'];
  if (
    !countish.some((c) => names.has(c)) &&
    (names.has('site_name') || names.has('xlong') || names.has('name') || names.has('nom'))
  )
    return 'etalab-site';
  return 'vendor';
}
