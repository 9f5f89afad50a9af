// Investment programmes (autorisations de programme, AP) and their yearly payment credits (CP). About 60 in
// Lille and 4-6 per partner commune, located in a quartier (on a building or a street). The executed CP of a
// year are exactly what the budget's CA investment lines carry on the programme's operation
// (budget_lines.operation = programmes.programme_id), see budget.ts.
import type { BuildingModel } from './buildings';
import { toDay, yearOf } from './calendar';
import { COMMUNES, buildGeography, randomPointIn, type CommuneCode, type CommuneSpec } from './geography';
import { clamp, createRng, round, type Rng } from './random';
import { TYPE_FUNCTION } from './nomenclature';
import type { ProgrammeCreditRow, ProgrammeRow, ProgrammeStatus } from './rows';
import { WORKS_STREET, pointOnStreet, streetByName, streetsOf } from './streets';

/** Lille's programmes at scale 1; partners get 4-6. */
const LILLE_PROGRAMMES = 60;
const PARTNER_PROGRAMMES: Record<Exclude<CommuneCode, 'LIL'>, number> = { RBX: 6, TCG: 5, MCQ: 4 };

/** Planted: the programme behind the works of story 4. */
export const WORKS_PROGRAMME_ID = '1001';

export interface ProgrammeModel {
  row: ProgrammeRow;
  /** M57 account the works are charged to (the first year's studies go to 2031). */
  account: string;
  /** Full-year CP executed per year (the as-of year included in full: the budget votes on it). */
  executedFull: Map<number, number>;
  /** cp_executed_eur as published: the as-of year only to date. */
  executed: Map<number, number>;
  planned: Map<number, number>;
}

interface Draft {
  name: string;
  description: string;
  function_code: string;
  account: string;
  building?: BuildingModel;
  street?: string;
  quartier?: string;
  ap: number;
  start: string;
  plannedEnd: string;
  expectedEnd: string;
  status?: ProgrammeStatus;
}

const monthsLater = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Hand-written programmes of Lille (ids 1001...), tied to the planted stories and the buildings. */
function lilleFixed(buildings: BuildingModel[]): Draft[] {
  const b = (id: string) => buildings.find((x) => x.row.building_id === id);
  const drafts: Draft[] = [
    {
      name: `Requalification de la ${WORKS_STREET}`,
      description:
        'Trottoirs élargis, plateau piéton, plantations et mobilier urbain entre la place de la Nouvelle Aventure et la rue Solférino.',
      function_code: '845',
      account: '2152',
      street: WORKS_STREET,
      quartier: 'Wazemmes',
      ap: 6_400_000,
      start: '2023-01-16',
      plannedEnd: '2024-09-30',
      expectedEnd: '2024-10-31',
    },
    {
      name: 'Réhabilitation de la piscine Marx Dormoy',
      description:
        'Reprise des bassins, traitement de l’eau et de l’air, isolation et récupération de chaleur sur les eaux grises.',
      function_code: '323',
      account: '2313',
      building: b('LIL-PIS-001'),
      ap: 32_000_000,
      start: '2021-03-01',
      plannedEnd: '2024-06-30',
      expectedEnd: '2026-12-31',
    },
    {
      name: 'Construction du groupe scolaire Fives Cail',
      description: '14 classes, restaurant scolaire et salle de sports dans le nouveau quartier Fives Cail.',
      function_code: '212',
      account: '2313',
      quartier: 'Fives',
      street: 'rue Pierre Legrand',
      ap: 24_000_000,
      start: '2022-01-03',
      plannedEnd: '2025-08-31',
      expectedEnd: '2026-08-31',
    },
    {
      name: 'Plan vélo : piste bidirectionnelle boulevard de la Liberté',
      description: 'Piste cyclable bidirectionnelle séparée, carrefours sécurisés et stationnement vélos.',
      function_code: '87',
      account: '2152',
      street: 'boulevard de la Liberté',
      quartier: 'Centre',
      ap: 3_200_000,
      start: '2021-03-01',
      plannedEnd: '2021-10-31',
      expectedEnd: '2021-10-31',
    },
    {
      name: 'Rénovation énergétique des écoles, tranche 1',
      description: 'Isolation des toitures, remplacement des menuiseries et des chaufferies de douze écoles.',
      function_code: '212',
      account: '21312',
      building: b('LIL-ECO-001'),
      ap: 12_000_000,
      start: '2020-02-03',
      plannedEnd: '2023-12-31',
      expectedEnd: '2023-12-31',
    },
    {
      name: 'Extension de la médiathèque Jean Lévy',
      description: 'Nouvel espace jeunesse et salle d’étude, mise en accessibilité.',
      function_code: '313',
      account: '2313',
      building: b('LIL-BIB-001'),
      ap: 9_500_000,
      start: '2023-04-03',
      plannedEnd: '2026-06-30',
      expectedEnd: '2027-03-31',
    },
    {
      name: 'Aménagement de la place de la Nouvelle Aventure',
      description: 'Réorganisation du marché, sols, éclairage et plantations.',
      function_code: '845',
      account: '2152',
      street: 'place de la Nouvelle Aventure',
      quartier: 'Wazemmes',
      ap: 4_800_000,
      start: '2024-09-02',
      plannedEnd: '2026-03-31',
      expectedEnd: '2026-09-30',
    },
    {
      name: 'Cours d’écoles végétalisées (cours Oasis)',
      description: 'Désimperméabilisation et plantation de vingt cours d’école.',
      function_code: '212',
      account: '2128',
      quartier: 'Lille-Sud',
      ap: 3_500_000,
      start: '2021-06-01',
      plannedEnd: '2026-08-31',
      expectedEnd: '2026-08-31',
    },
    {
      name: 'Éclairage public LED',
      description: 'Remplacement de 9 000 points lumineux par des luminaires LED pilotés.',
      function_code: '512',
      account: '2152',
      quartier: 'Lomme',
      ap: 8_000_000,
      start: '2020-03-02',
      plannedEnd: '2025-12-31',
      expectedEnd: '2025-12-31',
    },
    {
      name: 'Vidéoprotection : extension du réseau',
      description: 'Quarante nouvelles caméras et modernisation du centre de supervision urbain.',
      function_code: '11',
      account: '2188',
      quartier: 'Centre',
      ap: 2_200_000,
      start: '2020-09-01',
      plannedEnd: '2022-06-30',
      expectedEnd: '2022-12-31',
    },
  ];
  return drafts.filter((d) => !('building' in d) || d.building);
}

const BUILDING_WORKS: [string, string, string][] = [
  ['Rénovation énergétique', 'Isolation, menuiseries, ventilation et régulation du chauffage.', '2135'],
  ['Mise en accessibilité', 'Ascenseur, rampes et sanitaires adaptés (Ad’AP).', '2135'],
  ['Restructuration', 'Réorganisation des espaces et remise aux normes.', '2313'],
  ['Remplacement de la chaufferie', 'Chaudière à condensation ou raccordement au réseau de chaleur.', '2135'],
  ['Réfection de la toiture', 'Couverture, étanchéité et panneaux photovoltaïques.', '2135'],
];
const STREET_WORKS: [string, string][] = [
  ['Requalification', 'Chaussée, trottoirs, plantations et stationnement.'],
  ['Apaisement', 'Zone 30, plateaux et traversées piétonnes.'],
  ['Réaménagement', 'Partage de l’espace entre piétons, vélos et voitures.'],
];

/** 'rue Neuve' -> 'de la rue Neuve', 'avenue Foch' -> 'de l’avenue Foch', 'boulevard Vauban' -> 'du boulevard Vauban'. */
function ofStreet(name: string): string {
  if (/^(avenue|allée)/i.test(name)) return `de l’${name}`;
  if (/^boulevard/i.test(name)) return `du ${name}`;
  return `de la ${name}`;
}
const QUARTIER_WORKS: [string, string, string, string][] = [
  ['Jardin partagé', 'Création d’un jardin partagé et d’une aire de jeux.', '511', '2128'],
  ['Parc urbain', 'Aménagement paysager et cheminements.', '511', '2128'],
  ['Maison de quartier', 'Construction d’un équipement de proximité.', '30', '2313'],
  ['Terrain de sport de proximité', 'City-stade et piste d’athlétisme.', '321', '2128'],
];

function generatedDraft(commune: CommuneSpec, k: number, seed: number, buildings: BuildingModel[]): Draft {
  const rng = createRng(seed, 'programme', commune.code, k);
  const geo = buildGeography();
  const quartiers = geo.commune(commune.code).quartiers;
  const startMonth = rng.int(0, 83); // 2019-01 ... 2025-12
  const start = `${2019 + Math.floor(startMonth / 12)}-${String((startMonth % 12) + 1).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const ap = Math.round(clamp(Math.exp(rng.normal(Math.log(2_300_000), 1.0)), 300_000, 40_000_000) / 1000) * 1000;
  const duration = Math.round(
    clamp(10 + (Math.log(ap / 300_000) / Math.log(40_000_000 / 300_000)) * 40 + rng.normal(0, 5), 8, 54),
  );
  const plannedEnd = monthsLater(start, duration);
  const slip = rng.chance(0.35) ? rng.int(6, 24) : 0;
  const expectedEnd = monthsLater(plannedEnd, slip);
  const kind = rng.weighted(['building', 'street', 'quartier'], [0.55, 0.25, 0.2]);
  const base = { ap, start, plannedEnd, expectedEnd };
  if (kind === 'building') {
    const ofCommune = buildings.filter((b) => b.commune.code === commune.code && b.row.type !== 'pool');
    const building = rng.pick(ofCommune);
    const [verb, description, account] = rng.pick(BUILDING_WORKS);
    return {
      ...base,
      name: `${verb} – ${building.row.name}`,
      description,
      function_code: TYPE_FUNCTION[building.row.type],
      account: building.row.type === 'school' && account === '2313' ? '21312' : account,
      building,
    };
  }
  if (kind === 'street') {
    const street = rng.pick(streetsOf(commune.code, seed).filter((s) => s.name !== WORKS_STREET));
    const [verb, description] = rng.pick(STREET_WORKS);
    return {
      ...base,
      name: `${verb} ${ofStreet(street.name)}`,
      description,
      function_code: '845',
      account: '2152',
      street: street.name,
      quartier: street.quartier.name,
    };
  }
  const quartier = rng.pick(quartiers);
  const [label, description, fn, account] = rng.pick(QUARTIER_WORKS);
  return {
    ...base,
    name: `${label} – ${quartier.name}`,
    description,
    function_code: fn,
    account,
    quartier: quartier.name,
  };
}

/** Spreads an amount over the years of [start, end] by days, the first year weighted `firstWeight`. */
function spread(amount: number, start: string, end: string, firstWeight: number, rng: Rng): Map<number, number> {
  const out = new Map<number, number>();
  const y0 = yearOf(start);
  const y1 = yearOf(end);
  const weights: number[] = [];
  for (let y = y0; y <= y1; y++) {
    const from = Math.max(toDay(start), toDay(`${y}-01-01`));
    const to = Math.min(toDay(end), toDay(`${y}-12-31`));
    let w = Math.max(1, to - from + 1) * (y === y0 && y1 > y0 ? firstWeight : 1);
    w *= rng.uniform(0.85, 1.15);
    weights.push(w);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => out.set(y0 + i, round((amount * w) / total, 2)));
  return out;
}

function schedule(draft: Draft, asOf: string, rng: Rng) {
  const asOfYear = yearOf(asOf);
  const status: ProgrammeStatus =
    draft.status ?? (draft.start > asOf ? 'planned' : draft.expectedEnd <= asOf ? 'done' : 'in_progress');
  const planned = spread(draft.ap, draft.start, draft.plannedEnd, 0.4, rng);
  const consumed = status === 'done' ? draft.ap * rng.uniform(0.9, 0.995) : draft.ap * rng.uniform(0.96, 1);
  // Execution follows the expected schedule (it lags the plan when the programme slips).
  const executedFull = spread(consumed, draft.start, draft.expectedEnd, 0.3, rng);
  if (status === 'suspended') for (const y of executedFull.keys()) if (y > asOfYear - 2) executedFull.set(y, 0);
  const executed = new Map<number, number>();
  const elapsed = (toDay(asOf) - toDay(`${asOfYear}-01-01`) + 1) / 365;
  for (const [y, v] of executedFull) {
    if (y < asOfYear) executed.set(y, v);
    else if (y === asOfYear) executed.set(y, round(v * elapsed * 0.85, 2));
    else executed.set(y, 0);
  }
  // The published plan: the original schedule for past years, the remaining amount re-planned afterwards.
  const done = [...executed.entries()].filter(([y]) => y <= asOfYear).reduce((s, [, v]) => s + v, 0);
  const remaining = Math.max(
    0,
    draft.ap - done - Math.max(0, (executedFull.get(asOfYear) ?? 0) - (executed.get(asOfYear) ?? 0)),
  );
  const futureYears = [...executedFull.keys()].filter((y) => y > asOfYear);
  for (const y of planned.keys()) if (y > asOfYear) planned.delete(y);
  if (futureYears.length && status !== 'suspended') {
    const later = spread(remaining, `${asOfYear + 1}-01-01`, draft.expectedEnd, 1, rng);
    for (const [y, v] of later) planned.set(y, v);
  }
  return { status, planned, executed, executedFull };
}

export function buildProgrammes(
  seed: number,
  scale: number,
  asOf: string,
  buildings: BuildingModel[],
): ProgrammeModel[] {
  const geo = buildGeography();
  const models: ProgrammeModel[] = [];
  for (const commune of COMMUNES) {
    const base = commune.code === 'LIL' ? LILLE_PROGRAMMES : PARTNER_PROGRAMMES[commune.code];
    const count = Math.max(commune.code === 'LIL' ? 3 : 1, Math.round(base * scale));
    const fixed = commune.code === 'LIL' ? lilleFixed(buildings) : [];
    for (let k = 1; k <= count; k++) {
      let draft = k <= fixed.length ? fixed[k - 1] : generatedDraft(commune, k, seed, buildings);
      if (commune.code === 'RBX' && k === 1) {
        draft = {
          name: 'Réfection de la Grande Rue',
          description: 'Chaussée, trottoirs et éclairage de la Grande Rue, en lien avec le plan commerce.',
          function_code: '845',
          account: '2152',
          street: 'Grande Rue',
          quartier: 'Centre',
          ap: 5_200_000,
          start: '2022-10-03',
          plannedEnd: '2023-11-30',
          expectedEnd: '2024-03-29',
        };
      }
      if (commune.code === 'LIL' && k === 17) draft = { ...draft, status: 'suspended' };
      const id = String(1000 + k);
      const rng = createRng(seed, 'programme', commune.code, id, 'schedule');
      const { status, planned, executed, executedFull } = schedule(draft, asOf, rng);
      let quartier = draft.building?.quartier ?? geo.quartier(commune.code, draft.quartier ?? 'Centre');
      let lon: number;
      let lat: number;
      if (draft.building) {
        [lon, lat] = [draft.building.row.lon, draft.building.row.lat];
      } else if (draft.street) {
        const street = streetByName(commune.code, draft.street, seed);
        quartier = street.quartier;
        [lon, lat] = pointOnStreet(street, 0.5, 1);
      } else {
        [lon, lat] = randomPointIn(quartier, rng, 0.5);
      }
      models.push({
        row: {
          commune_insee: commune.insee,
          programme_id: id,
          name: draft.name,
          description: draft.description,
          function_code: draft.function_code,
          quartier_id: quartier.id,
          building_id: draft.building?.row.building_id ?? null,
          street: draft.street ?? null,
          lat,
          lon,
          ap_amount_eur: Math.round(draft.ap / 1000) * 1000,
          start_date: draft.start,
          planned_end_date: draft.plannedEnd,
          expected_end_date: draft.expectedEnd,
          status,
          import_id: null,
          // Slipping programmes had their AP revised upwards along the way.
          ap_initial_eur:
            draft.expectedEnd > draft.plannedEnd
              ? Math.round(draft.ap / rng.uniform(1.05, 1.25) / 1000) * 1000
              : draft.ap,
        },
        account: draft.account,
        executedFull,
        executed,
        planned,
      });
    }
  }
  return models;
}

export function programmeCreditRows(models: ProgrammeModel[]): ProgrammeCreditRow[] {
  const rows: ProgrammeCreditRow[] = [];
  for (const m of models) {
    const years = [...new Set([...m.planned.keys(), ...m.executed.keys()])].sort();
    for (const year of years) {
      rows.push({
        commune_insee: m.row.commune_insee,
        programme_id: m.row.programme_id,
        year,
        cp_planned_eur: round(m.planned.get(year) ?? 0, 2),
        cp_executed_eur: round(m.executed.get(year) ?? 0, 2),
        import_id: null,
      });
    }
  }
  return rows;
}
