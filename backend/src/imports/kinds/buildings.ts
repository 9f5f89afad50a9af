import { buildingTypes, type BuildingType } from '../../db/building-types';
import { quartierAt } from '../../geo/assign-quartiers';
import { farFromCommune, loadCommuneOutline } from '../../geo/commune-contour';
import type { PolygonGeometry } from '../../geo/reproject';
import type { ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { checkDuplicates, RowReader, simplify } from '../values';
import { upsertRows } from '../upsert';

/** Type names as French and English files write them, simplified (lowercase, no accents). */
const typeSynonyms: Record<string, BuildingType> = {
  ...Object.fromEntries(buildingTypes.map((t) => [t, t])),
  'town hall': 'town_hall',
  ecole: 'school',
  'ecole maternelle': 'school',
  'ecole elementaire': 'school',
  'ecole primaire': 'school',
  'groupe scolaire': 'school',
  college: 'school',
  scolaire: 'school',
  creche: 'nursery',
  'multi-accueil': 'nursery',
  'halte-garderie': 'nursery',
  'petite enfance': 'nursery',
  gymnase: 'gym',
  'salle de sport': 'gym',
  'salle de sports': 'gym',
  'complexe sportif': 'gym',
  sport: 'gym',
  'equipement sportif': 'gym',
  piscine: 'pool',
  'centre aquatique': 'pool',
  bibliotheque: 'library',
  mediatheque: 'library',
  mairie: 'town_hall',
  'hotel de ville': 'town_hall',
  'mairie annexe': 'town_hall',
  'mairie de quartier': 'town_hall',
  bureau: 'office',
  bureaux: 'office',
  administration: 'office',
  'centre administratif': 'office',
  'batiment administratif': 'office',
  offices: 'office',
  'equipement culturel': 'culture',
  musee: 'culture',
  theatre: 'culture',
  'salle de spectacle': 'culture',
  conservatoire: 'culture',
  'centre culturel': 'culture',
  'centre social': 'social',
  'maison de quartier': 'social',
  ccas: 'social',
  'residence autonomie': 'social',
  'action sociale': 'social',
  'centre technique': 'technical',
  'centre technique municipal': 'technical',
  atelier: 'technical',
  'services techniques': 'technical',
  garage: 'technical',
  technique: 'technical',
  autre: 'other',
  'salle polyvalente': 'other',
  divers: 'other',
};

const columns = [
  {
    name: 'building_id',
    required: true,
    description: 'Identifiant du bâtiment, stable (ex. LIL-ECO-023)',
    aliases: ['id', 'identifiant', 'id_batiment', 'code_batiment', 'batiment'],
  },
  {
    name: 'name',
    required: true,
    description: 'Nom du bâtiment',
    aliases: ['nom', 'libelle', 'designation'],
  },
  {
    name: 'type',
    required: true,
    description: `Type : ${buildingTypes.join(', ')} (noms français acceptés : école, crèche, gymnase, piscine, médiathèque, mairie, bureaux...)`,
    aliases: ['type_batiment', 'categorie', 'usage'],
  },
  {
    name: 'heated_area_m2',
    required: false,
    description: 'Surface chauffée, m² (sert aux kWh/m²/an et au décret tertiaire)',
    aliases: ['surface_chauffee', 'surface_chauffee_m2', 'surface', 'surface_m2', 'shon'],
  },
  { name: 'address', required: false, description: 'Adresse postale', aliases: ['adresse'] },
  {
    name: 'lat',
    required: false,
    description: 'Latitude WGS84 (degrés décimaux)',
    aliases: ['latitude'],
  },
  {
    name: 'lon',
    required: false,
    description: 'Longitude WGS84 (degrés décimaux)',
    aliases: ['longitude', 'lng'],
  },
  {
    name: 'quartier',
    required: false,
    description: 'Nom du quartier (sinon déduit des coordonnées)',
    aliases: ['nom_quartier', 'quartier_name'],
  },
  {
    name: 'reference_year',
    required: false,
    description: 'Année de référence décret tertiaire (2010-2019)',
    aliases: ['annee_reference', 'annee_de_reference', 'tertiary_reference_year'],
  },
] as const;

/** Optional fields are undefined when the file has no such column: a column the file lacks never erases what is stored. */
interface BuildingRecord {
  building_id: string;
  name: string;
  type: BuildingType;
  heated_area_m2?: number | null;
  address?: string | null;
  lat?: number | null;
  lon?: number | null;
  quartier_id?: number | null;
  tertiary_reference_year?: number | null;
}

/**
 * `buildings`: the register of municipal buildings. The quartier is found by its name (case and accents ignored),
 * or by the coordinates when the name is absent. Re-importing the same file changes nothing.
 */
export const buildingsKind: ImportKind<BuildingRecord> = {
  kind: 'buildings',
  description:
    'Registre des bâtiments communaux (identifiant, nom, type, surface chauffée, adresse, coordonnées, quartier)',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const quartiers = (await ctx
      .db('quartiers')
      .where({ commune_insee: ctx.commune })
      .orderBy('name')
      .select('id', 'name', 'geometry')) as {
      id: number;
      name: string;
      geometry: PolygonGeometry;
    }[];
    const byName = new Map(quartiers.map((q) => [simplify(q.name), q.id]));
    const outline = await loadCommuneOutline(ctx.db, ctx.commune);
    const has = (column: string) => rows.length > 0 && column in rows[0].cells;
    const parsed: { line: number; record: BuildingRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const id = r.text('building_id', { required: true, max: 50 });
      if (id && !/^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u.test(id))
        r.fail('building_id', 'identifiant invalide (lettres, chiffres, . _ - / sans espace)');
      const name = r.text('name', { required: true, max: 200 });
      const type = r.oneOf('type', typeSynonyms, { required: true });
      const area = r.number('heated_area_m2', { min: 1, max: 1_000_000 });
      const address = r.text('address', { max: 300 });
      const lat = r.number('lat', { min: 41, max: 52 });
      const lon = r.number('lon', { min: -6, max: 10 });
      if ((r.raw('lat') === '') !== (r.raw('lon') === '')) {
        r.fail(
          r.raw('lat') === '' ? 'lat' : 'lon',
          'latitude et longitude vont ensemble : renseignez les deux ou aucune',
        );
      } else if (lat !== undefined && lon !== undefined) {
        const far = farFromCommune(outline, lon, lat, 'bâtiment');
        if (far) r.fail('lat', far, `${r.raw('lat')} ${r.raw('lon')}`);
      }
      const quartierName = r.text('quartier', { max: 200 });
      let quartierId: number | null = null;
      if (quartierName) {
        quartierId = byName.get(simplify(quartierName)) ?? null;
        if (quartierId === null) {
          const known = quartiers.map((q) => q.name).join(', ');
          r.fail(
            'quartier',
            known
              ? `quartier inconnu de la commune (quartiers connus : ${known})`
              : "quartier inconnu : la commune n'a pas encore de quartiers (importez-les avec le type quartiers)",
          );
        }
      } else if (lat !== undefined && lon !== undefined) {
        quartierId = quartierAt(quartiers, lon, lat);
      }
      const referenceYear = r.integer('reference_year', { min: 2010, max: 2019 });
      if (!r.ok) continue;
      const record: BuildingRecord = { building_id: id!, name: name!, type: type! };
      if (has('heated_area_m2')) record.heated_area_m2 = area ?? null;
      if (has('address')) record.address = address ?? null;
      if (has('lat') && has('lon')) Object.assign(record, { lat: lat ?? null, lon: lon ?? null });
      if (has('quartier') || (has('lat') && has('lon'))) record.quartier_id = quartierId;
      if (has('reference_year')) record.tertiary_reference_year = referenceYear ?? null;
      parsed.push({ line: r.line, record });
    }
    return {
      records: checkDuplicates(parsed, (b) => b.building_id, issues, 'building_id'),
      issues,
    };
  },

  write(trx, records, ctx) {
    const rows = records.map((b) => ({
      commune_insee: ctx.commune,
      ...b,
      import_id: ctx.importId,
    }));
    return upsertRows(trx, 'buildings', rows, ['commune_insee', 'building_id']);
  },
};
