import seedrandom from 'seedrandom';
import type { CommuneYear, PerInhabitant } from './layout';

/**
 * A national-size file for the bench: `communes` synthetic communes (INSEE-like codes over 95 départements) whose
 * populations follow France's distribution (about half the communes under 500 inhabitants, a few dozen over
 * 100 000), each with plausible per-inhabitant figures, for the given years. Deterministic for a seed.
 */
const CLASSES: [max: number, label: string][] = [
  [100, 'communes de moins de 100 hab'],
  [200, 'communes de 100 à 200 hab'],
  [500, 'communes de 200 à 500 hab'],
  [2000, 'communes de 500 à 2 000 hab'],
  [3500, 'communes de 2 000 à 3 500 hab'],
  [5000, 'communes de 3 500 à 5 000 hab'],
  [10000, 'communes de 5 000 à 10 000 hab'],
  [20000, 'communes de 10 000 à 20 000 hab'],
  [50000, 'communes de 20 000 à 50 000 hab'],
  [100000, 'communes de 50 000 à 100 000 hab'],
  [Infinity, 'communes de 100 000 hab et plus'],
];
const REGIMES = ['appartenant à un groupement fiscalisé (FPU)', 'appartenant à un groupement fiscalisé (FA)'];

export function strateOf(population: number): string {
  return CLASSES.find(([max]) => population < max)![1];
}

export function* nationalCommuneYears(communes: number, years: number[], seed = 'pilotage'): Generator<CommuneYear> {
  const rng = seedrandom(seed);
  const list = Array.from({ length: communes }, (_, i) => {
    const dep = String(1 + (i % 95))
      .padStart(2, '0')
      .replace(/^20$/, '2A');
    const icom = String(1 + Math.floor(i / 95)).padStart(3, '0');
    // log-normal-ish sizes: median about 450 inhabitants, a heavy tail up to several hundred thousand
    const population = Math.max(10, Math.round(Math.exp(6.1 + 1.45 * gaussian(rng))));
    const scale = 1 + Math.log10(population) / 10;
    const base: PerInhabitant = {
      prod: Math.round(900 * scale + 200 * rng()),
      charge: 0,
      perso: Math.round(300 * scale * scale + 150 * rng()),
      equip: Math.round(200 + 300 * rng()),
      dette: Math.round(400 + 1000 * rng()),
      remb: Math.round(40 + 80 * rng()),
      fin: Math.round(5 + 30 * rng()),
      impo1: Math.round(350 + 300 * rng()),
      dgf: Math.round(120 + 200 * rng()),
    };
    base.charge = Math.round(base.prod * (0.78 + 0.17 * rng()));
    return {
      insee: `${dep}${icom}`,
      name: `COMMUNE ${dep}${icom}`,
      population,
      base,
      regime: REGIMES[i % 7 === 0 ? 1 : 0],
    };
  });
  for (const year of years) {
    for (const c of list) {
      yield {
        insee: c.insee,
        name: c.name,
        year,
        population: c.population,
        region: '032',
        strate: strateOf(c.population),
        fiscalite: c.regime,
        perInhabitant: c.base,
        strateAverage: strateAverage(c.population),
      };
    }
  }
}

/** A fixed average per population class (the bench does not read them). */
function strateAverage(population: number): PerInhabitant {
  const k = CLASSES.findIndex(([max]) => population < max);
  return {
    prod: 950 + 50 * k,
    charge: 820 + 45 * k,
    perso: 330 + 60 * k,
    equip: 300 + 10 * k,
    dette: 700 + 60 * k,
    remb: 60 + 5 * k,
    fin: 10 + 2 * k,
    impo1: 450 + 25 * k,
    dgf: 200 + 5 * k,
  };
}

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
