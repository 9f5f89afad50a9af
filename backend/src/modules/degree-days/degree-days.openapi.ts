import { arrayOf, communeParam, get, jsonResponse, num, object, queryParam, str } from '../../openapi/helpers';

const monthSchema = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2025-01' };

export const degreeDaysOpenApi = {
  '/degree-days': get(
    'Fluids',
    'Monthly heating degree-days (DJU, base 18 °C) of the commune’s weather station',
    [
      communeParam,
      queryParam('from', monthSchema, 'First month, YYYY-MM (inclusive)', false),
      queryParam('to', monthSchema, 'Last month, YYYY-MM (inclusive)', false),
      queryParam(
        'format',
        { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
        'json, or a file: csv (";" separated, decimal comma, UTF-8 with BOM) or xlsx',
        false,
      ),
    ],
    jsonResponse(
      'One row per month with data, oldest first (a month without data is absent, never 0)',
      arrayOf(
        object({
          month: str('Month, YYYY-MM'),
          dju: num('Heating degree-days of the month, base 18 °C'),
          station: str('Weather station the figures come from, as the imported file names it', true),
        }),
      ),
    ),
    'Public: degree-days are weather data. Imported with `npm run import -- degree-days` (columns month;dju;station or a DJU calculator export).',
  ),
};
