import type { Knex } from 'knex';

/**
 * A file of `count` new monthly bills for the commune's meters, the months after each meter's latest bill (a real
 * import: every row lands), in the `readings` layout.
 */
export async function nextBillsFile(db: Knex, commune: string, count: number): Promise<Buffer> {
  const meters: {
    building_id: string;
    fluid: string;
    unit: string;
    last_end: string;
    quantity: string;
    amount_eur: string | null;
  }[] = await db
    .raw(
      `select distinct on (building_id, fluid) building_id, fluid, unit, to_char(period_end, 'YYYY-MM-DD') as last_end,
              quantity, amount_eur
         from meter_readings where commune_insee = ? order by building_id, fluid, period_end desc`,
      [commune],
    )
    .then((r: { rows: never[] }) => r.rows);
  if (meters.length === 0) throw new Error(`no meter in commune ${commune}`);
  const lines = ['building_id;fluid;period_start;period_end;quantity;unit;amount_eur'];
  for (let month = 1; lines.length <= count; month++) {
    for (const m of meters) {
      if (lines.length > count) break;
      const start = new Date(`${m.last_end}T00:00:00Z`);
      start.setUTCDate(start.getUTCDate() + 1);
      start.setUTCMonth(start.getUTCMonth() + month - 1);
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 1);
      end.setUTCDate(end.getUTCDate() - 1);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      lines.push([m.building_id, m.fluid, iso(start), iso(end), m.quantity, m.unit, m.amount_eur ?? ''].join(';'));
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
