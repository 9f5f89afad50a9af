import readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { openReadyDatabase } from '../boot';
import { loadEnv } from '../config/env';
import { makeLogger } from '../logger';
import { audit } from '../modules/audit/audit';
import { createUser, listUsers, setUserActive } from '../modules/auth/auth.repository';
import { hashPassword, minimumPasswordLength } from '../modules/auth/passwords';
import { roles, type Role } from '../modules/auth/roles';

const usage = `Usage:
  npm run user -- add <email> --role <${roles.join('|')}> [--commune <INSEE code>] [--name "Display name"]
      password from the PILOTAGE_PASSWORD environment variable, or asked for (at least ${minimumPasswordLength} characters);
      adding an existing email updates its password, role and commune
  npm run user -- list
  npm run user -- disable <email>`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, commune: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, email] = positionals;
  if (!['add', 'list', 'disable'].includes(command ?? '') || (command !== 'list' && !email)) {
    console.error(usage);
    return 2;
  }
  if (command === 'add' && !roles.includes(values.role as Role)) {
    console.error(`--role must be one of ${roles.join(', ')}\n\n${usage}`);
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
      await audit(db.knex, { actor: `cli:${process.env.USER ?? 'unknown'}`, action: 'user.disable', target: email });
      console.log(changed ? `User ${email} disabled and signed out.` : `No user ${email}.`);
      return changed ? 0 : 1;
    }
    if (values.commune && !(await db.knex('communes').where({ insee_code: values.commune }).first())) {
      console.error(`Unknown commune ${values.commune}.`);
      return 2;
    }
    const password = process.env.PILOTAGE_PASSWORD ?? (await askPassword());
    if (password.length < minimumPasswordLength) {
      console.error(`The password must have at least ${minimumPasswordLength} characters.`);
      return 2;
    }
    const user = await createUser(db.knex, {
      email, passwordHash: await hashPassword(password), role: values.role as Role, commune: values.commune ?? null, displayName: values.name,
    });
    await audit(db.knex, { actor: `cli:${process.env.USER ?? 'unknown'}`, action: 'user.add', target: user.email, commune: user.commune_insee, details: { role: user.role } });
    console.log(`User ${user.email} (${user.role}${user.commune_insee ? `, commune ${user.commune_insee}` : ''}) is ready.`);
    return 0;
  } finally {
    await db.close();
  }
}

function askPassword(): Promise<string> {
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => { if (!muted) process.stdout.write(chunk); done(); } });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question('Password: ', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

main().then((code) => process.exit(code), (error: Error) => {
  console.error(`user command failed: ${error.message}`);
  process.exit(1);
});
