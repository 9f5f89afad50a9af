import readline from 'node:readline';
import { Writable } from 'node:stream';
import { openReadyDatabase } from '../boot';
import { loadEnv } from '../config/env';
import { makeLogger } from '../logger';
import { audit } from '../audit/audit';
import { closeUserSessions, createUser, findAccount, listUsers, setUserActive } from '../modules/auth/auth.repository';
import { hashPassword, minimumPasswordLength, verifyPassword } from '../modules/auth/passwords';
import { roles, type Role } from '../modules/auth/roles';
import { readArgs } from './read-args';
import { shellUser } from './shell-user';

const usage = `Usage :
  npm run user -- add <email> --role <${roles.join('|')}> [--commune <code INSEE>] [--name "Nom affiché"]
      mot de passe lu dans la variable d'environnement PILOTAGE_PASSWORD, sinon demandé (au moins ${minimumPasswordLength} caractères) ;
      ajouter une adresse e-mail existante met à jour son mot de passe, son rôle et sa commune
  npm run user -- list
  npm run user -- disable <email>`;

async function main(): Promise<number> {
  const args = readArgs(
    {
      allowPositionals: true,
      options: { role: { type: 'string' }, commune: { type: 'string' }, name: { type: 'string' } },
    },
    usage,
  );
  if (!args) return 2;
  const { values, positionals } = args;
  const [command, email] = positionals;
  if (!['add', 'list', 'disable'].includes(command ?? '') || (command !== 'list' && !email)) {
    console.error(usage);
    return 2;
  }
  if (command === 'add' && !roles.includes(values.role as Role)) {
    console.error(`--role doit être l'un de ces rôles : ${roles.join(', ')}\n\n${usage}`);
    return 2;
  }

  const env = loadEnv();
  const db = await openReadyDatabase(env, makeLogger('warn'), { demo: false });
  try {
    if (command === 'list') {
      console.table(await listUsers(db.knex));
      return 0;
    }
    if (command === 'disable') {
      const changed = await setUserActive(db.knex, email, false);
      await audit(db.knex, { actor: shellUser(), action: 'user.disable', target: email });
      console.log(
        changed ? `Le compte ${email} est désactivé et ses sessions sont fermées.` : `Aucun compte ${email}.`,
      );
      return changed ? 0 : 1;
    }
    if (
      values.commune &&
      !(await db.knex('communes').where({ insee_code: values.commune, is_reference: false }).first())
    ) {
      console.error(
        `Commune inconnue : ${values.commune}. Importez-la d'abord (npm run import -- communes <fichier>).`,
      );
      return 2;
    }
    const password = process.env.PILOTAGE_PASSWORD ?? (await askPassword());
    if (password.length < minimumPasswordLength) {
      console.error(`Le mot de passe doit compter au moins ${minimumPasswordLength} caractères.`);
      return 2;
    }
    const before = await findAccount(db.knex, email);
    const user = await createUser(db.knex, {
      email,
      passwordHash: await hashPassword(password),
      role: values.role as Role,
      commune: values.commune ?? null,
      displayName: values.name,
    });
    // a new password signs out everyone who was signed in with the old one
    const passwordChanged = before !== undefined && !(await verifyPassword(before.password_hash, password));
    const closed = passwordChanged ? await closeUserSessions(db.knex, user.id) : 0;
    await audit(db.knex, {
      actor: shellUser(),
      action: 'user.add',
      target: user.email,
      commune: user.commune_insee,
      details: { role: user.role, password_changed: passwordChanged, sessions_closed: closed },
    });
    console.log(
      `Le compte ${user.email} (${user.role}${user.commune_insee ? `, commune ${user.commune_insee}` : ''}) est prêt.`,
    );
    if (closed > 0)
      console.log(
        `Mot de passe changé : ${closed} session${closed > 1 ? 's' : ''} ouverte${closed > 1 ? 's' : ''} avec l'ancien ${closed > 1 ? 'sont fermées' : 'est fermée'}.`,
      );
    return 0;
  } finally {
    await db.close();
  }
}

function askPassword(): Promise<string> {
  let muted = false;
  const output = new Writable({
    write: (chunk, _enc, done) => {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question('Mot de passe : ', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Échec de la commande user : ${error.message}`);
    process.exit(1);
  },
);
