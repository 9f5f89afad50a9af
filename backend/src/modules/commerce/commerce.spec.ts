import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { insertDays, insertSites, refreshCounts } from '../../../test/fixtures/commerce/counts';
import { deleteTownCentreCommune, insertPremises, insertQuartier } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, signIn, startTestApp } from '../../../test/helpers/http';

const commune = '99341';

describe('the commercial vacancy API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  let wazemmes: number;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(async (trx) => {
      await trx('communes').insert({
        insee_code: commune,
        name: 'Commerceville',
        population: 30000,
      });
      const centre = await insertQuartier(trx, commune, 'Centre');
      wazemmes = await insertQuartier(trx, commune, 'Wazemmes');
      await insertPremises(trx, commune, [
        // rue de Béthune: 1 of 4 vacant a year ago, 2 of 4 on 2025-06-30, one of them for over a year
        {
          id: 'B1',
          street: 'rue de Béthune',
          quartier_id: centre,
          surface_m2: 100,
          history: [
            ['2023-01-01', 'occupied', 'alimentaire'],
            ['2024-03-01', 'vacant'],
          ],
        },
        {
          id: 'B2',
          street: 'rue de Béthune',
          quartier_id: centre,
          surface_m2: 50,
          history: [
            ['2023-01-01', 'occupied', 'restauration'],
            ['2025-05-02', 'vacant'],
          ],
        },
        {
          id: 'B3',
          street: 'rue de Béthune',
          quartier_id: centre,
          surface_m2: 80,
          history: [['2023-01-01', 'occupied', 'services']],
        },
        {
          id: 'B4',
          street: 'rue de Béthune',
          quartier_id: centre,
          surface_m2: 70,
          history: [['2023-01-01', 'occupied', 'restauration']],
        },
        // rue Léon Gambetta: 1 of 2 vacant, works on the third
        {
          id: 'G1',
          street: 'rue Léon Gambetta',
          quartier_id: wazemmes,
          surface_m2: 60,
          history: [
            ['2023-01-01', 'vacant'],
            ['2024-09-01', 'occupied', 'alimentaire'],
          ],
        },
        {
          id: 'G2',
          street: 'rue Léon Gambetta',
          quartier_id: wazemmes,
          surface_m2: 40,
          history: [
            ['2023-01-01', 'occupied', 'services'],
            ['2025-06-15', 'vacant'],
          ],
        },
        {
          id: 'G3',
          street: 'rue Léon Gambetta',
          quartier_id: wazemmes,
          surface_m2: 90,
          history: [
            ['2023-01-01', 'vacant'],
            ['2025-06-20', 'works'],
          ],
        },
      ]);
      await insertSites(trx, commune, [{ site_id: 'P1', street: 'rue de Béthune', zone: 'Centre' }]);
      await insertDays(trx, commune, 'P1', '2024-06-01', '2024-06-03', 480);
      await insertDays(trx, commune, 'P1', '2025-06-01', '2025-06-03', 360);
      await refreshCounts(trx);
      await trx.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
    });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await deleteTownCentreCommune(db, commune);
    await db.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
    await refreshCounts(db as Knex.Transaction);
  }, 60_000);

  it('answers the stable contract GET /commerce/vacancy by street and by quartier', async () => {
    const byStreet = await getJson(`${api.base}/commerce/vacancy?commune=${commune}&date=2025-06-30&by=street`);
    const byQuartier = await getJson(`${api.base}/commerce/vacancy?commune=${commune}&date=2025-06-30&by=quartier`);

    expect(byStreet.status).toBe(200);
    // rue de Béthune: B1 (since 01/03/2024, 486 days) and B2 (since 02/05/2025, 59 days) vacant of 4: 0.5;
    // 150 of 300 m²; median (59 + 486) / 2 = 272.5. rue Léon Gambetta: G2 vacant of G1, G2 (G3 under works): 0.5
    expect(byStreet.body).toEqual([
      {
        street: 'rue de Béthune',
        quartier: 'Centre',
        premises: 4,
        occupied: 2,
        vacant: 2,
        works: 0,
        vacancy_rate: 0.5,
        surface_m2: 300,
        vacant_surface_m2: 150,
        vacancy_rate_surface: 0.5,
        vacant_over_1_year: 1,
        vacant_over_3_years: 0,
        structural_vacancy_rate: 0.25,
        median_vacant_days: 272.5,
      },
      {
        street: 'rue Léon Gambetta',
        quartier: 'Wazemmes',
        premises: 2,
        occupied: 1,
        vacant: 1,
        works: 1,
        vacancy_rate: 0.5,
        surface_m2: 100,
        vacant_surface_m2: 40,
        vacancy_rate_surface: 0.4,
        vacant_over_1_year: 0,
        vacant_over_3_years: 0,
        structural_vacancy_rate: 0,
        median_vacant_days: 15,
      },
    ]);
    expect(
      byQuartier.body.map((r: any) => [
        r.quartier,
        r.quartier_id,
        r.premises,
        r.vacant,
        r.vacancy_rate,
        r.vacant_over_1_year,
      ]),
    ).toEqual([
      ['Centre', jasmine.any(Number), 4, 2, 0.5, 1],
      ['Wazemmes', wazemmes, 2, 1, 0.5, 0],
    ]);
  });

  it('refuses a malformed date or level and says so, and answers 404 for an unknown commune', async () => {
    const badDate = await getJson(`${api.base}/commerce/vacancy?commune=${commune}&date=30/06/2025&by=rue`);
    const unknown = await getJson(`${api.base}/commerce/vacancy?commune=99399&date=2025-06-30`);
    const impossible = await getJson(`${api.base}/commerce/vacancy?commune=${commune}&date=2025-02-30`);

    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details.map((d: any) => d.field)).toEqual(['date', 'by']);
    expect(unknown.status).toBe(404);
    expect(impossible.status).toBe(400);
  });

  it('exports the contract as a French CSV and as an XLSX workbook', async () => {
    const csv = await fetch(`${api.base}/commerce/vacancy?commune=${commune}&date=2025-06-30&by=street&format=csv`);
    const xlsx = await fetch(`${api.base}/commerce/vacancy?commune=${commune}&date=2025-06-30&by=street&format=xlsx`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];

    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('vacance-99341-street-2025-06-30.csv');
    // a UTF-8 byte order mark first, so Excel FR keeps the accents
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFRue;Quartier;Locaux actifs (occupés + vacants);Occupés;Vacants;En travaux;Taux de vacance;' +
        'Surface (m²);Surface vacante (m²);Taux de vacance en surface;Vacants depuis 1 an ou plus;Vacants depuis 3 ans ou plus;' +
        'Taux de vacance structurelle;Durée médiane de vacance (jours)',
    );
    expect(text.split('\r\n')[1]).toBe('rue de Béthune;Centre;4;2;2;0;50%;300;150;50%;1;0;25%;272,5');
    expect(sheet.getRow(1).getCell(1).value).toBe('Rue');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'rue de Béthune',
      'Centre',
      4,
      2,
      2,
      0,
      0.5,
      300,
      150,
      0.5,
      1,
      0,
      0.25,
      272.5,
    ]);
  });

  it('gives the overview, the monthly series of a street and the streets with footfall beside vacancy', async () => {
    const overview = await getJson(`${api.base}/commerce/overview?commune=${commune}&date=2025-06-30`);
    const monthly = await getJson(
      `${api.base}/commerce/vacancy/monthly?commune=${commune}&by=street&key=${encodeURIComponent('rue de Béthune')}&from=2025-05&to=2025-06`,
    );
    const streets = await getJson(`${api.base}/commerce/streets?commune=${commune}&month=2025-06`);
    const history = await getJson(
      `${api.base}/commerce/streets/history?commune=${commune}&street=${encodeURIComponent('rue de Béthune')}`,
    );

    // 6 active on 30/06/2025 (B1-B4, G1, G2), 3 vacant; a year before all 7 were active, B1, G1 and G3 vacant
    expect([overview.body.vacancy.premises, overview.body.vacancy.vacant, overview.body.vacancy.vacancy_rate]).toEqual([
      6, 3, 0.5,
    ]);
    expect([
      overview.body.year_before.date,
      overview.body.year_before.vacancy.premises,
      overview.body.year_before.vacancy.vacant,
    ]).toEqual(['2024-06-30', 7, 3]);
    expect(overview.body.latest_status_date).toBe('2025-06-20');
    expect(overview.body.references.map((r: any) => r.reference_id)).toContain('alert-threshold');
    expect(
      monthly.body.map((r: any) => [
        r.month,
        r.premises,
        r.vacant,
        r.vacancy_rate,
        r.closures,
        r.vacancy_rate_change_12m,
      ]),
    ).toEqual([
      // May 2025: B2 closes; a year before (May 2024) B1 alone was vacant: 0.25 -> 0.5
      ['2025-05', 4, 2, 0.5, 1, 0.25],
      ['2025-06', 4, 2, 0.5, 0, 0.25],
    ]);
    // P1 counted 480 a day in June 2024 and 360 in June 2025: -25 %
    expect(
      streets.body.map((r: any) => [
        r.street,
        r.vacancy_rate,
        r.vacancy_rate_change_12m,
        r.counting_sites,
        r.footfall_mean_daily,
        r.footfall_change_12m,
      ]),
    ).toEqual([
      ['rue de Béthune', 0.5, 0.25, 1, 360, -0.25],
      ['rue Léon Gambetta', 0.5, -0.1667, 0, null, null],
    ]);
    expect(history.body.find((r: any) => r.month === '2025-06')).toEqual(
      jasmine.objectContaining({ footfall_mean_daily: 360, footfall_change_12m: -0.25 }),
    );
  });

  it("lists the premises of a street on a day and tells a premises' history (both internal)", async () => {
    const agent = await signIn(api.base, 'agent');
    const premisesUrl = `${api.base}/commerce/premises?commune=${commune}&date=2025-06-30&street=${encodeURIComponent('rue de Béthune')}&status=vacant`;
    const anonymousList = await getJson(premisesUrl);
    const premises = await getJson(premisesUrl, agent);
    const anonymous = await getJson(`${api.base}/commerce/premises/B1?commune=${commune}`);
    const b1 = await getJson(`${api.base}/commerce/premises/B1?commune=${commune}`, agent);
    const missing = await getJson(`${api.base}/commerce/premises/NOPE?commune=${commune}`, agent);

    expect(anonymous.status).withContext("a premises' history is internal").toBe(401);
    expect(anonymousList.status).withContext('the list of premises on a day is internal').toBe(401);

    expect(
      premises.body.map((p: any) => [p.premises_id, p.status, p.vacant_since, p.vacant_days, p.vacant_over_1_year]),
    ).toEqual([
      ['B1', 'vacant', '2024-03-01', 486, true],
      ['B2', 'vacant', '2025-05-02', 59, false],
    ]);
    expect(b1.body.street).toBe('rue de Béthune');
    expect(b1.body.periods).toEqual([
      {
        valid_from: '2023-01-01',
        valid_to: '2024-02-29',
        status: 'occupied',
        activity: 'alimentaire',
        previous_status: null,
        vacant_since: null,
      },
      {
        valid_from: '2024-03-01',
        valid_to: null,
        status: 'vacant',
        activity: null,
        previous_status: 'occupied',
        vacant_since: '2024-03-01',
      },
    ]);
    expect(missing.status).toBe(404);
    const timelineUrl = `${api.base}/commerce/streets/timeline?commune=${commune}&street=${encodeURIComponent('rue Léon Gambetta')}`;
    const timeline = await getJson(timelineUrl, agent);
    expect((await getJson(timelineUrl)).status)
      .withContext("a street's premises-by-premises history is internal")
      .toBe(401);
    expect(
      timeline.body.filter((p: any) => p.premises_id === 'G3').map((p: any) => [p.valid_from, p.valid_to, p.status]),
    ).toEqual([
      ['2023-01-01', '2025-06-19', 'vacant'],
      ['2025-06-20', null, 'works'],
    ]);
  });

  it('gives the activity mix, the durations of vacancy and the comparison with the national references', async () => {
    const mix = await getJson(
      `${api.base}/commerce/activity-mix?commune=${commune}&date=2025-06-30&by=street&key=${encodeURIComponent('rue de Béthune')}`,
    );
    const durations = await getJson(`${api.base}/commerce/durations?commune=${commune}`);
    const references = await getJson(`${api.base}/commerce/references?commune=${commune}`);

    expect(mix.body.map((r: any) => [r.activity, r.premises, r.share])).toEqual([
      ['restauration', 1, 0.5],
      ['services', 1, 0.5],
    ]);
    // 2024: G1's spell (01/01/2023 to 01/09/2024: 609 days) ended; B1 and G3 still vacant on 31/12/2024
    expect(durations.body.find((r: any) => r.year === 2024)).toEqual(
      jasmine.objectContaining({ spells_ended: 1, median_days_ended: 609, spells_ongoing: 2 }),
    );
    const threshold = references.body.find((r: any) => r.year === 2025 && r.reference_id === 'alert-threshold');
    expect([threshold.vacancy_rate, threshold.reference_rate, threshold.above_reference]).toEqual([0.5, 0.075, true]);
  });

  it('documents every route it serves in the OpenAPI document', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);

    expect(Object.keys(body.paths)).toEqual(
      jasmine.arrayContaining([
        '/commerce/vacancy',
        '/commerce/overview',
        '/commerce/vacancy/monthly',
        '/commerce/streets',
        '/commerce/streets/history',
        '/commerce/activity-mix',
        '/commerce/durations',
        '/commerce/references',
        '/commerce/premises',
        '/commerce/premises/{premises}',
        '/commerce/streets/timeline',
      ]),
    );
    expect(body.paths['/commerce/vacancy'].get.parameters.map((p: any) => p.name)).toEqual([
      'commune',
      'date',
      'by',
      'format',
    ]);
  });
});
