import os from 'node:os';

/** Who ran a command line, for the import history and the audit log: `cli:<system account>`. */
export function shellUser(): string {
  let name = process.env.USER ?? process.env.LOGNAME;
  if (!name) {
    try {
      name = os.userInfo().username;
    } catch {
      name = 'inconnu';
    }
  }
  return `cli:${name}`;
}
