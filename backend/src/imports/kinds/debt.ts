import type { ImportKind } from '../import-kind';
import { readColumns } from '../read-table';
import { upsertRows } from '../upsert';
import { checkDuplicates, RowReader } from '../values';

interface DebtRecord {
  year: number;
  outstanding_eur: number;
}

const columns = [
  {
    name: 'year',
    required: true,
    description: 'Exercice : encours au 31/12 de cette année',
    aliases: ['annee', 'exercice', 'bgt_annee'],
  },
  {
    name: 'outstanding_eur',
    required: true,
    description: 'Encours de la dette au 31/12 (capital restant dû), en euros',
    aliases: [
      'encours',
      'encours_dette',
      'encours_au_31_12',
      'encours_31_12',
      'capital_restant_du',
      'capital_restant_du_au_31_12',
      'crd',
      'crd_31_12',
    ],
  },
  {
    name: 'loan',
    required: false,
    description:
      "Numéro ou libellé de l'emprunt, quand l'annexe détaille la dette emprunt par emprunt : les encours sont alors additionnés par année",
    aliases: ['emprunt', 'numero_emprunt', 'n_emprunt', 'contrat', 'numero_contrat', 'libelle_emprunt'],
  },
] as const;

/**
 * `debt`: the outstanding debt at 31/12 per year, from the debt annex of the accounts (état de la dette). One row per
 * year, or one row per loan and year (column `emprunt`) as the annex lists them: loans are added up per year.
 * Budget lines do not carry it, and the capacité de désendettement needs it (DOMAIN.md §1, "Ratios").
 */
export const debtKind: ImportKind<DebtRecord> = {
  kind: 'debt',
  description: 'Encours de la dette au 31/12 (annexe dette), par année ou par emprunt',
  formats: ['csv', 'xlsx'],
  columns,

  async parse(file, ctx) {
    const { rows, issues } = await readColumns(file, ctx.fileName, columns);
    const parsed: { line: number; record: { year: number; loan: string; outstanding: number } }[] = [];
    for (const row of rows) {
      const r = new RowReader(row, issues);
      const year = r.integer('year', { required: true, min: 1990, max: 2100 });
      const outstanding = r.number('outstanding_eur', { required: true, min: 0, max: 1e13 });
      const loan = r.text('loan', { max: 100 }) ?? '';
      if (r.ok) parsed.push({ line: r.line, record: { year: year!, loan, outstanding: outstanding! } });
    }
    const unique = checkDuplicates(
      parsed,
      (d) => (d.loan ? `${d.year} emprunt ${d.loan}` : String(d.year)),
      issues,
      'year',
    );
    const byYear = new Map<number, { total: number; perLoan: boolean; loans: number }>();
    for (const d of unique) {
      const year = byYear.get(d.year) ?? { total: 0, perLoan: d.loan !== '', loans: 0 };
      year.total += d.outstanding;
      year.loans++;
      byYear.set(d.year, year);
    }
    for (const d of parsed) {
      const year = byYear.get(d.record.year);
      if (year && year.perLoan !== (d.record.loan !== '')) {
        issues.push({
          line: d.line,
          column: 'loan',
          value: d.record.loan || null,
          reason: `l'année ${d.record.year} mêle des lignes par emprunt et une ligne de total`,
        });
      }
    }
    const records = [...byYear].map(([year, { total }]) => ({
      year,
      outstanding_eur: Math.round(total * 100) / 100,
    }));
    return { records: issues.length ? [] : records, issues };
  },

  write(trx, records, ctx) {
    const rows = records.map((r) => ({
      commune_insee: ctx.commune,
      ...r,
      import_id: ctx.importId,
    }));
    return upsertRows(trx, 'debt_outstanding', rows, ['commune_insee', 'year']);
  },
};
