import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import pg from 'pg';
import { openDatabase, type Database } from '../backend/src/db/database';
import { freePort } from '../backend/src/db/free-port';
import { migrate } from '../backend/src/db/migrations';
import { budgetKind } from '../backend/src/imports/kinds/budget';
import { runImport } from '../backend/src/imports/run-import';

/**
 * npm run bench:budget-imports [-- --lines 20000 --communes 648]: writes budget files of realistic size in each layout
 * the `budget` import recognises, imports each into a throw-away database (embedded, or a fresh database on the
 * server named by DATABASE_URL), first as a dry run (read + check), then for real, and prints rows per second:
 * - SCDL as the TOTEM-to-SCDL converters write it: a large city's compte administratif, `lines` lines by
 *   nature and function, chapter left empty on half of them (derived from the chart of accounts);
 * - the same document as TOTEM XML (ISO-8859-1);
 * - a DGFiP balance of a whole département: `communes` communes (the Nord has 648), each with its budget principal
 *   (about 330 accounts, classes 4 and 5 included) and, one in three, a budget annexe; every commune loaded.
 * Writes bench/budget-imports.json.
 */
const { values } = parseArgs({
  options: { lines: { type: 'string', default: '20000' }, communes: { type: 'string', default: '648' } },
});
const lineCount = Number(values.lines);
const communeCount = Number(values.communes);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-budget-bench-'));
const { db, dispose } = await benchDatabase();
const results: Record<string, unknown>[] = [];
try {
  const knex = db.knex;
  const plan = await knex('budget_accounts')
    .where({ nomenclature: 'M57' })
    .where((q) => q.whereNotNull('expense_chapter').orWhereNotNull('revenue_chapter'))
    .whereRaw("account ~ '^[267]'")
    .whereRaw(
      "coalesce(expense_chapter, revenue_chapter) in (select code from budget_chapters where nomenclature = 'M57')",
    )
    .orderBy('account')
    .select('account', 'expense_chapter', 'revenue_chapter');
  const functions = (await knex('budget_functions')
    .where({ nomenclature: 'M57' })
    .whereRaw('length(code) = 3')
    .pluck('code')) as string[];

  // a large city's CA, by nature and function
  const city = { insee: '59350', siren: '215903501', siret: '21590350100017' };
  await knex('communes').insert({
    insee_code: city.insee,
    name: 'Grande-Ville',
    siren: city.siren,
    population: 236_000,
  });
  const lines: { account: string; chapter: string; direction: 'D' | 'R'; fn: string; amount: number }[] = [];
  for (let i = 0; lines.length < lineCount; i++) {
    const a = plan[i % plan.length];
    const direction = a.expense_chapter ? 'D' : 'R';
    lines.push({
      account: a.account,
      chapter: (direction === 'D' ? a.expense_chapter : a.revenue_chapter) as string,
      direction,
      fn: functions[Math.floor(i / plan.length) % functions.length],
      amount: 1000 + ((i * 7919) % 100_000) + (i % 100) / 100,
    });
  }
  const scdlHeader =
    'BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE';
  const scdl = [
    scdlHeader,
    ...lines.map(
      (l, i) =>
        `Compte administratif,2024,${city.siret},GRANDE-VILLE,${i % 2 ? l.chapter : ''},,${l.account},,${l.fn},,,,réel,${l.direction === 'D' ? 'dépense' : 'recette'},${l.amount.toFixed(2)},,,,${(l.amount * 1.1).toFixed(2)},${(l.amount * 1.1).toFixed(2)},0,non spécialisé`,
    ),
  ].join('\n');
  const totem = iconv.encode(
    `<?xml version="1.0" encoding="ISO-8859-1"?>
<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
  <VersionSchema V="110"/>
  <EnTeteDocBudgetaire><LibelleColl V="GRANDE-VILLE"/><IdColl V="${city.siret}"/><NatCEPL V="Commune"/><Departement V="59"/></EnTeteDocBudgetaire>
  <Budget>
    <EnTeteBudget><LibelleEtab V="BUDGET PRINCIPAL"/><IdEtab V="${city.siret}"/><CodInseeColl V="${city.insee}"/><CodBud V="00"/><Nomenclature V="M57-M57"/></EnTeteBudget>
    <BlocBudget><NatDec V="09"/><Exer V="2024"/><CodTypBud V="P"/></BlocBudget>
${lines
  .map(
    (l, i) =>
      `    <LigneBudget><Nature V="${l.account}"/>${i % 2 ? `<ContNat V="${l.chapter}"/>` : ''}<Fonction V="${l.fn}"/><CodRD V="${l.direction}"/><MtPrev V="${(l.amount * 1.1).toFixed(2)}"/><CredOuv V="${(l.amount * 1.1).toFixed(2)}"/><MtReal V="${l.amount.toFixed(2)}"/><MtRAR3112 V="0"/><OpBudg V="0"/></LigneBudget>`,
  )
  .join('\n')}
  </Budget>
</DocumentBudgetaire>
`,
    'latin1',
  );

  // a département's balance: every commune loaded
  const header =
    'exer;ident;ndept;lbudg;insee;cbudg;ctype;cstyp;nomen;siren;cregi;cacti;secteur;finess;codbud1;categ;bal;fonction;compte;bedeb;becre;obnetdeb;obnetcre;onbdeb;onbcre;oobdeb;oobcre;sd;sc';
  const balanceAccounts = plan.filter((_, i) => i % 7 === 0).slice(0, 300);
  const rows: string[] = [header];
  const communes: Record<string, unknown>[] = [];
  for (let c = 1; c <= communeCount; c++) {
    const insee = String(c).padStart(3, '0');
    const siren = `2159${insee}${String(c % 97).padStart(2, '0')}`;
    if (`59${insee}` !== city.insee)
      communes.push({ insee_code: `59${insee}`, name: `Commune ${c}`, siren, population: 5000 });
    const own = `59${insee}` === city.insee ? city.siren : siren;
    const budgets = [
      { ident: `59${insee}` === city.insee ? city.siret : `${own}00010`, cbudg: 1, accounts: balanceAccounts },
    ];
    if (c % 3 === 0) budgets.push({ ident: `${own}00028`, cbudg: 3, accounts: balanceAccounts.slice(0, 40) });
    for (const b of budgets) {
      const row = (compte: string, obd: number, obc: number, onbd = 0, onbc = 0) =>
        `2024;${b.ident};059;COMMUNE ${c};${insee};${b.cbudg};${b.cbudg === 1 ? 101 : 410};;M57;${own};032;;;;;Commune;DEF;;${compte};0.00;0.00;${obd.toFixed(2)};${obc.toFixed(2)};${onbd.toFixed(2)};${onbc.toFixed(2)};0.00;0.00;0.00;0.00`;
      for (const [i, a] of b.accounts.entries()) {
        const amount = 500 + ((c * 31 + i * 17) % 50_000);
        rows.push(a.expense_chapter ? row(a.account, amount, 0) : row(a.account, 0, amount));
      }
      for (const compte of ['4011', '4111', '4711', '515', '5411'])
        rows.push(row(compte, 0, 0, 123_456.78, 123_456.78));
    }
  }
  await knex.batchInsert('communes', communes, 500);
  const balance = rows.join('\n');

  const files: [string, string, Buffer, string, number][] = [
    ['SCDL (converter layout)', 'ca-2024.csv', Buffer.from(scdl, 'utf8'), city.insee, lines.length],
    ['TOTEM XML', 'ca-2024.xml', totem, city.insee, lines.length],
    ['DGFiP balance (a département)', 'balance-059-2024.csv', Buffer.from(balance, 'utf8'), '', rows.length - 1],
  ];
  for (const [layout, name, file, commune, fileRows] of files) {
    fs.writeFileSync(path.join(dir, name), file);
    for (const dryRun of [true, false]) {
      if (!dryRun) await knex('budget_lines').delete();
      const report = await runImport(knex, budgetKind, file, { commune, fileName: name, dryRun });
      const rowsRead = report.rows_read;
      const result = {
        layout,
        file: name,
        megabytes: Math.round((file.length / 1e6) * 10) / 10,
        run: dryRun ? 'dry run (read + check)' : 'landed (read + check + write + refresh)',
        status: report.status,
        file_rows: fileRows,
        lines: rowsRead,
        seconds: report.duration_ms / 1000,
        file_rows_per_second: Math.round(fileRows / (report.duration_ms / 1000)),
      };
      if (report.status === 'refused') console.error(report.issues.slice(0, 5));
      results.push(result);
      console.log(
        `${layout.padEnd(30)} ${result.run.padEnd(40)} ${String(fileRows).padStart(7)} rows ${String(rowsRead).padStart(7)} lines ${String(result.megabytes).padStart(5)} MB ${result.seconds.toFixed(1).padStart(5)} s ${String(result.file_rows_per_second).padStart(7)} rows/s`,
      );
    }
  }
  fs.writeFileSync(path.join(import.meta.dirname, 'budget-imports.json'), JSON.stringify(results, null, 2));
} finally {
  await dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function benchDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `pilotage_budget_bench_${process.pid}`;
    await admin(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: '', embeddedPort: 0 });
    await migrate(db.knex);
    return {
      db,
      dispose: async () => {
        await db.close();
        await admin(serverUrl, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-bench-'));
  const db = await openDatabase({ dataDir, embeddedPort: await freePort() });
  await migrate(db.knex);
  return {
    db,
    dispose: async () => {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
