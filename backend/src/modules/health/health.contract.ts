import { arrayOf, bool, object, str } from '../../http/contract';
import { op, type Contract } from '../../http/contract';
import { healthQuery } from './health.schemas';

export const healthContract: Contract = {
  '/health': {
    get: op({
      id: 'getHealth',
      tag: 'System',
      summary: 'Service health, database mode and data freshness per source',
      access: 'public',
      query: healthQuery,
      docs: { commune: 'Limit freshness to one commune' },
      responseDescription: 'Healthy',
      response: object({
        status: str('"ok"'),
        database: object({ mode: str('"embedded" or "server"'), server_version: str() }),
        demo: bool('true when the demo city is loaded'),
        freshness: arrayOf(
          object({
            commune_insee: str(),
            source: str('budget, fluids, degree-days, commerce, counts'),
            last_import_at: str('ISO timestamp of the last landed import', true),
            latest_data: str('Latest date the data covers (YYYY-MM-DD)', true),
          }),
        ),
      }),
    }),
  },
};
