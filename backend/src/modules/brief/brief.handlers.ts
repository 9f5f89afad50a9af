import type { Request, Response } from 'express';
import type { AppDeps } from '../../http/app-deps';
import { assertCommune } from '../auth/access';
import { query } from '../../http/validate';
import { staff } from '../auth/roles';
import { renderBriefPdf } from './brief-pdf';
import { briefQuery } from './brief.schemas';
import { briefDocument } from './brief.service';

/** GET /brief and GET /brief.pdf: the same document, as JSON for the page and as an A4 PDF. */
export function briefHandlers({ db }: AppDeps) {
  const read = (req: Request) => {
    const { commune, year } = query(req, briefQuery);
    assertCommune(req, commune);
    const isStaff = !!req.user && staff.includes(req.user.role);
    return briefDocument(db.knex, commune, year, isStaff);
  };
  return {
    async json(req: Request, res: Response) {
      const document = await read(req);
      // what a reader sees depends on their account (alerts are internal): the ETag covers the caller (ADR 0016)
      res.json(document);
    },

    async pdf(req: Request, res: Response) {
      const document = await read(req);
      const pdf = await renderBriefPdf(document);
      const slug = document.commune.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/œ/g, 'oe')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase();
      res
        .set('Content-Type', 'application/pdf')
        .set('Content-Disposition', `attachment; filename="note-conseil-${slug}-${document.year}.pdf"`)
        .send(pdf);
    },
  };
}
