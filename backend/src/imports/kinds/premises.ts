import { parisDay } from '../../../../common/paris-time';
import type { Knex } from 'knex';
import { quartierAt } from '../../geo/assign-quartiers';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ImportIssue, ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { copyUpsertRows } from '../upsert-copy';
import { checkDuplicates, RowReader, simplify } from '../values';

type Status = 'occupied' | 'vacant' | 'works' | 'closed';

interface PremisesRecord {
  premises_id: string;
  address: string | null;
  street: string;
  quartier: string | null;
  lat: number | null;
  lon: number | null;
  surface_m2: number | null;
  ground_floor: boolean | null;
  date: string;
  status: Status;
  activity: string | null;
  line: number;
}

const columns = [
  {
    name: 'premises_id',
    required: true,
    description: 'Identifiant stable du local (cellule commerciale)',
    aliases: ['id', 'identifiant', 'id_local', 'local', 'cellule', 'id_cellule'],
  },
  { name: 'address', required: false, description: 'Adresse postale', aliases: ['adresse'] },
  {
    name: 'street',
    required: true,
    description: 'Rue (nom de la voie, tel qu’écrit sur les sites de comptage)',
    aliases: ['rue', 'voie', 'nom_voie'],
  },
  {
    name: 'quartier',
    required: false,
    description: 'Quartier (nom connu de la commune) ; vide : déduit des coordonnées',
    aliases: ['nom_quartier'],
  },
  {
    name: 'lat',
    required: false,
    description: 'Latitude WGS84, degrés décimaux',
    aliases: ['latitude', 'ylat'],
  },
  {
    name: 'lon',
    required: false,
    description: 'Longitude WGS84, degrés décimaux',
    aliases: ['longitude', 'lng', 'xlong'],
  },
  {
    name: 'surface_m2',
    required: false,
    description: 'Surface de vente en m²',
    aliases: ['surface', 'surface_m', 'surface_vente'],
  },
  {
    name: 'ground_floor',
    required: false,
    description: 'Rez-de-chaussée : oui/non (par défaut oui)',
    aliases: ['rez_de_chaussee', 'rdc'],
  },
  {
    name: 'date',
    required: true,
    description: 'Date du changement de statut (AAAA-MM-JJ ou JJ/MM/AAAA)',
    aliases: ['date_statut', 'valid_from', 'depuis', 'date_effet'],
  },
  {
    name: 'status',
    required: true,
    description: 'occupied/occupé, vacant/vide, works/travaux, closed/démoli/fusionné',
    aliases: ['statut', 'etat'],
  },
  {
    name: 'activity',
    required: false,
    description: 'Catégorie d’activité du commerce (occupé)',
    aliases: ['activite', 'categorie', 'secteur', 'typologie'],
  },
] as const;

const statuses: Record<string, Status> = {
  occupied: 'occupied',
  occupe: 'occupied',
  occupee: 'occupied',
  actif: 'occupied',
  active: 'occupied',
  ouvert: 'occupied',
  'en activite': 'occupied',
  vacant: 'vacant',
  vacante: 'vacant',
  vide: 'vacant',
  libre: 'vacant',
  inoccupe: 'vacant',
  inoccupee: 'vacant',
  works: 'works',
  travaux: 'works',
  'en travaux': 'works',
  renovation: 'works',
  closed: 'closed',
  demoli: 'closed',
  demolie: 'closed',
  fusionne: 'closed',
  fusionnee: 'closed',
  supprime: 'closed',
  supprimee: 'closed',
  'demoli ou fusionne': 'closed',
};

/** A simple retail typology (the demo's): French and English spellings map to one label; others are kept, lowercased. */
const activities: Record<string, string> = {
  alimentaire: 'alimentaire',
  food: 'alimentaire',
  alimentation: 'alimentaire',
  restauration: 'restauration',
  restaurant: 'restauration',
  'cafe-restaurant': 'restauration',
  'cafes-hotels-restaurants': 'restauration',
  'equipement de la personne': 'équipement de la personne',
  'personal goods': 'équipement de la personne',
  mode: 'équipement de la personne',
  'equipement de la maison': 'équipement de la maison',
  'home goods': 'équipement de la maison',
  'culture-loisirs': 'culture-loisirs',
  'culture et loisirs': 'culture-loisirs',
  'culture loisirs': 'culture-loisirs',
  leisure: 'culture-loisirs',
  'hygiene-sante-beaute': 'hygiène-santé-beauté',
  'hygiene sante beaute': 'hygiène-santé-beauté',
  'sante-beaute': 'hygiène-santé-beauté',
  'health and beauty': 'hygiène-santé-beauté',
  services: 'services',
  service: 'services',
  autre: 'autre',
  other: 'autre',
  autres: 'autre',
};

const yesNo: Record<string, boolean> = {
  oui: true,
  o: true,
  yes: true,
  y: true,
  true: true,
  vrai: true,
  '1': true,
  non: false,
  n: false,
  no: false,
  false: false,
  faux: false,
  '0': false,
};

/** France (metropolitan and Corsica), so swapped or projected coordinates are caught. */
const inFrance = (lat: number, lon: number) => lat >= 41 && lat <= 52 && lon >= -6 && lon <= 10;

/**
 * `premises`: the register of shop premises and their dated status history, one row per status change
 * (`premises_id;address;street;quartier;lat;lon;surface_m2;date;status;activity`, CSV or XLSX). The premises' own
 * columns are taken from its latest row in the file; status rows are keyed by (premises, date), so a re-run
 * changes nothing and a later file adds the new changes. Rows are never deleted by an import.
 */
export const premisesKind: ImportKind<PremisesRecord> = {
  kind: 'premises',
  description: 'Locaux commerciaux et historique daté de leur statut (occupé, vacant, en travaux, fermé)',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const quartiers = await knownQuartiers(ctx.db, ctx.commune);
    const today = parisDay();
    const parsed: { line: number; record: PremisesRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const premisesId = r.text('premises_id', { required: true, max: 100 });
      const address = r.text('address', { max: 300 });
      const street = r.text('street', { required: true, max: 200 });
      const quartierName = r.text('quartier', { max: 200 });
      const quartier = quartierName === undefined ? null : quartiers.byName.get(simplify(quartierName));
      if (quartierName !== undefined && quartier === undefined) {
        const known = [...quartiers.byName.values()].map((q) => q.name).join(', ');
        r.fail(
          'quartier',
          known
            ? `quartier inconnu de la commune (quartiers connus : ${known})`
            : 'quartier inconnu : la commune n’a pas de quartiers importés (kind quartiers)',
        );
      }
      const lat = r.number('lat', { min: -90, max: 90 });
      const lon = r.number('lon', { min: -180, max: 180 });
      if ((r.raw('lat') === '') !== (r.raw('lon') === '')) {
        r.fail(r.raw('lat') === '' ? 'lat' : 'lon', 'latitude et longitude vont ensemble : les deux ou aucune');
      } else if (lat !== undefined && lon !== undefined && !inFrance(lat, lon)) {
        r.fail(
          'lat',
          'coordonnées hors de France (WGS84 en degrés décimaux attendu ; latitude et longitude inversées ?)',
          `${lat} ${lon}`,
        );
      }
      const surface = r.number('surface_m2', { min: 1, max: 100_000 });
      const groundRaw = r.raw('ground_floor');
      const groundFloor = groundRaw === '' ? null : yesNo[simplify(groundRaw)];
      if (groundFloor === undefined) r.fail('ground_floor', 'valeur inconnue (oui ou non attendu)');
      const date = r.date('date', { required: true });
      if (date && date > today) r.fail('date', 'date dans le futur : un statut s’enregistre quand il est constaté');
      const rawStatus = simplify(r.raw('status'));
      let status: Status | undefined;
      if (rawStatus === 'ferme' || rawStatus === 'fermee') {
        r.fail(
          'status',
          '« fermé » est ambigu : « vacant » si le local est vide, « démoli » ou « fusionné » s’il n’existe plus',
        );
      } else {
        status = r.oneOf('status', statuses, { required: true });
      }
      const activityRaw = r.text('activity', { max: 100 });
      const activity =
        activityRaw === undefined ? null : (activities[simplify(activityRaw)] ?? activityRaw.trim().toLowerCase());
      if (r.ok) {
        parsed.push({
          line: r.line,
          record: {
            premises_id: premisesId!,
            address: address ?? null,
            street: street!,
            quartier: quartier?.name ?? null,
            lat: lat ?? null,
            lon: lon ?? null,
            surface_m2: surface ?? null,
            ground_floor: groundFloor ?? null,
            date: date!,
            status: status!,
            activity,
            line: r.line,
          },
        });
      }
    }
    const records = checkDuplicates(parsed, (p) => `${p.premises_id} ${p.date}`, issues as ImportIssue[], 'date');
    return { records, issues };
  },

  async write(trx, records, ctx) {
    const quartiers = await knownQuartiers(trx, ctx.commune);
    const latest = new Map<string, PremisesRecord[]>();
    for (const record of [...records].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line)) {
      latest.set(record.premises_id, [...(latest.get(record.premises_id) ?? []), record]);
    }
    const existing = new Map<string, Record<string, unknown>>();
    const ids = [...latest.keys()];
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await trx('premises')
        .where({ commune_insee: ctx.commune })
        .whereIn('premises_id', ids.slice(i, i + 1000))
        .select('*');
      for (const row of rows) existing.set(row.premises_id, row);
    }
    const premisesRows = [...latest.entries()].map(([premisesId, history]) => {
      // each column from the latest row of the premises that fills it; a column the file leaves empty keeps what is stored
      const stored = existing.get(premisesId) ?? {};
      const last = <K extends keyof PremisesRecord>(key: K) =>
        [...history]
          .reverse()
          .map((h) => h[key])
          .find((v) => v !== null && v !== undefined) ?? null;
      const lat = (last('lat') ?? stored['lat'] ?? null) as number | null;
      const lon = (last('lon') ?? stored['lon'] ?? null) as number | null;
      const quartierName = last('quartier') as string | null;
      const quartierId =
        quartierName !== null
          ? quartiers.byName.get(simplify(quartierName))!.id
          : last('lat') !== null
            ? quartierAt(quartiers.shapes, lon!, lat!)
            : ((stored['quartier_id'] as number | null) ?? null);
      return {
        commune_insee: ctx.commune,
        premises_id: premisesId,
        address: last('address') ?? stored['address'] ?? null,
        street: history[history.length - 1].street,
        quartier_id: quartierId,
        lat,
        lon,
        surface_m2: last('surface_m2') ?? stored['surface_m2'] ?? null,
        ground_floor: last('ground_floor') ?? stored['ground_floor'] ?? true,
        import_id: ctx.importId,
      };
    });
    const statusRows = records.map((r) => ({
      commune_insee: ctx.commune,
      premises_id: r.premises_id,
      valid_from: r.date,
      status: r.status,
      activity: r.activity,
      import_id: ctx.importId,
    }));
    const premises = await copyUpsertRows(trx, 'premises', premisesRows, ['commune_insee', 'premises_id']);
    const history = await copyUpsertRows(trx, 'premises_status', statusRows, [
      'commune_insee',
      'premises_id',
      'valid_from',
    ]);
    // written: premises records and status changes written; unchanged: the file's status rows already stored
    return { written: premises.written + history.written, unchanged: history.unchanged };
  },
};

interface KnownQuartiers {
  byName: Map<string, { id: number; name: string }>;
  shapes: { id: number; geometry: PolygonGeometry }[];
}

async function knownQuartiers(db: Knex, commune: string): Promise<KnownQuartiers> {
  const rows = (await db('quartiers').where({ commune_insee: commune }).select('id', 'name', 'geometry')) as {
    id: number;
    name: string;
    geometry: PolygonGeometry;
  }[];
  return {
    byName: new Map(rows.map((q) => [simplify(q.name), { id: q.id, name: q.name }])),
    shapes: rows.map((q) => ({ id: q.id, geometry: q.geometry })),
  };
}
