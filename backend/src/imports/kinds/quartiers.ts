import { assignQuartiers } from '../../geo/assign-quartiers';
import { firstPosition, lambert93ToWgs84, looksLambert93, type PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue, ImportKind } from '../import-kind';
import { upsertRows } from '../upsert';

interface QuartierRecord {
  name: string;
  population: number | null;
  geometry: PolygonGeometry;
}

const nameKeys = ['name', 'nom', 'quartier', 'NOM_QUARTIER', 'nom_quartier', 'libelle', 'LIBELLE', 'NOM'];
const populationKeys = ['population', 'pop', 'POPULATION', 'PMUN', 'population_approx'];

/**
 * `quartiers`: a GeoJSON FeatureCollection of the commune's quartiers (Polygon or MultiPolygon), in WGS84 or in
 * Lambert-93 (EPSG:2154, reprojected on import). Name from `name`/`nom`/`quartier`, optional `population`.
 * Re-importing replaces the shapes of quartiers with the same name; buildings, premises, sites and programmes are
 * then placed in their quartier by their coordinates.
 */
export const quartiersKind: ImportKind<QuartierRecord> = {
  kind: 'quartiers',
  description: 'Quartiers de la commune en GeoJSON (WGS84 ou Lambert-93)',
  formats: ['geojson'],
  columns: [
    { name: 'properties.name', required: true, description: 'Nom du quartier (ou nom, quartier, libelle)' },
    { name: 'properties.population', required: false, description: 'Habitants (pour les chiffres par habitant)' },
    { name: 'geometry', required: true, description: 'Polygon ou MultiPolygon, en WGS84 ou Lambert-93' },
  ],

  async parse(file) {
    const issues: ImportIssue[] = [];
    let doc: { type?: string; crs?: { properties?: { name?: string } }; features?: unknown[] };
    try {
      doc = JSON.parse(file.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      return { records: [], issues: [{ line: null, column: null, value: null, reason: `GeoJSON invalide : ${(error as Error).message}` }] };
    }
    if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
      return { records: [], issues: [{ line: null, column: 'type', value: String(doc.type), reason: 'une FeatureCollection GeoJSON est attendue' }] };
    }
    const crsName = doc.crs?.properties?.name;
    const records: QuartierRecord[] = [];
    const seen = new Map<string, number>();
    doc.features.forEach((raw, index) => {
      const feature = raw as { properties?: Record<string, unknown>; geometry?: PolygonGeometry };
      const where = `features[${index}]`;
      const props = feature.properties ?? {};
      const name = nameKeys.map((k) => props[k]).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
      const populationRaw = populationKeys.map((k) => props[k]).find((v) => v !== undefined && v !== null && v !== '');
      const population = populationRaw === undefined ? null : Number(populationRaw);
      const fail = (column: string, value: unknown, reason: string) =>
        issues.push({ line: index + 1, column: `${where}.${column}`, value: value === undefined ? null : String(value), reason });
      if (!name) fail('properties.name', undefined, 'nom du quartier manquant');
      if (population !== null && (!Number.isFinite(population) || population < 0)) fail('properties.population', populationRaw, 'population invalide');
      const geometry = feature.geometry;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        fail('geometry.type', (geometry as { type?: string } | undefined)?.type, 'Polygon ou MultiPolygon attendu');
        return;
      }
      const wgs84 = looksLambert93(crsName, firstPosition(geometry)) ? lambert93ToWgs84(geometry) : geometry;
      const sample = firstPosition(wgs84);
      if (!sample || sample[0] < -6 || sample[0] > 10 || sample[1] < 41 || sample[1] > 52) {
        fail('geometry.coordinates', sample?.join(' '), 'coordonnées hors de France métropolitaine (WGS84 ou Lambert-93 attendus)');
        return;
      }
      if (name) {
        const first = seen.get(name);
        if (first !== undefined) fail('properties.name', name, `doublon du quartier n°${first}`);
        else {
          seen.set(name, index + 1);
          records.push({ name: name.trim(), population: population === null ? null : Math.round(population), geometry: wgs84 });
        }
      }
    });
    return { records, issues };
  },

  async write(trx, records, ctx) {
    const rows = records.map((r) => ({
      commune_insee: ctx.commune, name: r.name, population: r.population, synthetic: false,
      geometry: JSON.stringify(r.geometry), import_id: ctx.importId,
    }));
    const result = await upsertRows(trx, 'quartiers', rows, ['commune_insee', 'name']);
    if (result.written > 0) await assignQuartiers(trx, ctx.commune);
    return result;
  },
};
