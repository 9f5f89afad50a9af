import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Knex } from 'knex';
import { countDays, insertProgrammes, street } from '../../../test/fixtures/alerts/alerts';
import { insertSites, refreshCounts } from '../../../test/fixtures/commerce/counts';
import { insertPremises } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';

const run = promisify(execFile);
const commune = '99720';
const other = '99721';

/**
 * A commune with one alert of each family beside the budget (the alerts centre's fixture, see alerts.spec.ts):
 *   P1 Groupe scolaire: CP 1 125 000 € on an AP of 1 000 000 €: +12,5 % (critical: 12,5 > 10 at threshold 0),
 *     125 000 € above the AP;
 *   P2 Requalification rue Haute: CP planned 2 100 000 € on 2 000 000 €: +5,0 % (watch), 12 months late (critical);
 *   rue Haute: one premises of ten vacant from 10/02/2024: +10 points (critical);
 *   counter F1: 2 400 a day in March 2023, 1 200 in March 2024: −50 % (critical).
 */
async function insertFixture(trx: Knex.Transaction): Promise<void> {
  await trx('communes').insert([
    { insee_code: commune, name: 'Notebourg-en-Barœul', population: 20000 },
    { insee_code: other, name: 'Autreville', population: 1000 },
  ]);
  await insertProgrammes(trx, commune, [
    {
      id: 'P1',
      name: 'Groupe scolaire',
      ap: 1_000_000,
      credits: [[2024, 1_000_000, 1_125_000]],
      plannedEnd: '2024-12-31',
    },
    {
      id: 'P2',
      name: 'Requalification rue Haute',
      ap: 2_000_000,
      credits: [
        [2024, 300_000, 300_000],
        [2025, 1_800_000, 0],
      ],
      plannedEnd: '2026-06-30',
      expectedEnd: '2027-06-30',
      street: 'rue Haute',
    },
  ]);
  await insertPremises(
    trx,
    commune,
    street('V', 'rue Haute', 10, '2023-01-01', [
      [
        ['2023-01-01', 'occupied', 'services'],
        ['2024-02-10', 'vacant'],
      ],
    ]),
  );
  await insertSites(trx, commune, [{ site_id: 'F1', street: 'rue Haute', name: 'Piétons rue Haute' }]);
  await countDays(trx, commune, 'F1', '2023-03-01', '2023-03-31', 2400);
  await countDays(trx, commune, 'F1', '2024-03-01', '2024-03-31', 1200);
}

async function refresh(db: Knex): Promise<void> {
  await db.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
  await refreshCounts(db as Knex.Transaction);
}

describe('the council brief over HTTP: one document, as JSON and as a PDF', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  const as: Record<string, Record<string, string>> = {};
  const get = async (who: string, url: string) => {
    const response = await fetch(`${api.base}${url}`, { headers: as[who] });
    return response;
  };

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(insertFixture);
    await refresh(db);
    as['anonymous'] = {};
    as['elected'] = await signIn(api.base, 'elected');
    as['otherAgent'] = await signIn(api.base, 'agent', other);
  }, 120_000);

  afterAll(async () => {
    await api.close();
    for (const table of [
      'counts_hourly',
      'counting_sites',
      'premises_status',
      'premises',
      'programme_credits',
      'programmes',
      'users',
    ])
      await db(table).whereIn('commune_insee', [commune, other]).delete();
    await db('communes').whereIn('insee_code', [commune, other]).delete();
    await refresh(db);
  }, 120_000);

  it('lists every open alert for an elected official, the critical ones first, with the alerts centre’s severities', async () => {
    const response = await get('elected', `/brief?commune=${commune}&year=2024`);
    expect(response.status).toBe(200);
    const brief = await response.json();
    expect(brief.commune.name).toBe('Notebourg-en-Barœul');
    expect(brief.audience).toBe('staff');
    expect(brief.sections.map((s: { id: string }) => s.id)).toEqual([
      'figures',
      'alerts',
      'execution',
      'programmes',
      'quartiers',
    ]);
    const alerts = brief.sections[1];
    const [critical, others] = alerts.tables;
    expect(critical.rows.map((row: Record<string, string>) => row['subject'])).toEqual([
      'Groupe scolaire',
      'Piétons rue Haute',
      'Requalification rue Haute',
      'rue Haute',
    ]);
    expect(critical.rows[0]['finding']).toBe('+12,5\u00a0% au-delà de l’AP : 1,1\u00a0M€ de CP pour 1,0\u00a0M€ votés');
    expect(critical.rows[0]['cost']).toBe('125\u00a0k€');
    expect(others.rows.map((row: Record<string, string>) => row['subject'])).toEqual(['Requalification rue Haute']);
    expect(alerts.sentences[0]).toBe(
      '4\u00a0alertes critiques sont ouvertes, dont 125\u00a0k€ de crédits de paiement au-delà des autorisations de programme.',
    );
    const programmes = brief.sections[3];
    expect(
      programmes.tables[0].rows.map((row: Record<string, string>) => [row['name'], row['over'], row['late']]),
    ).toEqual([
      ['Groupe scolaire', '125\u00a0k€ (+12,5\u00a0%) (critique)', '—'],
      ['Requalification rue Haute', '100\u00a0k€ (+5,0\u00a0%)', '12\u00a0mois (critique)'],
    ]);
  });

  it('keeps the alerts for staff: a citizen reads the public figures and a sentence saying why there are no alerts', async () => {
    const brief = await (await get('anonymous', `/brief?commune=${commune}&year=2024`)).json();
    expect(brief.audience).toBe('public');
    expect(brief.sections[1].tables).toEqual([]);
    expect(brief.sections[1].sentences[0]).toContain('réservées aux élus et aux agents');
  });

  it('refuses bad parameters and another commune than the user’s', async () => {
    const bad = await get('elected', `/brief?commune=lille&year=deux`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('commune doit être un code INSEE');
    expect((await get('otherAgent', `/brief?commune=${commune}&year=2024`)).status).toBe(403);
    expect((await get('otherAgent', `/brief.pdf?commune=${commune}&year=2024`)).status).toBe(403);
    expect((await get('elected', `/brief?commune=99799&year=2024`)).status).toBe(404);
  });

  it('sends the same brief as an A4 PDF attachment whose text carries the commune, every section and a critical figure', async () => {
    const response = await get('elected', `/brief.pdf?commune=${commune}&year=2024`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="note-conseil-notebourg-en-baroeul-2024.pdf"',
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brief-')), 'note.pdf');
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const info = (await run('pdfinfo', [file])).stdout;
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, ' ');
    for (const expected of [
      'Note au conseil municipal – Notebourg-en-Barœul',
      'Chiffres clés',
      'Alertes critiques (4)',
      'Exécution budgétaire',
      'Programmes à risque',
      'Les quartiers qui se distinguent',
      '+12,5 % au-delà de l’AP',
      'page 2 sur 2',
    ])
      expect(text).withContext(expected).toContain(expected);
    fs.rmSync(path.dirname(file), { recursive: true });
  }, 60_000);
});
