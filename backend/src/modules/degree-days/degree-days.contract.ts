import { arrayOf, num, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import * as schemas from './degree-days.schemas';

export const degreeDaysContract: Contract = {
  '/degree-days': {
    get: op({
      id: 'getDegreeDays',
      tag: 'Fluids',
      summary: 'Monthly heating degree-days (DJU, base 18 °C) of the commune’s weather station',
      description:
        'Public: degree-days are weather data. Imported with `npm run import -- degree-days` (columns month;dju;station or a DJU calculator export).',
      access: 'public',
      query: schemas.degreeDaysQuery,
      docs: {
        commune: 'INSEE code of the commune (Lille 59350, Roubaix 59512, Tourcoing 59599, Marcq-en-Barœul 59378)',
        from: 'First month, YYYY-MM (inclusive)',
        to: 'Last month, YYYY-MM (inclusive)',
        format: 'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
      },
      responseDescription: 'One row per month with data, oldest first (a month without data is absent, never 0)',
      response: arrayOf(
        object({
          month: str('Month, YYYY-MM'),
          dju: num('Heating degree-days of the month, base 18 °C'),
          station: str('Weather station the figures come from, as the imported file names it', true),
        }),
      ),
      files: true,
    }),
  },
};
