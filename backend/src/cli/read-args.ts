import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * node's parseArgs, its refusals (an unknown option such as --comune, an option without its value) said in French
 * for the person at the terminal, with the usage; undefined then, and the command exits 2 (usage error).
 */
export function readArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    const option = /'(--?[^' <]+)/.exec((error as Error).message)?.[1];
    console.error(`${option ? `Option inconnue ou sans valeur : ${option}` : 'Commande mal formée'}.\n\n${usage}`);
    return undefined;
  }
}
