import type { ImportIssue, ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { checkDuplicates, RowReader } from '../values';
import { upsertRows } from '../upsert';

interface CommuneRecord {
  insee_code: string;
  name: string;
  siren: string | null;
  population: number | null;
}

const columns = [
  {
    name: 'insee_code',
    required: true,
    description: 'Code INSEE (5 caractères, ex. 59350)',
    aliases: ['code_insee', 'insee', 'code', 'codgeo'],
  },
  { name: 'name', required: true, description: 'Nom de la commune', aliases: ['nom', 'libelle', 'commune'] },
  { name: 'siren', required: false, description: 'SIREN de la collectivité (9 chiffres)' },
  { name: 'population', required: false, description: 'Population municipale', aliases: ['pmun', 'habitants'] },
] as const;

/**
 * `communes`: the communes a database compares (code INSEE, name, SIREN, population). No --commune needed; over the
 * API, for administrators not limited to one commune only (it changes what every commune's pages show).
 */
export const communesKind: ImportKind<CommuneRecord> = {
  kind: 'communes',
  description: 'Communes (code INSEE, nom, SIREN, population)',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const parsed: { line: number; record: CommuneRecord }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const insee = r.text('insee_code', { required: true });
      if (insee && !/^[0-9][0-9AB][0-9]{3}$/.test(insee))
        r.fail('insee_code', 'code INSEE invalide (5 caractères, ex. 59350)');
      const name = r.text('name', { required: true, max: 200 });
      const siren = r.text('siren');
      if (siren && !/^\d{9}$/.test(siren)) r.fail('siren', 'SIREN invalide (9 chiffres)');
      const population = r.integer('population', { min: 0 });
      if (r.ok)
        parsed.push({
          line: r.line,
          record: { insee_code: insee!, name: name!, siren: siren ?? null, population: population ?? null },
        });
    }
    const records = checkDuplicates(parsed, (c) => c.insee_code, issues as ImportIssue[], 'insee_code');
    return { records, issues };
  },

  /**
   * Carries the import's id, so a rollback deletes the communes it added and gives the others their old values. A
   * reference commune (known from the DGFiP's national file) named here becomes a full commune.
   */
  write(trx, records, ctx) {
    return upsertRows(
      trx,
      'communes',
      records.map((r) => ({ ...r, is_reference: false, import_id: ctx.importId })),
      ['insee_code'],
    );
  },
};
