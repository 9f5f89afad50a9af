import { assignQuartiers } from '../../geo/assign-quartiers';
import { formatDistance, placePolygon } from '../../geo/commune-contour';
import { repairLostAccents } from '../../geo/repair-names';
import { firstPosition, lambert93ToWgs84, looksLambert93, type PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue, ImportKind } from '../import-kind';
import { normaliseHeader } from '../read-table';
import { upsertRows } from '../upsert';

interface QuartierRecord {
  name: string;
  population: number | null;
  geometry: PolygonGeometry;
  /** The property the name came from (nom_iris, l_qu…), for the report. */
  nameKey: string;
  /** Metres the polygon sticks out of the commune's contour; null when the commune has no contour. */
  outsideM: number | null;
}

/** Properties that name a quartier, first found wins: ours, IRIS contours (nom_iris), Paris's portal (l_qu)… */
export const NAME_KEYS = [
  'name',
  'nom',
  'nom_iris',
  'l_qu',
  'nom_quartier',
  'libelle',
  'quartier',
  'lib_quartier',
  'nom_qua',
];
/** Properties that give the commune of a feature in a file covering several communes. */
export const INSEE_KEYS = [
  'insee_com',
  'code_insee',
  'insee',
  'c_ar',
  'c_coinsee',
  'code_commune',
  'codgeo',
  'depcom',
  'com',
  'inseecom',
];
const POPULATION_KEYS = ['population', 'pop', 'pmun', 'population_approx', 'nb_habitants', 'habitants'];

/** Metres a quartier polygon may stick out of the commune's contour (two sources never match to the metre). */
export const QUARTIER_TOLERANCE_M = 200;

/** Communes split into municipal arrondissements, each with its own INSEE code (Paris's `c_ar` is 1 to 20). */
const ARRONDISSEMENTS: Record<string, (code: string) => boolean> = {
  '75056': (code) => /^751(0[1-9]|1\d|20)$/.test(code),
  '69123': (code) => /^6938[1-9]$/.test(code),
  '13055': (code) => /^132(0[1-9]|1[0-6])$/.test(code),
};

/** The INSEE code a property value stands for: a 5-character code, or Paris's arrondissement number (`c_ar`). */
function inseeOf(key: string, value: unknown): string | undefined {
  const text = String(value ?? '').trim();
  if (key === 'c_ar' && /^\d{1,2}$/.test(text)) return `751${text.padStart(2, '0')}`;
  return /^[0-9][0-9AB][0-9]{3}$/.test(text) ? text : undefined;
}

const belongsTo = (commune: string, code: string) => code === commune || (ARRONDISSEMENTS[commune]?.(code) ?? false);

/** The first of `keys` that the properties carry (names compared without case or accents). */
function pick(props: Record<string, unknown>, keys: readonly string[]): { key: string; value: unknown } | undefined {
  const byKey = new Map(Object.entries(props).map(([k, v]) => [normaliseHeader(k), { key: k, value: v }]));
  for (const key of keys) {
    const found = byKey.get(key);
    if (found && found.value !== null && found.value !== undefined && String(found.value).trim() !== '') return found;
  }
  return undefined;
}

const issue = (line: number | null, column: string | null, value: unknown, reason: string): ImportIssue => ({
  line,
  column,
  value: value === undefined || value === null ? null : String(value).slice(0, 60),
  reason,
});

/**
 * `quartiers`: a GeoJSON FeatureCollection of the commune's quartiers (Polygon or MultiPolygon), in WGS84 or in
 * Lambert-93 (EPSG:2154, reprojected on import): our own files, IRIS contours, city portals' quartier files. A file
 * covering several communes is filtered on its INSEE property; every polygon must lie within the commune's contour
 * (when the commune has one). Re-importing replaces the shapes of quartiers with the same name; buildings, premises,
 * sites and programmes are then placed in their quartier by their coordinates.
 */
export const quartiersKind: ImportKind<QuartierRecord> = {
  kind: 'quartiers',
  description:
    'Quartiers de la commune en GeoJSON (WGS84 ou Lambert-93) : nos fichiers, contours IRIS, quartiers des portails',
  formats: ['geojson'],
  columns: [
    { name: 'properties.name', required: true, description: `Nom du quartier (${NAME_KEYS.join(', ')})` },
    {
      name: 'properties.insee_com',
      required: false,
      description: `Code INSEE de la commune, pour un fichier de plusieurs communes (${INSEE_KEYS.join(', ')})`,
    },
    { name: 'properties.population', required: false, description: 'Habitants (pour les chiffres par habitant)' },
    { name: 'geometry', required: true, description: 'Polygon ou MultiPolygon, en WGS84 ou Lambert-93' },
  ],

  async parse(file, ctx) {
    let doc: { type?: string; crs?: { properties?: { name?: string } }; features?: unknown[] };
    try {
      doc = JSON.parse(file.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return {
        records: [],
        issues: [
          issue(
            null,
            null,
            null,
            "ce fichier n'est pas un GeoJSON lisible (JSON invalide) : attendu une FeatureCollection de polygones",
          ),
        ],
      };
    }
    if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
      return { records: [], issues: [issue(null, 'type', doc?.type, 'une FeatureCollection GeoJSON est attendue')] };
    }
    const features = doc.features.map((raw, index) => {
      const feature = (raw ?? {}) as { properties?: Record<string, unknown> | null; geometry?: PolygonGeometry | null };
      return { index, props: feature.properties ?? {}, geometry: feature.geometry };
    });
    if (features.length === 0)
      return { records: [], issues: [issue(null, 'features', null, 'aucun quartier dans le fichier')] };

    // The name: said once when no feature has any of the expected properties.
    const found = [...new Set(features.flatMap((f) => Object.keys(f.props)))];
    if (!features.some((f) => pick(f.props, NAME_KEYS))) {
      return {
        records: [],
        issues: [
          issue(
            null,
            'properties',
            null,
            `nom des quartiers introuvable : aucune des propriétés ${NAME_KEYS.slice(0, 6).join(', ')} ; ` +
              `propriétés trouvées : ${found.length ? found.slice(0, 12).join(', ') : 'aucune'}`,
          ),
        ],
      };
    }

    // A file of several communes: keep the features of this commune.
    const summary: string[] = [];
    const inseeKey = INSEE_KEYS.find((key) =>
      features.some((f) => pick(f.props, [key]) && inseeOf(key, pick(f.props, [key])!.value)),
    );
    let kept = features;
    if (inseeKey) {
      const others = new Map<string, number>();
      kept = features.filter((f) => {
        const code = inseeOf(inseeKey, pick(f.props, [inseeKey])?.value);
        if (code === undefined || belongsTo(ctx.commune, code)) return true;
        others.set(code, (others.get(code) ?? 0) + 1);
        return false;
      });
      const otherList = [...others].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`);
      if (kept.length === 0) {
        return {
          records: [],
          issues: [
            issue(
              null,
              inseeKey,
              ctx.commune,
              `aucun quartier de la commune ${ctx.commune} dans ce fichier (communes de la propriété ${inseeKey} : ${otherList.slice(0, 8).join(', ')})`,
            ),
          ],
        };
      }
      if (others.size > 0) {
        const dropped = features.length - kept.length;
        summary.push(
          `${dropped} polygone${dropped > 1 ? 's' : ''} d'autres communes laissé${dropped > 1 ? 's' : ''} de côté (${inseeKey} : ${otherList.slice(0, 8).join(', ')}${otherList.length > 8 ? '…' : ''}).`,
        );
      }
    }

    const commune = (await ctx.db('communes').where({ insee_code: ctx.commune }).first('name', 'geometry')) as
      { name: string; geometry: PolygonGeometry | null } | undefined;
    const contour = commune?.geometry ?? null;
    const crsName = doc.crs?.properties?.name;
    const issues: ImportIssue[] = [];
    const records: QuartierRecord[] = [];
    const seen = new Map<string, number>();
    const repaired: string[] = [];
    const damaged: string[] = [];
    for (const { index, props, geometry } of kept) {
      const line = index + 1;
      const where = `features[${index}]`;
      const nameFound = pick(props, NAME_KEYS);
      const before = issues.length;
      if (!nameFound) {
        issues.push(
          issue(
            line,
            `${where}.properties`,
            null,
            `nom du quartier manquant (propriétés trouvées : ${Object.keys(props).slice(0, 12).join(', ') || 'aucune'})`,
          ),
        );
      }
      const rawName = nameFound ? String(nameFound.value).trim() : '';
      const { name, repaired: complete } = repairLostAccents(rawName);
      if (name !== rawName)
        (complete ? repaired : damaged).push(`« ${rawName.replaceAll('\u001a', '?')} » → « ${name} »`);
      if (name.length > 200)
        issues.push(
          issue(line, `${where}.properties.${nameFound!.key}`, name, 'nom trop long (200 caractères au plus)'),
        );
      const populationFound = pick(props, POPULATION_KEYS);
      const population =
        populationFound === undefined
          ? null
          : Number(
              String(populationFound.value)
                .replace(/[\s\u00a0\u202f]/g, '')
                .replace(',', '.'),
            );
      if (population !== null && (!Number.isFinite(population) || population < 0)) {
        issues.push(
          issue(
            line,
            `${where}.properties.${populationFound!.key}`,
            populationFound!.value,
            "population invalide (attendu un nombre d'habitants)",
          ),
        );
      }
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        issues.push(
          issue(
            line,
            `${where}.geometry.type`,
            (geometry as { type?: string } | null | undefined)?.type,
            'Polygon ou MultiPolygon attendu',
          ),
        );
        continue;
      }
      const wgs84 = looksLambert93(crsName, firstPosition(geometry)) ? lambert93ToWgs84(geometry) : geometry;
      const sample = firstPosition(wgs84);
      if (!sample || sample[0] < -6 || sample[0] > 10 || sample[1] < 41 || sample[1] > 52) {
        issues.push(
          issue(
            line,
            `${where}.geometry.coordinates`,
            sample?.join(' '),
            'coordonnées hors de France métropolitaine (WGS84 ou Lambert-93 attendus)',
          ),
        );
        continue;
      }
      let placedOutside = 0;
      if (contour) {
        const place = placePolygon(contour, wgs84);
        const label = name ? `« ${name} » ` : '';
        if (place.farthestOutsideM > QUARTIER_TOLERANCE_M && place.centreOutsideM > 0) {
          issues.push(
            issue(
              line,
              `${where}.geometry`,
              name,
              `quartier ${label}hors de la commune : son centre est à ${formatDistance(place.centreOutsideM)} du contour de ${commune!.name} ` +
                `(point le plus éloigné à ${formatDistance(place.farthestOutsideM)}) ; est-ce bien un fichier de ${commune!.name} ?`,
            ),
          );
        } else if (place.farthestOutsideM > QUARTIER_TOLERANCE_M) {
          issues.push(
            issue(
              line,
              `${where}.geometry`,
              name,
              `quartier ${label}qui déborde du contour de ${commune!.name} de ${formatDistance(place.farthestOutsideM)} ` +
                `(tolérance ${QUARTIER_TOLERANCE_M} m)`,
            ),
          );
        }
        placedOutside = place.farthestOutsideM;
      }
      if (issues.length > before || !name) continue;
      const first = seen.get(name);
      if (first !== undefined) {
        issues.push(issue(line, `${where}.properties.${nameFound!.key}`, name, `même nom que le quartier n° ${first}`));
        continue;
      }
      seen.set(name, line);
      records.push({
        name,
        population: population === null ? null : Math.round(population),
        geometry: wgs84,
        nameKey: nameFound!.key,
        outsideM: contour ? placedOutside : null,
      });
    }

    if (!contour)
      summary.push(`contour de la commune ${ctx.commune} inconnu : la position des quartiers n'a pas pu être vérifiée`);
    if (repaired.length)
      summary.push(
        `${repaired.length} nom${repaired.length > 1 ? 's' : ''} aux accents perdus en amont réparé${repaired.length > 1 ? 's' : ''} : ${repaired.slice(0, 4).join(', ')}${repaired.length > 4 ? '…' : ''}.`,
      );
    if (damaged.length)
      summary.push(
        `${damaged.length} nom${damaged.length > 1 ? 's' : ''} aux accents perdus en amont, « ? » à la place : ${damaged.slice(0, 4).join(', ')}${damaged.length > 4 ? '…' : ''}.`,
      );
    return { records, issues, warnings: summary.map((reason) => ({ line: null, column: null, value: null, reason })) };
  },

  /** What would land: the quartiers, where their names come from, how far the farthest one sticks out. */
  summarize(records, ctx) {
    const names = records.map((r) => r.name);
    const withPopulation = records.filter((r) => r.population !== null).length;
    const placed = records.filter((r) => r.outsideM !== null).map((r) => r.outsideM!);
    const population =
      withPopulation === records.length ? 'donnée' : withPopulation === 0 ? 'absente' : `donnée pour ${withPopulation}`;
    const notes = [
      `${records.length} quartier${records.length > 1 ? 's' : ''} (nom tiré de ${[...new Set(records.map((r) => r.nameKey))].join(', ')} ; ` +
        `population ${population}) : ${names.slice(0, 12).join(', ')}${names.length > 12 ? `… (${names.length - 12} de plus)` : ''}`,
    ];
    if (placed.length > 0) {
      notes.push(
        `tous dans le contour de la commune (débord le plus grand ${formatDistance(Math.max(...placed))}, tolérance ${QUARTIER_TOLERANCE_M} m)`,
      );
    }
    return { rows: records.length, communes: [ctx.commune], notes };
  },

  async write(trx, records, ctx) {
    const rows = records.map((r) => ({
      commune_insee: ctx.commune,
      name: r.name,
      population: r.population,
      synthetic: false,
      geometry: JSON.stringify(r.geometry),
      import_id: ctx.importId,
    }));
    const result = await upsertRows(trx, 'quartiers', rows, ['commune_insee', 'name']);
    if (result.written > 0) await assignQuartiers(trx, ctx.commune);
    return result;
  },
};
