import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { addBuilding, monthlyBills, yearlyBill } from '../../../test/fixtures/fluids/bills';
import { testDatabase } from '../../../test/helpers/database';
import { getJson as getJsonAs, signIn, startTestApp } from '../../../test/helpers/http';
import { refreshMarts } from '../../db/refresh-marts';

const commune = '99220';
const other = '99221';

/** Fluids bills and alerts are internal: the story is told by a signed-in agent. */
let agent: Record<string, string> = {};
const getJson = (url: string) => getJsonAs(url, agent);
const fetchAsAgent = (url: string) => fetch(url, { headers: agent });

async function send(url: string, method: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: body ? { ...agent, 'content-type': 'application/json' } : agent,
    body: body ? JSON.stringify(body) : undefined,
  });
  return {
    status: response.status,
    body: response.status === 204 ? null : ((await response.json()) as any),
  };
}

describe('the fluids API over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    agent = await signIn(api.base, 'agent');
    await db.transaction(async (trx) => {
      await trx('communes').insert([
        { insee_code: commune, name: 'Fluideville', population: 20000, siren: '219922001' },
        { insee_code: other, name: 'Autreville', population: 1000 },
      ]);
      // H1: a supplier bill "du 15/01 au 14/02" (31 days: 17 in January, 14 in February), then calendar months
      await addBuilding(trx, commune, {
        id: 'H1',
        type: 'town_hall',
        area: 1200,
        name: 'Hôtel de ville',
      });
      await monthlyBills(trx, commune, 'H1', 'electricity', '2024-03', '2024-12', () => 1000, 0.2);
      await trx('meter_readings').insert({
        commune_insee: commune,
        building_id: 'H1',
        fluid: 'electricity',
        unit: 'kWh',
        period_start: '2024-01-15',
        period_end: '2024-02-14',
        quantity: 310,
        amount_eur: 62,
      });
      // W1: a school whose water doubles from October 2024 (a leak: 3 x 30 m3 at 4 EUR = 360 EUR)
      await addBuilding(trx, commune, {
        id: 'W1',
        type: 'school',
        area: 800,
        name: 'École des Tilleuls',
      });
      await monthlyBills(
        trx,
        commune,
        'W1',
        'water',
        '2020-01',
        '2024-12',
        (y, m) => (y === 2024 && m >= 10 ? 60 : 30),
        4,
      );
      // E1: a school with one abnormal month (June 2024, 500 kWh too many at 0.20 = 100 EUR)
      await addBuilding(trx, commune, {
        id: 'E1',
        type: 'school',
        area: 900,
        name: 'École des Lilas',
      });
      await monthlyBills(
        trx,
        commune,
        'E1',
        'electricity',
        '2020-01',
        '2024-12',
        (y, m) => (y === 2024 && m === 6 ? 1500 : 1000),
        0.2,
      );
      // T1: a 2,000 m² gym going the wrong way (2024 above its 2021 reference: 26,000 kWh above the path, 5,200 EUR)
      await addBuilding(trx, commune, { id: 'T1', type: 'gym', area: 2000, name: 'Gymnase' });
      for (const [year, kwh] of [
        [2020, 100_000],
        [2021, 120_000],
        [2022, 110_000],
        [2023, 105_000],
        [2024, 130_000],
      ]) {
        await yearlyBill(trx, commune, 'T1', 'electricity', year, kwh, 0.2);
      }
      // the same building id in another commune
      await addBuilding(trx, other, { id: 'T1', type: 'gym', area: 500 });
      await yearlyBill(trx, other, 'T1', 'electricity', 2024, 1000, 0.2);
    });
    await refreshMarts(db);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    for (const table of [
      'fluid_alert_acknowledgements',
      'fluid_alert_rules',
      'meter_readings',
      'meters',
      'buildings',
      'audit_log',
    ]) {
      await db(table).whereIn('commune_insee', [commune, other]).delete();
    }
    await db('communes').whereIn('insee_code', [commune, other]).delete();
    await refreshMarts(db);
  }, 60_000);

  it('serves the monthly contract: one row per month, prorated by days, with exactly the documented fields', async () => {
    const { status, body } = await getJson(
      `${api.base}/fluids/monthly?building=H1&fluid=electricity&commune=${commune}&to=2024-03`,
    );

    expect(status).toBe(200);
    expect(body).toEqual([
      {
        month: '2024-01',
        quantity: 170,
        unit: 'kWh',
        amount_eur: 34,
        complete: false,
        covered_days: 17,
        days_in_month: 31,
        quality_flags: [],
      },
      {
        month: '2024-02',
        quantity: 140,
        unit: 'kWh',
        amount_eur: 28,
        complete: false,
        covered_days: 14,
        days_in_month: 29,
        quality_flags: ['missing_readings'],
      },
      {
        month: '2024-03',
        quantity: 1000,
        unit: 'kWh',
        amount_eur: 200,
        complete: true,
        covered_days: 31,
        days_in_month: 31,
        quality_flags: [],
      },
    ]);
  });

  it('finds a building by id alone when it is unique, and asks for the commune when it is not', async () => {
    const unique = await getJson(`${api.base}/fluids/monthly?building=W1&fluid=water&from=2024-12`);
    const ambiguous = await getJson(`${api.base}/fluids/monthly?building=T1&fluid=electricity`);
    const unknown = await getJson(`${api.base}/fluids/monthly?building=NOPE&fluid=water`);
    const badFluid = await getJson(`${api.base}/fluids/monthly?building=W1&fluid=steam&from=2024-13`);

    expect(unique.body).toEqual([
      {
        month: '2024-12',
        quantity: 60,
        unit: 'm3',
        amount_eur: 240,
        complete: true,
        covered_days: 31,
        days_in_month: 31,
        quality_flags: [],
      },
    ]);
    expect([ambiguous.status, ambiguous.body.error.details[0].field]).toEqual([400, 'commune']);
    expect(unknown.status).toBe(404);
    expect(badFluid.status).toBe(400);
    expect(badFluid.body.error.details.map((d: any) => d.field)).toEqual(['fluid', 'from']);
  });

  it('lists the alerts most costly first, with at least the contract fields', async () => {
    const { status, body } = await getJson(`${api.base}/fluids/alerts?commune=${commune}`);

    expect(status).toBe(200);
    expect(body.map((a: any) => [a.building_id, a.fluid, a.kind, a.month, a.estimated_cost_eur])).toEqual([
      ['T1', 'energy', 'trajectory', '2024-12', 5200],
      ['W1', 'water', 'leak', '2024-12', 360],
      ['E1', 'electricity', 'anomaly', '2024-06', 100],
      // February 2024 of H1 is half billed: a gap, whose cost nobody knows (listed last)
      ['H1', 'electricity', 'missing_readings', '2024-02', null],
    ]);
    expect(body[1]).toEqual(
      jasmine.objectContaining({
        alert_key: 'leak|W1|water|2024-10',
        since_month: '2024-10',
        months: 3,
        building_name: 'École des Tilleuls',
        acknowledged: false,
      }),
    );
  });

  it('acknowledges an alert, hides it from the open ones, and withdraws the acknowledgement', async () => {
    const key = encodeURIComponent('leak|W1|water|2024-10');
    // the audit entries this story writes: those after the latest one written before it
    const { latest } = (await db('audit_log').max('id as latest').first()) as { latest: number | null };

    const acknowledged = await send(`${api.base}/fluids/alerts/${key}/acknowledgement`, 'PUT', {
      commune,
      comment: 'Fuite réparée le 3/12',
    });
    const open = await getJson(`${api.base}/fluids/alerts?commune=${commune}&status=open`);
    const done = await getJson(`${api.base}/fluids/alerts?commune=${commune}&status=acknowledged`);
    const withdrawn = await send(`${api.base}/fluids/alerts/${key}/acknowledgement?commune=${commune}`, 'DELETE');
    const again = await send(`${api.base}/fluids/alerts/${key}/acknowledgement?commune=${commune}`, 'DELETE');
    const unknown = await send(
      `${api.base}/fluids/alerts/${encodeURIComponent('leak|W1|water|1999-01')}/acknowledgement`,
      'PUT',
      { commune },
    );
    const audit = await db('audit_log')
      .where({ commune_insee: commune })
      .where('id', '>', latest ?? 0)
      .orderBy('id')
      .pluck('action');

    expect([acknowledged.status, acknowledged.body.acknowledged, acknowledged.body.comment]).toEqual([
      200,
      true,
      'Fuite réparée le 3/12',
    ]);
    expect(open.body.map((a: any) => a.kind)).toEqual(['trajectory', 'anomaly', 'missing_readings']);
    expect(done.body.map((a: any) => a.kind)).toEqual(['leak']);
    expect([withdrawn.status, again.status, unknown.status]).toEqual([204, 404, 404]);
    expect(audit).toEqual(['fluids.alert.acknowledge', 'fluids.alert.unacknowledge']);
  });

  it('lets an agent set a threshold per building type, which then raises alerts, and remove it', async () => {
    const created = await send(`${api.base}/fluids/alert-rules`, 'POST', {
      commune,
      building_type: 'school',
      fluid: 'electricity',
      threshold_kind: 'absolute',
      threshold_value: 1200,
      label: 'Écoles > 1 200 kWh/mois',
    });
    const listed = await getJson(`${api.base}/fluids/alert-rules?commune=${commune}`);
    const alerts = await getJson(`${api.base}/fluids/alerts?commune=${commune}&kind=rule`);
    const both = await send(`${api.base}/fluids/alert-rules`, 'POST', {
      commune,
      building_id: 'E1',
      building_type: 'school',
      threshold_kind: 'percent',
      threshold_value: 10,
    });
    const unknownBuilding = await send(`${api.base}/fluids/alert-rules`, 'POST', {
      commune,
      building_id: 'NOPE',
      threshold_kind: 'percent',
      threshold_value: 10,
    });
    const removed = await send(`${api.base}/fluids/alert-rules/${created.body.id}`, 'DELETE');
    const after = await getJson(`${api.base}/fluids/alerts?commune=${commune}&kind=rule`);

    expect(created.status).toBe(201);
    expect(listed.body.map((r: any) => [r.building_type, r.threshold_kind, r.threshold_value])).toEqual([
      ['school', 'absolute', 1200],
    ]);
    // E1's June 2024, 1,500 kWh: 300 kWh over the threshold, 60 EUR
    expect(
      alerts.body.map((a: any) => [a.building_id, a.month, a.excess_quantity, a.estimated_cost_eur, a.rule_id]),
    ).toEqual([['E1', '2024-06', 300, 60, created.body.id]]);
    expect([both.status, both.body.error.details[0].field]).toEqual([400, 'building_id']);
    expect(unknownBuilding.status).toBe(404);
    expect([removed.status, after.body]).toEqual([204, []]);
  });

  it('exports the alerts as a French CSV and as an XLSX workbook', async () => {
    const csv = await fetchAsAgent(`${api.base}/fluids/alerts?commune=${commune}&format=csv`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    const text = new TextDecoder('utf-8').decode(bytes); // drops the BOM
    const xlsx = await fetchAsAgent(`${api.base}/fluids/alerts?commune=${commune}&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];

    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`alertes-fluides-${commune}.csv`);
    expect([...bytes.slice(0, 3)])
      .withContext('UTF-8 BOM, for Excel')
      .toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = text.split('\r\n');
    expect(header.split(';').slice(0, 4)).toEqual(['alert_key', 'building_id', 'building_name', 'building_type']);
    expect(first).toContain(';trajectory;');
    expect(first).toContain(';5200;');
    expect(sheet.getRow(1).getCell(1).value).toBe('alert_key');
    expect(sheet.rowCount).toBe(5);
  });

  it('ranks the buildings of a year with their type median and open alerts, and shows one building in full', async () => {
    const ranking = await getJson(`${api.base}/fluids/buildings?commune=${commune}&year=2024`);
    const building = await getJson(`${api.base}/fluids/buildings/T1?commune=${commune}`);
    const months = await getJson(`${api.base}/fluids/buildings/W1/months?from=2024-10&to=2024-10`);
    const trajectory = await getJson(`${api.base}/fluids/buildings/T1/trajectory?commune=${commune}`);

    expect(ranking.body.map((b: any) => [b.building_id, b.kwh_per_m2, b.open_alerts])).toEqual([
      ['T1', 65, 1],
      ['E1', 13.89, 1],
      ['H1', 8.59, 0],
      ['W1', null, 1],
    ]);
    expect(building.body.building).toEqual(
      jasmine.objectContaining({
        commune_insee: commune,
        building_id: 'T1',
        name: 'Gymnase',
        type: 'gym',
      }),
    );
    expect(building.body.balances.map((b: any) => b.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(months.body).toEqual([
      jasmine.objectContaining({
        fluid: 'water',
        month: '2024-10',
        quantity: 60,
        quantity_previous_year: 30,
        anomalous: true,
        excess_cost_eur: 120,
      }),
    ]);
    expect(trajectory.body.map((t: any) => [t.year, t.status])).toEqual([
      [2021, 'on_track'],
      [2022, 'on_track'],
      [2023, 'on_track'],
      [2024, 'wrong_way'],
    ]);
  });

  it('serves the commune totals, the décret tertiaire list, the quality flags and the OPERAT file', async () => {
    const years = await getJson(`${api.base}/fluids/commune-years?commune=${commune}`);
    const months = await getJson(`${api.base}/fluids/commune-months?commune=${commune}&fluid=water&from=2024-12`);
    const trajectory = await getJson(`${api.base}/fluids/trajectory?commune=${commune}&year=2024`);
    const quality = await getJson(`${api.base}/fluids/quality?commune=${commune}&building=H1`);
    const operat = await fetchAsAgent(`${api.base}/fluids/operat?commune=${commune}&year=2024&format=csv`);
    const operatText = await operat.text();
    const costPerEntry = await getJson(`${api.base}/fluids/cost-per-entry?commune=${commune}`);
    const noCommune = await getJson(`${api.base}/fluids/alerts?commune=99299`);

    expect(years.body.find((y: any) => y.year === 2024 && y.fluid === 'water')).toEqual(
      jasmine.objectContaining({ quantity: 450, amount_eur: 1800, complete: true }),
    );
    expect(months.body).toEqual([
      jasmine.objectContaining({ month: '2024-12', quantity: 60, meters: 1, meters_missing: 0 }),
    ]);
    // H1 (1,200 m²) has no complete year yet: no reference, no trajectory
    expect(trajectory.body.map((t: any) => [t.building_id, t.gap_eur, t.status])).toEqual([['T1', 5200, 'wrong_way']]);
    // January before the first bill (15/01) is not missing; February is billed up to the 14th only
    expect(quality.body.map((q: any) => [q.month, q.missing_days, q.quality_flags])).toEqual([
      ['2024-02', 15, ['missing_readings']],
    ]);
    expect(operatText.split('\r\n')[0]).toBe(
      "SIREN de la structure;Identifiant interne EFA;Nom de l'EFA;Adresse;Surface de plancher (m²);" +
        'Année de consommation;Électricité (kWh);Gaz naturel (kWh PCS);Réseau de chaleur (kWh);Fioul domestique (kWh);Total énergie finale (kWh)',
    );
    expect(operatText.split('\r\n')[1]).toBe('219922001;T1;Gymnase;;2000;2024;130000;0;0;0;130000');
    expect(costPerEntry.body).toEqual([]);
    expect(noCommune.status).toBe(404);
  });

  it('tells anyone, without an account, what each type of building costs and where the commune stands on the décret', async () => {
    const types = await getJsonAs(`${api.base}/fluids/building-types?commune=${commune}&year=2024`, {});
    const trajectory = await getJsonAs(`${api.base}/fluids/commune-trajectory?commune=${commune}`, {});

    expect(types.status).toBe(200);
    const row = (type: string, group: string) =>
      types.body.find((r: any) => r.type === type && r.fluid_group === group);
    // W1's water: 9 months x 30 m3 + 3 x 60 m3 = 450 m3 at 4 EUR, over its 800 m² (0.5625 m3/m²)
    expect(row('school', 'water')).toEqual(
      jasmine.objectContaining({
        buildings: 1,
        heated_area_m2: 800,
        quantity: 450,
        amount_eur: 1800,
        quantity_per_m2: 0.56,
      }),
    );
    // the gym: 130,000 kWh at 0.20 EUR over 2,000 m²
    expect(row('gym', 'energy')).toEqual(
      jasmine.objectContaining({ buildings: 1, quantity: 130000, amount_eur: 26000, quantity_per_m2: 65 }),
    );
    expect(types.body.every((r: any) => r.year === 2024)).toBeTrue();
    expect(JSON.stringify(types.body))
      .withContext('no building is named')
      .not.toMatch(/T1|W1|Gymnase|Tilleuls/);

    // the rows carry exactly the fields the OpenAPI document promises
    const { body: openapi } = await getJson(`${api.base}/openapi.json`);
    const documented = (path: string) =>
      Object.keys(openapi.paths[path].get.responses['200'].content['application/json'].schema.items.properties).sort();
    expect(Object.keys(types.body[0]).sort()).toEqual(documented('/fluids/building-types'));
    expect(Object.keys(trajectory.body[0]).sort()).toEqual(documented('/fluids/commune-trajectory'));

    expect(trajectory.status).toBe(200);
    // only the gym is counted (H1 has no complete year): 130,000 kWh against a 104,000 kWh path from 120,000 in 2021
    expect(trajectory.body.find((r: any) => r.year === 2024)).toEqual(
      jasmine.objectContaining({
        buildings_counted: 1,
        reference_kwh: 120000,
        energy_kwh_corrected: 130000,
        target_kwh: 104000,
        reduction_vs_reference: -0.0833,
        status: 'wrong_way',
        buildings_wrong_way: 1,
      }),
    );
  });

  it('documents every fluids route in the OpenAPI document', async () => {
    const { body } = await getJson(`${api.base}/openapi.json`);

    expect(Object.keys(body.paths)).toEqual(
      jasmine.arrayContaining([
        '/fluids/monthly',
        '/fluids/alerts',
        '/fluids/alerts/{key}/acknowledgement',
        '/fluids/commune-years',
        '/fluids/commune-months',
        '/fluids/building-types',
        '/fluids/commune-trajectory',
        '/fluids/buildings',
        '/fluids/buildings/{building}',
        '/fluids/buildings/{building}/months',
        '/fluids/buildings/{building}/trajectory',
        '/fluids/trajectory',
        '/fluids/quality',
        '/fluids/operat',
        '/fluids/cost-per-entry',
        '/fluids/alert-rules',
        '/fluids/alert-rules/{id}',
      ]),
    );
    expect(
      body.paths['/fluids/monthly'].get.responses['200'].content['application/json'].schema.items.required,
    ).toEqual(['month', 'quantity', 'unit', 'amount_eur']);
  });
});
