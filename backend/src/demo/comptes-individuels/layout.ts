import { PUBLISHED_HEADER } from './header';

/**
 * One commune-year of a "comptes individuels" file, given as euros per inhabitant (integers), the way the figures
 * of a real commune are usually quoted. The line's amounts in thousands of euros are derived from them
 * (x × population / 1000, rounded to 10 €), so the per-inhabitant columns read back exactly as given.
 */
export interface CommuneYear {
  insee: string;
  name: string;
  year: number;
  population: number;
  region: string;
  strate: string;
  fiscalite: string;
  /** Euros per inhabitant: produits and charges de fonctionnement, personnel, équipement, encours, remboursement
   * en capital, charges financières, impôts locaux, DGF. CAF = prod - charge; CAF nette = CAF - remb; annuité =
   * remb + fin. */
  perInhabitant: PerInhabitant;
  /** The strate's published averages, same keys. */
  strateAverage: PerInhabitant;
}

export interface PerInhabitant {
  prod: number;
  charge: number;
  perso: number;
  equip: number;
  dette: number;
  remb: number;
  fin: number;
  impo1: number;
  dgf: number;
}

const two = (x: number) => x.toFixed(2);

/** The file's `dep` and `icom` of an INSEE code: 59350 -> 059 / 350; 2A004 -> 02A / 004; 97101 -> 101 / 101. */
export function depIcom(insee: string): [string, string] {
  if (insee.startsWith('97')) return [`10${insee[2]}`, insee.slice(2)];
  return [`0${insee.slice(0, 2)}`, insee.slice(2)];
}

/** The published columns of one commune-year; columns Pilotage does not read are written 0.00 in their place. */
export function lineOf(c: CommuneYear): string {
  const [dep, icom] = depIcom(c.insee);
  const p = c.perInhabitant;
  const m = c.strateAverage;
  const kEur = (perInhabitant: number) => Math.round((perInhabitant * c.population) / 10) / 100;
  const derived = (x: PerInhabitant) => ({
    caf: x.prod - x.charge,
    cafn: x.prod - x.charge - x.remb,
    annu: x.remb + x.fin,
  });
  const own = { ...p, ...derived(p) };
  const avg = { ...m, ...derived(m) };
  const pct = (a: number, b: number) => (b === 0 ? '0.00' : two((a / b) * 100));
  const cells: Record<string, string> = {
    an: String(c.year),
    dep,
    icom,
    inom: c.name,
    reg: c.region,
    pop1: String(c.population),
    nomsst1: c.strate,
    nomsst2: c.fiscalite,
  };
  for (const key of [
    'prod',
    'charge',
    'perso',
    'equip',
    'dette',
    'remb',
    'fin',
    'impo1',
    'dgf',
    'caf',
    'cafn',
    'annu',
  ] as const) {
    cells[key] = two(kEur(own[key]));
    cells[`f${key}`] = two(own[key]);
    cells[`m${key}`] = two(avg[key]);
  }
  cells.rperso = pct(own.perso, own.charge);
  cells.rmperso = pct(avg.perso, avg.charge);
  cells.rcaf = pct(own.caf, own.prod);
  cells.rmcaf = pct(avg.caf, avg.prod);
  cells.rcafn = pct(own.cafn, own.prod);
  cells.rmcafn = pct(avg.cafn, avg.prod);
  cells.rdette = pct(own.dette, own.prod);
  cells.rmdette = pct(avg.dette, avg.prod);
  return PUBLISHED_HEADER.map((name) => cells[name] ?? '0.00').join(';');
}

export function headerLine(): string {
  return PUBLISHED_HEADER.join(';');
}
