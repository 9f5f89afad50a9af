import { hash, verify } from '@node-rs/argon2';

/** Argon2id (memory-hard), OWASP's first choice: 19 MiB, 2 passes, 1 lane. */
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const minimumPasswordLength = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the email is unknown, so a wrong email takes as long as a wrong password. */
export const decoyHash = hashPassword('decoy-password-for-timing');
