import { EQUIPMENT_CHAPTERS } from './nomenclature';
import type { BudgetLineRow } from './rows';
import { specCity, sum } from './spec-city';

const COMMUNES = { '59350': 236_234, '59512': 98_089, '59599': 98_656, '59378': 39_474 } as const;

describe('the demo budgets', () => {
  const city = specCity({});
  const lines = city.budget_lines;
  const ca = (insee: string, year: number, filter: (l: BudgetLineRow) => boolean) =>
    lines.filter((l) => l.commune_insee === insee && l.year === year && l.stage === 'CA' && filter(l));
  const executed = (rows: BudgetLineRow[]) => sum(rows.map((l) => l.amount_executed ?? 0));
  const open = (rows: BudgetLineRow[]) => sum(rows.map((l) => l.amount_open ?? 0));
  const ratios = (insee: string, year: number) => {
    const rrf = executed(
      ca(insee, year, (l) => l.section === 'F' && l.direction === 'R' && l.is_real && l.account !== '775'),
    );
    const drfLines = ca(insee, year, (l) => l.section === 'F' && l.direction === 'D' && l.is_real);
    const drf = executed(drfLines);
    const equipment = ca(
      insee,
      year,
      (l) => l.section === 'I' && l.direction === 'D' && EQUIPMENT_CHAPTERS.includes(l.chapter),
    );
    const debt = city.debt_outstanding.find((d) => d.commune_insee === insee && d.year === year)!.outstanding_eur;
    return {
      rrf,
      drf,
      savingsRate: (rrf - drf) / rrf,
      personnelShare: executed(drfLines.filter((l) => l.chapter === '012')) / drf,
      operatingExecution: drf / open(drfLines),
      equipmentExecution: executed(equipment) / open(equipment),
      equipmentPerInhabitant: executed(equipment) / COMMUNES[insee as keyof typeof COMMUNES],
      debt,
      debtYears: debt / (rrf - drf),
    };
  };

  it('gives Lille believable orders of magnitude, 2020-2025', () => {
    for (let year = 2020; year <= 2025; year++) {
      const r = ratios('59350', year);
      expect(r.drf).withContext(`${year} DRF`).toBeGreaterThan(430e6);
      expect(r.drf).withContext(`${year} DRF`).toBeLessThan(490e6);
      expect(r.savingsRate).withContext(`${year} épargne brute`).toBeGreaterThanOrEqual(0.08);
      expect(r.savingsRate).withContext(`${year} épargne brute`).toBeLessThanOrEqual(0.16);
      expect(r.personnelShare).withContext(`${year} 012`).toBeGreaterThan(0.55);
      expect(r.personnelShare).withContext(`${year} 012`).toBeLessThan(0.6);
      expect(r.equipmentPerInhabitant).withContext(`${year} equipment`).toBeGreaterThanOrEqual(250);
      expect(r.equipmentPerInhabitant).withContext(`${year} equipment`).toBeLessThanOrEqual(400);
      expect(r.debt / COMMUNES['59350'])
        .withContext(`${year} debt`)
        .toBeGreaterThan(1200);
      expect(r.debt / COMMUNES['59350'])
        .withContext(`${year} debt`)
        .toBeLessThan(1450);
    }
  });

  it('executes 92-98 % of operating credits and 60-80 % of equipment credits, everywhere', () => {
    for (const insee of Object.keys(COMMUNES)) {
      for (let year = 2020; year <= 2025; year++) {
        const r = ratios(insee, year);
        expect(r.operatingExecution).withContext(`${insee} ${year}`).toBeGreaterThanOrEqual(0.92);
        expect(r.operatingExecution).withContext(`${insee} ${year}`).toBeLessThanOrEqual(0.98);
        expect(r.equipmentExecution).withContext(`${insee} ${year}`).toBeGreaterThanOrEqual(0.6);
        expect(r.equipmentExecution).withContext(`${insee} ${year}`).toBeLessThanOrEqual(0.8);
      }
    }
  });

  it("plants Roubaix's degrading finances: capacité de désendettement past 12 years by 2025", () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025].map((y) => ratios('59512', y).debtYears);
    expect(years[0]).toBeLessThan(8);
    expect(years[5]).toBeGreaterThan(12);
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1]);
    expect(ratios('59512', 2025).savingsRate).toBeLessThan(0.08);
    for (const insee of ['59350', '59599', '59378']) expect(ratios(insee, 2025).debtYears).toBeLessThan(8);
  });

  it('keeps the debt consistent with new loans and repayments (account 1641)', () => {
    for (const insee of Object.keys(COMMUNES)) {
      for (let year = 2020; year <= 2025; year++) {
        const before = city.debt_outstanding.find(
          (d) => d.commune_insee === insee && d.year === year - 1,
        )!.outstanding_eur;
        const after = city.debt_outstanding.find((d) => d.commune_insee === insee && d.year === year)!.outstanding_eur;
        const borrowed = executed(ca(insee, year, (l) => l.account === '1641' && l.direction === 'R'));
        const repaid = executed(ca(insee, year, (l) => l.account === '1641' && l.direction === 'D'));
        expect(Math.round(before + borrowed - repaid))
          .withContext(`${insee} ${year}`)
          .toBe(Math.round(after));
      }
    }
  });

  it('has BP, BS and DM every year, a CA only for closed years, and balanced documents', () => {
    for (const insee of Object.keys(COMMUNES)) {
      for (let year = 2020; year <= 2026; year++) {
        const docs = lines.filter((l) => l.commune_insee === insee && l.year === year);
        const stages = new Set(docs.map((l) => l.stage));
        expect(stages.has('BP') && stages.has('BS') && stages.has('DM'))
          .withContext(`${insee} ${year}`)
          .toBeTrue();
        expect(stages.has('CA'))
          .withContext(`${insee} ${year}`)
          .toBe(year < 2026);
        const seqs = new Set(docs.filter((l) => l.stage === 'DM').map((l) => l.document_seq));
        expect(seqs.size).toBeLessThanOrEqual(year < 2026 ? 2 : 1);
        const bp = docs.filter((l) => l.stage === 'BP');
        const total = (section: string, direction: string) =>
          sum(bp.filter((l) => l.section === section && l.direction === direction).map((l) => l.amount_voted));
        expect(Math.abs(total('F', 'R') - total('F', 'D')))
          .withContext(`${insee} ${year} BP F`)
          .toBeLessThan(1);
        expect(Math.abs(total('I', 'R') - total('I', 'D')))
          .withContext(`${insee} ${year} BP I`)
          .toBeLessThan(1);
        for (const l of bp.filter((x) => ['023', '021', '1641'].includes(x.account))) {
          expect(l.amount_voted).withContext(`${insee} ${year} BP ${l.account}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('carries the CA: crédits ouverts = votes + restes à réaliser, carried from one year to the next', () => {
    const key = (l: BudgetLineRow) =>
      `${l.commune_insee}|${l.section}|${l.direction}|${l.is_real}|${l.account}|${l.function_code}|${l.operation}`;
    const votes = new Map<string, number>();
    for (const l of lines.filter((x) => x.stage !== 'CA')) {
      const k = `${key(l)}|${l.year}`;
      votes.set(k, (votes.get(k) ?? 0) + l.amount_voted);
    }
    const caLines = lines.filter((l) => l.stage === 'CA');
    const carryNext = new Map(caLines.map((l) => [`${key(l)}|${l.year}`, l.carry_next]));
    for (const l of caLines) {
      expect(Math.abs(l.amount_voted - (votes.get(`${key(l)}|${l.year}`) ?? 0))).toBeLessThan(0.05);
      expect(Math.abs(l.amount_open! - l.amount_voted - l.carry_prev)).toBeLessThan(0.05);
      if (l.year > 2020)
        expect(l.carry_prev)
          .withContext(key(l))
          .toBe(carryNext.get(`${key(l)}|${l.year - 1}`) ?? 0);
      if (l.direction === 'D') expect(l.carry_next).toBeLessThanOrEqual(l.amount_open! - l.amount_executed! + 0.01);
      if (['023', '021', '1641'].includes(l.account)) expect(l.amount_open!).toBeGreaterThan(0);
    }
    const pk = new Set(lines.map((l) => `${key(l)}|${l.year}|${l.stage}|${l.document_seq}`));
    expect(pk.size).toBe(lines.length);
  });

  it('matches each year’s CP executed per programme with the CA lines of its operation', () => {
    const byOperation = new Map<string, number>();
    for (const l of lines.filter((x) => x.stage === 'CA' && x.operation)) {
      const k = `${l.commune_insee}|${l.operation}|${l.year}`;
      byOperation.set(k, (byOperation.get(k) ?? 0) + l.amount_executed!);
    }
    let checked = 0;
    for (const cp of city.programme_credits.filter((c) => c.year >= 2020 && c.year <= 2025)) {
      const onLines = byOperation.get(`${cp.commune_insee}|${cp.programme_id}|${cp.year}`) ?? 0;
      expect(Math.round(onLines * 100))
        .withContext(`${cp.programme_id} ${cp.year}`)
        .toBe(Math.round(cp.cp_executed_eur * 100));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(150);
    const programmes = new Set(city.programmes.map((p) => `${p.commune_insee}|${p.programme_id}`));
    for (const l of lines.filter((x) => x.operation))
      expect(programmes.has(`${l.commune_insee}|${l.operation}`)).toBeTrue();
  });

  it('locates about 60 Lille programmes with AP amounts, dates and some slippage', () => {
    const lille = city.programmes.filter((p) => p.commune_insee === '59350');
    expect(lille.length).toBe(60);
    for (const p of lille) {
      expect(p.ap_amount_eur).toBeGreaterThanOrEqual(300_000);
      expect(p.ap_amount_eur).toBeLessThanOrEqual(40_000_000);
      expect(p.start_date >= '2019-01-01' && p.start_date <= '2025-12-31').toBeTrue();
      expect(p.planned_end_date > p.start_date).toBeTrue();
      const executedTotal = sum(
        city.programme_credits
          .filter((c) => c.commune_insee === '59350' && c.programme_id === p.programme_id)
          .map((c) => c.cp_executed_eur),
      );
      expect(executedTotal).toBeLessThanOrEqual(p.ap_amount_eur);
    }
    const slipping = lille.filter((p) => p.expected_end_date > p.planned_end_date);
    expect(slipping.length).toBeGreaterThan(8);
    for (const insee of ['59512', '59599', '59378']) {
      const n = city.programmes.filter((p) => p.commune_insee === insee).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(6);
    }
  });
});
