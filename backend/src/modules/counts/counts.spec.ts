import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { impactFixture, refreshCounts } from '../../../test/fixtures/commerce/counts';
import { deleteTownCentreCommune } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';
import { getJson, startTestApp } from '../../../test/helpers/http';

const commune = '99342';

describe('the flow counts API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(async (trx) => {
      await trx('communes').insert({ insee_code: commune, name: 'Compteville', population: 30000 });
      // Z1 (zone Wazemmes) under works 4-6 March 2024; C1, C2 controls in the Centre; B1 a bike counter (see the fixture)
      await impactFixture(trx, commune);
      await trx('interventions').insert({
        commune_insee: commune,
        intervention_id: 'INT-1',
        name: 'Travaux rue Léon Gambetta',
        kind: 'works',
        street: 'rue Léon Gambetta',
        start_date: '2024-03-04',
        end_date: '2024-03-06',
        site_ids: ['Z1'],
      });
      await trx('counting_sites')
        .where({ commune_insee: commune, site_id: 'Z1' })
        .update({ street: 'rue Léon Gambetta' });
    });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await deleteTownCentreCommune(db, commune);
    await refreshCounts(db as Knex.Transaction);
  }, 60_000);

  it('lists the sites with their volumes and completeness over a period', async () => {
    const { status, body } = await getJson(
      `${api.base}/counts/sites?commune=${commune}&from=2024-03-01&to=2024-03-09&kind=pedestrian`,
    );

    expect(status).toBe(200);
    // C2 was faulty 12 hours on 5 March: 204 valid hours of 216 = 0.9444; 8 x 240 + 120 = 2040 counted
    expect(
      body.map((s: any) => [
        s.site_id,
        s.days_followed,
        s.days_complete,
        s.hours_fault,
        s.completeness,
        s.count_total,
        s.mean_daily_complete,
      ]),
    ).toEqual([
      ['C1', 9, 9, 0, 1, 4320, 480],
      ['C2', 9, 8, 12, 0.9444, 2040, 240],
      // Z1 is followed since its 2023 data: every day of the period is on its spine
      ['Z1', 9, 9, 0, 1, 2160, 240],
    ]);
  });

  it('gives daily, monthly and year-on-year counts per zone, and the default period ends at the latest counts', async () => {
    const daily = await getJson(
      `${api.base}/counts/daily?commune=${commune}&level=zone&zone=Centre&from=2024-03-04&to=2024-03-06`,
    );
    const monthly = await getJson(
      `${api.base}/counts/periods?commune=${commune}&period=month&level=commune&from=2024-03-01&to=2024-03-31`,
    );
    const byDefault = await getJson(`${api.base}/counts/daily?commune=${commune}&level=commune`);
    const yoy = await getJson(
      `${api.base}/counts/year-on-year?commune=${commune}&from=2024-03-04&to=2024-03-06&level=site&kind=pedestrian`,
    );

    expect(daily.body.map((r: any) => [r.day, r.count_total, r.sites, r.sites_complete, r.completeness])).toEqual([
      ['2024-03-04', 720, 2, 2, 1],
      ['2024-03-05', 600, 2, 1, 0.75],
      ['2024-03-06', 720, 2, 2, 1],
    ]);
    // pedestrians in March 2024: Z1 2160 + C1 4320 + C2 2040
    expect(monthly.body.map((r: any) => [r.period_start, r.kind, r.count_total, r.sites_reporting])).toEqual([
      ['2024-03-01', 'pedestrian', 8520, 3],
    ]);
    expect(byDefault.body[byDefault.body.length - 1].day).toBe('2024-03-09');
    // 4-6 March 2024 fall in the zone B winter holidays, 6-8 March 2023 did not: no day compares, and the reply says why
    expect(yoy.body.rows.find((r: any) => r.site_id === 'Z1')).toEqual(
      jasmine.objectContaining({
        current_total: null,
        previous_total: null,
        change_rate: null,
        days_compared: 0,
        site_days_calendar: 3,
        site_days_gap: 0,
      }),
    );
  });

  it('gives the hour x weekday profile of a year', async () => {
    const { body } = await getJson(`${api.base}/counts/profile?commune=${commune}&year=2024&level=site&site=C1`);

    // C1 counts 480 a day spread evenly: 20 an hour, 1/24 of each day
    expect(body.length).toBe(7 * 24);
    expect(body.every((r: any) => r.mean_count === 20 && r.share_of_day === 0.0417)).toBeTrue();
  });

  it('analyses an intervention: before, during and after, against the control sites', async () => {
    const { status, body } = await getJson(`${api.base}/counts/impact?commune=${commune}&intervention=INT-1&window=3`);

    expect(status).toBe(200);
    expect(body.intervention.name).toBe('Travaux rue Léon Gambetta');
    expect(body.sites.map((s: any) => [s.site_id, s.grp])).toEqual([
      ['C1', 'control'],
      ['C2', 'control'],
      ['Z1', 'zone'],
    ]);
    // the figures of the view's spec (kpi_flows_impact_summary): -50 % during, effect -50.68 % [-60.80 %, -37.93 %]
    expect(
      body.summary.map((r: any) => [
        r.period,
        r.days_compared,
        r.zone_mean_daily,
        r.zone_change,
        r.effect,
        r.effect_low,
        r.effect_high,
      ]),
    ).toEqual([
      ['before', 3, 240, null, null, null, null],
      ['during', 3, 120, -0.5, -0.5068, -0.608, -0.3793],
      ['after', 3, 360, 0.5, 0.5, 0.5, 0.5],
    ]);
    expect(body.daily.length).toBe(9);
  });

  it('analyses an ad hoc period on a street with named controls, and exports it as a workbook', async () => {
    const adHoc = await getJson(
      `${api.base}/counts/impact?commune=${commune}&street=${encodeURIComponent('rue Léon Gambetta')}&start=2024-03-04&end=2024-03-06&controls=C1&window=3`,
    );
    const xlsx = await fetch(
      `${api.base}/counts/impact?commune=${commune}&sites=Z1&start=2024-03-04&end=2024-03-06&window=3&format=xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());

    expect(adHoc.body.sites.map((s: any) => s.site_id)).toEqual(['C1', 'Z1']);
    expect(adHoc.body.summary[1].control_change).toBe(0);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Jours', 'Sites']);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Période');
    expect(workbook.worksheets[0].getRow(3).getCell(1).value).toBe('during');
  });

  it('explains what is missing or wrong in an impact request', async () => {
    const nothing = await getJson(`${api.base}/counts/impact?commune=${commune}`);
    const unknownSite = await getJson(
      `${api.base}/counts/impact?commune=${commune}&sites=Z1,NOPE&start=2024-03-04&end=2024-03-06`,
    );
    const noControl = await getJson(
      `${api.base}/counts/impact?commune=${commune}&sites=B1&start=2024-03-04&end=2024-03-06`,
    );
    const unknownIntervention = await getJson(`${api.base}/counts/impact?commune=${commune}&intervention=INT-9`);
    const list = await getJson(`${api.base}/counts/interventions?commune=${commune}`);

    expect(nothing.status).toBe(400);
    expect(nothing.body.error.details.map((d: any) => d.field)).toEqual(['start', 'sites']);
    expect([unknownSite.status, unknownSite.body.error.message]).toEqual([
      422,
      'Sites de comptage inconnus dans la commune 99342 : NOPE',
    ]);
    // B1 is the only bike counter: nothing to compare it with
    expect(noControl.status).toBe(422);
    expect(unknownIntervention.status).toBe(404);
    expect(list.body.map((i: any) => [i.intervention_id, i.start_date, i.end_date, i.site_ids])).toEqual([
      ['INT-1', '2024-03-04', '2024-03-06', ['Z1']],
    ]);
  });
});
