import type { ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { copyUpsertRows } from '../upsert-copy';
import { checkDuplicates, RowReader, simplify } from '../values';

export const fluids = ['electricity', 'gas', 'heat', 'fuel_oil', 'water'] as const;
export type Fluid = (typeof fluids)[number];

/** Fluid names as French and English supplier exports write them, simplified (lowercase, no accents). */
const fluidSynonyms: Record<string, Fluid> = {
  ...Object.fromEntries(fluids.map((f) => [f, f])),
  'fuel oil': 'fuel_oil',
  fuel: 'fuel_oil',
  electric: 'electricity',
  power: 'electricity',
  'district heating': 'heat',
  electricite: 'electricity',
  elec: 'electricity',
  electrique: 'electricity',
  gaz: 'gas',
  'gaz naturel': 'gas',
  'natural gas': 'gas',
  chaleur: 'heat',
  'reseau de chaleur': 'heat',
  'chauffage urbain': 'heat',
  'reseau de chauffage urbain': 'heat',
  fioul: 'fuel_oil',
  'fioul domestique': 'fuel_oil',
  fod: 'fuel_oil',
  mazout: 'fuel_oil',
  eau: 'water',
  'eau potable': 'water',
};

/** Units accepted, with the factor to the stored unit (kWh for energy, m3 for water). */
const unitSynonyms: Record<string, { unit: 'kWh' | 'm3'; factor: number }> = {
  kwh: { unit: 'kWh', factor: 1 },
  'kwh pcs': { unit: 'kWh', factor: 1 },
  kwhpcs: { unit: 'kWh', factor: 1 },
  mwh: { unit: 'kWh', factor: 1000 },
  'mwh pcs': { unit: 'kWh', factor: 1000 },
  m3: { unit: 'm3', factor: 1 },
  'm³': { unit: 'm3', factor: 1 },
  'metres cubes': { unit: 'm3', factor: 1 },
};

const yes = new Set(['1', 'oui', 'o', 'yes', 'y', 'true', 'vrai', 'x']);
const no = new Set(['0', 'non', 'n', 'no', 'false', 'faux']);

const columns = [
  {
    name: 'building_id',
    required: true,
    description: 'Identifiant du bâtiment, déjà importé avec le type buildings',
    aliases: ['batiment', 'id_batiment', 'identifiant_batiment', 'code_batiment', 'site'],
  },
  {
    name: 'fluid',
    required: true,
    description: `Fluide : ${fluids.join(', ')} (ou électricité, gaz, chaleur, fioul, eau)`,
    aliases: ['fluide', 'energie', 'type_energie'],
  },
  {
    name: 'period_start',
    required: true,
    description: 'Début de la période facturée (AAAA-MM-JJ ou JJ/MM/AAAA)',
    aliases: ['debut', 'date_debut', 'du', 'debut_periode'],
  },
  {
    name: 'period_end',
    required: true,
    description: 'Fin de la période, INCLUSE, comme sur les factures « du 15/01 au 14/02 »',
    aliases: ['fin', 'date_fin', 'au', 'fin_periode'],
  },
  {
    name: 'quantity',
    required: true,
    description: 'Quantité consommée sur la période (virgule décimale acceptée)',
    aliases: ['quantite', 'consommation', 'conso', 'volume'],
  },
  {
    name: 'unit',
    required: true,
    description: "Unité : kWh (ou MWh, converti) pour l'énergie, m3 pour l'eau",
    aliases: ['unite'],
  },
  {
    name: 'amount_eur',
    required: true,
    description: 'Montant TTC en euros (vide si inconnu)',
    aliases: ['montant', 'montant_ttc', 'montant_eur', 'cout', 'amount'],
  },
  {
    name: 'index_start',
    required: false,
    description: 'Index du compteur en début de période (facultatif)',
    aliases: ['index_debut', 'ancien_index'],
  },
  {
    name: 'index_end',
    required: false,
    description: 'Index du compteur en fin de période (facultatif)',
    aliases: ['index_fin', 'nouvel_index'],
  },
  {
    name: 'index_reset',
    required: false,
    description: 'Compteur remis à zéro ou remplacé pendant la période : oui/non (facultatif)',
    aliases: ['remise_a_zero', 'changement_compteur', 'raz'],
  },
] as const;

interface ReadingRecord {
  building_id: string;
  fluid: Fluid;
  period_start: string;
  period_end: string;
  quantity: number;
  unit: 'kWh' | 'm3';
  amount_eur: number | null;
  index_start: number | null;
  index_end: number | null;
  index_reset: boolean;
}

const DAY = 86_400_000;
const days = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / DAY + 1;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * `readings`: bills and meter readings, one line per meter (building and fluid) and period. The period end is
 * inclusive. Lines for a building that is not registered are refused. A meter index that goes backwards marks an
 * index reset. Re-importing the same file changes nothing; the monthly rollups are refreshed after it landed.
 */
export const readingsKind: ImportKind<ReadingRecord> = {
  kind: 'readings',
  description:
    'Factures et relevés de compteurs par bâtiment et par fluide (début et fin de période inclus, quantité, unité, montant)',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const registered = new Set(
      (await ctx.db('buildings').where({ commune_insee: ctx.commune }).pluck('building_id')) as string[],
    );
    const parsed: { line: number; record: ReadingRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const building = r.text('building_id', { required: true, max: 50 });
      if (building && !registered.has(building)) {
        r.fail('building_id', "bâtiment inconnu : importez-le d'abord avec le type buildings");
      }
      const fluid = r.oneOf('fluid', fluidSynonyms, { required: true });
      const start = r.date('period_start', { required: true });
      const end = r.date('period_end', { required: true });
      if (start && end && end < start) r.fail('period_end', 'la fin de période précède son début');
      else if (start && end && days(start, end) > 366)
        r.fail('period_end', "période de plus d'un an : découpez la facture");
      const quantity = r.number('quantity', { required: true, min: 0 });
      const rawUnit = r.raw('unit');
      const unit = unitSynonyms[simplify(rawUnit)];
      if (!rawUnit) r.fail('unit', 'unité obligatoire manquante');
      else if (!unit) r.fail('unit', 'unité inconnue (kWh, MWh ou m3)');
      else if (fluid && (fluid === 'water') !== (unit.unit === 'm3')) {
        r.fail('unit', fluid === 'water' ? "l'eau se compte en m3" : "l'énergie se compte en kWh ou MWh");
      }
      const amount = r.number('amount_eur', { min: 0 });
      const indexStart = r.number('index_start', { min: 0 });
      const indexEnd = r.number('index_end', { min: 0 });
      let reset = false;
      const rawReset = simplify(r.raw('index_reset'));
      if (rawReset !== '' && !yes.has(rawReset) && !no.has(rawReset)) r.fail('index_reset', 'oui ou non attendu');
      else reset = yes.has(rawReset);
      // an index that goes backwards is a reset or a meter replacement, whatever the column says
      if (indexStart !== undefined && indexEnd !== undefined && indexEnd < indexStart) reset = true;
      if (!r.ok) continue;
      parsed.push({
        line: r.line,
        record: {
          building_id: building!,
          fluid: fluid!,
          period_start: start!,
          period_end: end!,
          quantity: round3(quantity! * unit!.factor),
          unit: unit!.unit,
          amount_eur: amount ?? null,
          index_start: indexStart ?? null,
          index_end: indexEnd ?? null,
          index_reset: reset,
        },
      });
    }
    const key = (b: ReadingRecord) => `${b.building_id} ${b.fluid} ${b.period_start} ${b.period_end}`;
    return { records: checkDuplicates(parsed, key, issues, 'period_start'), issues };
  },

  async write(trx, records, ctx) {
    const meters = new Map(
      records.map((b) => [
        `${b.building_id}|${b.fluid}`,
        { commune_insee: ctx.commune, building_id: b.building_id, fluid: b.fluid, unit: b.unit },
      ]),
    );
    await trx('meters')
      .insert([...meters.values()])
      .onConflict(['commune_insee', 'building_id', 'fluid'])
      .ignore();
    const rows = records.map((b) => ({
      commune_insee: ctx.commune,
      ...b,
      import_id: ctx.importId,
    }));
    return copyUpsertRows(trx, 'meter_readings', rows, [
      'commune_insee',
      'building_id',
      'fluid',
      'period_start',
      'period_end',
    ]);
  },
};
