import fs from 'node:fs';
import path from 'node:path';
import { openReadyDatabase } from '../boot';
import { loadEnv } from '../config/env';
import { importKinds, findKind } from '../imports/kinds';
import { formatReport } from '../imports/format-report';
import { runImport } from '../imports/run-import';
import { makeLogger } from '../logger';
import { readArgs } from './read-args';
import { shellUser } from './shell-user';

const usage = `Usage : npm run import -- <type> <fichier> [--commune <code INSEE>] [--dry-run] [--json]

Types de fichiers :
${importKinds.map((k) => `  ${k.kind.padEnd(15)} ${k.description} (${k.formats.join(', ')})`).join('\n')}

Code de sortie 0 quand le fichier est importé en entier (ou, avec --dry-run, le serait), 1 quand il est refusé et que
rien n'a été écrit (chaque ligne fautive est signalée), 2 en cas d'erreur dans la commande. Relancer le même fichier
ne change rien.`;

async function main(): Promise<number> {
  const args = readArgs({
    allowPositionals: true,
    options: {
      commune: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }, usage);
  if (!args) return 2;
  const { values, positionals } = args;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [kindName, filePath] = positionals;
  const kind = kindName ? findKind(kindName) : undefined;
  if (!kind || !filePath || positionals.length > 2) {
    console.error(kindName && !kind ? `Type de fichier inconnu : « ${kindName} ».\n\n${usage}` : usage);
    return 2;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), filePath);
  if (!fs.existsSync(file)) {
    console.error(`Fichier introuvable : ${file}`);
    return 2;
  }

  const env = loadEnv();
  const logger = makeLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const db = await openReadyDatabase(env, logger, { demo: false });
  try {
    const commune = kind.national ? '' : values.commune
      ?? (await kind.inferCommune?.(fs.readFileSync(file), path.basename(file), db.knex))
      ?? (await soleCommune(db.knex, kind.kind));
    if (commune === undefined) {
      console.error('Plusieurs communes sont chargées : indiquez laquelle avec --commune <code INSEE> (par exemple --commune 59350).');
      return 2;
    }
    const report = await runImport(db.knex, kind, fs.readFileSync(file), {
      commune, fileName: path.basename(file), dryRun: values['dry-run'], importedBy: shellUser(),
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
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
