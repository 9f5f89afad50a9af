import fs from 'node:fs';
import type { Knex } from 'knex';
import { flows } from '../../../test/fixtures/flows';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';
import { defaultLimits } from '../../imports/limits';

const commune = '99006';

/** A vendor export of `lines` 15-minute slots for one site, two directions (generated, plain). */
function countsFile(lines: number): string {
  const out = ['site;timestamp;direction;count;status'];
  for (let i = 0; out.length <= lines; i++) {
    const at = new Date(Date.UTC(2023, 0, 1) + Math.floor(i / 2) * 15 * 60_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    out.push(`LOAD-1;${at};${i % 2 ? 'OUT' : 'IN'};${i % 13};ok`);
  }
  return out.join('\n');
}

describe('a large upload does not freeze everyone (files on disk, checked in a worker thread, with limits)', () => {
  let db: Knex;
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let agent: Record<string, string>;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db('communes').insert({ insee_code: commune, name: 'Chargeville' });
    await db('counting_sites').insert({
      commune_insee: commune,
      site_id: 'LOAD-1',
      name: 'Place de la charge',
      kind: 'pedestrian',
    });
    agent = await signIn(api.base, 'agent');
  }, 60_000);

  afterAll(async () => {
    await api.close();
    for (const table of ['counts_hourly', 'counting_channels', 'counts_daily_measures', 'counting_sites']) {
      await db(table).where({ commune_insee: commune }).delete();
    }
    await db('audit_log').where({ commune_insee: commune }).delete();
    await db('imports').where({ commune_insee: commune }).delete();
    await db('communes').where({ insee_code: commune }).delete();
  });

  const post = (base: string, path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${base}/imports/${path}`, { method: 'POST', headers: { ...agent, ...headers }, body });

  it('keeps /health answering while a 150 000-line file is validated', async () => {
    let pending = true;
    const upload = post(api.base, `counts?commune=${commune}&dry_run=true`, countsFile(150_000), {
      'content-type': 'text/csv',
    })
      .then(async (r) => ({ status: r.status, report: (await r.json()) as { status: string; rows_read: number } }))
      .finally(() => (pending = false));
    const answeredWhilePending: number[] = [];
    while (pending) {
      const health = await fetch(`${api.base}/health`);
      await health.arrayBuffer();
      if (pending) answeredWhilePending.push(health.status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { status, report } = await upload;

    expect(answeredWhilePending.length)
      .withContext('/health answered while the import was still running')
      .toBeGreaterThan(0);
    expect(answeredWhilePending.every((s) => s === 200)).toBeTrue();
    expect(status).toBe(200);
    expect(report).toEqual(jasmine.objectContaining({ status: 'checked', rows_read: 150_000 }));
  }, 180_000);

  it('takes the Etalab site, channel and measure files as one set in a multipart form', async () => {
    const form = new FormData();
    for (const name of ['sites.csv', 'channels.csv', 'measures.csv']) {
      form.append('file', new Blob([fs.readFileSync(flows(`etalab-eco-compteur/${name}`))]), name);
    }

    const response = await post(api.base, `counts?commune=${commune}&dry_run=true`, form);
    const report = (await response.json()) as { status: string; files: string[]; summary: { sites: number } };

    expect(response.status).toBe(200);
    expect(report.status).toBe('checked');
    expect(report.files).toEqual(['sites.csv', 'channels.csv', 'measures.csv']);
    expect(report.summary.sites).toBe(4);
  }, 60_000);

  it('names a TOTEM budget document sent as counts, in French, and writes nothing', async () => {
    const totem =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire"></DocumentBudgetaire>';

    const response = await post(api.base, `counts?commune=${commune}`, totem, {
      'content-type': 'application/xml',
      'x-file-name': 'BP2024.xml',
    });
    const report = (await response.json()) as { issues: { reason: string }[] };

    expect(response.status).toBe(422);
    expect(report.issues.map((i) => i.reason)).toEqual([
      'ce fichier est un document budgétaire TOTEM (XML) : importez-le avec le type budget',
    ]);
  }, 60_000);

  describe('with limits an operator set low', () => {
    let small: Awaited<ReturnType<typeof startTestApp>>;

    beforeAll(async () => {
      small = await startTestApp({
        importLimits: { ...defaultLimits, maxFileBytes: 50_000, maxRows: 5, maxCellChars: 200, maxFiles: 2 },
      });
    });
    afterAll(() => small.close());

    it('refuses a file over the size limit with 413 and a French message naming the variable', async () => {
      const response = await post(small.base, `counts?commune=${commune}&dry_run=true`, countsFile(3000), {
        'content-type': 'text/csv',
      });

      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: {
          code: 'too_large',
          message:
            'Fichier trop volumineux : au plus 48 ko par fichier (limite IMPORT_MAX_FILE_MB) ; découpez-le, par exemple par année',
        },
      });
    });

    it('refuses more rows or more files than allowed, clearly', async () => {
      const rows = await post(small.base, `counts?commune=${commune}&dry_run=true`, countsFile(20), {
        'content-type': 'text/csv',
      });
      const form = new FormData();
      for (const name of ['a.csv', 'b.csv', 'c.csv']) form.append('file', new Blob(['site;timestamp;count\n']), name);
      const files = await post(small.base, `counts?commune=${commune}&dry_run=true`, form);

      expect(rows.status).toBe(422);
      expect(((await rows.json()) as { issues: { reason: string }[] }).issues[0].reason).toBe(
        'fichier trop long : plus de 5 lignes de données (limite IMPORT_MAX_ROWS) ; découpez-le, par exemple par année',
      );
      expect(files.status).toBe(413);
      expect(((await files.json()) as { error: { message: string } }).error.message).toBe(
        'Trop de fichiers : au plus 2 par import (limite IMPORT_MAX_FILES)',
      );
    });

    it('refuses a file too big for the worker’s memory, and the server keeps running', async () => {
      const tight = await startTestApp({ importLimits: { ...defaultLimits, workerMemoryMb: 48 } });
      try {
        const response = await post(tight.base, `counts?commune=${commune}&dry_run=true`, countsFile(300_000), {
          'content-type': 'text/csv',
        });
        const report = (await response.json()) as { status: string; issues: { reason: string }[] };

        expect(response.status).toBe(422);
        expect(report.issues[0].reason).toBe(
          "fichier trop volumineux pour la mémoire réservée aux imports (48 Mo, limite IMPORT_WORKER_MEMORY_MB) : découpez-le (par exemple par année) ; rien n'a été écrit",
        );
        expect((await fetch(`${tight.base}/health`)).status).toBe(200);
      } finally {
        await tight.close();
      }
    }, 180_000);

    it('cuts a huge cell to 60 characters in the report', async () => {
      const response = await post(
        small.base,
        `counts?commune=${commune}&dry_run=true`,
        `site;timestamp;count\nLOAD-1;2024-01-01 10:00;${'9'.repeat(40_000)}\n`,
        {
          'content-type': 'text/csv',
        },
      );
      const text = await response.text();
      const report = JSON.parse(text) as { issues: { line: number; column: string; value: string; reason: string }[] };

      expect(response.status).toBe(422);
      expect(report.issues).toEqual([
        {
          line: 2,
          column: 'count',
          value: '9'.repeat(60),
          reason: 'cellule trop longue : plus de 200 caractères (limite IMPORT_MAX_CELL_CHARS)',
        },
      ]);
      expect(text.length).withContext('the report stays small').toBeLessThan(2000);
    });
  });
});
