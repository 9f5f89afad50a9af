import type { CommuneYear, PerInhabitant } from './layout';

/**
 * The real-layout sample of the national file shipped with Pilotage (data/comptes-individuels-2023-2024.csv):
 * Lille, Roubaix, Tourcoing, Marcq-en-Barœul and 23 communes of their strates, 2023 and 2024. Real names, INSEE
 * codes, approximate populations and strate labels; the FIGURES ARE OURS (plausible orders of magnitude, chosen so
 * that every comparison can be checked by hand), not the DGFiP's. 2023 = 2024 with personnel costs 20 € and
 * equipment 30 € per inhabitant lower, for the communes and the strate averages alike.
 */
type Figures = [
  prod: number,
  charge: number,
  perso: number,
  equip: number,
  dette: number,
  remb: number,
  fin: number,
  impo1: number,
  dgf: number,
];

const FPU = 'appartenant à un groupement fiscalisé (FPU)';
const S100 = 'communes de 100 000 hab et plus';
const S50 = 'communes de 50 000 à 100 000 hab';
const S20 = 'communes de 20 000 à 50 000 hab';
const S10 = 'communes de 10 000 à 20 000 hab';

/** The strate averages "as published" (per inhabitant, 2024). */
const STRATE_AVERAGES: Record<string, Figures> = {
  [S100]: [1500, 1300, 1000, 400, 1300, 110, 30, 700, 250],
  [S50]: [1400, 1220, 720, 350, 1100, 100, 25, 650, 230],
  [S20]: [1300, 1130, 640, 330, 950, 90, 20, 600, 200],
  [S10]: [1200, 1040, 580, 300, 800, 80, 18, 560, 180],
};

// insee, name, population, region, strate, 2024 figures per inhabitant
const COMMUNES: [string, string, number, string, string, Figures][] = [
  ['59350', 'LILLE', 236234, '032', S100, [1650, 1450, 1120, 420, 1250, 105, 28, 720, 260]],
  ['13055', 'MARSEILLE', 873076, '093', S100, [1560, 1420, 1180, 280, 1720, 120, 40, 690, 240]],
  ['31555', 'TOULOUSE', 504078, '076', S100, [1390, 1150, 870, 450, 900, 80, 20, 640, 190]],
  ['44109', 'NANTES', 323204, '052', S100, [1520, 1310, 1050, 480, 1150, 95, 25, 700, 220]],
  ['67482', 'STRASBOURG', 291313, '044', S100, [1480, 1290, 980, 390, 1020, 90, 22, 680, 230]],
  ['33063', 'BORDEAUX', 261804, '075', S100, [1450, 1240, 940, 410, 980, 85, 21, 710, 210]],
  ['35238', 'RENNES', 227830, '053', S100, [1500, 1300, 1010, 460, 1400, 115, 30, 690, 215]],
  ['51454', 'REIMS', 180318, '044', S100, [1360, 1190, 900, 300, 1100, 100, 26, 620, 250]],
  ['80021', 'AMIENS', 133625, '032', S100, [1420, 1240, 960, 320, 1180, 105, 27, 640, 270]],
  ['59512', 'ROUBAIX', 98089, '032', S50, [1600, 1450, 820, 300, 1350, 120, 35, 520, 420]],
  ['59599', 'TOURCOING', 98656, '032', S50, [1450, 1300, 760, 280, 1200, 110, 30, 560, 330]],
  ['59009', "VILLENEUVE-D'ASCQ", 62067, '032', S50, [1380, 1180, 700, 390, 700, 70, 15, 690, 200]],
  ['59183', 'DUNKERQUE', 86279, '032', S50, [1700, 1500, 880, 420, 1500, 130, 40, 800, 260]],
  ['62193', 'CALAIS', 67544, '032', S50, [1350, 1200, 690, 310, 1050, 95, 24, 580, 280]],
  ['2A004', 'AJACCIO', 71361, '094', S50, [1500, 1330, 800, 330, 1000, 95, 25, 610, 250]],
  ['97101', 'LES ABYMES', 53000, '001', S50, [1450, 1320, 850, 200, 900, 85, 22, 400, 400]],
  ['59378', 'MARCQ-EN-BAROEUL', 39474, '032', S20, [1250, 1050, 600, 360, 600, 60, 12, 680, 150]],
  ['59650', 'WATTRELOS', 40749, '032', S20, [1200, 1080, 610, 250, 900, 85, 20, 480, 260]],
  ['59328', 'LAMBERSART', 27877, '032', S20, [1150, 990, 560, 300, 500, 55, 10, 620, 140]],
  ['59178', 'DOUAI', 39700, '032', S20, [1320, 1170, 660, 290, 1100, 100, 25, 590, 240]],
  ['59606', 'VALENCIENNES', 43405, '032', S20, [1400, 1230, 700, 340, 1250, 110, 28, 640, 230]],
  ['59017', 'ARMENTIERES', 25000, '032', S20, [1180, 1040, 590, 270, 850, 80, 18, 560, 210]],
  ['59646', 'WASQUEHAL', 20503, '032', S20, [1100, 960, 540, 280, 650, 65, 13, 600, 160]],
  ['59163', 'CROIX', 21000, '032', S20, [1130, 1000, 570, 260, 700, 70, 15, 580, 180]],
  ['59299', 'HEM', 18800, '032', S10, [1150, 1010, 590, 240, 750, 70, 16, 520, 230]],
  ['59507', 'RONCHIN', 18500, '032', S10, [1080, 950, 540, 260, 600, 60, 12, 540, 170]],
  ['59090', 'BONDUES', 10250, '032', S10, [1050, 900, 480, 350, 300, 35, 5, 610, 90]],
];

function perInhabitant(
  [prod, charge, perso, equip, dette, remb, fin, impo1, dgf]: Figures,
  year: number,
): PerInhabitant {
  const earlier = year === 2023;
  return {
    prod,
    charge,
    perso: earlier ? perso - 20 : perso,
    equip: earlier ? equip - 30 : equip,
    dette,
    remb,
    fin,
    impo1,
    dgf,
  };
}

export function sampleCommuneYears(): CommuneYear[] {
  return [2023, 2024].flatMap((year) =>
    COMMUNES.map(([insee, name, population, region, strate, figures]) => ({
      insee,
      name,
      year,
      population,
      region,
      strate,
      fiscalite: FPU,
      perInhabitant: perInhabitant(figures, year),
      strateAverage: perInhabitant(STRATE_AVERAGES[strate], year),
    })),
  );
}
