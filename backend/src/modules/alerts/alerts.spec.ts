import type { Knex } from 'knex';
import { countDays, insertProgrammes, street } from '../../../test/fixtures/alerts/alerts';
import { insertSites, refreshCounts } from '../../../test/fixtures/commerce/counts';
import { insertPremises } from '../../../test/fixtures/commerce/premises';
import { testDatabase } from '../../../test/helpers/database';
import { signIn, startTestApp } from '../../../test/helpers/http';

const commune = '99710';
const other = '99711';

/**
 * The alerts centre's budget, commerce and flows alerts over real HTTP, on a commune with one source of each:
 *   programmes P1 (CP 1 125 000 on an AP of 1 000 000: 12.50 %, 125 000 EUR), P2 (CP planned 2 100 000 on
 *   2 000 000: 5.00 %, 100 000 EUR; 12.0 months late), P3 (7.0 months late);
 *   rue Haute, 10 premises, one vacant from 10/02/2024: +10 points in February 2024;
 *   counters F1 (2 400 a day in March 2023, 1 200 in March 2024: -50 %) and F2 (2 400, then 1 800: -25 %).
 * With the default thresholds (0 %, 6 months, 5 points, 20 %): high are P1's overrun (12.50 > 10 at threshold 0),
 * F1 (50 >= 40), P2's slippage (12.0 >= 12) and rue Haute (10 >= 10); medium are P2's overrun, F2 and P3.
 */
async function insertFixture(trx: Knex.Transaction): Promise<void> {
  await trx('communes').insert([
    { insee_code: commune, name: 'Alerteville', population: 20000 },
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
    {
      id: 'P3',
      name: 'Médiathèque',
      ap: 300_000,
      plannedEnd: '2025-01-31',
      expectedEnd: '2025-08-31',
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
  await insertSites(trx, commune, [
    { site_id: 'F1', street: 'rue Haute', name: 'Piétons rue Haute' },
    { site_id: 'F2', street: 'rue Basse', name: 'Piétons rue Basse' },
  ]);
  await countDays(trx, commune, 'F1', '2023-03-01', '2023-03-31', 2400);
  await countDays(trx, commune, 'F1', '2024-03-01', '2024-03-31', 1200);
  await countDays(trx, commune, 'F2', '2023-03-01', '2023-03-31', 2400);
  await countDays(trx, commune, 'F2', '2024-03-01', '2024-03-31', 1800);
}

async function refresh(db: Knex): Promise<void> {
  await db.raw('refresh materialized view analytics.kpi_commerce_vacancy_monthly');
  await refreshCounts(db as Knex.Transaction);
}

const openOrder = [
  'programme_overrun|P1',
  'footfall_drop|F1|2024-03',
  'programme_slippage|P2',
  'vacancy_spike|rue Haute|2024-02',
  'programme_overrun|P2',
  'footfall_drop|F2|2024-03',
  'programme_slippage|P3',
];

describe('the alerts API (budget, commerce, flows) over HTTP', () => {
  let api: Awaited<ReturnType<typeof startTestApp>>;
  let db: Knex;
  const as: Record<string, Record<string, string>> = {};

  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const headers = body === undefined ? as[who] : { ...as[who], 'content-type': 'application/json' };
    const response = await fetch(`${api.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? (JSON.parse(text) as any) : null };
  };
  const auditOf = (action: string) => db('audit_log').where({ commune_insee: commune, action }).orderBy('id');

  beforeAll(async () => {
    db = (await testDatabase()).knex;
    api = await startTestApp();
    await db.transaction(insertFixture);
    await refresh(db);
    as['anonymous'] = {};
    as['public'] = await signIn(api.base, 'public');
    as['elected'] = await signIn(api.base, 'elected');
    as['agent'] = await signIn(api.base, 'agent');
    as['otherAgent'] = await signIn(api.base, 'agent', other);
  }, 120_000);

  // the fixture is read by every spec; what a spec changes (thresholds, acknowledgements, their audit entries) starts
  // afresh for the next one, whatever the order
  beforeEach(async () => {
    for (const table of ['alert_acknowledgements', 'alert_thresholds', 'audit_log'])
      await db(table).whereIn('commune_insee', [commune, other]).delete();
  });

  afterAll(async () => {
    await api.close();
    for (const table of [
      'alert_acknowledgements',
      'alert_thresholds',
      'audit_log',
      'counts_hourly',
      'counting_sites',
      'premises_status',
      'premises',
      'programme_credits',
      'programmes',
      'users',
    ]) {
      await db(table).whereIn('commune_insee', [commune, other]).delete();
    }
    await db('communes').whereIn('insee_code', [commune, other]).delete();
    await refresh(db);
  }, 120_000);

  it('lists the open alerts, high severity first, then the costliest, then the largest, numbers as numbers', async () => {
    const { status, body } = await call('elected', 'GET', `/alerts?commune=${commune}`);

    expect(status).toBe(200);
    expect(body.map((r: any) => r.alert_key)).toEqual(openOrder);
    expect(body.map((r: any) => r.severity)).toEqual(['high', 'high', 'high', 'high', 'medium', 'medium', 'medium']);
    expect(body[0]).toEqual({
      commune_insee: commune,
      alert_key: 'programme_overrun|P1',
      family: 'budget',
      kind: 'programme_overrun',
      subject_id: 'P1',
      subject_label: 'Groupe scolaire',
      quartier: null,
      street: null,
      first_month: null,
      last_month: null,
      value: 12.5,
      unit: '%',
      threshold_value: 0,
      reference_value: 1_000_000,
      current_value: 1_125_000,
      estimated_cost_eur: 125_000,
      severity: 'high',
      status: 'open',
      acknowledged_by: null,
      acknowledged_at: null,
      comment: null,
    });
    expect(body[1]).toEqual(
      jasmine.objectContaining({
        family: 'flows',
        subject_label: 'Piétons rue Haute',
        first_month: '2024-03',
        last_month: '2024-03',
        value: 50,
        threshold_value: 20,
        reference_value: 2400,
        current_value: 1200,
      }),
    );
    expect(body[3]).toEqual(
      jasmine.objectContaining({
        unit: 'points',
        value: 10,
        reference_value: 0,
        current_value: 0.1,
      }),
    );
  });

  it('filters by family, status and limit', async () => {
    const flows = await call('agent', 'GET', `/alerts?commune=${commune}&family=flows`);
    const two = await call('agent', 'GET', `/alerts?commune=${commune}&limit=2&status=all`);
    const acknowledged = await call('agent', 'GET', `/alerts?commune=${commune}&status=acknowledged`);

    expect(flows.body.map((r: any) => r.subject_id)).toEqual(['F1', 'F2']);
    expect(two.body.map((r: any) => r.alert_key)).toEqual(openOrder.slice(0, 2));
    expect(acknowledged.body).toEqual([]);
  });

  it('gives the four thresholds with their defaults', async () => {
    const { status, body } = await call('elected', 'GET', `/alerts/thresholds?commune=${commune}`);

    expect(status).toBe(200);
    expect(body).toEqual([
      {
        kind: 'programme_overrun',
        family: 'budget',
        threshold_value: 0,
        default_value: 0,
        unit: '%',
        updated_by: null,
        updated_at: null,
      },
      {
        kind: 'programme_slippage',
        family: 'budget',
        threshold_value: 6,
        default_value: 6,
        unit: 'months',
        updated_by: null,
        updated_at: null,
      },
      {
        kind: 'vacancy_spike',
        family: 'commerce',
        threshold_value: 5,
        default_value: 5,
        unit: 'points',
        updated_by: null,
        updated_at: null,
      },
      {
        kind: 'footfall_drop',
        family: 'flows',
        threshold_value: 20,
        default_value: 20,
        unit: '%',
        updated_by: null,
        updated_at: null,
      },
    ]);
  });

  it('asks for a sign-in, refuses the public role, and lets elected officials read but not write', async () => {
    const reads = [`/alerts?commune=${commune}`, `/alerts/thresholds?commune=${commune}`];
    const writes: [string, string, unknown?][] = [
      ['PUT', '/alerts/programme_overrun%7CP1/acknowledgement', { commune }],
      ['DELETE', `/alerts/programme_overrun%7CP1/acknowledgement?commune=${commune}`],
      ['PUT', '/alerts/thresholds/footfall_drop', { commune, threshold_value: 10 }],
    ];
    for (const path of reads) {
      expect((await call('anonymous', 'GET', path)).status)
        .withContext(`anonymous ${path}`)
        .toBe(401);
      expect((await call('public', 'GET', path)).status)
        .withContext(`public ${path}`)
        .toBe(403);
      expect((await call('elected', 'GET', path)).status)
        .withContext(`elected ${path}`)
        .toBe(200);
    }
    for (const [method, path, body] of writes) {
      expect((await call('anonymous', method, path, body)).status)
        .withContext(`anonymous ${method} ${path}`)
        .toBe(401);
      expect((await call('public', method, path, body)).status)
        .withContext(`public ${method} ${path}`)
        .toBe(403);
      expect((await call('elected', method, path, body)).status)
        .withContext(`elected ${method} ${path}`)
        .toBe(403);
    }
    expect(await db('alert_thresholds').where({ commune_insee: commune })).toEqual([]);
    expect(await db('alert_acknowledgements').where({ commune_insee: commune })).toEqual([]);
  });

  it("keeps an agent limited to another commune out of this one's alerts, whatever the parameters say", async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/alerts?commune=${commune}`],
      ['GET', `/alerts/thresholds?commune=${commune}`],
      ['PUT', '/alerts/programme_overrun%7CP1/acknowledgement', { commune }],
      ['DELETE', `/alerts/programme_overrun%7CP1/acknowledgement?commune=${commune}`],
      ['PUT', '/alerts/thresholds/footfall_drop', { commune, threshold_value: 10 }],
    ];
    for (const [method, path, body] of attempts) {
      const response = await call('otherAgent', method, path, body);
      expect(response.status).withContext(`${method} ${path}`).toBe(403);
      expect(response.text).not.toContain('Groupe scolaire');
    }
    expect((await call('otherAgent', 'GET', `/alerts?commune=${other}`)).body).toEqual([]);
    expect(await db('alert_thresholds').where({ commune_insee: commune })).toEqual([]);
  });

  it('changes the list when an agent changes a threshold, and writes the old and new values to the audit log', async () => {
    const saved = await call('agent', 'PUT', '/alerts/thresholds/footfall_drop', {
      commune,
      threshold_value: 30,
    });

    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      kind: 'footfall_drop',
      family: 'flows',
      threshold_value: 30,
      default_value: 20,
      unit: '%',
      updated_by: 'agent@tests.pilotage.fr',
      updated_at: jasmine.any(String),
    });
    const after = (await call('agent', 'GET', `/alerts?commune=${commune}&family=flows`)).body;
    // F2's -25 % no longer reaches 30 %; F1's -50 % is below 2 x 30: medium now
    expect(after.map((r: any) => [r.alert_key, r.threshold_value, r.severity])).toEqual([
      ['footfall_drop|F1|2024-03', 30, 'medium'],
    ]);
    const thresholds = (await call('elected', 'GET', `/alerts/thresholds?commune=${commune}`)).body;
    expect(thresholds[3]).toEqual(
      jasmine.objectContaining({ threshold_value: 30, updated_by: 'agent@tests.pilotage.fr' }),
    );

    await call('agent', 'PUT', '/alerts/thresholds/footfall_drop', {
      commune,
      threshold_value: 20,
    });
    const audit = await auditOf('alert.threshold');
    expect(audit.map((a) => [a.actor, a.target, a.details])).toEqual([
      [
        'agent@tests.pilotage.fr',
        'footfall_drop',
        {
          kind: 'footfall_drop',
          old_value: 20,
          old_was_default: true,
          new_value: 30,
          default_value: 20,
        },
      ],
      [
        'agent@tests.pilotage.fr',
        'footfall_drop',
        {
          kind: 'footfall_drop',
          old_value: 30,
          old_was_default: false,
          new_value: 20,
          default_value: 20,
        },
      ],
    ]);
    expect((await call('agent', 'GET', `/alerts?commune=${commune}`)).body.length).toBe(7);
  });

  it('puts a threshold back to its default, audited, and keeps elected officials from doing so', async () => {
    await call('agent', 'PUT', '/alerts/thresholds/programme_slippage', {
      commune,
      threshold_value: 12,
    });

    const refused = await call('elected', 'DELETE', `/alerts/thresholds/programme_slippage?commune=${commune}`);
    const reset = await call('agent', 'DELETE', `/alerts/thresholds/programme_slippage?commune=${commune}`);

    expect(refused.status).toBe(403);
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual(
      jasmine.objectContaining({
        kind: 'programme_slippage',
        threshold_value: 6,
        default_value: 6,
        updated_by: null,
      }),
    );
    const audit = await auditOf('alert.threshold');
    expect(audit[audit.length - 1].details).toEqual({
      kind: 'programme_slippage',
      old_value: 12,
      old_was_default: false,
      new_value: 6,
      default_value: 6,
    });
  });

  it('refuses an unknown kind or an out-of-range threshold with a clear French message', async () => {
    const unknown = await call('agent', 'PUT', '/alerts/thresholds/flood', {
      commune,
      threshold_value: 5,
    });
    const tooHigh = await call('agent', 'PUT', '/alerts/thresholds/vacancy_spike', {
      commune,
      threshold_value: 1001,
    });
    const negative = await call('agent', 'PUT', '/alerts/thresholds/vacancy_spike', {
      commune,
      threshold_value: -1,
    });
    const text = await call('agent', 'PUT', '/alerts/thresholds/vacancy_spike', {
      commune,
      threshold_value: 'cinq',
    });

    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'Adresse invalide : kind est inconnu (« flood ») : attendu programme_overrun, ' +
        'programme_slippage, vacancy_spike ou footfall_drop',
    );
    for (const response of [tooHigh, negative]) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'Données envoyées invalides : threshold_value doit être compris entre 0 et 1 000',
      );
    }
    expect(text.status).toBe(400);
    expect(text.body.error.message).toBe('Données envoyées invalides : threshold_value doit être un nombre');
    expect(await db('alert_thresholds').where({ commune_insee: commune, kind: 'vacancy_spike' })).toEqual([]);
  });

  it('acknowledges an alert with a note, lists it as acknowledged, and reopens it; both audited', async () => {
    const key = 'vacancy_spike|rue Haute|2024-02';
    const path = `/alerts/${encodeURIComponent(key)}/acknowledgement`;

    const saved = await call('agent', 'PUT', path, {
      commune,
      comment: '  Préemption votée en juin  ',
    });

    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(
      jasmine.objectContaining({
        alert_key: key,
        status: 'acknowledged',
        acknowledged_by: 'agent@tests.pilotage.fr',
        acknowledged_at: jasmine.any(String),
        comment: 'Préemption votée en juin',
        value: 10,
      }),
    );
    expect((await call('agent', 'GET', `/alerts?commune=${commune}`)).body.map((r: any) => r.alert_key)).not.toContain(
      key,
    );
    expect(
      (await call('elected', 'GET', `/alerts?commune=${commune}&status=acknowledged`)).body.map((r: any) => [
        r.alert_key,
        r.comment,
      ]),
    ).toEqual([[key, 'Préemption votée en juin']]);
    // a second acknowledgement replaces the note
    const again = await call('agent', 'PUT', path, { commune });
    expect(again.body.comment).toBeNull();

    const withdrawn = await call('agent', 'DELETE', `${path}?commune=${commune}`);
    const twice = await call('agent', 'DELETE', `${path}?commune=${commune}`);

    expect(withdrawn.status).toBe(204);
    expect(twice.status).toBe(404);
    expect(twice.body.error.message).toBe(`L'alerte « ${key} » n'est pas acquittée dans la commune ${commune}`);
    expect((await call('agent', 'GET', `/alerts?commune=${commune}`)).body.map((r: any) => r.alert_key)).toEqual(
      openOrder,
    );
    const audit = await db('audit_log')
      .where({ commune_insee: commune, target: key })
      .orderBy('id')
      .select('action', 'details');
    expect(audit.map((a) => a.action)).toEqual(['alert.acknowledge', 'alert.acknowledge', 'alert.unacknowledge']);
    expect(audit[0].details).toEqual({
      family: 'commerce',
      kind: 'vacancy_spike',
      value: 10,
      threshold_value: 5,
      comment: 'Préemption votée en juin',
    });
  });

  it('answers 404 in French for an alert that is not current, and never leaks SQL in an error', async () => {
    const missing = await call('agent', 'PUT', '/alerts/programme_overrun%7CP9/acknowledgement', {
      commune,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      `Aucune alerte en cours « programme_overrun|P9 » pour la commune ${commune}`,
    );

    const crafted = [
      await call('agent', 'GET', `/alerts?commune=${commune}'%20or%201=1--`),
      await call('agent', 'GET', `/alerts?commune=${commune}&limit=1;select`),
      await call('agent', 'GET', `/alerts?commune=${commune}&status=closed&family=fluids`),
      await call('agent', 'GET', '/alerts?commune=99999'),
      await call(
        'agent',
        'PUT',
        `/alerts/${encodeURIComponent("x' or 1=1; drop table alert_acknowledgements; --")}/acknowledgement`,
        { commune },
      ),
      await call('agent', 'PUT', '/alerts/programme_overrun%7CP1/acknowledgement', {
        commune,
        comment: 'x'.repeat(1001),
      }),
      await call('agent', 'PUT', '/alerts/programme_overrun%7CP1/acknowledgement', {
        comment: 'sans commune',
      }),
    ];
    expect(crafted.map((r) => r.status)).toEqual([400, 400, 400, 404, 404, 400, 400]);
    expect(crafted[2].body.error.details.map((d: any) => d.field)).toEqual(['family', 'status']);
    expect(crafted[3].body.error.message).toBe('Aucune commune avec le code INSEE 99999');
    for (const response of crafted) {
      expect(response.text).not.toMatch(/select |insert |analytics\.|kpi_|postgres|syntax|relation/i);
      expect(Object.keys(response.body)).toEqual(['error']);
    }
    expect(await db('alert_acknowledgements').where({ commune_insee: commune })).toEqual([]);
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await call('anonymous', 'GET', '/openapi.json');

    expect(Object.keys(body.paths)).toEqual(
      jasmine.arrayContaining([
        '/alerts',
        '/alerts/{key}/acknowledgement',
        '/alerts/thresholds',
        '/alerts/thresholds/{kind}',
      ]),
    );
    expect(body.paths['/alerts'].get.responses['200'].content['application/json'].schema.items.required).toContain(
      'severity',
    );
  });
});
