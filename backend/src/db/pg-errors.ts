import { AppError } from '../http/app-error';

/** Maps the PostgreSQL errors a client can cause to API errors; returns undefined for the others (500). */
export function mapPgError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  switch (code) {
    case '23505':
      return AppError.conflict('Cet enregistrement existe déjà');
    case '23503':
      return AppError.unprocessable(
        "Cet enregistrement fait référence à un élément qui n'existe pas",
      );
    case '23502':
    case '23514':
      return AppError.unprocessable('Une valeur ne respecte pas une règle du modèle de données');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return AppError.badRequest('Une valeur a un format incorrect ou sort des limites autorisées');
    default:
      return undefined;
  }
}
