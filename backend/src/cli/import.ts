import fs from 'node:fs';
import path from 'node:path';
import { openReadyDatabase } from '../boot';
import { loadEnv } from '../config/env';
import { importKinds, findKind } from '../imports/kinds';
import { formatReport } from '../imports/format-report';
import { withLimits } from '../imports/limits';
import { refreshesSettled } from '../db/refresh-marts';
import { runImportSet } from '../imports/run-import';
import { makeLogger } from '../logger';
import { readArgs } from './read-args';
import { shellUser } from './shell-user';

const usage = `Usage : npm run import -- <type> <fichier> [<fichier>…] [--commune <code INSEE>] [--kind bike|pedestrian|car|facility] [--dry-run] [--json]

Types de fichiers :
${importKinds.map((k) => `  ${k.kind.padEnd(15)} ${k.description} (${k.formats.join(', ')})`).join('\n')}

Plusieurs fichiers forment un seul import, tout ou rien (par exemple les fichiers site, channel et measure du schéma
Etalab de comptage des mobilités : npm run import -- counts sites.csv channels.csv measures.csv --commune 59350).
--kind donne le type de mobilité d'un fichier de comptage qui ne le dit pas (vélo, piéton, voiture, équipement).
--dry-run vérifie tout et dit ce qui serait importé (lignes, communes, années, sites, types), sans rien écrire.

Code de sortie 0 quand le fichier est importé en entier (ou, avec --dry-run, le serait), 1 quand il est refusé et que
rien n'a été écrit (chaque ligne fautive est signalée), 2 en cas d'erreur dans la commande. Relancer le même fichier
ne change rien. Limites (variables d'environnement) : IMPORT_MAX_FILE_MB, IMPORT_MAX_FILES, IMPORT_MAX_ROWS,
IMPORT_MAX_CELL_CHARS.`;

const siteKinds = ['bike', 'pedestrian', 'car', 'facility'] as const;

async function main(): Promise<number> {
  const args = readArgs(
    {
      allowPositionals: true,
      options: {
        commune: { type: 'string' },
        kind: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    usage,
  );
  if (!args) return 2;
  const { values, positionals } = args;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [kindName, ...filePaths] = positionals;
  const kind = kindName ? findKind(kindName) : undefined;
  if (!kind || filePaths.length === 0) {
    console.error(kindName && !kind ? `Type de fichier inconnu : « ${kindName} ».\n\n${usage}` : usage);
    return 2;
  }
  const siteKind = values.kind as (typeof siteKinds)[number] | undefined;
  if (siteKind !== undefined && !siteKinds.includes(siteKind)) {
    console.error(`Type de mobilité inconnu : « ${values.kind} » (admis : ${siteKinds.join(', ')}).`);
    return 2;
  }
  const paths = filePaths.map((p) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p));
  const missing = paths.find((p) => !fs.existsSync(p) || !fs.statSync(p).isFile());
  if (missing) {
    console.error(`Fichier introuvable : ${missing}`);
    return 2;
  }

  const env = loadEnv();
  const tooBig = paths.find((p) => fs.statSync(p).size > env.importLimits.maxFileBytes);
  if (tooBig) {
    console.error(
      `Fichier trop volumineux : ${path.basename(tooBig)} dépasse ${env.IMPORT_MAX_FILE_MB} Mo (limite IMPORT_MAX_FILE_MB) ; découpez-le, par exemple par année.`,
    );
    return 2;
  }
  const logger = makeLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const db = await openReadyDatabase(env, logger, { demo: false });
  try {
    const files = paths.map((p) => ({ name: path.basename(p), content: fs.readFileSync(p) }));
    const commune = kind.national
      ? ''
      : (values.commune ??
        (await kind.inferCommune?.(files[0].content, files[0].name, db.knex)) ??
        (await soleCommune(db.knex, kind.kind)));
    if (commune === undefined) {
      console.error(
        'Plusieurs communes sont chargées : indiquez laquelle avec --commune <code INSEE> (par exemple --commune 59350).',
      );
      return 2;
    }
    const report = await withLimits(env.importLimits, () =>
      runImportSet(db.knex, kind, files, {
        commune,
        fileName: files[0].name,
        dryRun: values['dry-run'],
        importedBy: shellUser(),
        siteKind,
        refresh: 'background',
      }),
    );
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    // the rows have landed; the indicators built on them are refreshed before the command ends
    const refreshing = Date.now();
    await refreshesSettled();
    if (report.status === 'landed' && !values.json)
      console.log(`Indicateurs mis à jour en ${((Date.now() - refreshing) / 1000).toFixed(1)} s.`);
    return report.status === 'refused' ? 1 : 0;
  } finally {
    await db.close();
  }
}

async function soleCommune(db: import('knex').Knex, kind: string): Promise<string | undefined> {
  if (kind === 'communes') return '';
  const rows = await db('communes').where({ is_reference: false }).select('insee_code').limit(2);
  return rows.length === 1 ? rows[0].insee_code : undefined;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Échec de l'import : ${error.message}`);
    process.exit(1);
  },
);
