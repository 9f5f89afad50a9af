import type { Knex } from 'knex';
import type { ImportContext, ParseResult } from '../import-kind';
import { normaliseHeader, readTable } from '../read-table';
import { budgetFormatOf } from './budget-format';
import { readSiret } from './budget-scdl';
import { readTotem } from './budget-totem';

/**
 * The commune a file names: a TOTEM document's CodInseeColl, else the commune whose SIREN is the file's (first nine
 * digits of the SIRET) when exactly one commune has it. A DGFiP balance names its communes line by line: '' lets
 * the lines of every loaded commune land.
 */
export async function inferBudgetCommune(file: Buffer, fileName: string, db: Knex): Promise<string | undefined> {
  const format = budgetFormatOf(file);
  if (format === 'TOTEM') {
    const { header } = readTotem(file);
    if (header.codInseeColl && (await db('communes').where({ insee_code: header.codInseeColl }).first()))
      return header.codInseeColl;
    return communeOfSirens(db, [header.idEtab?.slice(0, 9)]);
  }
  if (format === 'balance') return '';
  const table = await readTable(file, fileName);
  const header = table.header.find((h) => ['bgt_siret', 'siret'].includes(normaliseHeader(h)));
  if (!header) return undefined;
  return communeOfSirens(
    db,
    table.rows.map((row) => readSiret(row.cells[header] ?? '').siret?.slice(0, 9)),
  );
}

async function communeOfSirens(db: Knex, sirens: (string | undefined)[]): Promise<string | undefined> {
  const distinct = new Set(sirens.filter((s) => s !== undefined));
  if (distinct.size !== 1) return undefined;
  const communes = await db('communes')
    .where({ siren: [...distinct][0] })
    .select('insee_code');
  return communes.length === 1 ? (communes[0].insee_code as string) : undefined;
}

/** The refusal of a budget document (SCDL or TOTEM) that no commune was given or inferred for. */
export function needsCommune(ctx: ImportContext): ParseResult<never> | undefined {
  if (ctx.commune !== '') return undefined;
  return {
    records: [],
    issues: [
      {
        line: null,
        column: null,
        value: null,
        reason: 'indiquez la commune de ce document budgétaire (--commune <code INSEE>)',
      },
    ],
  };
}
