import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { sendRows } from '../../http/send-table';
import { query } from '../../http/validate';
import * as schemas from './degree-days.schemas';
import * as service from './degree-days.service';

export function degreeDaysHandlers({ db }: AppDeps) {
  return {
    /** The public contract: GET /degree-days?commune=&from=YYYY-MM&to=YYYY-MM -> [{ month, dju, station }]. */
    async monthly(req: Request, res: Response) {
      const q = query(req, schemas.degreeDaysQuery);
      const rows = await service.monthlyDegreeDays(db.knex, q);
      await sendRows(res, rows, {
        format: q.format,
        fileName: `dju-${q.commune}${q.from ? `-${q.from}` : ''}${q.to ? `-${q.to}` : ''}`,
        columns: [
          { key: 'month', header: 'Mois' },
          { key: 'dju', header: 'DJU chauffage base 18 °C' },
          { key: 'station', header: 'Station météo' },
        ],
      });
    },
  };
}
