import { arrayOf, bool, get, jsonResponse, object, queryParam, str } from '../../openapi/helpers';

export const healthOpenApi = {
  '/health': get('System', 'Service health, database mode and data freshness per source', [
    queryParam('commune', { type: 'string' }, 'Limit freshness to one commune', false),
  ], jsonResponse('Healthy', object({
    status: str('"ok"'),
    database: object({ mode: str('"embedded" or "server"'), server_version: str() }),
    demo: bool('true when the demo city is loaded'),
    freshness: arrayOf(object({
      commune_insee: str(), source: str('budget, fluids, degree-days, commerce, counts'),
      last_import_at: str('ISO timestamp of the last landed import', true),
      latest_data: str('Latest date the data covers (YYYY-MM-DD)', true),
    })),
  }))),
};
