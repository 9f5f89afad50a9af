import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportKind } from '../import-kind';
import { AMOUNT_COLUMNS, type ComptesRecord, readComptesFile, REQUIRED_COLUMNS } from './comptes-individuels-file';

const FACT_COLUMNS = [
  'commune_insee',
  'year',
  'name',
  'departement',
  'region',
  'population',
  'strate_population',
  'strate_fiscalite',
  ...AMOUNT_COLUMNS,
] as const;
const VALUE_COLUMNS = FACT_COLUMNS.filter((c) => c !== 'commune_insee' && c !== 'year');
const STAGE_COLUMNS = [...FACT_COLUMNS, 'epci_siren', 'epci_name'];

/**
 * `comptes-individuels`: the DGFiP's national file of the communes' accounts (every commune of France, one or several
 * years). No --commune: communes not yet known land as reference communes (INSEE code, name, département,
 * population; EPCI when the file has it) so that peer groups exist; full communes keep their own name and population.
 * Written with COPY into a staging table, then merged: a re-import of the same file changes nothing.
 */
export const comptesIndividuelsKind: ImportKind<ComptesRecord> = {
  kind: 'comptes-individuels',
  description:
    'Comptes individuels des communes (DGFiP, fichier national : toutes les communes, une ou plusieurs années)',
  formats: ['csv'],
  national: true,
  columns: [
    { name: 'an', required: true, description: 'Exercice (année des comptes)' },
    { name: 'dep', required: true, description: 'Département sur 3 caractères (059, 02A ; outre-mer 101… ou 971…)' },
    { name: 'icom', required: true, description: 'Numéro de la commune dans le département (3 chiffres)' },
    { name: 'inom', required: true, description: 'Nom de la commune' },
    { name: 'pop1', required: true, description: 'Population retenue par la DGFiP' },
    {
      name: 'nomsst1, nomsst2',
      required: false,
      description: 'Strate : classe de population et régime fiscal du groupement',
    },
    {
      name: REQUIRED_COLUMNS.filter((c) => !['an', 'dep', 'icom', 'inom', 'pop1'].includes(c)).join(', '),
      required: true,
      description:
        'Montants en milliers d’euros, f… par habitant, m… moyenne de la strate par habitant, r…/rm… ratios en %',
    },
    {
      name: 'epci, libepci',
      required: false,
      description: 'SIREN et nom de l’EPCI (absent du fichier DGFiP ; accepté s’il a été ajouté)',
    },
  ],

  async parse(file) {
    const { records, issues } = await readComptesFile(file);
    return { records, issues };
  },

  /** A dry run says how many communes and which years the file holds (a national file: no list of codes). */
  summarize(records) {
    const communes = new Set(records.map((r) => r.commune_insee)).size;
    const years = [...new Set(records.map((r) => r.year))].sort();
    return {
      rows: records.length,
      years,
      notes: [`${communes.toLocaleString('fr-FR')} communes, exercice(s) ${years.join(', ')}`],
    };
  },

  async write(trx, records, ctx) {
    await trx.raw(
      `create temporary table comptes_stage (like dgfip_comptes_communes including defaults) on commit drop`,
    );
    await trx.raw(
      `alter table comptes_stage drop column import_id, add column epci_siren text, add column epci_name text`,
    );
    await copyRecords(trx, records);

    // 1. communes not yet known: reference communes, from their latest year in the file
    await trx.raw(
      `insert into communes (insee_code, name, population, departement, epci_siren, epci_name, is_reference)
       select distinct on (commune_insee) commune_insee, name, population, departement, epci_siren, epci_name, true
         from comptes_stage order by commune_insee, year desc
       on conflict (insee_code) do nothing`,
    );
    // 2. the previous version of every row this import changes (for a rollback), then the merge
    const changed = `(${VALUE_COLUMNS.map((c) => `d.${c}`).join(', ')}) is distinct from (${VALUE_COLUMNS.map((c) => `s.${c}`).join(', ')})`;
    await trx.raw(
      `insert into import_row_versions (import_id, table_name, row_key, previous)
       select ?, 'dgfip_comptes_communes', jsonb_build_object('commune_insee', d.commune_insee, 'year', d.year), to_jsonb(d)
         from dgfip_comptes_communes d join comptes_stage s using (commune_insee, year)
        where ${changed}`,
      [ctx.importId],
    );
    const merged = await trx.raw(
      `insert into dgfip_comptes_communes (${FACT_COLUMNS.join(', ')}, import_id)
       select ${FACT_COLUMNS.join(', ')}, ? from comptes_stage
       on conflict (commune_insee, year) do update set
         ${VALUE_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, import_id = excluded.import_id
       where (${VALUE_COLUMNS.map((c) => `dgfip_comptes_communes.${c}`).join(', ')})
             is distinct from (${VALUE_COLUMNS.map((c) => `excluded.${c}`).join(', ')})`,
      [ctx.importId],
    );
    // 3. reference communes follow their latest published year; full communes only gain a missing département/EPCI
    await trx.raw(
      `update communes c set name = d.name, population = d.population, departement = d.departement
         from (select distinct on (commune_insee) commune_insee, name, population, departement
                 from dgfip_comptes_communes where commune_insee in (select commune_insee from comptes_stage)
                order by commune_insee, year desc) d
        where c.insee_code = d.commune_insee and c.is_reference
          and (c.name, c.population, c.departement) is distinct from (d.name, d.population, d.departement)`,
    );
    await trx.raw(
      `update communes c set departement = coalesce(c.departement, s.departement),
                             epci_siren = coalesce(s.epci_siren, c.epci_siren), epci_name = coalesce(s.epci_name, c.epci_name)
         from (select distinct on (commune_insee) * from comptes_stage order by commune_insee, year desc) s
        where c.insee_code = s.commune_insee
          and (c.departement is null or (s.epci_siren is not null and s.epci_siren is distinct from c.epci_siren))`,
    );
    const written = merged.rowCount ?? 0;
    return { written, unchanged: records.length - written };
  },
};

/** COPY of the records into the staging table (PostgreSQL's text format). */
async function copyRecords(trx: Knex.Transaction, records: ComptesRecord[]): Promise<void> {
  // Inside a transaction, knex hands back the transaction's own connection (see demo/load.ts).
  const connection = (await trx.client.acquireConnection()) as PoolClient;
  function* chunks(): Generator<string> {
    let buffer = '';
    for (const r of records) {
      const values = [
        r.commune_insee,
        r.year,
        r.name,
        r.departement,
        r.region,
        r.population,
        r.strate_population,
        r.strate_fiscalite,
        ...r.amounts,
        r.epci_siren,
        r.epci_name,
      ];
      buffer += values.map(copyValue).join('\t') + '\n';
      if (buffer.length > 1 << 17) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  const sink = connection.query(copyFrom(`copy comptes_stage (${STAGE_COLUMNS.join(', ')}) from stdin`));
  await pipeline(Readable.from(chunks()), sink);
}

function copyValue(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
